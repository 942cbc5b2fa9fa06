provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "db" {
  name     = "db"
  location = "westus"
}

# General Purpose with defaults: 20 GB storage, 360 included IOPS.
resource "azurerm_mysql_flexible_server" "shop" {
  name                = "shop"
  resource_group_name = azurerm_resource_group.db.name
  location            = azurerm_resource_group.db.location
  sku_name            = "GP_Standard_D2ads_v5"
  version             = "8.0.21"
}

# Memory Optimised with 500 IOPS on 20 GB (360 included → 140 additional) and backup usage.
resource "azurerm_mysql_flexible_server" "analytics" {
  name                = "analytics"
  resource_group_name = azurerm_resource_group.db.name
  location            = "West US"
  sku_name            = "MO_Standard_E4ds_v4"

  storage {
    size_gb = 20
    iops    = 500
  }
}

# Burstable, zone-redundant HA: standby doubles compute and storage; 400 IOPS on 50 GB are all included (450).
resource "azurerm_mysql_flexible_server" "ha" {
  name                = "ha"
  resource_group_name = azurerm_resource_group.db.name
  location            = azurerm_resource_group.db.location
  sku_name            = "B_Standard_B1ms"

  storage {
    size_gb = 50
    iops    = 400
  }

  high_availability {
    mode = "ZoneRedundant"
  }
}

# In eastus: no eastus rows, so westus prices are used and labelled.
resource "azurerm_mysql_flexible_server" "east" {
  name                = "east"
  resource_group_name = azurerm_resource_group.db.name
  location            = "eastus"
  sku_name            = "GP_Standard_D4ds_v4"
}

# A SKU without a price in the snapshot.
resource "azurerm_mysql_flexible_server" "huge" {
  name                = "huge"
  resource_group_name = azurerm_resource_group.db.name
  location            = azurerm_resource_group.db.location
  sku_name            = "GP_Standard_D64ds_v4"
}

resource "azurerm_mysql_flexible_database" "orders" {
  name                = "orders"
  resource_group_name = azurerm_resource_group.db.name
  server_name         = azurerm_mysql_flexible_server.shop.name
  charset             = "utf8mb4"
  collation           = "utf8mb4_unicode_ci"
}
