provider "google" {
  project = "acme-build"
  region  = "europe-west4"
}

# Golden images baked by the CI pipeline from a builder VM's boot disk.
resource "google_compute_disk" "builder" {
  name = "image-builder"
  type = "pd-balanced"
  zone = "europe-west4-b"
  size = 50
}

resource "google_compute_image" "base" {
  name        = "acme-base-2026-11"
  family      = "acme-base"
  source_disk = google_compute_disk.builder.self_link
}

resource "google_compute_image" "gpu_base" {
  name         = "acme-gpu-base-2026-11"
  family       = "acme-gpu-base"
  disk_size_gb = 200
  raw_disk {
    source = "https://storage.googleapis.com/acme-images/gpu-base.tar.gz"
  }
}

resource "google_compute_image" "derived" {
  name         = "acme-base-hardened"
  source_image = google_compute_image.base.self_link
}

resource "google_compute_image" "measured" {
  name         = "acme-data-loader"
  source_image = "projects/debian-cloud/global/images/family/debian-12"
}

resource "google_compute_image" "imported" {
  name = "acme-legacy"
  raw_disk {
    source = "https://storage.googleapis.com/acme-images/legacy.tar.gz"
  }
}

resource "google_compute_machine_image" "nightly" {
  provider        = google
  name            = "app-nightly"
  source_instance = "projects/acme-build/zones/europe-west4-b/instances/app"
}

resource "google_compute_machine_image" "weekly" {
  name            = "app-weekly"
  source_instance = "projects/acme-build/zones/europe-west4-b/instances/app"
}
