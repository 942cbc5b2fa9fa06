provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_compute_instance_template" "web" {
  name_prefix  = "web-"
  machine_type = "e2-standard-4"

  disk {
    source_image = "debian-cloud/debian-12"
    disk_type    = "pd-balanced"
    disk_size_gb = 20
    boot         = true
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_group_manager" "web" {
  name               = "web"
  zone               = "us-central1-a"
  base_instance_name = "web"
  target_size        = 4

  version {
    instance_template = google_compute_instance_template.web.id
  }
}
