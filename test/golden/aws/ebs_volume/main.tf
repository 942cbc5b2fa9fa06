provider "aws" {
  region = "us-east-1"
}

resource "aws_ebs_volume" "gp2_default" {
  availability_zone = "us-east-1a"
  size              = 20
}

resource "aws_ebs_volume" "io1" {
  availability_zone = "us-east-1a"
  type              = "io1"
  size              = 30
  iops              = 300
}

resource "aws_ebs_volume" "gp3" {
  availability_zone = "us-east-1a"
  type              = "gp3"
  size              = 40
  iops              = 4000
  throughput        = 130
}

resource "aws_ebs_volume" "from_snapshot" {
  availability_zone = "us-east-1a"
  snapshot_id       = "snap-12345678"
}
