provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_sql_database_instance" "orders" {
  name             = "orders"
  database_version = "POSTGRES_15"
  region           = "us-central1"

  settings {
    tier              = "db-custom-2-7680"
    availability_type = "REGIONAL"
    disk_size         = 50
    disk_type         = "PD_SSD"
  }
}

resource "google_sql_database_instance" "tiny" {
  name             = "tiny"
  database_version = "MYSQL_8_0"

  settings {
    tier = "db-f1-micro"
  }
}

resource "google_sql_database_instance" "legacy" {
  name             = "legacy"
  database_version = "MYSQL_8_0"

  settings {
    tier = "db-n1-standard-2"
  }
}

resource "google_redis_instance" "sessions" {
  name           = "sessions"
  tier           = "STANDARD_HA"
  memory_size_gb = 5
  region         = "us-central1"
}

resource "google_redis_instance" "cache" {
  name           = "cache"
  memory_size_gb = 1
}
