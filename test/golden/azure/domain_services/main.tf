# Microsoft Entra Domain Services in australiaeast (the region Infracost's goldens price).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "id" {
  name     = "identity"
  location = "australiaeast"
}

resource "azurerm_virtual_network" "id" {
  name                = "id-vnet"
  location            = azurerm_resource_group.id.location
  resource_group_name = azurerm_resource_group.id.name
  address_space       = ["10.50.0.0/16"]
}

resource "azurerm_subnet" "id" {
  name                 = "aadds"
  resource_group_name  = azurerm_resource_group.id.name
  virtual_network_name = azurerm_virtual_network.id.name
  address_prefixes     = ["10.50.1.0/24"]
}

resource "azurerm_active_directory_domain_service" "corp" {
  name                = "corp"
  location            = azurerm_resource_group.id.location
  resource_group_name = azurerm_resource_group.id.name
  domain_name         = "corp.example.com"
  sku                 = "Enterprise"

  initial_replica_set {
    subnet_id = azurerm_subnet.id.id
  }
}

resource "azurerm_active_directory_domain_service" "lab" {
  name                = "lab"
  location            = azurerm_resource_group.id.location
  resource_group_name = azurerm_resource_group.id.name
  domain_name         = "lab.example.com"
  sku                 = "Standard"

  initial_replica_set {
    subnet_id = azurerm_subnet.id.id
  }
}

resource "azurerm_active_directory_domain_service" "big" {
  name                = "big"
  location            = azurerm_resource_group.id.location
  resource_group_name = azurerm_resource_group.id.name
  domain_name         = "big.example.com"
  sku                 = "Premium"

  initial_replica_set {
    subnet_id = azurerm_subnet.id.id
  }
}

# A replica set of the Enterprise domain: billed at its domain's sku.
resource "azurerm_active_directory_domain_service_replica_set" "corp_dr" {
  domain_service_id = azurerm_active_directory_domain_service.corp.id
  location          = azurerm_resource_group.id.location
  subnet_id         = azurerm_subnet.id.id
}

# A replica set of a domain outside this configuration: its sku is not known.
resource "azurerm_active_directory_domain_service_replica_set" "external" {
  domain_service_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other/providers/Microsoft.AAD/domainServices/other"
  location          = azurerm_resource_group.id.location
  subnet_id         = azurerm_subnet.id.id
}
