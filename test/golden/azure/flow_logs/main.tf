provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "net" {
  name     = "net"
  location = "West Europe"
}

resource "azurerm_network_watcher" "we" {
  name                = "watcher-we"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
}

resource "azurerm_network_security_group" "web" {
  name                = "web"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
}

resource "azurerm_log_analytics_workspace" "net" {
  name                = "net-logs"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  sku                 = "PerGB2018"
}

# Traffic Analytics at the default 60-minute interval.
resource "azurerm_network_watcher_flow_log" "web" {
  name                      = "web"
  network_watcher_name      = azurerm_network_watcher.we.name
  resource_group_name       = azurerm_resource_group.net.name
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Storage/storageAccounts/netlogs"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 30
  }

  traffic_analytics {
    enabled               = true
    workspace_id          = azurerm_log_analytics_workspace.net.workspace_id
    workspace_region      = azurerm_log_analytics_workspace.net.location
    workspace_resource_id = azurerm_log_analytics_workspace.net.id
  }
}

resource "azurerm_network_watcher_flow_log" "api" {
  name                      = "api"
  network_watcher_name      = azurerm_network_watcher.we.name
  resource_group_name       = azurerm_resource_group.net.name
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Storage/storageAccounts/netlogs"
  enabled                   = true

  retention_policy {
    enabled = true
    days    = 7
  }

  traffic_analytics {
    enabled               = true
    workspace_id          = azurerm_log_analytics_workspace.net.workspace_id
    workspace_region      = azurerm_log_analytics_workspace.net.location
    workspace_resource_id = azurerm_log_analytics_workspace.net.id
    interval_in_minutes   = 10
  }
}

# No Traffic Analytics; no usage: the unit price is shown.
resource "azurerm_network_watcher_flow_log" "audit" {
  name                      = "audit"
  network_watcher_name      = azurerm_network_watcher.we.name
  resource_group_name       = azurerm_resource_group.net.name
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Storage/storageAccounts/netlogs"
  enabled                   = true

  retention_policy {
    enabled = false
    days    = 0
  }
}

resource "azurerm_network_watcher_flow_log" "off" {
  name                      = "off"
  network_watcher_name      = azurerm_network_watcher.we.name
  resource_group_name       = azurerm_resource_group.net.name
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Storage/storageAccounts/netlogs"
  enabled                   = false

  retention_policy {
    enabled = false
    days    = 0
  }
}

# A 30-minute interval is not offered: unknown.
resource "azurerm_network_watcher_flow_log" "odd" {
  name                      = "odd"
  network_watcher_name      = azurerm_network_watcher.we.name
  resource_group_name       = azurerm_resource_group.net.name
  network_security_group_id = azurerm_network_security_group.web.id
  storage_account_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Storage/storageAccounts/netlogs"
  enabled                   = true

  retention_policy {
    enabled = false
    days    = 0
  }

  traffic_analytics {
    enabled               = true
    workspace_id          = azurerm_log_analytics_workspace.net.workspace_id
    workspace_region      = azurerm_log_analytics_workspace.net.location
    workspace_resource_id = azurerm_log_analytics_workspace.net.id
    interval_in_minutes   = 30
  }
}
