provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "events" {
  name     = "events"
  location = "West Europe"
}

resource "azurerm_eventgrid_topic" "orders" {
  name                = "orders-topic"
  location            = azurerm_resource_group.events.location
  resource_group_name = azurerm_resource_group.events.name
}

resource "azurerm_eventgrid_event_subscription" "to_queue" {
  name  = "to-queue"
  scope = azurerm_eventgrid_topic.orders.id

  storage_queue_endpoint {
    storage_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/events/providers/Microsoft.Storage/storageAccounts/eventsq"
    queue_name         = "orders"
  }
}

resource "azurerm_eventgrid_domain" "tenants" {
  name                = "tenants-domain"
  location            = azurerm_resource_group.events.location
  resource_group_name = azurerm_resource_group.events.name
}

resource "azurerm_eventgrid_domain_topic" "tenant_a" {
  name                = "tenant-a"
  domain_name         = azurerm_eventgrid_domain.tenants.name
  resource_group_name = azurerm_resource_group.events.name
}

# No usage: the unit price.
resource "azurerm_eventgrid_system_topic" "storage" {
  name                   = "storage-events"
  location               = azurerm_resource_group.events.location
  resource_group_name    = azurerm_resource_group.events.name
  source_arm_resource_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/events/providers/Microsoft.Storage/storageAccounts/eventsq"
  topic_type             = "Microsoft.Storage.StorageAccounts"
}
