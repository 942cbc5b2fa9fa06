# Logic Apps Integration Service Environments in eastus (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ise" {
  name     = "ise"
  location = "eastus"
}

resource "azurerm_virtual_network" "ise" {
  name                = "ise-vnet"
  location            = azurerm_resource_group.ise.location
  resource_group_name = azurerm_resource_group.ise.name
  address_space       = ["10.60.0.0/22"]
}

resource "azurerm_subnet" "ise" {
  count                = 4
  name                 = "ise-${count.index}"
  resource_group_name  = azurerm_resource_group.ise.name
  virtual_network_name = azurerm_virtual_network.ise.name
  address_prefixes     = ["10.60.${count.index}.0/26"]
}

# Premium base unit and two scale units.
resource "azurerm_integration_service_environment" "prod" {
  name                       = "ise-prod"
  location                   = azurerm_resource_group.ise.location
  resource_group_name        = azurerm_resource_group.ise.name
  sku_name                   = "Premium_2"
  access_endpoint_type       = "Internal"
  virtual_network_subnet_ids = azurerm_subnet.ise[*].id
}

resource "azurerm_integration_service_environment" "dev" {
  name                       = "ise-dev"
  location                   = azurerm_resource_group.ise.location
  resource_group_name        = azurerm_resource_group.ise.name
  sku_name                   = "Developer_0"
  access_endpoint_type       = "Internal"
  virtual_network_subnet_ids = azurerm_subnet.ise[*].id
}

# Not an ISE sku_name: unknown.
resource "azurerm_integration_service_environment" "odd" {
  name                       = "ise-odd"
  location                   = azurerm_resource_group.ise.location
  resource_group_name        = azurerm_resource_group.ise.name
  sku_name                   = "Standard_1"
  access_endpoint_type       = "External"
  virtual_network_subnet_ids = azurerm_subnet.ise[*].id
}
