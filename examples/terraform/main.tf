terraform {
  required_providers {
    aws = {
      source  = "hashicorp/aws"
      version = "~> 5.0"
    }
  }
}

provider "aws" {
  region = var.region
}

locals {
  name = "shop-${var.environment}"
  tags = {
    Project     = "shop"
    Environment = var.environment
  }
}

resource "aws_instance" "web" {
  ami           = "ami-0c02fb55956c7d316"
  instance_type = "m5.large"

  root_block_device {
    volume_size = 30
    volume_type = "gp3"
  }

  tags = merge(local.tags, { Name = "${local.name}-web" })
}

resource "aws_instance" "api" {
  count         = var.api_instances
  ami           = "ami-0c02fb55956c7d316"
  instance_type = var.api_instance_type

  tags = merge(local.tags, { Name = "${local.name}-api-${count.index}" })
}

resource "aws_ebs_volume" "data" {
  availability_zone = "${var.region}a"
  size              = 200
  type              = "gp2"

  tags = local.tags
}

module "worker" {
  source        = "./modules/worker"
  name          = "${local.name}-worker"
  instance_type = "c5.large"
  replicas      = 2
}

resource "aws_security_group" "web" {
  name   = "${local.name}-web"
  vpc_id = "vpc-0a1b2c3d"
}
