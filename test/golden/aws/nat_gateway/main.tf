provider "aws" {
  region = "us-east-1"
}

resource "aws_nat_gateway" "nat" {
  allocation_id = "eipalloc-12345678"
  subnet_id     = "subnet-12345678"
}

resource "aws_nat_gateway" "nat_with_usage" {
  allocation_id = "eipalloc-12345678"
  subnet_id     = "subnet-12345678"
}
