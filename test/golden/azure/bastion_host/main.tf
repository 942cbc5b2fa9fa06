# Bastion hosts in australiaeast (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ops" {
  name     = "ops"
  location = "australiaeast"
}

resource "azurerm_virtual_network" "ops" {
  name                = "ops-vnet"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  address_space       = ["10.30.0.0/16"]
}

resource "azurerm_subnet" "bastion" {
  name                 = "AzureBastionSubnet"
  resource_group_name  = azurerm_resource_group.ops.name
  virtual_network_name = azurerm_virtual_network.ops.name
  address_prefixes     = ["10.30.0.0/26"]
}

resource "azurerm_public_ip" "bastion" {
  name                = "bastion-ip"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

# No sku: the provider default, Basic. No usage: data shown at its unit price.
resource "azurerm_bastion_host" "jump" {
  name                = "jump"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.bastion.id
    public_ip_address_id = azurerm_public_ip.bastion.id
  }
}

# Basic with 100,000 GB of outbound data: three priced tiers.
resource "azurerm_bastion_host" "ops" {
  name                = "ops"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "Basic"

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.bastion.id
    public_ip_address_id = azurerm_public_ip.bastion.id
  }
}

# Basic with more outbound data than the priced tiers reach (over 150 TB): data unknown.
resource "azurerm_bastion_host" "archive" {
  name                = "archive"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.bastion.id
    public_ip_address_id = azurerm_public_ip.bastion.id
  }
}

# Standard with scale units: not in the snapshot.
resource "azurerm_bastion_host" "standard" {
  name                = "standard"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "Standard"
  scale_units         = 4
  tunneling_enabled   = true

  ip_configuration {
    name                 = "configuration"
    subnet_id            = azurerm_subnet.bastion.id
    public_ip_address_id = azurerm_public_ip.bastion.id
  }
}
