provider "aws" {
  region = "us-east-1"
}

resource "aws_sns_topic" "topic" {
  name = "topic"
}

resource "aws_sns_topic" "with_usage" {
  name = "with-usage"
}

resource "aws_sns_topic" "fifo" {
  name       = "fifo.fifo"
  fifo_topic = true
}
