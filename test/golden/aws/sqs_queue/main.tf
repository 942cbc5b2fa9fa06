provider "aws" {
  region = "us-east-1"
}

resource "aws_sqs_queue" "standard" {
  name = "standard"
}

resource "aws_sqs_queue" "standard_with_usage" {
  name = "standard-with-usage"
}

resource "aws_sqs_queue" "fifo_with_usage" {
  name       = "fifo.fifo"
  fifo_queue = true
}
