provider "aws" {
  region = "us-east-1"
}

resource "aws_docdb_cluster_instance" "db" {
  cluster_identifier = "docdb"
  instance_class     = "db.t3.medium"
}

resource "aws_docdb_cluster_instance" "large" {
  cluster_identifier = "docdb"
  instance_class     = "db.r5.4xlarge"
}

resource "aws_docdb_cluster_instance" "medium" {
  cluster_identifier = "docdb"
  instance_class     = "db.t3.medium"
}
