provider "aws" {
  region = "us-east-1"
}

resource "aws_dynamodb_table" "provisioned" {
  name           = "provisioned"
  hash_key       = "id"
  write_capacity = 20
  read_capacity  = 30
  attribute {
    name = "id"
    type = "S"
  }
}

resource "aws_dynamodb_table" "on_demand" {
  name         = "on-demand"
  billing_mode = "PAY_PER_REQUEST"
  hash_key     = "id"
  attribute {
    name = "id"
    type = "S"
  }
}
