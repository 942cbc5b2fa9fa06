provider "aws" {
  region = "us-west-2"
}

resource "aws_globalaccelerator_accelerator" "example" {
  name            = "example"
  ip_address_type = "IPV4"
  enabled         = true
}
