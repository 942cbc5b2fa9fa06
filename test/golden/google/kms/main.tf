provider "google" {
  project = "shop"
  region  = "europe-west4"
}

resource "google_kms_key_ring" "shop" {
  name     = "shop"
  location = "europe-west4"
}

resource "google_kms_crypto_key" "app" {
  name     = "app"
  key_ring = google_kms_key_ring.shop.id
}

resource "google_kms_crypto_key" "payments" {
  name            = "payments"
  key_ring        = google_kms_key_ring.shop.id
  rotation_period = "7776000s"

  version_template {
    algorithm        = "GOOGLE_SYMMETRIC_ENCRYPTION"
    protection_level = "HSM"
  }
}
