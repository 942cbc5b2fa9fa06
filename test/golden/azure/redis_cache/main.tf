provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "cache" {
  name     = "cache"
  location = "eastus"
}

# Basic C1: one node, the cache meter.
resource "azurerm_redis_cache" "sessions" {
  name                = "sessions"
  location            = azurerm_resource_group.cache.location
  resource_group_name = azurerm_resource_group.cache.name
  capacity            = 1
  family              = "C"
  sku_name            = "Basic"
}

# Standard C3: primary and replica, priced by the two-node cache meter.
resource "azurerm_redis_cache" "catalog" {
  name                = "catalog"
  location            = "East US"
  resource_group_name = azurerm_resource_group.cache.name
  capacity            = 3
  family              = "C"
  sku_name            = "Standard"
}

# Premium P2, 3 shards × (primary + 2 replicas) = 9 nodes.
resource "azurerm_redis_cache" "orders" {
  name                 = "orders"
  location             = azurerm_resource_group.cache.location
  resource_group_name  = azurerm_resource_group.cache.name
  capacity             = 2
  family               = "P"
  sku_name             = "Premium"
  shard_count          = 3
  replicas_per_primary = 2
}

# Premium P1 without clustering in West Europe: 1 shard × 2 nodes, priced at the nearest region (eastus).
resource "azurerm_redis_cache" "eu" {
  name                = "eu"
  location            = "westeurope"
  resource_group_name = azurerm_resource_group.cache.name
  capacity            = 1
  family              = "P"
  sku_name            = "Premium"
}

# Standard C6: a real size whose price is not in the snapshot.
resource "azurerm_redis_cache" "big" {
  name                = "big"
  location            = azurerm_resource_group.cache.location
  resource_group_name = azurerm_resource_group.cache.name
  capacity            = 6
  family              = "C"
  sku_name            = "Standard"
}

# Premium with family C is not an Azure Cache for Redis size.
resource "azurerm_redis_cache" "typo" {
  name                = "typo"
  location            = azurerm_resource_group.cache.location
  resource_group_name = azurerm_resource_group.cache.name
  capacity            = 2
  family              = "C"
  sku_name            = "Premium"
}
