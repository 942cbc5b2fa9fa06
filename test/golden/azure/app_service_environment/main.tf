# App Service Environments (v2) in eastus (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ase" {
  name     = "ase"
  location = "eastus"
}

resource "azurerm_virtual_network" "ase" {
  name                = "ase-vnet"
  location            = azurerm_resource_group.ase.location
  resource_group_name = azurerm_resource_group.ase.name
  address_space       = ["10.40.0.0/16"]
}

resource "azurerm_subnet" "ase" {
  name                 = "ase"
  resource_group_name  = azurerm_resource_group.ase.name
  virtual_network_name = azurerm_virtual_network.ase.name
  address_prefixes     = ["10.40.1.0/24"]
}

# No pricing_tier: the provider default, I1.
resource "azurerm_app_service_environment" "small" {
  name                = "ase-small"
  resource_group_name = azurerm_resource_group.ase.name
  subnet_id           = azurerm_subnet.ase.id
}

resource "azurerm_app_service_environment" "medium" {
  name                = "ase-medium"
  resource_group_name = azurerm_resource_group.ase.name
  subnet_id           = azurerm_subnet.ase.id
  pricing_tier        = "I2"
}

# I3: the stamp fee is priced, the instance is not in the snapshot.
resource "azurerm_app_service_environment" "large" {
  name                = "ase-large"
  resource_group_name = azurerm_resource_group.ase.name
  subnet_id           = azurerm_subnet.ase.id
  pricing_tier        = "I3"
}
