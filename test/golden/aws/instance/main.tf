provider "aws" {
  region = "us-east-1"
}

resource "aws_instance" "basic" {
  ami           = "ami-12345678"
  instance_type = "m5.large"
}

resource "aws_instance" "t3_unlimited_usage" {
  ami           = "ami-12345678"
  instance_type = "t3.medium"
}

resource "aws_instance" "t3_unlimited_no_usage" {
  ami           = "ami-12345678"
  instance_type = "t3.medium"
}

resource "aws_instance" "t3_standard" {
  ami           = "ami-12345678"
  instance_type = "t3.medium"
  credit_specification {
    cpu_credits = "standard"
  }
}

resource "aws_instance" "gpu" {
  ami           = "ami-12345678"
  instance_type = "g5.xlarge"
  root_block_device {
    volume_type = "gp3"
    volume_size = 100
  }
}

resource "aws_instance" "p4d" {
  ami           = "ami-12345678"
  instance_type = "p4d.24xlarge"
}

resource "aws_instance" "volumes" {
  ami                         = "ami-12345678"
  instance_type               = "m5.large"
  monitoring                  = true
  associate_public_ip_address = true
  root_block_device {
    volume_type = "gp3"
    volume_size = 50
    iops        = 4000
    throughput  = 250
  }
  ebs_block_device {
    device_name = "/dev/sdf"
    volume_type = "io1"
    volume_size = 100
    iops        = 1000
  }
}

resource "aws_instance" "dedicated" {
  ami           = "ami-12345678"
  instance_type = "m5.large"
  tenancy       = "dedicated"
}

resource "aws_instance" "spot" {
  ami           = "ami-12345678"
  instance_type = "m5.large"
  instance_market_options {
    market_type = "spot"
  }
}
