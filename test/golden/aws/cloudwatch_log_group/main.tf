provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_log_group" "logs" {
  name = "logs"
}

resource "aws_cloudwatch_log_group" "logs_with_usage" {
  name = "logs-with-usage"
}
