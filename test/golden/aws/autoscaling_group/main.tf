provider "aws" {
  region = "us-east-1"
}

resource "aws_launch_template" "lt" {
  name          = "lt"
  instance_type = "m5.large"
  block_device_mappings {
    device_name = "/dev/xvda"
    ebs {
      volume_size = 30
      volume_type = "gp3"
    }
  }
}

resource "aws_autoscaling_group" "desired" {
  desired_capacity = 3
  min_size         = 1
  max_size         = 5
  launch_template {
    id = aws_launch_template.lt.id
  }
}

resource "aws_autoscaling_group" "min_only" {
  min_size = 2
  max_size = 5
  launch_template {
    id = aws_launch_template.lt.id
  }
}

resource "aws_autoscaling_group" "mixed" {
  desired_capacity = 2
  min_size         = 1
  max_size         = 5
  mixed_instances_policy {
    launch_template {
      launch_template_specification {
        launch_template_id = aws_launch_template.lt.id
      }
      override {
        instance_type = "c5.large"
      }
    }
  }
}

resource "aws_launch_configuration" "lc" {
  image_id      = "ami-12345678"
  instance_type = "t3.micro"
  root_block_device {
    volume_size = 10
  }
}

resource "aws_autoscaling_group" "launch_configuration" {
  desired_capacity     = 1
  min_size             = 1
  max_size             = 1
  launch_configuration = aws_launch_configuration.lc.name
}
