# A hub network's firewalls in East US: Standard and Premium in the virtual network, a Standard firewall in a
# Virtual WAN hub, and a Basic one for a branch, whose price is not in the snapshot.
provider "azurerm" {
  features {}
}

variable "virtual_hub_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/hub/providers/Microsoft.Network/virtualHubs/hub"
}

resource "azurerm_resource_group" "hub" {
  name     = "hub"
  location = "eastus"
}

resource "azurerm_virtual_network" "hub" {
  name                = "hub"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "firewall" {
  name                 = "AzureFirewallSubnet"
  resource_group_name  = azurerm_resource_group.hub.name
  virtual_network_name = azurerm_virtual_network.hub.name
  address_prefixes     = ["10.0.1.0/26"]
}

resource "azurerm_public_ip" "firewall" {
  name                = "firewall"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

# 10,000 GB a month through it (usage file).
resource "azurerm_firewall" "egress" {
  name                = "egress"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  sku_name            = "AZFW_VNet"
  sku_tier            = "Standard"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.firewall.id
    public_ip_address_id = azurerm_public_ip.firewall.id
  }
}

resource "azurerm_firewall_network_rule_collection" "egress" {
  name                = "allow-dns"
  azure_firewall_name = azurerm_firewall.egress.name
  resource_group_name = azurerm_resource_group.hub.name
  priority            = 100
  action              = "Allow"

  rule {
    name                  = "dns"
    source_addresses      = ["10.0.0.0/16"]
    destination_ports     = ["53"]
    destination_addresses = ["8.8.8.8"]
    protocols             = ["UDP"]
  }
}

# Premium without usage: data processed shows its unit price.
resource "azurerm_firewall" "inspection" {
  name                = "inspection"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  sku_name            = "AZFW_VNet"
  sku_tier            = "Premium"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.firewall.id
    public_ip_address_id = azurerm_public_ip.firewall.id
  }
}

# Secured Virtual WAN hub, 20,000 GB a month (usage file).
resource "azurerm_firewall" "wan" {
  name                = "wan"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  sku_name            = "AZFW_Hub"
  sku_tier            = "Standard"

  virtual_hub {
    virtual_hub_id  = var.virtual_hub_id
    public_ip_count = 1
  }
}

resource "azurerm_firewall" "branch" {
  name                = "branch"
  location            = azurerm_resource_group.hub.location
  resource_group_name = azurerm_resource_group.hub.name
  sku_name            = "AZFW_VNet"
  sku_tier            = "Basic"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.firewall.id
    public_ip_address_id = azurerm_public_ip.firewall.id
  }
}
