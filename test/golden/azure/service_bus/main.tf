provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "messaging" {
  name     = "messaging"
  location = "West Europe"
}

# Standard with usage: operations and brokered connections beyond the included amounts, tiered.
resource "azurerm_servicebus_namespace" "orders" {
  name                = "orders-sb"
  location            = azurerm_resource_group.messaging.location
  resource_group_name = azurerm_resource_group.messaging.name
  sku                 = "Standard"
}

resource "azurerm_servicebus_queue" "inbound" {
  name         = "inbound"
  namespace_id = azurerm_servicebus_namespace.orders.id
}

resource "azurerm_servicebus_topic" "events" {
  name         = "events"
  namespace_id = azurerm_servicebus_namespace.orders.id
}

resource "azurerm_servicebus_subscription" "audit" {
  name               = "audit"
  topic_id           = azurerm_servicebus_topic.events.id
  max_delivery_count = 10
}

# Standard without usage: unit prices of the first paid tiers.
resource "azurerm_servicebus_namespace" "idle" {
  name                = "idle-sb"
  location            = azurerm_resource_group.messaging.location
  resource_group_name = azurerm_resource_group.messaging.name
  sku                 = "Standard"
}

resource "azurerm_servicebus_namespace" "events" {
  name                         = "events-sb"
  location                     = azurerm_resource_group.messaging.location
  resource_group_name          = azurerm_resource_group.messaging.name
  sku                          = "Premium"
  capacity                     = 2
  premium_messaging_partitions = 1
}

resource "azurerm_servicebus_namespace" "jobs" {
  name                = "jobs-sb"
  location            = azurerm_resource_group.messaging.location
  resource_group_name = azurerm_resource_group.messaging.name
  sku                 = "Basic"
}

# Premium without capacity: the provider default 0 is not a Premium size.
resource "azurerm_servicebus_namespace" "unsized" {
  name                = "unsized-sb"
  location            = azurerm_resource_group.messaging.location
  resource_group_name = azurerm_resource_group.messaging.name
  sku                 = "Premium"
}
