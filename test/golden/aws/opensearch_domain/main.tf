provider "aws" {
  region = "us-east-1"
}

resource "aws_opensearch_domain" "data_only" {
  domain_name = "data-only"
  cluster_config {
    instance_type  = "m5.large.search"
    instance_count = 3
  }
  ebs_options {
    ebs_enabled = true
    volume_size = 100
  }
}

resource "aws_opensearch_domain" "with_masters" {
  domain_name = "with-masters"
  cluster_config {
    instance_type            = "r6g.large.search"
    instance_count           = 2
    dedicated_master_enabled = true
    dedicated_master_type    = "m5.large.search"
    dedicated_master_count   = 3
  }
}

resource "aws_elasticsearch_domain" "legacy" {
  domain_name = "legacy"
  cluster_config {
    instance_type = "m5.large.search"
  }
}
