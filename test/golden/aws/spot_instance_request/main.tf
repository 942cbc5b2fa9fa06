provider "aws" {
  region = "us-east-1"
}

resource "aws_spot_instance_request" "spot" {
  ami           = "ami-0123456789abcdef0"
  instance_type = "m5.large"
  spot_price    = "0.05"
}
