provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "push" {
  name     = "push"
  location = "eastus"
}

resource "azurerm_notification_hub_namespace" "free" {
  name                = "push-free"
  resource_group_name = azurerm_resource_group.push.name
  location            = azurerm_resource_group.push.location
  namespace_type      = "NotificationHub"
  sku_name            = "Free"
}

resource "azurerm_notification_hub_namespace" "basic" {
  name                = "push-basic"
  resource_group_name = azurerm_resource_group.push.name
  location            = azurerm_resource_group.push.location
  namespace_type      = "NotificationHub"
  sku_name            = "Basic"
}

resource "azurerm_notification_hub_namespace" "standard" {
  name                = "push-standard"
  resource_group_name = azurerm_resource_group.push.name
  location            = azurerm_resource_group.push.location
  namespace_type      = "NotificationHub"
  sku_name            = "Standard"
}

# No usage: the push rates are shown as unit prices.
resource "azurerm_notification_hub_namespace" "staging" {
  name                = "push-staging"
  resource_group_name = azurerm_resource_group.push.name
  location            = azurerm_resource_group.push.location
  namespace_type      = "NotificationHub"
  sku_name            = "Standard"
}

# Within the included 10M pushes.
resource "azurerm_notification_hub_namespace" "quiet" {
  name                = "push-quiet"
  resource_group_name = azurerm_resource_group.push.name
  location            = azurerm_resource_group.push.location
  namespace_type      = "NotificationHub"
  sku_name            = "Basic"
}

resource "azurerm_notification_hub" "app" {
  name                = "app"
  namespace_name      = azurerm_notification_hub_namespace.standard.name
  resource_group_name = azurerm_resource_group.push.name
  location            = azurerm_resource_group.push.location
}
