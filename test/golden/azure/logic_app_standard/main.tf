# Logic Apps Standard in West Europe (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "flows" {
  name     = "flows"
  location = "West Europe"
}

resource "azurerm_storage_account" "flows" {
  name                     = "flowsstate"
  resource_group_name      = azurerm_resource_group.flows.name
  location                 = azurerm_resource_group.flows.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

# Workflow Standard WS1, one instance (worker_count not set).
resource "azurerm_service_plan" "ws1" {
  name                = "flows-ws1"
  resource_group_name = azurerm_resource_group.flows.name
  location            = azurerm_resource_group.flows.location
  os_type             = "Windows"
  sku_name            = "WS1"
}

# Legacy plan, WS2 with two instances.
resource "azurerm_app_service_plan" "ws2" {
  name                = "flows-ws2"
  resource_group_name = azurerm_resource_group.flows.name
  location            = azurerm_resource_group.flows.location
  kind                = "elastic"

  sku {
    tier     = "WorkflowStandard"
    size     = "WS2"
    capacity = 2
  }
}

# On the WS1 plan, with connector calls in the usage file.
resource "azurerm_logic_app_standard" "orders" {
  name                       = "orders"
  resource_group_name        = azurerm_resource_group.flows.name
  location                   = azurerm_resource_group.flows.location
  app_service_plan_id        = azurerm_service_plan.ws1.id
  storage_account_name       = azurerm_storage_account.flows.name
  storage_account_access_key = azurerm_storage_account.flows.primary_access_key
}

# On the WS2 plan, no usage: connector prices shown.
resource "azurerm_logic_app_standard" "billing" {
  name                       = "billing"
  resource_group_name        = azurerm_resource_group.flows.name
  location                   = azurerm_resource_group.flows.location
  app_service_plan_id        = azurerm_app_service_plan.ws2.id
  storage_account_name       = azurerm_storage_account.flows.name
  storage_account_access_key = azurerm_storage_account.flows.primary_access_key
}

# Plan outside the configuration; the usage file says WS3.
resource "azurerm_logic_app_standard" "shared" {
  name                       = "shared"
  resource_group_name        = azurerm_resource_group.flows.name
  location                   = azurerm_resource_group.flows.location
  app_service_plan_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other/providers/Microsoft.Web/serverFarms/ws3"
  storage_account_name       = azurerm_storage_account.flows.name
  storage_account_access_key = azurerm_storage_account.flows.primary_access_key
}

# Plan outside the configuration, no sku in the usage file: compute unknown.
resource "azurerm_logic_app_standard" "orphan" {
  name                       = "orphan"
  resource_group_name        = azurerm_resource_group.flows.name
  location                   = azurerm_resource_group.flows.location
  app_service_plan_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other/providers/Microsoft.Web/serverFarms/unknown"
  storage_account_name       = azurerm_storage_account.flows.name
  storage_account_access_key = azurerm_storage_account.flows.primary_access_key
}
