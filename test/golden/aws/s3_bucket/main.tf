provider "aws" {
  region = "us-east-1"
}

resource "aws_s3_bucket" "no_usage" {
  bucket = "no-usage"
}

resource "aws_s3_bucket" "with_usage" {
  bucket = "with-usage"
}
