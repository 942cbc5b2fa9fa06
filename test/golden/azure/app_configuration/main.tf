# App Configuration stores in West Europe (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "cfg" {
  name     = "cfg"
  location = "West Europe"
}

# No sku: the provider default, free.
resource "azurerm_app_configuration" "dev" {
  name                = "cfg-dev"
  resource_group_name = azurerm_resource_group.cfg.name
  location            = azurerm_resource_group.cfg.location
}

# standard, no usage: requests shown at their unit price.
resource "azurerm_app_configuration" "app" {
  name                = "cfg-app"
  resource_group_name = azurerm_resource_group.cfg.name
  location            = azurerm_resource_group.cfg.location
  sku                 = "standard"
}

# standard with one replica and 30,000 requests over the daily allowance.
resource "azurerm_app_configuration" "shared" {
  name                = "cfg-shared"
  resource_group_name = azurerm_resource_group.cfg.name
  location            = azurerm_resource_group.cfg.location
  sku                 = "standard"

  replica {
    name     = "ne"
    location = "North Europe"
  }
}

# premium: not in the snapshot.
resource "azurerm_app_configuration" "big" {
  name                = "cfg-big"
  resource_group_name = azurerm_resource_group.cfg.name
  location            = azurerm_resource_group.cfg.location
  sku                 = "premium"
}
