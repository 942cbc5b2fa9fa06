provider "aws" {
  region = "us-east-1"
}

resource "aws_eks_node_group" "defaults" {
  cluster_name    = "cluster"
  node_group_name = "defaults"
  node_role_arn   = "arn:aws:iam::123456789012:role/node"
  subnet_ids      = ["subnet-1"]
  instance_types  = ["t3.medium"]
  scaling_config {
    desired_size = 3
    max_size     = 5
    min_size     = 1
  }
}

resource "aws_eks_node_group" "m5_disk" {
  cluster_name    = "cluster"
  node_group_name = "m5"
  node_role_arn   = "arn:aws:iam::123456789012:role/node"
  subnet_ids      = ["subnet-1"]
  instance_types  = ["m5.large"]
  disk_size       = 50
  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
}

resource "aws_launch_template" "lt" {
  name          = "lt"
  instance_type = "m5.large"
}

resource "aws_eks_node_group" "launch_template" {
  cluster_name    = "cluster"
  node_group_name = "lt"
  node_role_arn   = "arn:aws:iam::123456789012:role/node"
  subnet_ids      = ["subnet-1"]
  launch_template {
    id      = aws_launch_template.lt.id
    version = "$Latest"
  }
  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
}

resource "aws_eks_node_group" "spot" {
  cluster_name    = "cluster"
  node_group_name = "spot"
  node_role_arn   = "arn:aws:iam::123456789012:role/node"
  subnet_ids      = ["subnet-1"]
  instance_types  = ["m5.large"]
  capacity_type   = "SPOT"
  scaling_config {
    desired_size = 2
    max_size     = 2
    min_size     = 2
  }
}
