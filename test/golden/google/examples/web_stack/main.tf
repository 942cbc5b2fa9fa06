# A small, realistic Google Cloud web stack: a managed instance group behind a global HTTPS load balancer,
# Cloud SQL for PostgreSQL, Memorystore, a bucket for assets, a Cloud Run API, Cloud NAT for egress and a
# bastion host. Used as a fixture: the share of its resources that get a price is reported in the issue notes.

variable "project" {
  type    = string
  default = "shop-prod"
}

variable "region" {
  type    = string
  default = "europe-west4"
}

variable "web_instances" {
  type    = number
  default = 3
}

provider "google" {
  project = var.project
  region  = var.region
}

locals {
  name = "shop"
  zone = "${var.region}-b"
  labels = {
    app = local.name
    env = "prod"
  }
}

resource "google_project_service" "apis" {
  for_each = toset(["compute.googleapis.com", "sqladmin.googleapis.com", "redis.googleapis.com", "run.googleapis.com"])
  service  = each.value
}

resource "google_compute_network" "vpc" {
  name                    = "${local.name}-vpc"
  auto_create_subnetworks = false
}

resource "google_compute_subnetwork" "app" {
  name          = "${local.name}-app"
  ip_cidr_range = "10.10.0.0/20"
  region        = var.region
  network       = google_compute_network.vpc.id
}

resource "google_compute_firewall" "health_checks" {
  name          = "${local.name}-allow-health-checks"
  network       = google_compute_network.vpc.name
  source_ranges = ["35.191.0.0/16", "130.211.0.0/22"]

  allow {
    protocol = "tcp"
    ports    = ["8080"]
  }
}

resource "google_compute_firewall" "iap_ssh" {
  name          = "${local.name}-allow-iap-ssh"
  network       = google_compute_network.vpc.name
  source_ranges = ["35.235.240.0/20"]

  allow {
    protocol = "tcp"
    ports    = ["22"]
  }
}

resource "google_compute_router" "router" {
  name    = "${local.name}-router"
  region  = var.region
  network = google_compute_network.vpc.id
}

resource "google_compute_router_nat" "nat" {
  name                               = "${local.name}-nat"
  router                             = google_compute_router.router.name
  region                             = var.region
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}

resource "google_service_account" "web" {
  account_id   = "${local.name}-web"
  display_name = "Web servers"
}

resource "google_project_iam_member" "web_logs" {
  project = var.project
  role    = "roles/logging.logWriter"
  member  = "serviceAccount:${google_service_account.web.email}"
}

resource "google_compute_instance_template" "web" {
  name_prefix  = "${local.name}-web-"
  machine_type = "e2-standard-2"
  labels       = local.labels

  disk {
    source_image = "debian-cloud/debian-12"
    disk_type    = "pd-balanced"
    disk_size_gb = 20
    boot         = true
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }

  service_account {
    email  = google_service_account.web.email
    scopes = ["cloud-platform"]
  }
}

resource "google_compute_health_check" "web" {
  name = "${local.name}-web"

  http_health_check {
    port = 8080
  }
}

resource "google_compute_region_instance_group_manager" "web" {
  name               = "${local.name}-web"
  region             = var.region
  base_instance_name = "${local.name}-web"
  target_size        = var.web_instances

  version {
    instance_template = google_compute_instance_template.web.id
  }

  named_port {
    name = "http"
    port = 8080
  }
}

resource "google_compute_backend_service" "web" {
  name          = "${local.name}-web"
  health_checks = [google_compute_health_check.web.id]

  backend {
    group = google_compute_region_instance_group_manager.web.instance_group
  }
}

resource "google_compute_url_map" "web" {
  name            = "${local.name}-web"
  default_service = google_compute_backend_service.web.id
}

resource "google_compute_managed_ssl_certificate" "web" {
  name = "${local.name}-web"

  managed {
    domains = ["shop.example.com"]
  }
}

resource "google_compute_target_https_proxy" "web" {
  name             = "${local.name}-web"
  url_map          = google_compute_url_map.web.id
  ssl_certificates = [google_compute_managed_ssl_certificate.web.id]
}

resource "google_compute_global_address" "web" {
  name = "${local.name}-web"
}

resource "google_compute_global_forwarding_rule" "https" {
  name       = "${local.name}-https"
  target     = google_compute_target_https_proxy.web.id
  port_range = "443"
  ip_address = google_compute_global_address.web.address
}

resource "google_compute_instance" "bastion" {
  name         = "${local.name}-bastion"
  machine_type = "e2-small"
  zone         = local.zone

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    subnetwork = google_compute_subnetwork.app.id
  }
}

resource "google_sql_database_instance" "db" {
  name             = "${local.name}-db"
  database_version = "POSTGRES_15"
  region           = var.region

  settings {
    tier              = "db-custom-2-7680"
    availability_type = "REGIONAL"
    disk_size         = 100

    backup_configuration {
      enabled = true
    }
  }
}

resource "google_sql_database" "app" {
  name     = "shop"
  instance = google_sql_database_instance.db.name
}

resource "google_sql_user" "app" {
  name     = "shop"
  instance = google_sql_database_instance.db.name
  password = "change-me"
}

resource "google_redis_instance" "sessions" {
  name           = "${local.name}-sessions"
  tier           = "STANDARD_HA"
  memory_size_gb = 5
  region         = var.region
}

resource "google_storage_bucket" "assets" {
  name                        = "${local.name}-assets"
  location                    = "EU"
  uniform_bucket_level_access = true
}

resource "google_cloud_run_v2_service" "api" {
  name     = "${local.name}-api"
  location = var.region

  template {
    containers {
      image = "europe-docker.pkg.dev/shop-prod/api/api:2.1.0"
      resources {
        limits = {
          cpu    = "1"
          memory = "512Mi"
        }
      }
    }
  }
}

resource "google_dns_managed_zone" "shop" {
  name     = local.name
  dns_name = "shop.example.com."
}

resource "google_dns_record_set" "www" {
  name         = "www.shop.example.com."
  managed_zone = google_dns_managed_zone.shop.name
  type         = "A"
  ttl          = 300
  rrdatas      = [google_compute_global_address.web.address]
}
