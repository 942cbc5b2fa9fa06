provider "aws" {
  region = "us-east-1"
}

resource "aws_eks_cluster" "current" {
  name     = "current"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.32"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "old_version" {
  name     = "old"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  version  = "1.27"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}

resource "aws_eks_cluster" "no_version" {
  name     = "latest"
  role_arn = "arn:aws:iam::123456789012:role/eks"
  vpc_config {
    subnet_ids = ["subnet-1", "subnet-2"]
  }
}
