provider "google" {
  project = "shop"
  region  = "us-central1"
}

# Regional cluster, default pool removed: only the management fee.
resource "google_container_cluster" "primary" {
  name                     = "primary"
  location                 = "us-central1"
  remove_default_node_pool = true
  initial_node_count       = 1
}

# Regional pool: 2 nodes per zone × 3 zones, spot, default disk (100 GB pd-balanced).
resource "google_container_node_pool" "spot" {
  name       = "spot"
  cluster    = google_container_cluster.primary.id
  location   = "us-central1"
  node_count = 2

  node_config {
    machine_type = "n2-standard-4"
    spot         = true
  }
}

# Zonal pool pinned to two zones with node_locations, GPU machine type.
resource "google_container_node_pool" "gpu" {
  name           = "gpu"
  cluster        = google_container_cluster.primary.id
  location       = "us-central1"
  node_locations = ["us-central1-a", "us-central1-b"]
  node_count     = 1

  node_config {
    machine_type = "g2-standard-4"
    disk_size_gb = 200
    disk_type    = "pd-ssd"
  }
}

# Zonal cluster with its default pool: initial_node_count nodes in one zone.
resource "google_container_cluster" "dev" {
  name               = "dev"
  location           = "us-central1-c"
  initial_node_count = 2

  node_config {
    machine_type = "e2-standard-2"
    disk_size_gb = 50
    disk_type    = "pd-standard"
  }
}

resource "google_container_cluster" "autopilot" {
  name             = "autopilot"
  location         = "us-central1"
  enable_autopilot = true
}
