provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_storage_bucket" "assets" {
  name     = "shop-assets"
  location = "US"
}

resource "google_storage_bucket" "backups" {
  name          = "shop-backups"
  location      = "EU"
  storage_class = "NEARLINE"
}

# Priced where the bucket lives (europe-west4), not in the provider's us-central1.
resource "google_storage_bucket" "archive" {
  name          = "shop-archive"
  location      = "EUROPE-WEST4"
  storage_class = "ARCHIVE"
}
