provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "bi" {
  name     = "bi"
  location = "West Europe"
}

resource "azurerm_powerbi_embedded" "dev" {
  name                = "bidev"
  location            = azurerm_resource_group.bi.location
  resource_group_name = azurerm_resource_group.bi.name
  sku_name            = "A1"
  administrators      = ["bi-admin@example.com"]
}

resource "azurerm_powerbi_embedded" "prod" {
  name                = "biprod"
  location            = azurerm_resource_group.bi.location
  resource_group_name = azurerm_resource_group.bi.name
  sku_name            = "A5"
  administrators      = ["bi-admin@example.com"]
}

# Paused outside office hours: 200 h a month from the usage file.
resource "azurerm_powerbi_embedded" "reports" {
  name                = "bireports"
  location            = azurerm_resource_group.bi.location
  resource_group_name = azurerm_resource_group.bi.name
  sku_name            = "A5"
  administrators      = ["bi-admin@example.com"]
}

resource "azurerm_powerbi_embedded" "mid" {
  name                = "bimid"
  location            = azurerm_resource_group.bi.location
  resource_group_name = azurerm_resource_group.bi.name
  sku_name            = "A3"
  administrators      = ["bi-admin@example.com"]
}
