provider "aws" {
  region = "eu-west-1"
}

resource "aws_ebs_volume" "data" {
  availability_zone = "eu-west-1a"
  size              = 100
  type              = "gp3"
}

resource "aws_ebs_snapshot" "from_volume" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_ebs_snapshot" "with_usage" {
  volume_id = aws_ebs_volume.data.id
}

resource "aws_ebs_snapshot_copy" "archived" {
  source_snapshot_id = "snap-1"
  source_region      = "us-east-1"
  storage_tier       = "archive"
}
