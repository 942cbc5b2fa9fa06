provider "aws" {
  region = "us-east-1"
}

resource "aws_backup_vault" "non_usage" {
  name = "vault"
}

resource "aws_backup_vault" "usage" {
  name = "vault-usage"
}
