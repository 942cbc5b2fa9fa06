provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "search" {
  name     = "search"
  location = "East US"
}

# Basic, 3 replicas × 1 partition, with image extraction beyond the first tiers.
resource "azurerm_search_service" "docs" {
  name                = "docs-search"
  resource_group_name = azurerm_resource_group.search.name
  location            = azurerm_resource_group.search.location
  sku                 = "basic"
  replica_count       = 3
}

# Standard S2, 2 replicas × 2 partitions.
resource "azurerm_search_service" "catalog" {
  name                = "catalog-search"
  resource_group_name = azurerm_resource_group.search.name
  location            = azurerm_resource_group.search.location
  sku                 = "standard2"
  replica_count       = 2
  partition_count     = 2
}

# Storage Optimized L1, defaults (1 × 1), no usage: image extraction shows its first-tier price.
resource "azurerm_search_service" "archive" {
  name                = "archive-search"
  resource_group_name = azurerm_resource_group.search.name
  location            = azurerm_resource_group.search.location
  sku                 = "storage_optimized_l1"
}

resource "azurerm_search_service" "sandbox" {
  name                = "sandbox-search"
  resource_group_name = azurerm_resource_group.search.name
  location            = azurerm_resource_group.search.location
  sku                 = "free"
}

# A real SKU without a price in the snapshot.
resource "azurerm_search_service" "s1" {
  name                = "s1-search"
  resource_group_name = azurerm_resource_group.search.name
  location            = azurerm_resource_group.search.location
  sku                 = "standard"
}

# Not an Azure AI Search SKU.
resource "azurerm_search_service" "typo" {
  name                = "typo-search"
  resource_group_name = azurerm_resource_group.search.name
  location            = azurerm_resource_group.search.location
  sku                 = "premium"
}
