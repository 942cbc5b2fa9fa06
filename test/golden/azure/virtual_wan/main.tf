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

# Site-to-site VPN in the core hub: two scale units and one connection to a branch site.
resource "azurerm_vpn_gateway" "core" {
  name                = "core-s2s"
  resource_group_name = azurerm_resource_group.wan.name
  location            = azurerm_resource_group.wan.location
  virtual_hub_id      = azurerm_virtual_hub.core.id
  scale_unit          = 2
}

resource "azurerm_vpn_gateway_connection" "branch" {
  name               = "branch"
  vpn_gateway_id     = azurerm_vpn_gateway.core.id
  remote_vpn_site_id = "/subscriptions/0000/resourceGroups/wan/providers/Microsoft.Network/vpnSites/branch"

  vpn_link {
    name             = "link1"
    vpn_site_link_id = "/subscriptions/0000/resourceGroups/wan/providers/Microsoft.Network/vpnSites/branch/vpnSiteLinks/link1"
  }
}

# Point-to-site VPN for remote users.
resource "azurerm_vpn_server_configuration" "users" {
  name                     = "users"
  resource_group_name      = azurerm_resource_group.wan.name
  location                 = azurerm_resource_group.wan.location
  vpn_authentication_types = ["Certificate"]
}

resource "azurerm_point_to_site_vpn_gateway" "users" {
  name                        = "users-p2s"
  resource_group_name         = azurerm_resource_group.wan.name
  location                    = azurerm_resource_group.wan.location
  virtual_hub_id              = azurerm_virtual_hub.core.id
  vpn_server_configuration_id = azurerm_vpn_server_configuration.users.id
  scale_unit                  = 1

  connection_configuration {
    name = "users"
    vpn_client_address_pool {
      address_prefixes = ["10.50.0.0/24"]
    }
  }
}

# With client connection-hours in the usage file: their price is not pinned, so the gateway is unknown.
resource "azurerm_point_to_site_vpn_gateway" "contractors" {
  name                        = "contractors-p2s"
  resource_group_name         = azurerm_resource_group.wan.name
  location                    = azurerm_resource_group.wan.location
  virtual_hub_id              = azurerm_virtual_hub.core.id
  vpn_server_configuration_id = azurerm_vpn_server_configuration.users.id
  scale_unit                  = 3

  connection_configuration {
    name = "contractors"
    vpn_client_address_pool {
      address_prefixes = ["10.51.0.0/24"]
    }
  }
}
