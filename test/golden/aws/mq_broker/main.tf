provider "aws" {
  region = "us-east-1"
}

resource "aws_mq_broker" "rabbitmq_cluster" {
  broker_name        = "rabbit-cluster"
  engine_type        = "RabbitMQ"
  engine_version     = "3.13"
  host_instance_type = "mq.m5.xlarge"
  deployment_mode    = "CLUSTER_MULTI_AZ"

  user {
    username = "admin"
    password = "MindTheGappp"
  }
}

resource "aws_mq_broker" "activemq_single_default" {
  broker_name        = "active-single"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.t2.micro"

  user {
    username = "admin"
    password = "MindTheGappp"
  }
}

resource "aws_mq_broker" "activemq_standby_ebs" {
  broker_name        = "active-standby"
  engine_type        = "ActiveMQ"
  engine_version     = "5.18"
  host_instance_type = "mq.m5.large"
  storage_type       = "ebs"
  deployment_mode    = "ACTIVE_STANDBY_MULTI_AZ"

  user {
    username = "admin"
    password = "MindTheGappp"
  }
}
