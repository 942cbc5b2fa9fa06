provider "aws" {
  region = "us-east-1"
}

resource "aws_lb" "alb" {
  name = "alb"
}

resource "aws_alb" "alb_legacy_name" {
  name = "alb-legacy"
}

resource "aws_lb" "alb_usage" {
  name               = "alb-usage"
  load_balancer_type = "application"
}

resource "aws_lb" "nlb_usage" {
  name               = "nlb-usage"
  load_balancer_type = "network"
}

resource "aws_lb" "gwlb" {
  name               = "gwlb"
  load_balancer_type = "gateway"
}

resource "aws_lb" "gwlb_usage" {
  name               = "gwlb-usage"
  load_balancer_type = "gateway"
}
