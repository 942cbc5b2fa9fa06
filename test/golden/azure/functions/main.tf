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

resource "azurerm_service_plan" "intranet" {
  name                = "intranet"
  resource_group_name = "shop"
  location            = "East US"
  os_type             = "WindowsContainer"
  sku_name            = "S2"
  worker_count        = 3
}

resource "azurerm_app_service_plan" "legacy" {
  name                = "legacy"
  resource_group_name = "shop"
  location            = "East US"
  kind                = "Linux"
  reserved            = true

  sku {
    tier     = "PremiumV2"
    size     = "P1v2"
    capacity = 2
  }
}

# A Logic Apps Workflow Standard plan: vCPU and memory hours (westeurope prices, labelled).
resource "azurerm_service_plan" "workflows" {
  name                = "workflows"
  resource_group_name = "shop"
  location            = "East US"
  os_type             = "Windows"
  sku_name            = "WS1"
}
