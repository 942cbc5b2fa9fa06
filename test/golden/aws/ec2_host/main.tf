provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_host" "c5" {
  instance_family   = "c5"
  availability_zone = "us-east-1a"
}

resource "aws_ec2_host" "mac" {
  instance_type     = "mac1.metal"
  availability_zone = "us-east-1a"
}
