# Front Door (classic) and its WAF policies. Front Door is global: fixed charges are priced in the billing zone of
# the resource group's location, outbound data in each zone the usage file names.
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "edge" {
  name     = "edge"
  location = "West Europe"
}

resource "azurerm_resource_group" "tokyo" {
  name     = "edge-tokyo"
  location = "japaneast"
}

# Two enabled routing rules and a disabled one, one frontend host, no usage.
resource "azurerm_frontdoor" "site" {
  name                = "shop-site"
  resource_group_name = azurerm_resource_group.edge.name

  routing_rule {
    name               = "web"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "api"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "legacy"
    enabled            = false
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  frontend_endpoint {
    name      = "web"
    host_name = "shop-site.azurefd.net"
  }

  backend_pool_load_balancing {
    name = "lb"
  }

  backend_pool_health_probe {
    name = "probe"
  }

  backend_pool {
    name = "origin"
    backend {
      host_header = "shop.example.com"
      address     = "shop.example.com"
      http_port   = 80
      https_port  = 443
    }
    load_balancing_name = "lb"
    health_probe_name   = "probe"
  }
}

# Seven enabled rules, 103 frontend hosts (three over the included 100), usage in two edge zones.
resource "azurerm_frontdoor" "busy" {
  name                = "shop-busy"
  resource_group_name = azurerm_resource_group.edge.name

  routing_rule {
    name               = "r1"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "r2"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "r3"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "r4"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "r5"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "r6"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  routing_rule {
    name               = "r7"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  frontend_endpoint {
    name      = "web"
    host_name = "shop-busy.azurefd.net"
  }

  dynamic "frontend_endpoint" {
    for_each = range(102)
    content {
      name      = "brand${frontend_endpoint.value}"
      host_name = "brand${frontend_endpoint.value}.shop.example.com"
    }
  }

  backend_pool_load_balancing {
    name = "lb"
  }

  backend_pool_health_probe {
    name = "probe"
  }

  backend_pool {
    name = "origin"
    backend {
      host_header = "shop.example.com"
      address     = "shop.example.com"
      http_port   = 80
      https_port  = 443
    }
    load_balancing_name = "lb"
    health_probe_name   = "probe"
  }
}

# Resource group in japaneast: billing Zone 2, whose prices are not in the snapshot.
resource "azurerm_frontdoor" "tokyo" {
  name                = "shop-tokyo"
  resource_group_name = azurerm_resource_group.tokyo.name

  routing_rule {
    name               = "web"
    accepted_protocols = ["Https"]
    patterns_to_match  = ["/*"]
    frontend_endpoints = ["web"]
    forwarding_configuration {
      forwarding_protocol = "HttpsOnly"
      backend_pool_name   = "origin"
    }
  }

  frontend_endpoint {
    name      = "web"
    host_name = "shop-tokyo.azurefd.net"
  }

  backend_pool_load_balancing {
    name = "lb"
  }

  backend_pool_health_probe {
    name = "probe"
  }

  backend_pool {
    name = "origin"
    backend {
      host_header = "shop.example.com"
      address     = "shop.example.com"
      http_port   = 80
      https_port  = 443
    }
    load_balancing_name = "lb"
    health_probe_name   = "probe"
  }
}

# Two custom rules (one disabled: still billed) and two managed rule sets, with request usage.
resource "azurerm_frontdoor_firewall_policy" "waf" {
  name                = "shopwaf"
  resource_group_name = azurerm_resource_group.edge.name

  custom_rule {
    name     = "BlockRanges"
    enabled  = true
    priority = 1
    type     = "MatchRule"
    action   = "Block"

    match_condition {
      match_variable = "RemoteAddr"
      operator       = "IPMatch"
      match_values   = ["192.168.1.0/24", "10.0.0.0/24"]
    }
  }

  custom_rule {
    name     = "BlockOld"
    enabled  = false
    priority = 2
    type     = "MatchRule"
    action   = "Block"

    match_condition {
      match_variable = "RemoteAddr"
      operator       = "IPMatch"
      match_values   = ["192.168.2.0/24"]
    }
  }

  managed_rule {
    type    = "DefaultRuleSet"
    version = "1.0"
  }

  managed_rule {
    type    = "Microsoft_BotManagerRuleSet"
    version = "1.0"
  }
}

# One managed rule set, no custom rules, no usage.
resource "azurerm_frontdoor_firewall_policy" "baseline" {
  name                = "shopbaseline"
  resource_group_name = azurerm_resource_group.edge.name

  managed_rule {
    type    = "DefaultRuleSet"
    version = "1.0"
  }
}

# Front Door Standard/Premium: the profile's base fee; its endpoint, origins, route and WAF policy are free.
resource "azurerm_cdn_frontdoor_profile" "web" {
  name                = "shop-web"
  resource_group_name = azurerm_resource_group.edge.name
  sku_name            = "Standard_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_endpoint" "web" {
  name                     = "shop-web"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.web.id
}

resource "azurerm_cdn_frontdoor_origin_group" "web" {
  name                     = "web"
  cdn_frontdoor_profile_id = azurerm_cdn_frontdoor_profile.web.id

  load_balancing {}
}

resource "azurerm_cdn_frontdoor_origin" "web" {
  name                           = "app"
  cdn_frontdoor_origin_group_id  = azurerm_cdn_frontdoor_origin_group.web.id
  host_name                      = "shop.azurewebsites.net"
  certificate_name_check_enabled = true
}

resource "azurerm_cdn_frontdoor_route" "web" {
  name                          = "all"
  cdn_frontdoor_endpoint_id     = azurerm_cdn_frontdoor_endpoint.web.id
  cdn_frontdoor_origin_group_id = azurerm_cdn_frontdoor_origin_group.web.id
  cdn_frontdoor_origin_ids      = [azurerm_cdn_frontdoor_origin.web.id]
  supported_protocols           = ["Http", "Https"]
  patterns_to_match             = ["/*"]
}

resource "azurerm_cdn_frontdoor_profile" "secure" {
  name                = "shop-secure"
  resource_group_name = azurerm_resource_group.edge.name
  sku_name            = "Premium_AzureFrontDoor"
}

resource "azurerm_cdn_frontdoor_firewall_policy" "secure" {
  name                = "shopsecure"
  resource_group_name = azurerm_resource_group.edge.name
  sku_name            = azurerm_cdn_frontdoor_profile.secure.sku_name
  mode                = "Prevention"

  managed_rule {
    type    = "Microsoft_DefaultRuleSet"
    version = "2.1"
    action  = "Block"
  }
}
