provider "aws" {
  region = "us-east-1"
}

resource "aws_kms_key" "key" {
  description = "key"
}

resource "aws_kms_key" "with_usage" {
  description = "with usage"
}
