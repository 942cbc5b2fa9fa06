provider "google" {
  project = "ml-shop"
  region  = "us-central1"
}

# An endpoint costs nothing by itself: Vertex AI bills the models deployed to it per node hour, and those
# deployments (gcloud / console / SDK DeployModel) are not declared by this resource.
resource "google_vertex_ai_endpoint" "recommender" {
  name         = "1234567890"
  display_name = "recommender"
  location     = "us-central1"
}

# Dedicated prediction nodes Terraform does declare, but Vertex AI prediction node-hour prices are not in the
# snapshot yet (see SOURCE.md): "not priced yet".
resource "google_vertex_ai_deployment_resource_pool" "shared" {
  name   = "shared-pool"
  region = "us-central1"

  dedicated_resources {
    machine_spec {
      machine_type      = "n1-standard-4"
      accelerator_type  = "NVIDIA_TESLA_T4"
      accelerator_count = 1
    }
    min_replica_count = 1
    max_replica_count = 2
  }
}

# Cloud TPUs: no chip-hour price could be read from a stored official page (see SOURCE.md): "not priced yet".
resource "google_tpu_v2_vm" "trainer" {
  name             = "trainer"
  zone             = "us-central1-a"
  runtime_version  = "v2-alpha-tpuv5-lite"
  accelerator_type = "v5litepod-8"
}

resource "google_tpu_node" "legacy" {
  name               = "legacy"
  zone               = "us-central1-b"
  accelerator_type   = "v3-8"
  tensorflow_version = "2.12.0"

  scheduling_config {
    preemptible = true
  }
}

# Slice by accelerator_config: a 2x2x2 v5p topology is 8 chips.
resource "google_tpu_v2_vm" "pod" {
  name            = "pod"
  zone            = "us-east5-a"
  runtime_version = "v2-alpha-tpuv5"

  accelerator_config {
    type     = "V5P"
    topology = "2x2x2"
  }

  scheduling_config {
    spot = true
  }
}

resource "google_tpu_v2_vm" "mystery" {
  name             = "mystery"
  zone             = "us-central1-a"
  runtime_version  = "tpu-vm-base"
  accelerator_type = "v9-42"
}
