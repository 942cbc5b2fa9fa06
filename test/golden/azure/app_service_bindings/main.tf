# App Service SSL bindings in eastus2 (the region Infracost's golden prices).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "web" {
  name     = "web"
  location = "eastus2"
}

# IP-based SSL: billed per month.
resource "azurerm_app_service_custom_hostname_binding" "legacy" {
  hostname            = "legacy.example.com"
  app_service_name    = "web-legacy"
  resource_group_name = azurerm_resource_group.web.name
  ssl_state           = "IpBasedEnabled"
  thumbprint          = "0000000000000000000000000000000000000000"
}

# SNI SSL: free.
resource "azurerm_app_service_custom_hostname_binding" "www" {
  hostname            = "www.example.com"
  app_service_name    = "web-legacy"
  resource_group_name = azurerm_resource_group.web.name
  ssl_state           = "SniEnabled"
  thumbprint          = "0000000000000000000000000000000000000000"
}

# No SSL: free.
resource "azurerm_app_service_custom_hostname_binding" "plain" {
  hostname            = "plain.example.com"
  app_service_name    = "web-legacy"
  resource_group_name = azurerm_resource_group.web.name
}

# A certificate binding of a hostname binding in this configuration, IP-based.
resource "azurerm_app_service_certificate_binding" "api" {
  hostname_binding_id = azurerm_app_service_custom_hostname_binding.plain.id
  certificate_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/web/providers/Microsoft.Web/certificates/api"
  ssl_state           = "IpBasedEnabled"
}

resource "azurerm_app_service_certificate_binding" "sni" {
  hostname_binding_id = azurerm_app_service_custom_hostname_binding.www.id
  certificate_id      = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/web/providers/Microsoft.Web/certificates/www"
  ssl_state           = "SniEnabled"
}
