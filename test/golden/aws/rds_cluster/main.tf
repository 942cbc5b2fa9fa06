provider "aws" {
  region = "us-east-1"
}

resource "aws_rds_cluster" "standard" {
  cluster_identifier = "standard"
  engine             = "aurora-postgresql"
}

resource "aws_rds_cluster" "io_optimized" {
  cluster_identifier = "iopt"
  engine             = "aurora-postgresql"
  storage_type       = "aurora-iopt1"
}

resource "aws_rds_cluster_instance" "writer" {
  cluster_identifier = "standard"
  engine             = "aurora-postgresql"
  instance_class     = "db.r6g.large"
}

resource "aws_rds_cluster_instance" "serverless" {
  cluster_identifier = "standard"
  engine             = "aurora-postgresql"
  instance_class     = "db.serverless"
}

resource "aws_rds_cluster_instance" "default_engine" {
  cluster_identifier = "other"
  instance_class     = "db.t3.medium"
}
