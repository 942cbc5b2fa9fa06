# Private endpoints in front of a storage account and a SQL server (both outside this configuration).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "links" {
  name     = "private-links"
  location = "westus"
}

resource "azurerm_resource_group" "east" {
  name     = "private-links-east"
  location = "eastus"
}

resource "azurerm_virtual_network" "links" {
  name                = "links-vnet"
  location            = azurerm_resource_group.links.location
  resource_group_name = azurerm_resource_group.links.name
  address_space       = ["10.20.0.0/16"]
}

resource "azurerm_subnet" "endpoints" {
  name                 = "endpoints"
  resource_group_name  = azurerm_resource_group.links.name
  virtual_network_name = azurerm_virtual_network.links.name
  address_prefixes     = ["10.20.1.0/24"]
}

# No usage: the endpoint hours, data processed shown at its unit price.
resource "azurerm_private_endpoint" "blob" {
  name                = "pe-blob"
  location            = azurerm_resource_group.links.location
  resource_group_name = azurerm_resource_group.links.name
  subnet_id           = azurerm_subnet.endpoints.id

  private_service_connection {
    name                           = "blob"
    private_connection_resource_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Storage/storageAccounts/shopdata"
    subresource_names              = ["blob"]
    is_manual_connection           = false
  }
}

# Usage in both directions, within the first tier.
resource "azurerm_private_endpoint" "sql" {
  name                = "pe-sql"
  location            = azurerm_resource_group.links.location
  resource_group_name = azurerm_resource_group.links.name
  subnet_id           = azurerm_subnet.endpoints.id

  private_service_connection {
    name                           = "sql"
    private_connection_resource_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Sql/servers/shopsql"
    subresource_names              = ["sqlServer"]
    is_manual_connection           = false
  }
}

# Usage across all three tiers (inbound) and two tiers (outbound).
resource "azurerm_private_endpoint" "bulk" {
  name                = "pe-bulk"
  location            = azurerm_resource_group.links.location
  resource_group_name = azurerm_resource_group.links.name
  subnet_id           = azurerm_subnet.endpoints.id

  private_service_connection {
    name                           = "bulk"
    private_connection_resource_id = "/subscriptions/0000/resourceGroups/data/providers/Microsoft.Storage/storageAccounts/lake"
    subresource_names              = ["dfs"]
    is_manual_connection           = false
  }
}

# In eastus: the snapshot has westus only, so the price comes from there (labelled).
resource "azurerm_private_endpoint" "east" {
  name                = "pe-east"
  location            = azurerm_resource_group.east.location
  resource_group_name = azurerm_resource_group.east.name
  subnet_id           = azurerm_subnet.endpoints.id

  private_service_connection {
    name                           = "vault"
    private_connection_resource_id = "/subscriptions/0000/resourceGroups/sec/providers/Microsoft.KeyVault/vaults/shopkv"
    subresource_names              = ["vault"]
    is_manual_connection           = false
  }
}
