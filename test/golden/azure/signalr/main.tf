provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "rt" {
  name     = "realtime"
  location = "West Europe"
}

resource "azurerm_signalr_service" "chat" {
  name                = "chat"
  location            = azurerm_resource_group.rt.location
  resource_group_name = azurerm_resource_group.rt.name

  sku {
    name     = "Standard_S1"
    capacity = 3
  }
}

# Premium: messages priced, the unit price is not pinned by Infracost's golden.
resource "azurerm_signalr_service" "live" {
  name                = "live"
  location            = azurerm_resource_group.rt.location
  resource_group_name = azurerm_resource_group.rt.name

  sku {
    name     = "Premium_P1"
    capacity = 2
  }
}

resource "azurerm_signalr_service" "dev" {
  name                = "dev"
  location            = azurerm_resource_group.rt.location
  resource_group_name = azurerm_resource_group.rt.name

  sku {
    name     = "Free_F1"
    capacity = 1
  }
}

# Standard without usage: messages show their unit price.
resource "azurerm_signalr_service" "notify" {
  name                = "notify"
  location            = azurerm_resource_group.rt.location
  resource_group_name = azurerm_resource_group.rt.name

  sku {
    name     = "Standard_S1"
    capacity = 1
  }
}

resource "azurerm_signalr_service" "typo" {
  name                = "typo"
  location            = azurerm_resource_group.rt.location
  resource_group_name = azurerm_resource_group.rt.name

  sku {
    name     = "Standard_S2"
    capacity = 1
  }
}
