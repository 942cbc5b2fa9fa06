# Traffic Manager profiles and endpoints (global; billed in the Global region unless the resource group is in
# Germany, US Gov or China).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "dns" {
  name     = "global-dns"
  location = "West Europe"
}

resource "azurerm_resource_group" "de" {
  name     = "global-dns-de"
  location = "Germany North"
}

# Queries across both tiers and Traffic View (usage), fast health checks.
resource "azurerm_traffic_manager_profile" "shop" {
  name                   = "shop"
  resource_group_name    = azurerm_resource_group.dns.name
  traffic_routing_method = "Performance"
  traffic_view_enabled   = true

  dns_config {
    relative_name = "shop"
    ttl           = 60
  }

  monitor_config {
    protocol            = "HTTPS"
    port                = 443
    path                = "/health"
    interval_in_seconds = 10
    timeout_in_seconds  = 5
  }
}

resource "azurerm_traffic_manager_azure_endpoint" "shop_eu" {
  name               = "eu"
  profile_id         = azurerm_traffic_manager_profile.shop.id
  target_resource_id = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Network/publicIPAddresses/eu"
  weight             = 100
}

resource "azurerm_traffic_manager_external_endpoint" "shop_onprem" {
  name       = "onprem"
  profile_id = azurerm_traffic_manager_profile.shop.id
  target     = "shop.example.com"
  weight     = 100
}

# No usage, default 30-second checks.
resource "azurerm_traffic_manager_profile" "docs" {
  name                   = "docs"
  resource_group_name    = azurerm_resource_group.dns.name
  traffic_routing_method = "Weighted"

  dns_config {
    relative_name = "docs"
    ttl           = 300
  }

  monitor_config {
    protocol = "HTTP"
    port     = 80
  }
}

resource "azurerm_traffic_manager_nested_endpoint" "docs_child" {
  name                    = "child"
  profile_id              = azurerm_traffic_manager_profile.docs.id
  target_resource_id      = azurerm_traffic_manager_profile.shop.id
  minimum_child_endpoints = 1
  weight                  = 100
}

# Disabled: profile and endpoint free.
resource "azurerm_traffic_manager_profile" "old" {
  name                   = "old"
  resource_group_name    = azurerm_resource_group.dns.name
  traffic_routing_method = "Weighted"
  profile_status         = "Disabled"

  dns_config {
    relative_name = "old"
    ttl           = 300
  }

  monitor_config {
    protocol = "HTTP"
    port     = 80
  }
}

resource "azurerm_traffic_manager_external_endpoint" "old" {
  name       = "old"
  profile_id = azurerm_traffic_manager_profile.old.id
  target     = "old.example.com"
  weight     = 100
}

# Germany: Azure endpoint checks are priced there; DNS queries and external endpoints are not in the snapshot.
resource "azurerm_traffic_manager_profile" "de" {
  name                   = "shop-de"
  resource_group_name    = azurerm_resource_group.de.name
  traffic_routing_method = "Priority"

  dns_config {
    relative_name = "shop-de"
    ttl           = 60
  }

  monitor_config {
    protocol            = "HTTPS"
    port                = 443
    interval_in_seconds = 10
    timeout_in_seconds  = 5
  }
}

resource "azurerm_traffic_manager_azure_endpoint" "de" {
  name               = "de"
  profile_id         = azurerm_traffic_manager_profile.de.id
  target_resource_id = "/subscriptions/0000/resourceGroups/web/providers/Microsoft.Network/publicIPAddresses/de"
  priority           = 1
}

resource "azurerm_traffic_manager_external_endpoint" "de_backup" {
  name       = "backup"
  profile_id = azurerm_traffic_manager_profile.de.id
  target     = "backup.example.de"
  priority   = 2
}
