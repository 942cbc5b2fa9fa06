provider "aws" {
  region = "us-east-1"
}

resource "aws_vpc_endpoint" "s3_gateway" {
  vpc_id       = "vpc-1"
  service_name = "com.amazonaws.us-east-1.s3"
}

resource "aws_vpc_endpoint" "ecr_three_azs" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.ecr.api"
  vpc_endpoint_type = "Interface"
  subnet_ids        = ["subnet-a", "subnet-b", "subnet-c"]
}

resource "aws_vpc_endpoint" "sts_with_usage" {
  vpc_id            = "vpc-1"
  service_name      = "com.amazonaws.us-east-1.sts"
  vpc_endpoint_type = "Interface"
  subnet_ids        = ["subnet-a"]
}
