provider "google" {
  project = "shop"
  region  = "europe-west4"
}

resource "google_pubsub_topic" "orders" {
  name = "orders"
}

resource "google_pubsub_subscription" "billing" {
  name  = "billing"
  topic = google_pubsub_topic.orders.id
}

resource "google_pubsub_subscription" "audit" {
  name  = "audit"
  topic = google_pubsub_topic.orders.id
}

resource "google_artifact_registry_repository" "images" {
  location      = "europe-west4"
  repository_id = "images"
  format        = "DOCKER"
}

resource "google_artifact_registry_repository" "all" {
  location      = "europe-west4"
  repository_id = "all"
  format        = "DOCKER"
  mode          = "VIRTUAL_REPOSITORY"
}

resource "google_logging_project_sink" "to_topic" {
  name        = "to-topic"
  destination = "pubsub.googleapis.com/${google_pubsub_topic.orders.id}"
}
