provider "aws" {
  region = "us-east-1"
}

resource "aws_kinesis_stream" "provisioned" {
  name        = "events"
  shard_count = 1
}

resource "aws_kinesis_stream" "provisioned_with_usage" {
  name        = "clicks"
  shard_count = 4

  stream_mode_details {
    stream_mode = "PROVISIONED"
  }
}

resource "aws_kinesis_stream" "on_demand" {
  name = "logs"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}

resource "aws_kinesis_stream" "on_demand_with_usage" {
  name = "audit"

  stream_mode_details {
    stream_mode = "ON_DEMAND"
  }
}
