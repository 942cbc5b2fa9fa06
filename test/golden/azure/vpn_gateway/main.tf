# Hybrid connectivity in East US: VPN gateways of three hub networks (one with point-to-site clients), their
# site-to-site and VNet-to-VNet connections, a zone-redundant gateway and an ExpressRoute gateway whose prices are
# not in the snapshot.
provider "azurerm" {
  features {}
}

variable "gateway_subnet_ids" {
  type = map(string)
  default = {
    core   = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/core/subnets/GatewaySubnet"
    lab    = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/lab/subnets/GatewaySubnet"
    branch = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/branch/subnets/GatewaySubnet"
    dr     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/dr/subnets/GatewaySubnet"
    er     = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/net/providers/Microsoft.Network/virtualNetworks/er/subnets/GatewaySubnet"
  }
}

resource "azurerm_resource_group" "net" {
  name     = "net"
  location = "eastus"
}

resource "azurerm_public_ip" "core" {
  name                = "core-vpn"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

# VpnGw1 with point-to-site clients: 150 connections and 100 GB out a month (usage file).
resource "azurerm_virtual_network_gateway" "core" {
  name                = "core"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1"

  ip_configuration {
    name                          = "vnetGatewayConfig"
    public_ip_address_id          = azurerm_public_ip.core.id
    private_ip_address_allocation = "Dynamic"
    subnet_id                     = var.gateway_subnet_ids["core"]
  }

  vpn_client_configuration {
    address_space        = ["172.16.0.0/24"]
    vpn_client_protocols = ["OpenVPN"]
    aad_tenant           = "https://login.microsoftonline.com/00000000-0000-0000-0000-000000000000/"
    aad_audience         = "41b23e61-6c1e-4545-b367-cd054e0ed4b4"
    aad_issuer           = "https://sts.windows.net/00000000-0000-0000-0000-000000000000/"
  }
}

resource "azurerm_virtual_network_gateway" "lab" {
  name                = "lab"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw1AZ"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.core.id
    subnet_id            = var.gateway_subnet_ids["lab"]
  }
}

resource "azurerm_virtual_network_gateway" "branch" {
  name                = "branch"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "Basic"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.core.id
    subnet_id            = var.gateway_subnet_ids["branch"]
  }
}

resource "azurerm_virtual_network_gateway" "dr" {
  name                = "dr"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "Vpn"
  vpn_type            = "RouteBased"
  sku                 = "VpnGw2AZ"
  generation          = "Generation2"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.core.id
    subnet_id            = var.gateway_subnet_ids["dr"]
  }
}

resource "azurerm_virtual_network_gateway" "expressroute" {
  name                = "expressroute"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  type                = "ExpressRoute"
  sku                 = "ErGw1AZ"

  ip_configuration {
    public_ip_address_id = azurerm_public_ip.core.id
    subnet_id            = var.gateway_subnet_ids["er"]
  }
}

resource "azurerm_local_network_gateway" "office" {
  name                = "office"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  gateway_address     = "203.0.113.10"
  address_space       = ["192.168.0.0/16"]
}

resource "azurerm_virtual_network_gateway_connection" "office" {
  name                       = "office"
  location                   = azurerm_resource_group.net.location
  resource_group_name        = azurerm_resource_group.net.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.core.id
  local_network_gateway_id   = azurerm_local_network_gateway.office.id
  shared_key                 = "not-a-real-key"
}

resource "azurerm_virtual_network_gateway_connection" "branch_office" {
  name                       = "branch-office"
  location                   = azurerm_resource_group.net.location
  resource_group_name        = azurerm_resource_group.net.name
  type                       = "IPsec"
  virtual_network_gateway_id = azurerm_virtual_network_gateway.branch.id
  local_network_gateway_id   = azurerm_local_network_gateway.office.id
  shared_key                 = "not-a-real-key"
}

resource "azurerm_virtual_network_gateway_connection" "core_to_lab" {
  name                            = "core-to-lab"
  location                        = azurerm_resource_group.net.location
  resource_group_name             = azurerm_resource_group.net.name
  type                            = "Vnet2Vnet"
  virtual_network_gateway_id      = azurerm_virtual_network_gateway.core.id
  peer_virtual_network_gateway_id = azurerm_virtual_network_gateway.lab.id
  shared_key                      = "not-a-real-key"
}
