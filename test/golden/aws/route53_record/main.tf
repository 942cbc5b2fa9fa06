provider "aws" {
  region = "us-east-1"
}

resource "aws_route53_record" "standard" {
  zone_id = "Z123"
  name    = "www.example.com"
  type    = "A"
  ttl     = 300
  records = ["10.0.0.1"]
}

resource "aws_route53_record" "standard_with_usage" {
  zone_id = "Z123"
  name    = "api.example.com"
  type    = "A"
  ttl     = 300
  records = ["10.0.0.2"]
}

resource "aws_route53_record" "latency" {
  zone_id        = "Z123"
  name           = "lat.example.com"
  type           = "A"
  ttl            = 300
  records        = ["10.0.0.3"]
  set_identifier = "us-east-1"
  latency_routing_policy {
    region = "us-east-1"
  }
}

resource "aws_route53_record" "geo" {
  zone_id        = "Z123"
  name           = "geo.example.com"
  type           = "A"
  ttl            = 300
  records        = ["10.0.0.4"]
  set_identifier = "eu"
  geolocation_routing_policy {
    continent = "EU"
  }
}

resource "aws_route53_record" "alias" {
  zone_id = "Z123"
  name    = "lb.example.com"
  type    = "A"
  alias {
    name                   = "my-lb-123.us-east-1.elb.amazonaws.com"
    zone_id                = "Z35SXDOTRQ7X7K"
    evaluate_target_health = true
  }
}
