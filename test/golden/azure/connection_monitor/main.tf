provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "net" {
  name     = "net"
  location = "West Europe"
}

resource "azurerm_network_watcher" "we" {
  name                = "watcher-we"
  location            = azurerm_resource_group.net.location
  resource_group_name = azurerm_resource_group.net.name
}

# 2 sources × 3 destinations × 2 configurations = 12 tests, plus a disabled group.
resource "azurerm_network_connection_monitor" "web" {
  name               = "web"
  network_watcher_id = azurerm_network_watcher.we.id
  location           = azurerm_network_watcher.we.location

  endpoint {
    name    = "vm-a"
    address = "10.0.0.4"
  }

  endpoint {
    name    = "vm-b"
    address = "10.0.0.5"
  }

  endpoint {
    name    = "site"
    address = "www.example.com"
  }

  endpoint {
    name    = "api"
    address = "api.example.com"
  }

  endpoint {
    name    = "db"
    address = "db.example.com"
  }

  test_configuration {
    name                      = "tcp443"
    protocol                  = "Tcp"
    test_frequency_in_seconds = 60

    tcp_configuration {
      port = 443
    }
  }

  test_configuration {
    name                      = "http"
    protocol                  = "Http"
    test_frequency_in_seconds = 60

    http_configuration {
      method = "Get"
    }
  }

  test_group {
    name                     = "frontends"
    source_endpoints         = ["vm-a", "vm-b"]
    destination_endpoints    = ["site", "api", "db"]
    test_configuration_names = ["tcp443", "http"]
  }

  test_group {
    name                     = "paused"
    enabled                  = false
    source_endpoints         = ["vm-a", "vm-b"]
    destination_endpoints    = ["site", "api", "db"]
    test_configuration_names = ["tcp443", "http"]
  }
}

# 1 × 1 × 1 = 1 test: within the free 10.
resource "azurerm_network_connection_monitor" "ping" {
  name               = "ping"
  network_watcher_id = azurerm_network_watcher.we.id
  location           = azurerm_network_watcher.we.location

  endpoint {
    name    = "vm-a"
    address = "10.0.0.4"
  }

  endpoint {
    name    = "site"
    address = "www.example.com"
  }

  test_configuration {
    name                      = "icmp"
    protocol                  = "Icmp"
    test_frequency_in_seconds = 300
  }

  test_group {
    name                     = "ping"
    source_endpoints         = ["vm-a"]
    destination_endpoints    = ["site"]
    test_configuration_names = ["icmp"]
  }
}

# Fleet-wide monitor: the test count comes from the usage file.
resource "azurerm_network_connection_monitor" "fleet" {
  name               = "fleet"
  network_watcher_id = azurerm_network_watcher.we.id
  location           = azurerm_network_watcher.we.location

  endpoint {
    name    = "vm-a"
    address = "10.0.0.4"
  }

  endpoint {
    name    = "site"
    address = "www.example.com"
  }

  test_configuration {
    name     = "tcp443"
    protocol = "Tcp"

    tcp_configuration {
      port = 443
    }
  }

  test_group {
    name                     = "fleet"
    source_endpoints         = ["vm-a"]
    destination_endpoints    = ["site"]
    test_configuration_names = ["tcp443"]
  }
}
