provider "aws" {
  region = "us-east-1"
}

resource "aws_vpn_connection" "to_vgw" {
  customer_gateway_id = "cgw-1"
  vpn_gateway_id      = "vgw-1"
  type                = "ipsec.1"
}

resource "aws_vpn_connection" "to_tgw" {
  customer_gateway_id = "cgw-1"
  transit_gateway_id  = "tgw-1"
  type                = "ipsec.1"
}
