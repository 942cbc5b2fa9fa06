provider "azurerm" {
  features {}
}

resource "azurerm_postgresql_flexible_server" "orders" {
  name                = "orders"
  resource_group_name = "shop"
  location            = "westus"
  version             = "16"
  sku_name            = "GP_Standard_D4s_v3"
  storage_mb          = 65536
}

resource "azurerm_postgresql_flexible_server" "ha" {
  name                = "ha"
  resource_group_name = "shop"
  location            = "West US"
  version             = "16"
  sku_name            = "B_Standard_B1ms"

  high_availability {
    mode = "ZoneRedundant"
  }
}

resource "azurerm_postgresql_flexible_server_database" "app" {
  name      = "app"
  server_id = azurerm_postgresql_flexible_server.orders.id
}
