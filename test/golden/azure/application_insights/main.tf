provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "apm" {
  name     = "apm"
  location = "eastus"
}

# Classic, 180-day retention: ingestion and the data kept beyond 90 days from the usage file.
resource "azurerm_application_insights" "shop" {
  name                = "shop-ai"
  location            = azurerm_resource_group.apm.location
  resource_group_name = azurerm_resource_group.apm.name
  application_type    = "web"
  retention_in_days   = 180
}

# Classic, default 90 days, no usage: the ingestion unit price.
resource "azurerm_application_insights" "admin" {
  name                = "admin-ai"
  location            = azurerm_resource_group.apm.location
  resource_group_name = azurerm_resource_group.apm.name
  application_type    = "web"
}

# Workspace-based: billed on the Log Analytics workspace.
resource "azurerm_application_insights" "api" {
  name                = "api-ai"
  location            = azurerm_resource_group.apm.location
  resource_group_name = azurerm_resource_group.apm.name
  application_type    = "web"
  workspace_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/ops/providers/Microsoft.OperationalInsights/workspaces/shared"
}

resource "azurerm_application_insights_web_test" "ping" {
  name                    = "shop-ping"
  location                = azurerm_resource_group.apm.location
  resource_group_name     = azurerm_resource_group.apm.name
  application_insights_id = azurerm_application_insights.shop.id
  kind                    = "ping"
  geo_locations           = ["us-tx-sn1-azr", "us-il-ch1-azr"]
  configuration           = "<WebTest />"
}

resource "azurerm_application_insights_web_test" "checkout" {
  name                    = "shop-checkout"
  location                = azurerm_resource_group.apm.location
  resource_group_name     = azurerm_resource_group.apm.name
  application_insights_id = azurerm_application_insights.shop.id
  kind                    = "multistep"
  geo_locations           = ["us-tx-sn1-azr", "us-il-ch1-azr"]
  configuration           = "<WebTest />"
}

# Standard test every 10 minutes from 3 locations: executions counted, price unknown.
resource "azurerm_application_insights_standard_web_test" "home" {
  name                    = "shop-home"
  location                = azurerm_resource_group.apm.location
  resource_group_name     = azurerm_resource_group.apm.name
  application_insights_id = azurerm_application_insights.shop.id
  geo_locations           = ["us-tx-sn1-azr", "us-il-ch1-azr", "us-va-ash-azr"]
  frequency               = 600

  request {
    url = "https://shop.example.com"
  }
}

resource "azurerm_application_insights_standard_web_test" "paused" {
  name                    = "shop-paused"
  location                = azurerm_resource_group.apm.location
  resource_group_name     = azurerm_resource_group.apm.name
  application_insights_id = azurerm_application_insights.shop.id
  geo_locations           = ["us-tx-sn1-azr"]
  enabled                 = false

  request {
    url = "https://shop.example.com/paused"
  }
}
