provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ops" {
  name     = "ops"
  location = "West Europe"
}

resource "azurerm_log_analytics_workspace" "app" {
  name                = "app-logs"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "PerGB2018"
  retention_in_days   = 30
}

resource "azurerm_log_analytics_workspace" "audit" {
  name                = "audit-logs"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "PerGB2018"
  retention_in_days   = 90
}

# No sku: the provider default, PerGB2018.
resource "azurerm_log_analytics_workspace" "debug" {
  name                = "debug-logs"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
}

# 31 days of retention are included: no retention line.
resource "azurerm_log_analytics_workspace" "idle" {
  name                = "idle-logs"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "PerGB2018"
  retention_in_days   = 31
}

resource "azurerm_log_analytics_workspace" "platform" {
  name                               = "platform-logs"
  location                           = azurerm_resource_group.ops.location
  resource_group_name                = azurerm_resource_group.ops.name
  sku                                = "CapacityReservation"
  reservation_capacity_in_gb_per_day = 100
}

# Only the 100 GB/day commitment tier is in the snapshot.
resource "azurerm_log_analytics_workspace" "big" {
  name                               = "big-logs"
  location                           = azurerm_resource_group.ops.location
  resource_group_name                = azurerm_resource_group.ops.name
  sku                                = "CapacityReservation"
  reservation_capacity_in_gb_per_day = 500
}

resource "azurerm_log_analytics_workspace" "sandbox" {
  name                = "sandbox-logs"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "Free"
}

resource "azurerm_log_analytics_workspace" "legacy" {
  name                = "legacy-logs"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "PerNode"
}
