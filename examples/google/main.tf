# A small inference platform on Google Cloud: a zonal GKE cluster with a general pool and an L4 GPU pool,
# a bucket for model weights and a log sink archiving to it. Hover a lens for the breakdown.

provider "google" {
  project = "acme-ml"
  region  = "us-central1"
}

resource "google_container_cluster" "ml" {
  name                     = "ml"
  location                 = "us-central1-a"
  remove_default_node_pool = true
  initial_node_count       = 1
}

resource "google_container_node_pool" "general" {
  name       = "general"
  cluster    = google_container_cluster.ml.id
  location   = "us-central1-a"
  node_count = 2

  node_config {
    machine_type = "e2-standard-2"
    disk_size_gb = 50
    disk_type    = "pd-standard"
  }
}

# One NVIDIA L4 per node (g2-standard-4): the GPU is most of this cluster's bill.
resource "google_container_node_pool" "inference" {
  name       = "inference"
  cluster    = google_container_cluster.ml.id
  location   = "us-central1-a"
  node_count = 1

  node_config {
    machine_type = "g2-standard-4"
    disk_size_gb = 200
    disk_type    = "pd-ssd"
  }
}

resource "google_storage_bucket" "models" {
  name                        = "acme-ml-models"
  location                    = "US"
  uniform_bucket_level_access = true
}

resource "google_logging_project_sink" "archive" {
  name        = "archive"
  destination = "storage.googleapis.com/${google_storage_bucket.models.id}"
  filter      = "resource.type = k8s_container"
}
