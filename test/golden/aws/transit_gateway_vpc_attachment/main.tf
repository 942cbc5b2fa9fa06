provider "aws" {
  region = "us-east-1"
}

resource "aws_ec2_transit_gateway" "tgw" {
  description = "hub"
}

resource "aws_ec2_transit_gateway_vpc_attachment" "spoke" {
  transit_gateway_id = "tgw-1"
  vpc_id             = "vpc-1"
  subnet_ids         = ["subnet-a"]
}

resource "aws_ec2_transit_gateway_vpc_attachment" "spoke_with_usage" {
  transit_gateway_id = "tgw-1"
  vpc_id             = "vpc-2"
  subnet_ids         = ["subnet-b"]
}
