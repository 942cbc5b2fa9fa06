provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_cloud_scheduler_job" "nightly_report" {
  name     = "nightly-report"
  schedule = "0 2 * * *"

  http_target {
    uri         = "https://reports.example.com/run"
    http_method = "POST"
  }
}

# A paused job is billed like any other.
resource "google_cloud_scheduler_job" "cleanup" {
  name     = "cleanup"
  schedule = "*/15 * * * *"
  paused   = true

  pubsub_target {
    topic_name = "projects/shop/topics/cleanup"
    data       = base64encode("go")
  }
}

# Custom metric with measured volume (all three data tiers) and read API calls.
resource "google_monitoring_metric_descriptor" "orders" {
  type         = "custom.googleapis.com/shop/orders"
  metric_kind  = "GAUGE"
  value_type   = "INT64"
  display_name = "Orders"
}

# No usage: unit prices only.
resource "google_monitoring_metric_descriptor" "latency" {
  type         = "custom.googleapis.com/shop/latency"
  metric_kind  = "GAUGE"
  value_type   = "DOUBLE"
  display_name = "Latency"
}
