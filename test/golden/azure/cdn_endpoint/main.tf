# Azure CDN (classic) endpoints in eastus (edge Zone 1, as Infracost's golden prices them).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "cdn" {
  name     = "cdn"
  location = "eastus"
}

resource "azurerm_resource_group" "apac" {
  name     = "cdn-apac"
  location = "japaneast"
}

resource "azurerm_cdn_profile" "microsoft" {
  name                = "shop-cdn"
  location            = azurerm_resource_group.cdn.location
  resource_group_name = azurerm_resource_group.cdn.name
  sku                 = "Standard_Microsoft"
}

resource "azurerm_cdn_profile" "legacy" {
  name                = "shop-cdn-legacy"
  location            = azurerm_resource_group.cdn.location
  resource_group_name = azurerm_resource_group.cdn.name
  sku                 = "Standard_Verizon"
}

# 8,000 GB out, seven delivery rules (two over the five included), 25M rules engine requests.
resource "azurerm_cdn_endpoint" "assets" {
  name                = "shop-assets"
  profile_name        = azurerm_cdn_profile.microsoft.name
  location            = azurerm_resource_group.cdn.location
  resource_group_name = azurerm_resource_group.cdn.name

  origin {
    name      = "storage"
    host_name = "shopassets.blob.core.windows.net"
  }

  global_delivery_rule {
    cache_expiration_action {
      behavior = "Override"
      duration = "1.00:00:00"
    }
  }

  dynamic "delivery_rule" {
    for_each = range(6)
    content {
      name  = "rule${delivery_rule.value}"
      order = delivery_rule.value + 1
      request_scheme_condition {
        match_values = ["HTTP"]
      }
      url_redirect_action {
        redirect_type = "Found"
        protocol      = "Https"
      }
    }
  }
}

# No usage, no rules: data shown at its unit price.
resource "azurerm_cdn_endpoint" "docs" {
  name                = "shop-docs"
  profile_name        = azurerm_cdn_profile.microsoft.name
  location            = azurerm_resource_group.cdn.location
  resource_group_name = azurerm_resource_group.cdn.name

  origin {
    name      = "docs"
    host_name = "docs.example.com"
  }
}

# More than 10 TB: the tiers beyond the first are not in the snapshot.
resource "azurerm_cdn_endpoint" "video" {
  name                = "shop-video"
  profile_name        = azurerm_cdn_profile.microsoft.name
  location            = azurerm_resource_group.cdn.location
  resource_group_name = azurerm_resource_group.cdn.name

  origin {
    name      = "video"
    host_name = "video.example.com"
  }
}

# Verizon (Edgio) CDN is retired: unknown.
resource "azurerm_cdn_endpoint" "legacy" {
  name                = "shop-legacy"
  profile_name        = azurerm_cdn_profile.legacy.name
  location            = azurerm_resource_group.cdn.location
  resource_group_name = azurerm_resource_group.cdn.name

  origin {
    name      = "legacy"
    host_name = "legacy.example.com"
  }
}

# An endpoint in japaneast (edge Zone 2): no Zone 2 prices.
resource "azurerm_cdn_endpoint" "apac" {
  name                = "shop-apac"
  profile_name        = azurerm_cdn_profile.microsoft.name
  location            = azurerm_resource_group.apac.location
  resource_group_name = azurerm_resource_group.cdn.name

  origin {
    name      = "apac"
    host_name = "apac.example.com"
  }
}
