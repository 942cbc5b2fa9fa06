provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_dns_managed_zone" "shop" {
  name     = "shop"
  dns_name = "shop.example.com."
}

resource "google_dns_managed_zone" "internal" {
  name       = "internal"
  dns_name   = "internal.shop."
  visibility = "private"

  private_visibility_config {
    networks {
      network_url = "projects/shop/global/networks/default"
    }
  }
}

resource "google_dns_record_set" "www" {
  name         = "www.shop.example.com."
  managed_zone = google_dns_managed_zone.shop.name
  type         = "A"
  ttl          = 300
  rrdatas      = ["203.0.113.10"]
}
