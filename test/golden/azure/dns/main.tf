provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "web" {
  name     = "web"
  location = "West Europe"
}

resource "azurerm_resource_group" "de" {
  name     = "web-de"
  location = "Germany West Central"
}

resource "azurerm_resource_group" "gov" {
  name     = "web-gov"
  location = "usgovvirginia"
}

resource "azurerm_dns_zone" "shop" {
  name                = "shop.example.com"
  resource_group_name = azurerm_resource_group.web.name
}

resource "azurerm_dns_zone" "shop_de" {
  name                = "shop.example.de"
  resource_group_name = azurerm_resource_group.de.name
}

# US Government zones are billed in their own DNS zone, which the snapshot has no price for.
resource "azurerm_dns_zone" "gov" {
  name                = "shop.example.gov"
  resource_group_name = azurerm_resource_group.gov.name
}

resource "azurerm_private_dns_zone" "internal" {
  name                = "internal.shop"
  resource_group_name = azurerm_resource_group.web.name
}

resource "azurerm_dns_a_record" "www" {
  name                = "www"
  zone_name           = azurerm_dns_zone.shop.name
  resource_group_name = azurerm_resource_group.web.name
  ttl                 = 300
  records             = ["203.0.113.10"]
}

resource "azurerm_dns_cname_record" "api" {
  name                = "api"
  zone_name           = azurerm_dns_zone.shop.name
  resource_group_name = azurerm_resource_group.web.name
  ttl                 = 300
  record              = "shop-api.azurewebsites.net"
}

resource "azurerm_dns_txt_record" "verify" {
  name                = "@"
  zone_name           = azurerm_dns_zone.shop.name
  resource_group_name = azurerm_resource_group.web.name
  ttl                 = 3600

  record {
    value = "site-verification=abc"
  }
}

resource "azurerm_private_dns_a_record" "db" {
  name                = "db"
  zone_name           = azurerm_private_dns_zone.internal.name
  resource_group_name = azurerm_resource_group.web.name
  ttl                 = 300
  records             = ["10.0.2.4"]
}
