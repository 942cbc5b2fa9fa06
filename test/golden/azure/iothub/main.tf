provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "iot" {
  name     = "iot"
  location = "West Europe"
}

resource "azurerm_iothub" "fleet" {
  name                = "fleet-hub"
  resource_group_name = azurerm_resource_group.iot.name
  location            = azurerm_resource_group.iot.location

  sku {
    name     = "S1"
    capacity = 3
  }
}

resource "azurerm_iothub_consumer_group" "telemetry" {
  name                   = "telemetry"
  iothub_name            = azurerm_iothub.fleet.name
  eventhub_endpoint_name = "events"
  resource_group_name    = azurerm_resource_group.iot.name
}

resource "azurerm_iothub" "lab" {
  name                = "lab-hub"
  resource_group_name = azurerm_resource_group.iot.name
  location            = azurerm_resource_group.iot.location

  sku {
    name     = "F1"
    capacity = 1
  }
}

# S3 is not in the snapshot: unknown.
resource "azurerm_iothub" "plant" {
  name                = "plant-hub"
  resource_group_name = azurerm_resource_group.iot.name
  location            = azurerm_resource_group.iot.location

  sku {
    name     = "S3"
    capacity = 1
  }
}

resource "azurerm_iothub_dps" "onboarding" {
  name                = "onboarding-dps"
  resource_group_name = azurerm_resource_group.iot.name
  location            = azurerm_resource_group.iot.location
  allocation_policy   = "Hashed"

  sku {
    name     = "S1"
    capacity = 1
  }
}

resource "azurerm_iothub_dps" "idle" {
  name                = "idle-dps"
  resource_group_name = azurerm_resource_group.iot.name
  location            = azurerm_resource_group.iot.location

  sku {
    name     = "S1"
    capacity = 1
  }
}
