provider "google" {
  project = "shop"
  region  = "europe-west4"
}

resource "google_compute_global_address" "lb" {
  name = "shop-lb"
}

resource "google_compute_global_address" "spare" {
  name = "spare"
}

resource "google_compute_global_address" "peering" {
  name          = "peering"
  purpose       = "VPC_PEERING"
  address_type  = "INTERNAL"
  prefix_length = 16
  network       = "default"
}
