provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_cloud_run_v2_service" "api" {
  name     = "api"
  location = "us-central1"

  template {
    containers {
      image = "us-docker.pkg.dev/shop/api:1.4.2"
      resources {
        limits = {
          cpu    = "2"
          memory = "1Gi"
        }
      }
    }
  }
}

resource "google_cloud_run_service" "hooks" {
  name     = "hooks"
  location = "us-central1"

  template {
    spec {
      containers {
        image = "us-docker.pkg.dev/shop/hooks:0.3.0"
      }
    }
  }
}

resource "google_cloudfunctions_function" "thumbnails" {
  name                = "thumbnails"
  runtime             = "nodejs20"
  region              = "us-central1"
  available_memory_mb = 512
  entry_point         = "handler"
  trigger_http        = true
}
