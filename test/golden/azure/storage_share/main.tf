provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "files" {
  name     = "files"
  location = "westus"
}

resource "azurerm_storage_account" "shared" {
  name                     = "filesshared"
  resource_group_name      = azurerm_resource_group.files.name
  location                 = azurerm_resource_group.files.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "geo" {
  name                     = "filesgeo"
  resource_group_name      = azurerm_resource_group.files.name
  location                 = azurerm_resource_group.files.location
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_account" "premium" {
  name                     = "filespremium"
  resource_group_name      = azurerm_resource_group.files.name
  location                 = azurerm_resource_group.files.location
  account_kind             = "FileStorage"
  account_tier             = "Premium"
  account_replication_type = "ZRS"
}

resource "azurerm_storage_account" "readgeo" {
  name                     = "filesreadgeo"
  resource_group_name      = azurerm_resource_group.files.name
  location                 = azurerm_resource_group.files.location
  account_tier             = "Standard"
  account_replication_type = "RAGRS"
}

# No access_tier: TransactionOptimized.
resource "azurerm_storage_share" "docs" {
  name                 = "docs"
  storage_account_name = azurerm_storage_account.shared.name
  quota                = 1024
}

resource "azurerm_storage_share" "media" {
  name               = "media"
  storage_account_id = azurerm_storage_account.geo.id
  quota              = 5120
  access_tier        = "Hot"
}

resource "azurerm_storage_share" "archive" {
  name                 = "archive"
  storage_account_name = azurerm_storage_account.shared.name
  quota                = 5120
  access_tier          = "Cool"
}

resource "azurerm_storage_share" "team" {
  name                 = "team"
  storage_account_name = azurerm_storage_account.premium.name
  quota                = 1024
}

# No usage: unit prices only.
resource "azurerm_storage_share" "scratch" {
  name                 = "scratch"
  storage_account_name = azurerm_storage_account.geo.name
  quota                = 100
  access_tier          = "Hot"
}

# RA-GRS file shares are not in the snapshot.
resource "azurerm_storage_share" "replica" {
  name                 = "replica"
  storage_account_name = azurerm_storage_account.readgeo.name
  quota                = 100
}
