# API Management instances in eastus (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "apis" {
  name     = "apis"
  location = "eastus"
}

resource "azurerm_api_management" "basic" {
  name                = "shop-apim-basic"
  location            = azurerm_resource_group.apis.location
  resource_group_name = azurerm_resource_group.apis.name
  publisher_name      = "Shop"
  publisher_email     = "api@shop.example.com"
  sku_name            = "Basic_2"
}

resource "azurerm_api_management" "standard" {
  name                = "shop-apim-standard"
  location            = azurerm_resource_group.apis.location
  resource_group_name = azurerm_resource_group.apis.name
  publisher_name      = "Shop"
  publisher_email     = "api@shop.example.com"
  sku_name            = "Standard_1"
}

# Premium with a second region (capacity defaults to the main region's) and self-hosted gateways (usage).
resource "azurerm_api_management" "premium" {
  name                = "shop-apim-premium"
  location            = azurerm_resource_group.apis.location
  resource_group_name = azurerm_resource_group.apis.name
  publisher_name      = "Shop"
  publisher_email     = "api@shop.example.com"
  sku_name            = "Premium_2"

  additional_location {
    location = "westus"
  }
}

resource "azurerm_api_management" "serverless" {
  name                = "shop-apim-consumption"
  location            = azurerm_resource_group.apis.location
  resource_group_name = azurerm_resource_group.apis.name
  publisher_name      = "Shop"
  publisher_email     = "api@shop.example.com"
  sku_name            = "Consumption_0"
}

# Developer: Infracost's figure does not pin the price (48.03 / 730 fits 0.0658 and 0.06579).
resource "azurerm_api_management" "dev" {
  name                = "shop-apim-dev"
  location            = azurerm_resource_group.apis.location
  resource_group_name = azurerm_resource_group.apis.name
  publisher_name      = "Shop"
  publisher_email     = "api@shop.example.com"
  sku_name            = "Developer_1"
}

# A v2 tier: no source in the snapshot.
resource "azurerm_api_management" "v2" {
  name                = "shop-apim-v2"
  location            = azurerm_resource_group.apis.location
  resource_group_name = azurerm_resource_group.apis.name
  publisher_name      = "Shop"
  publisher_email     = "api@shop.example.com"
  sku_name            = "StandardV2_1"
}

# Configuration on an instance: free (the instance carries the charge).
resource "azurerm_api_management_api" "orders" {
  name                = "orders"
  resource_group_name = azurerm_resource_group.apis.name
  api_management_name = azurerm_api_management.standard.name
  revision            = "1"
  display_name        = "Orders"
  path                = "orders"
  protocols           = ["https"]
}
