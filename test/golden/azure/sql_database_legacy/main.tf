provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "legacy" {
  name     = "legacy"
  location = "eastus"
}

resource "azurerm_sql_server" "legacy" {
  name                         = "legacy-sql"
  resource_group_name          = azurerm_resource_group.legacy.name
  location                     = azurerm_resource_group.legacy.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-secret"
}

# P6 by service objective, 1 TiB: 1,024 − 500 included = 524 GB extra; long-term retention as usage.
resource "azurerm_sql_database" "orders" {
  name                             = "orders"
  resource_group_name              = azurerm_resource_group.legacy.name
  location                         = azurerm_resource_group.legacy.location
  server_name                      = azurerm_sql_server.legacy.name
  requested_service_objective_name = "P6"
  max_size_bytes                   = 1099511627776
}

# Only the edition: Azure's default objective for Premium is P1.
resource "azurerm_sql_database" "reports" {
  name                = "reports"
  resource_group_name = azurerm_resource_group.legacy.name
  location            = azurerm_resource_group.legacy.location
  server_name         = azurerm_sql_server.legacy.name
  edition             = "Premium"
}

resource "azurerm_sql_elasticpool" "pool" {
  name                = "pool"
  resource_group_name = azurerm_resource_group.legacy.name
  location            = azurerm_resource_group.legacy.location
  server_name         = azurerm_sql_server.legacy.name
  edition             = "Premium"
  dtu                 = 500
  db_dtu_min          = 0
  db_dtu_max          = 125
  pool_size           = 512000
}

# In an elastic pool: backups only (compute and storage are the pool's).
resource "azurerm_sql_database" "tenant" {
  name                = "tenant"
  resource_group_name = azurerm_resource_group.legacy.name
  location            = azurerm_resource_group.legacy.location
  server_name         = azurerm_sql_server.legacy.name
  elastic_pool_name   = azurerm_sql_elasticpool.pool.name
}

# Standard edition defaults to S0, whose price is not in the snapshot.
resource "azurerm_sql_database" "staging" {
  name                = "staging"
  resource_group_name = azurerm_resource_group.legacy.name
  location            = azurerm_resource_group.legacy.location
  server_name         = azurerm_sql_server.legacy.name
  edition             = "Standard"
}
