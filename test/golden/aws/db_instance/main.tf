provider "aws" {
  region = "us-east-1"
}

resource "aws_db_instance" "mysql_single_az" {
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  allocated_storage = 20
}

resource "aws_db_instance" "mysql_multi_az_gp3" {
  engine            = "mysql"
  instance_class    = "db.t3.medium"
  multi_az          = true
  storage_type      = "gp3"
  allocated_storage = 400
  iops              = 14000
}

resource "aws_db_instance" "postgres_io1" {
  engine            = "postgres"
  instance_class    = "db.m5.large"
  storage_type      = "io1"
  allocated_storage = 100
  iops              = 1000
}

resource "aws_db_instance" "oracle" {
  engine            = "oracle-ee"
  instance_class    = "db.m5.large"
  allocated_storage = 100
}
