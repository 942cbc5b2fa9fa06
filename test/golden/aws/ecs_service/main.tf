provider "aws" {
  region = "us-east-1"
}

resource "aws_ecs_task_definition" "x86" {
  family                   = "x86"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "1024"
  memory                   = "2048"
  container_definitions    = "[]"
}

resource "aws_ecs_task_definition" "arm" {
  family                   = "arm"
  requires_compatibilities = ["FARGATE"]
  network_mode             = "awsvpc"
  cpu                      = "512"
  memory                   = "1024"
  container_definitions    = "[]"
  runtime_platform {
    operating_system_family = "LINUX"
    cpu_architecture        = "ARM64"
  }
}

resource "aws_ecs_service" "fargate_x86" {
  name            = "fargate-x86"
  launch_type     = "FARGATE"
  desired_count   = 1
  task_definition = aws_ecs_task_definition.x86.arn
}

resource "aws_ecs_service" "fargate_arm" {
  name            = "fargate-arm"
  launch_type     = "FARGATE"
  desired_count   = 4
  task_definition = aws_ecs_task_definition.arm.arn
}

resource "aws_ecs_service" "on_ec2" {
  name            = "on-ec2"
  desired_count   = 3
  task_definition = aws_ecs_task_definition.x86.arn
}
