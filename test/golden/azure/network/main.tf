provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "net" {
  name     = "net"
  location = "West Europe"
}

resource "azurerm_virtual_network" "main" {
  name                = "main"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  address_space       = ["10.0.0.0/16"]
}

resource "azurerm_subnet" "app" {
  name                 = "app"
  resource_group_name  = azurerm_resource_group.net.name
  virtual_network_name = azurerm_virtual_network.main.name
  address_prefixes     = ["10.0.1.0/24"]
}

resource "azurerm_network_security_group" "app" {
  name                = "app"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
}

resource "azurerm_public_ip" "gateway" {
  name                = "gateway"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

resource "azurerm_public_ip_prefix" "small" {
  name                = "small"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  prefix_length       = 30
}

resource "azurerm_public_ip_prefix" "large" {
  name                = "large"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  prefix_length       = 28
}

resource "azurerm_nat_gateway" "egress" {
  name                = "egress"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
  sku_name            = "Standard"
}

resource "azurerm_dns_zone" "shop" {
  name                = "shop.example"
  resource_group_name = azurerm_resource_group.net.name
}
