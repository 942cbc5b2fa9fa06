provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "streaming" {
  name     = "streaming"
  location = "eastus"
}

# Standard, 4 throughput units; ingress and capture from the usage file.
resource "azurerm_eventhub_namespace" "ingest" {
  name                = "ingest-ns"
  location            = azurerm_resource_group.streaming.location
  resource_group_name = azurerm_resource_group.streaming.name
  sku                 = "Standard"
  capacity            = 4
}

resource "azurerm_eventhub" "orders" {
  name              = "orders"
  namespace_id      = azurerm_eventhub_namespace.ingest.id
  partition_count   = 4
  message_retention = 1
}

resource "azurerm_eventhub_consumer_group" "analytics" {
  name                = "analytics"
  namespace_name      = azurerm_eventhub_namespace.ingest.name
  eventhub_name       = azurerm_eventhub.orders.name
  resource_group_name = azurerm_resource_group.streaming.name
}

# Basic without capacity (provider default 1) and without usage: ingress shows its unit price.
resource "azurerm_eventhub_namespace" "basic" {
  name                = "basic-ns"
  location            = azurerm_resource_group.streaming.location
  resource_group_name = azurerm_resource_group.streaming.name
  sku                 = "Basic"
}

# Premium, 2 processing units; 3,500 GB retained (2 × 1,000 GB included).
resource "azurerm_eventhub_namespace" "stream" {
  name                = "stream-ns"
  location            = azurerm_resource_group.streaming.location
  resource_group_name = azurerm_resource_group.streaming.name
  sku                 = "Premium"
  capacity            = 2
}

resource "azurerm_eventhub_cluster" "big" {
  name                = "big-cluster"
  location            = azurerm_resource_group.streaming.location
  resource_group_name = azurerm_resource_group.streaming.name
  sku_name            = "Dedicated_1"
}

# In the Dedicated cluster: billed on the cluster.
resource "azurerm_eventhub_namespace" "on_cluster" {
  name                 = "cluster-ns"
  location             = azurerm_resource_group.streaming.location
  resource_group_name  = azurerm_resource_group.streaming.name
  sku                  = "Standard"
  dedicated_cluster_id = azurerm_eventhub_cluster.big.id
}

resource "azurerm_eventhub_namespace" "legacy" {
  name                = "legacy-ns"
  location            = azurerm_resource_group.streaming.location
  resource_group_name = azurerm_resource_group.streaming.name
  sku                 = "Free"
}
