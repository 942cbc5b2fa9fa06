provider "azurerm" {
  features {}
}

resource "azurerm_security_center_subscription_pricing" "cspm" {
  tier          = "Free"
  resource_type = "CloudPosture"
}

# resource_type defaults to VirtualMachines; no subplan: plan 2.
resource "azurerm_security_center_subscription_pricing" "servers" {
  tier = "Standard"
}

resource "azurerm_security_center_subscription_pricing" "servers_p1" {
  tier          = "Standard"
  resource_type = "VirtualMachines"
  subplan       = "P1"
}

resource "azurerm_security_center_subscription_pricing" "apps" {
  tier          = "Standard"
  resource_type = "AppServices"
}

resource "azurerm_security_center_subscription_pricing" "sql" {
  tier          = "Standard"
  resource_type = "SqlServers"
}

resource "azurerm_security_center_subscription_pricing" "sql_vms" {
  tier          = "Standard"
  resource_type = "SqlServerVirtualMachines"
}

resource "azurerm_security_center_subscription_pricing" "oss_db" {
  tier          = "Standard"
  resource_type = "OpenSourceRelationalDatabases"
}

resource "azurerm_security_center_subscription_pricing" "dns" {
  tier          = "Standard"
  resource_type = "Dns"
}

resource "azurerm_security_center_subscription_pricing" "registries" {
  tier          = "Standard"
  resource_type = "ContainerRegistry"
}

resource "azurerm_security_center_subscription_pricing" "storage" {
  tier          = "Standard"
  resource_type = "StorageAccounts"
}
