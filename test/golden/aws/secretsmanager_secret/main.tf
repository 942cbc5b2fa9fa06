provider "aws" {
  region = "us-east-1"
}

resource "aws_secretsmanager_secret" "secret" {
  name = "secret"
}

resource "aws_secretsmanager_secret" "with_usage" {
  name = "with-usage"
}
