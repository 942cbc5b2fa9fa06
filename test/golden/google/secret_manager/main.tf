provider "google" {
  project = "shop"
  region  = "us-central1"
}

variable "shared_secret_id" {
  type        = string
  description = "A secret managed in another project (its replication is not visible here)"
  default     = "projects/platform/secrets/shared-token"
}

resource "google_pubsub_topic" "rotations" {
  name = "secret-rotations"
}

# Automatic replication: billed as one location. Versions beyond the one below come from the usage file.
resource "google_secret_manager_secret" "api_key" {
  secret_id = "api-key"

  replication {
    auto {}
  }
}

# Two user-managed replicas, rotated every 30 days (one Pub/Sub notification per rotation).
resource "google_secret_manager_secret" "db_password" {
  secret_id = "db-password"

  replication {
    user_managed {
      replicas {
        location = "us-central1"
      }
      replicas {
        location = "europe-west4"
      }
    }
  }

  topics {
    name = google_pubsub_topic.rotations.id
  }

  rotation {
    rotation_period    = "2592000s"
    next_rotation_time = "2027-01-01T00:00:00Z"
  }
}

resource "google_secret_manager_secret_version" "api_key_v1" {
  secret      = google_secret_manager_secret.api_key.id
  secret_data = "not-a-real-key"
}

# Disabled versions are still active (billed); only destroyed ones are free.
resource "google_secret_manager_secret_version" "db_password_v1" {
  secret      = google_secret_manager_secret.db_password.id
  secret_data = "not-a-real-password"
  enabled     = false
}

# The secret lives elsewhere: its locations are not known, so one is assumed.
resource "google_secret_manager_secret_version" "shared_token" {
  secret      = var.shared_secret_id
  secret_data = "not-a-real-token"
}
