provider "google" {
  project = "shop"
  region  = "us-central1"
}

# gcr.io: images in the US multi-region bucket; stored GB from the usage file.
resource "google_container_registry" "us" {
  project = "shop"
}

# eu.gcr.io: the EU multi-region bucket; no usage, so the unit price is shown.
resource "google_container_registry" "eu" {
  project  = "shop"
  location = "EU"
}

# A stateful group: the per-instance config keeps the name and data disk of one of its 2 instances.
resource "google_compute_instance_template" "db" {
  name_prefix  = "db-"
  machine_type = "e2-medium"

  disk {
    source_image = "debian-cloud/debian-12"
    disk_type    = "pd-balanced"
    disk_size_gb = 10
    boot         = true
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance_group_manager" "db" {
  name               = "db"
  zone               = "us-central1-a"
  base_instance_name = "db"
  target_size        = 2

  version {
    instance_template = google_compute_instance_template.db.id
  }
}

resource "google_compute_disk" "db_data" {
  name = "db-data-1"
  zone = "us-central1-a"
  type = "pd-balanced"
  size = 50
}

resource "google_compute_per_instance_config" "db_1" {
  name                   = "db-1"
  zone                   = google_compute_instance_group_manager.db.zone
  instance_group_manager = google_compute_instance_group_manager.db.name

  preserved_state {
    disk {
      device_name = "data"
      source      = google_compute_disk.db_data.id
    }
  }
}
