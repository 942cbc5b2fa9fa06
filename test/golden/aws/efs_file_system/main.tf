provider "aws" {
  region = "us-east-1"
}

resource "aws_efs_file_system" "fs" {
  creation_token = "fs"
}

resource "aws_efs_file_system" "with_usage" {
  creation_token = "with-usage"
}
