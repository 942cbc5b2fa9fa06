provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "data" {
  name     = "data"
  location = "eastus"
}

# Basic, 2 vCores, 50 GB, locally redundant backups with extra backup storage as usage.
resource "azurerm_postgresql_server" "app" {
  name                         = "app-pg"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  administrator_login          = "pgadmin"
  administrator_login_password = "not-a-secret"
  sku_name                     = "B_Gen5_2"
  storage_mb                   = 51200
  version                      = "11"
  ssl_enforcement_enabled      = true
}

# General Purpose 4 vCores: compute unknown (Infracost prints it only rounded), storage and geo backups priced.
resource "azurerm_mysql_server" "shop" {
  name                         = "shop-mysql"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  administrator_login          = "mysqladmin"
  administrator_login_password = "not-a-secret"
  sku_name                     = "GP_Gen5_4"
  storage_mb                   = 102400
  version                      = "8.0"
  geo_redundant_backup_enabled = true
  ssl_enforcement_enabled      = true
}

# Basic MariaDB without usage: backup storage shows its unit price.
resource "azurerm_mariadb_server" "blog" {
  name                         = "blog-mariadb"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  administrator_login          = "mariaadmin"
  administrator_login_password = "not-a-secret"
  sku_name                     = "B_Gen5_2"
  storage_mb                   = 5120
  version                      = "10.3"
  ssl_enforcement_enabled      = true
}

# Memory Optimized: neither compute nor storage is pinned by the golden.
resource "azurerm_postgresql_server" "analytics" {
  name                         = "analytics-pg"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  administrator_login          = "pgadmin"
  administrator_login_password = "not-a-secret"
  sku_name                     = "MO_Gen5_16"
  storage_mb                   = 5120
  version                      = "11"
  ssl_enforcement_enabled      = true
}

# Not a single-server SKU (a flexible-server name).
resource "azurerm_mysql_server" "typo" {
  name                         = "typo-mysql"
  location                     = azurerm_resource_group.data.location
  resource_group_name          = azurerm_resource_group.data.name
  administrator_login          = "mysqladmin"
  administrator_login_password = "not-a-secret"
  sku_name                     = "GP_Standard_D2ds_v4"
  storage_mb                   = 5120
  version                      = "8.0"
  ssl_enforcement_enabled      = true
}
