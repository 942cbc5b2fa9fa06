provider "google" {
  project = "shop"
  region  = "europe-west4"
}

resource "google_compute_disk" "data" {
  name = "data"
  type = "pd-ssd"
  zone = "europe-west4-a"
  size = 200
}

# A blank disk without size: the API default for pd-standard (500 GB).
resource "google_compute_disk" "blank" {
  name = "blank"
  zone = "europe-west4-a"
}

resource "google_compute_region_disk" "shared" {
  name          = "shared"
  type          = "pd-balanced"
  region        = "europe-west4"
  size          = 100
  replica_zones = ["europe-west4-a", "europe-west4-b"]
}

# Made from an image without a size: the image's size is not visible offline.
resource "google_compute_disk" "from_image" {
  name  = "from-image"
  zone  = "europe-west4-a"
  image = "debian-cloud/debian-12"
}

resource "google_compute_snapshot" "nightly" {
  name        = "nightly"
  source_disk = "data"
  zone        = "europe-west4-a"
}
