provider "aws" {
  region = "us-east-1"
}

resource "aws_elasticache_cluster" "redis" {
  cluster_id      = "redis"
  engine          = "redis"
  node_type       = "cache.t3.micro"
  num_cache_nodes = 2
}

resource "aws_elasticache_cluster" "memcached" {
  cluster_id      = "memcached"
  engine          = "memcached"
  node_type       = "cache.m5.large"
  num_cache_nodes = 3
}

resource "aws_elasticache_replication_group" "valkey_cluster_mode" {
  replication_group_id    = "valkey"
  description             = "valkey"
  engine                  = "valkey"
  node_type               = "cache.r6g.large"
  num_node_groups         = 2
  replicas_per_node_group = 1
}

resource "aws_elasticache_replication_group" "redis_replicas" {
  replication_group_id = "redis-replicas"
  description          = "redis"
  node_type            = "cache.m5.large"
  num_cache_clusters   = 3
}
