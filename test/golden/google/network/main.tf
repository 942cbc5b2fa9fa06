provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_compute_network" "vpc" {
  name                    = "shop"
  auto_create_subnetworks = false
}

resource "google_compute_firewall" "web" {
  name    = "allow-web"
  network = google_compute_network.vpc.name

  allow {
    protocol = "tcp"
    ports    = ["80", "443"]
  }
}

resource "google_compute_address" "web" {
  name = "web"
}

resource "google_compute_address" "internal" {
  name         = "internal"
  address_type = "INTERNAL"
}

resource "google_compute_router" "router" {
  name    = "router"
  network = google_compute_network.vpc.name
}

resource "google_compute_router_nat" "nat" {
  name                               = "nat"
  router                             = google_compute_router.router.name
  nat_ip_allocate_option             = "AUTO_ONLY"
  source_subnetwork_ip_ranges_to_nat = "ALL_SUBNETWORKS_ALL_IP_RANGES"
}

resource "google_compute_vpn_tunnel" "office" {
  name          = "office"
  shared_secret = "not-a-secret"
  peer_ip       = "203.0.113.10"
}

resource "google_bigquery_dataset" "events" {
  dataset_id = "events"
}
