provider "azurerm" {
  features {}
}

resource "azurerm_service_plan" "premium" {
  name                = "premium"
  resource_group_name = "shop"
  location            = "East US"
  os_type             = "Linux"
  sku_name            = "EP2"
  worker_count        = 2
}

resource "azurerm_service_plan" "consumption" {
  name                = "consumption"
  resource_group_name = "shop"
  location            = "East US"
  os_type             = "Linux"
  sku_name            = "Y1"
}

resource "azurerm_service_plan" "web" {
  name                = "web"
  resource_group_name = "shop"
  location            = "East US"
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_function_app" "thumbnails" {
  name                       = "thumbnails"
  resource_group_name        = "shop"
  location                   = "East US"
  service_plan_id            = azurerm_service_plan.consumption.id
  storage_account_name       = "shopfunctions"
  storage_account_access_key = "not-a-key"

  site_config {}
}

resource "azurerm_windows_function_app" "reports" {
  name                       = "reports"
  resource_group_name        = "shop"
  location                   = "eastus"
  service_plan_id            = azurerm_service_plan.consumption.id
  storage_account_name       = "shopfunctions"
  storage_account_access_key = "not-a-key"

  site_config {}
}
