# Device Update for IoT Hub in West Europe (the region Infracost's goldens price).
provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "iot" {
  name     = "iot"
  location = "West Europe"
}

resource "azurerm_iothub" "fleet" {
  name                = "fleet-hub"
  location            = azurerm_resource_group.iot.location
  resource_group_name = azurerm_resource_group.iot.name

  sku {
    name     = "S1"
    capacity = 1
  }
}

# No sku: the provider default, Standard.
resource "azurerm_iothub_device_update_account" "fleet" {
  name                = "fleet-updates"
  location            = azurerm_resource_group.iot.location
  resource_group_name = azurerm_resource_group.iot.name
}

resource "azurerm_iothub_device_update_account" "lab" {
  name                = "lab-updates"
  location            = azurerm_resource_group.iot.location
  resource_group_name = azurerm_resource_group.iot.name
  sku                 = "Free"
}

# 500 devices (usage file).
resource "azurerm_iothub_device_update_instance" "fleet" {
  name                     = "fleet"
  device_update_account_id = azurerm_iothub_device_update_account.fleet.id
  iothub_id                = azurerm_iothub.fleet.id
}

# No usage: the per-device price is shown.
resource "azurerm_iothub_device_update_instance" "canary" {
  name                     = "canary"
  device_update_account_id = azurerm_iothub_device_update_account.fleet.id
  iothub_id                = azurerm_iothub.fleet.id
}

resource "azurerm_iothub_device_update_instance" "lab" {
  name                     = "lab"
  device_update_account_id = azurerm_iothub_device_update_account.lab.id
  iothub_id                = azurerm_iothub.fleet.id
}

# An account outside this configuration: its sku is not known.
resource "azurerm_iothub_device_update_instance" "external" {
  name                     = "external"
  device_update_account_id = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/other/providers/Microsoft.DeviceUpdate/accounts/other"
  iothub_id                = azurerm_iothub.fleet.id
}
