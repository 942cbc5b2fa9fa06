provider "aws" {
  region = "us-east-1"
}

resource "aws_redshift_cluster" "dense_compute" {
  cluster_identifier = "dc"
  node_type          = "dc2.large"
  cluster_type       = "multi-node"
  number_of_nodes    = 4
}

resource "aws_redshift_cluster" "managed" {
  cluster_identifier = "ra3"
  node_type          = "ra3.4xlarge"
  cluster_type       = "multi-node"
  number_of_nodes    = 6
}

resource "aws_redshift_cluster" "managed_with_usage" {
  cluster_identifier = "ra3-usage"
  node_type          = "ra3.16xlarge"
  cluster_type       = "single-node"
}
