provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_compute_instance" "web" {
  name         = "web"
  machine_type = "n2-standard-4"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
      size  = 50
      type  = "pd-balanced"
    }
  }

  network_interface {
    network = "default"
  }
}

# Spot in another region: the zone decides where it is priced.
resource "google_compute_instance" "batch_spot" {
  name         = "batch"
  machine_type = "e2-medium"
  zone         = "europe-west4-b"

  scheduling {
    provisioning_model = "SPOT"
    preemptible        = true
    automatic_restart  = false
  }

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "windows" {
  name         = "windows"
  machine_type = "n2-standard-4"
  zone         = "us-central1-b"

  boot_disk {
    initialize_params {
      image = "windows-cloud/windows-2022"
      size  = 100
      type  = "pd-ssd"
    }
  }

  scratch_disk {
    interface = "NVME"
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "inference" {
  name         = "inference"
  machine_type = "g2-standard-4"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params {
      size = 100
      type = "pd-balanced"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "custom" {
  name         = "custom"
  machine_type = "custom-4-16384"
  zone         = "us-central1-a"

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

resource "google_compute_instance" "t4" {
  name         = "t4"
  machine_type = "n1-standard-4"
  zone         = "us-central1-a"

  guest_accelerator {
    type  = "nvidia-tesla-t4"
    count = 2
  }

  scheduling {
    on_host_maintenance = "TERMINATE"
  }

  boot_disk {
    initialize_params {
      image = "debian-cloud/debian-12"
    }
  }

  network_interface {
    network = "default"
  }
}

# Windows image without a size: the 50 GB of Windows Server images, pd-standard by default.
resource "google_compute_instance" "windows_small" {
  name         = "windows-small"
  machine_type = "e2-medium"
  zone         = "us-central1-f"

  boot_disk {
    initialize_params {
      image = "windows-cloud/windows-2022"
    }
  }

  network_interface {
    network = "default"
  }
}
