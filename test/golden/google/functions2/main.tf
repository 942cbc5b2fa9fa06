provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_cloudfunctions2_function" "thumbnails" {
  name     = "thumbnails"
  location = "us-central1"

  build_config {
    runtime     = "nodejs20"
    entry_point = "thumbnail"
  }

  service_config {
    available_memory = "512Mi"
  }
}

resource "google_cloudfunctions2_function" "hooks" {
  name     = "hooks"
  location = "us-central1"

  build_config {
    runtime     = "python312"
    entry_point = "handle"
  }

  service_config {
    available_memory = "1Gi"
    available_cpu    = "1"
  }
}
