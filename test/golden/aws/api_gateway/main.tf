provider "aws" {
  region = "us-east-1"
}

resource "aws_api_gateway_rest_api" "rest" {
  name = "rest"
}

resource "aws_api_gateway_rest_api" "rest_with_usage" {
  name = "rest-with-usage"
}

resource "aws_apigatewayv2_api" "http_with_usage" {
  name          = "http"
  protocol_type = "HTTP"
}

resource "aws_apigatewayv2_api" "websocket_with_usage" {
  name                       = "ws"
  protocol_type              = "WEBSOCKET"
  route_selection_expression = "$request.body.action"
}
