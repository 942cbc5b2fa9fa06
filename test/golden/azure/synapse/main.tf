provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "dw" {
  name     = "dw"
  location = "West Europe"
}

locals {
  filesystem_id = "https://dwlake.dfs.core.windows.net/synapse"
}

# Pipelines and data flows, all from the usage file.
resource "azurerm_synapse_workspace" "analytics" {
  name                                 = "analytics"
  resource_group_name                  = azurerm_resource_group.dw.name
  location                             = azurerm_resource_group.dw.location
  storage_data_lake_gen2_filesystem_id = local.filesystem_id
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = "not-a-secret"

  identity {
    type = "SystemAssigned"
  }
}

# Managed virtual network: the Azure-hosted pipeline runtime's prices are not in the snapshot.
resource "azurerm_synapse_workspace" "private" {
  name                                 = "private"
  resource_group_name                  = azurerm_resource_group.dw.name
  location                             = azurerm_resource_group.dw.location
  storage_data_lake_gen2_filesystem_id = local.filesystem_id
  sql_administrator_login              = "sqladmin"
  sql_administrator_login_password     = "not-a-secret"
  managed_virtual_network_enabled      = true

  identity {
    type = "SystemAssigned"
  }
}

# DW200c, GRS storage (provider default) with geo-backups: 2 TB from the usage file.
resource "azurerm_synapse_sql_pool" "warehouse" {
  name                 = "warehouse"
  synapse_workspace_id = azurerm_synapse_workspace.analytics.id
  sku_name             = "DW200c"
  create_mode          = "Default"
}

# Locally redundant storage: no geo-backup; storage has no usage.
resource "azurerm_synapse_sql_pool" "scratch" {
  name                 = "scratch"
  synapse_workspace_id = azurerm_synapse_workspace.analytics.id
  sku_name             = "DW200c"
  create_mode          = "Default"
  storage_account_type = "LRS"
}

# Geo-backups turned off.
resource "azurerm_synapse_sql_pool" "staging" {
  name                      = "staging"
  synapse_workspace_id      = azurerm_synapse_workspace.analytics.id
  sku_name                  = "DW200c"
  create_mode               = "Default"
  geo_backup_policy_enabled = false
}

# A real SKU without a price in the snapshot.
resource "azurerm_synapse_sql_pool" "big" {
  name                 = "big"
  synapse_workspace_id = azurerm_synapse_workspace.analytics.id
  sku_name             = "DW1000c"
  create_mode          = "Default"
}
