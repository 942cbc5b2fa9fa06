provider "azurerm" {
  features {}
}

resource "azurerm_storage_account" "assets" {
  name                     = "shopassets"
  resource_group_name      = "shop"
  location                 = "West Europe"
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_account" "backups" {
  name                     = "shopbackups"
  resource_group_name      = "shop"
  location                 = "West Europe"
  account_tier             = "Standard"
  account_replication_type = "GRS"
}

resource "azurerm_storage_container" "images" {
  name                 = "images"
  storage_account_name = azurerm_storage_account.assets.name
}
