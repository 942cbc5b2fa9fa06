provider "aws" {
  region = "us-east-1"
}

resource "aws_ecr_repository" "app" {
  name = "app"
}

resource "aws_ecr_repository" "with_usage" {
  name = "with-usage"
}
