provider "aws" {
  region = "us-east-1"
}

resource "aws_route53_health_check" "aws_endpoint" {
  fqdn              = "lb.example.com"
  port              = 80
  type              = "HTTP"
  resource_path     = "/health"
  failure_threshold = 3
  request_interval  = 30
}

resource "aws_route53_health_check" "external" {
  fqdn              = "partner.example.net"
  port              = 443
  type              = "HTTPS"
  failure_threshold = 3
  request_interval  = 30
}
