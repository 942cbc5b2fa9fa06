provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_function" "no_usage" {
  function_name = "no_usage"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
}

resource "aws_lambda_function" "with_usage" {
  function_name = "with_usage"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  memory_size   = 128
}

resource "aws_lambda_function" "with_usage_512mb" {
  function_name = "with_usage_512mb"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  memory_size   = 512
}

resource "aws_lambda_function" "tiers_20b" {
  function_name = "tiers_20b"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  memory_size   = 1024
}

resource "aws_lambda_function" "arm_ephemeral" {
  function_name = "arm_ephemeral"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  memory_size   = 2048
  architectures = ["arm64"]
  ephemeral_storage {
    size = 10240
  }
}
