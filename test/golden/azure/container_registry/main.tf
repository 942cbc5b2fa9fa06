provider "azurerm" {
  features {}
}

resource "azurerm_container_registry" "dev" {
  name                = "shopdev"
  resource_group_name = "shop"
  location            = "West Europe"
  sku                 = "Basic"
}

resource "azurerm_container_registry" "prod" {
  name                = "shopprod"
  resource_group_name = "shop"
  location            = "West Europe"
  sku                 = "Premium"

  georeplications {
    location = "North Europe"
  }
}

resource "azurerm_container_registry" "staging" {
  name                = "shopstaging"
  resource_group_name = "shop"
  location            = "West Europe"
  sku                 = "Standard"
}

resource "azurerm_container_registry" "legacy" {
  name                     = "shoplegacy"
  resource_group_name      = "shop"
  location                 = "West Europe"
  sku                      = "Premium"
  georeplication_locations = ["East US", "North Europe"]
}

resource "azurerm_container_registry" "classic" {
  name                = "shopclassic"
  resource_group_name = "shop"
  location            = "West Europe"
  sku                 = "Classic"
}
