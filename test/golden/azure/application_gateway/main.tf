# Application gateways in East US: the v1 sizes (per instance, data processed in tiers), v2 with fixed and autoscaled
# capacity (fixed hour + capacity units), and the Basic SKU, whose price is not in the snapshot.
provider "azurerm" {
  features {}
}

variable "frontend_subnet_id" {
  type    = string
  default = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/edge/providers/Microsoft.Network/virtualNetworks/edge/subnets/frontend"
}

resource "azurerm_resource_group" "edge" {
  name     = "edge"
  location = "eastus"
}

resource "azurerm_public_ip" "gateway" {
  name                = "appgw"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name
  allocation_method   = "Static"
  sku                 = "Standard"
}

locals {
  pool     = "backend-pool"
  port     = "http"
  frontend = "public"
  settings = "http-settings"
  listener = "http-listener"
}

# A legacy v1 gateway: two Small instances, 100,000 GB a month processed (usage file).
resource "azurerm_application_gateway" "legacy_small" {
  name                = "legacy-small"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name     = "Standard_Small"
    tier     = "Standard"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }

  frontend_port {
    name = local.port
    port = 80
  }

  frontend_ip_configuration {
    name                 = local.frontend
    public_ip_address_id = azurerm_public_ip.gateway.id
  }

  backend_address_pool {
    name = local.pool
  }

  backend_http_settings {
    name                  = local.settings
    cookie_based_affinity = "Disabled"
    port                  = 80
    protocol              = "Http"
    request_timeout       = 60
  }

  http_listener {
    name                           = local.listener
    frontend_ip_configuration_name = local.frontend
    frontend_port_name             = local.port
    protocol                       = "Http"
  }

  request_routing_rule {
    name                       = "route"
    priority                   = 1
    rule_type                  = "Basic"
    http_listener_name         = local.listener
    backend_address_pool_name  = local.pool
    backend_http_settings_name = local.settings
  }
}

# The remaining gateways trim their listener, pool and rule blocks: they do not change the price.

# WAF v1, two Medium instances, 100,000 GB a month (the first 10 TB are free for Medium).
resource "azurerm_application_gateway" "legacy_waf" {
  name                = "legacy-waf"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name     = "WAF_Medium"
    tier     = "WAF"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }
}

# WAF v1 Large without usage: data processed is shown as a unit price.
resource "azurerm_application_gateway" "legacy_waf_large" {
  name                = "legacy-waf-large"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name     = "WAF_Large"
    tier     = "WAF"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }
}

# Standard_v2 with a fixed instance count of 2: 20 capacity units reserved.
resource "azurerm_application_gateway" "web" {
  name                = "web"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name     = "Standard_v2"
    tier     = "Standard_v2"
    capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }
}

# WAF_v2 autoscaling from 1 instance (10 CUs reserved); the usage file says 25 CUs on average.
resource "azurerm_application_gateway" "waf" {
  name                = "waf"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }

  autoscale_configuration {
    min_capacity = 1
    max_capacity = 10
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }
}

# WAF_v2 that scales to zero: nothing reserved, capacity units only with usage.
resource "azurerm_application_gateway" "waf_idle" {
  name                = "waf-idle"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name = "WAF_v2"
    tier = "WAF_v2"
  }

  autoscale_configuration {
    min_capacity = 0
    max_capacity = 2
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }
}

# The Basic SKU: no price in the snapshot.
resource "azurerm_application_gateway" "basic" {
  name                = "basic"
  location            = azurerm_resource_group.edge.location
  resource_group_name = azurerm_resource_group.edge.name

  sku {
    name     = "Basic"
    tier     = "Basic"
    capacity = 1
  }

  gateway_ip_configuration {
    name      = "gateway"
    subnet_id = var.frontend_subnet_id
  }
}
