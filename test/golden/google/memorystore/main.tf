provider "google" {
  project = "shop"
  region  = "us-central1"
}

# Memorystore for Valkey: 3 shards with one replica each = 6 standard-small nodes.
resource "google_memorystore_instance" "cache" {
  instance_id                 = "cache"
  location                    = "us-central1"
  shard_count                 = 3
  replica_count               = 1
  node_type                   = "STANDARD_SMALL"
  deletion_protection_enabled = false
}

# No node_type: the provider default, highmem-medium; no replica_count: no replicas.
resource "google_memorystore_instance" "default_type" {
  instance_id = "default-type"
  location    = "us-central1"
  shard_count = 1
}

# AOF persistence and automated backups are billed but have no exact price in the data.
resource "google_memorystore_instance" "durable" {
  instance_id = "durable"
  location    = "us-central1"
  shard_count = 2
  node_type   = "HIGHMEM_XLARGE"

  persistence_config {
    mode = "AOF"
  }

  automated_backup_config {
    retention = "604800s"
    fixed_frequency_schedule {
      start_time {
        hours = 1
      }
    }
  }
}

# A node type the data has no price for.
resource "google_memorystore_instance" "future" {
  instance_id = "future"
  location    = "us-central1"
  shard_count = 1
  node_type   = "HIGHMEM_4XLARGE"
}

# Memorystore for Redis Cluster: 3 shards × (1 primary + 1 replica) shared-core-nano nodes.
resource "google_redis_cluster" "sessions" {
  name          = "sessions"
  region        = "us-central1"
  shard_count   = 3
  replica_count = 1
  node_type     = "REDIS_SHARED_CORE_NANO"
}

# No node_type: the provider default, REDIS_HIGHMEM_MEDIUM.
resource "google_redis_cluster" "default_type" {
  name        = "default-type"
  region      = "us-central1"
  shard_count = 2
}

# Outside us-central1: the nearest region's price, labelled approximate.
resource "google_redis_cluster" "eu" {
  name        = "eu"
  region      = "europe-west4"
  shard_count = 1
  node_type   = "REDIS_STANDARD_SMALL"
}
