provider "aws" {
  region = "us-east-1"
}

resource "aws_sfn_state_machine" "standard" {
  name       = "standard"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}

resource "aws_sfn_state_machine" "standard_with_usage" {
  name       = "standard-with-usage"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
}

resource "aws_sfn_state_machine" "express_with_usage" {
  name       = "express"
  role_arn   = "arn:aws:iam::123456789012:role/sfn"
  definition = "{}"
  type       = "EXPRESS"
}
