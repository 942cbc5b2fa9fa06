provider "azurerm" {
  features {}
}

resource "azurerm_mssql_server" "shop" {
  name                         = "shop-sql"
  resource_group_name          = "shop"
  location                     = "East US"
  version                      = "12.0"
  administrator_login          = "shop"
  administrator_login_password = "not-a-secret"
}

resource "azurerm_mssql_database" "orders" {
  name        = "orders"
  server_id   = azurerm_mssql_server.shop.id
  sku_name    = "P1"
  max_size_gb = 750
}

resource "azurerm_mssql_database" "reports" {
  name      = "reports"
  server_id = azurerm_mssql_server.shop.id
  sku_name  = "S1"
}

resource "azurerm_mssql_database" "critical" {
  name                 = "critical"
  server_id            = azurerm_mssql_server.shop.id
  sku_name             = "BC_Gen5_4"
  max_size_gb          = 20
  storage_account_type = "Local"
}

resource "azurerm_mssql_database" "scratch" {
  name        = "scratch"
  server_id   = azurerm_mssql_server.shop.id
  sku_name    = "GP_S_Gen5_2"
  max_size_gb = 10
}

resource "azurerm_mssql_database" "pooled" {
  name            = "pooled"
  server_id       = azurerm_mssql_server.shop.id
  elastic_pool_id = "/subscriptions/0000/resourceGroups/shop/providers/Microsoft.Sql/servers/shop-sql/elasticPools/pool"
}

resource "azurerm_cognitive_account" "ai" {
  name                = "shop-ai"
  location            = "East US"
  resource_group_name = "shop"
  kind                = "OpenAI"
  sku_name            = "S0"
}
