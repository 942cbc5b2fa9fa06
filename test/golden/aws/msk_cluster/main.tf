provider "aws" {
  region = "us-east-1"
}

resource "aws_msk_cluster" "two_nodes" {
  cluster_name           = "two-nodes"
  kafka_version          = "3.6.0"
  number_of_broker_nodes = 2

  broker_node_group_info {
    client_subnets  = ["subnet-1", "subnet-2"]
    instance_type   = "kafka.t3.small"
    security_groups = ["sg-1"]
    storage_info {
      ebs_storage_info {
        volume_size = 500
      }
    }
  }
}

resource "aws_msk_cluster" "four_nodes_legacy_size" {
  cluster_name           = "four-nodes"
  kafka_version          = "2.4.1"
  number_of_broker_nodes = 4

  broker_node_group_info {
    client_subnets  = ["subnet-1", "subnet-2"]
    ebs_volume_size = 1000
    instance_type   = "kafka.m5.24xlarge"
    security_groups = ["sg-1"]
  }
}
