provider "google" {
  project = "acme-prod"
  region  = "europe-west4"
}

variable "audit_destination" {
  type        = string
  description = "Where the security team wants audit logs (set per environment)."
}

resource "google_storage_bucket" "log_archive" {
  name          = "acme-prod-log-archive"
  location      = "EU"
  storage_class = "ARCHIVE"
}

resource "google_bigquery_dataset" "logs" {
  dataset_id = "app_logs"
  location   = "EU"
}

resource "google_logging_project_bucket_config" "app" {
  project        = "acme-prod"
  location       = "europe-west4"
  bucket_id      = "app-logs"
  retention_days = 90
}

resource "google_logging_project_bucket_config" "debug" {
  project   = "acme-prod"
  location  = "europe-west4"
  bucket_id = "debug-logs"
}

# Archive everything to Cloud Storage: the Log Router is free, the bucket bills the storage.
resource "google_logging_project_sink" "archive" {
  name        = "archive-all"
  destination = "storage.googleapis.com/${google_storage_bucket.log_archive.id}"
}

resource "google_logging_project_sink" "analytics" {
  name                   = "app-to-bigquery"
  destination            = "bigquery.googleapis.com/projects/acme-prod/datasets/${google_bigquery_dataset.logs.dataset_id}"
  filter                 = "resource.type = k8s_container"
  unique_writer_identity = true
}

resource "google_logging_project_sink" "app" {
  name        = "app-to-bucket"
  destination = "logging.googleapis.com/${google_logging_project_bucket_config.app.id}"
  filter      = "severity >= INFO"
}

resource "google_logging_project_sink" "audit" {
  name        = "audit"
  destination = var.audit_destination
}

resource "google_logging_organization_sink" "security" {
  name        = "security-events"
  org_id      = "123456789012"
  destination = "pubsub.googleapis.com/projects/acme-sec/topics/security-events"
}
