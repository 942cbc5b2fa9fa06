provider "google" {
  project = "shop"
  region  = "us-central1"
}

resource "google_bigquery_dataset" "analytics" {
  dataset_id = "analytics"
  location   = "US"
}

resource "google_bigquery_table" "events" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  table_id   = "events"
}

resource "google_bigquery_table" "orders" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  table_id   = "orders"
}

resource "google_bigquery_table" "daily" {
  dataset_id = google_bigquery_dataset.analytics.dataset_id
  table_id   = "daily"

  view {
    query          = "SELECT day, COUNT(*) AS n FROM analytics.events GROUP BY day"
    use_legacy_sql = false
  }
}
