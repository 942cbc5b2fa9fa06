provider "aws" {
  region = "us-east-1"
}

resource "aws_lambda_function" "fn" {
  function_name = "api"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  memory_size   = 1024
}

resource "aws_lambda_function" "fn_arm" {
  function_name = "worker"
  role          = "arn:aws:iam::123456789012:role/lambda"
  handler       = "index.handler"
  runtime       = "nodejs20.x"
  memory_size   = 512
  architectures = ["arm64"]
}

resource "aws_lambda_provisioned_concurrency_config" "pc" {
  function_name                     = aws_lambda_function.fn.function_name
  provisioned_concurrent_executions = 10
  qualifier                         = "live"
}

resource "aws_lambda_provisioned_concurrency_config" "pc_arm" {
  function_name                     = aws_lambda_function.fn_arm.function_name
  provisioned_concurrent_executions = 5
  qualifier                         = "live"
}

resource "aws_lambda_provisioned_concurrency_config" "with_usage" {
  function_name                     = aws_lambda_function.fn.function_name
  provisioned_concurrent_executions = 10
  qualifier                         = "live"
}
