provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_dashboard" "dashboard" {
  dashboard_name = "service"
  dashboard_body = "{\"widgets\":[]}"
}
