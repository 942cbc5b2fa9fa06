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
