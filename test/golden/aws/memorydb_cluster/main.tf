provider "aws" {
  region = "us-east-1"
}

resource "aws_memorydb_cluster" "redis" {
  name                   = "redis"
  node_type              = "db.r6g.large"
  num_shards             = 2
  num_replicas_per_shard = 1
  engine                 = "redis"
  acl_name               = "open-access"
}

resource "aws_memorydb_cluster" "redis_with_usage" {
  name                   = "redis-usage"
  node_type              = "db.r6g.large"
  num_shards             = 2
  num_replicas_per_shard = 1
  engine                 = "redis"
  acl_name               = "open-access"
}

resource "aws_memorydb_cluster" "valkey" {
  name                   = "valkey"
  node_type              = "db.r6g.large"
  num_shards             = 2
  num_replicas_per_shard = 1
  engine                 = "valkey"
  acl_name               = "open-access"
}
