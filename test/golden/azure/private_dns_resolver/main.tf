provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "dns" {
  name     = "dns"
  location = "West Europe"
}

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  address_space       = ["10.0.0.0/16"]
  location            = azurerm_resource_group.dns.location
  resource_group_name = azurerm_resource_group.dns.name
}

resource "azurerm_subnet" "inbound" {
  name                 = "inbound"
  resource_group_name  = azurerm_resource_group.dns.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.1.0/28"]
}

resource "azurerm_subnet" "outbound" {
  name                 = "outbound"
  resource_group_name  = azurerm_resource_group.dns.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.2.0/28"]
}

resource "azurerm_private_dns_resolver" "hub" {
  name                = "hub-resolver"
  resource_group_name = azurerm_resource_group.dns.name
  location            = azurerm_resource_group.dns.location
  virtual_network_id  = azurerm_virtual_network.hub.id
}

resource "azurerm_private_dns_resolver_inbound_endpoint" "in" {
  name                    = "in"
  location                = azurerm_resource_group.dns.location
  private_dns_resolver_id = azurerm_private_dns_resolver.hub.id

  ip_configurations {
    private_ip_allocation_method = "Dynamic"
    subnet_id                    = azurerm_subnet.inbound.id
  }
}

resource "azurerm_private_dns_resolver_outbound_endpoint" "out" {
  name                    = "out"
  location                = azurerm_resource_group.dns.location
  subnet_id               = azurerm_subnet.outbound.id
  private_dns_resolver_id = azurerm_private_dns_resolver.hub.id
}

resource "azurerm_private_dns_resolver_dns_forwarding_ruleset" "onprem" {
  name                                       = "onprem"
  resource_group_name                        = azurerm_resource_group.dns.name
  location                                   = azurerm_resource_group.dns.location
  private_dns_resolver_outbound_endpoint_ids = [azurerm_private_dns_resolver_outbound_endpoint.out.id]
}

resource "azurerm_private_dns_resolver_dns_forwarding_ruleset" "partners" {
  name                                       = "partners"
  resource_group_name                        = azurerm_resource_group.dns.name
  location                                   = azurerm_resource_group.dns.location
  private_dns_resolver_outbound_endpoint_ids = [azurerm_private_dns_resolver_outbound_endpoint.out.id]
}
