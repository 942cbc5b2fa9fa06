# A Virtual WAN in West Europe (the region Infracost's goldens price): hubs, an ExpressRoute gateway and connection.
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "wan" {
  name     = "wan"
  location = "West Europe"
}

resource "azurerm_virtual_wan" "wan" {
  name                = "corp-wan"
  resource_group_name = azurerm_resource_group.wan.name
  location            = azurerm_resource_group.wan.location
}

# Standard hub with data processed (usage).
resource "azurerm_virtual_hub" "core" {
  name                = "core-hub"
  resource_group_name = azurerm_resource_group.wan.name
  location            = azurerm_resource_group.wan.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = "10.40.0.0/23"
  sku                 = "Standard"
}

# No sku: taken as Basic (free), as Infracost does.
resource "azurerm_virtual_hub" "lab" {
  name                = "lab-hub"
  resource_group_name = azurerm_resource_group.wan.name
  location            = azurerm_resource_group.wan.location
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = "10.41.0.0/23"
}

# Standard hub in North Europe: the snapshot has West Europe only (labelled).
resource "azurerm_virtual_hub" "north" {
  name                = "north-hub"
  resource_group_name = azurerm_resource_group.wan.name
  location            = "northeurope"
  virtual_wan_id      = azurerm_virtual_wan.wan.id
  address_prefix      = "10.42.0.0/23"
  sku                 = "Standard"
}

resource "azurerm_express_route_gateway" "core" {
  name                = "core-er"
  resource_group_name = azurerm_resource_group.wan.name
  location            = azurerm_resource_group.wan.location
  virtual_hub_id      = azurerm_virtual_hub.core.id
  scale_units         = 2
}

resource "azurerm_express_route_connection" "dc" {
  name                             = "dc"
  express_route_gateway_id         = azurerm_express_route_gateway.core.id
  express_route_circuit_peering_id = "/subscriptions/0000/resourceGroups/net/providers/Microsoft.Network/expressRouteCircuits/dc/peerings/AzurePrivatePeering"
}
