provider "azurerm" {
  features {}
}

resource "azurerm_kubernetes_cluster" "prod" {
  name                = "prod"
  location            = "West Europe"
  resource_group_name = "shop"
  dns_prefix          = "prod"
  sku_tier            = "Standard"

  default_node_pool {
    name       = "system"
    vm_size    = "Standard_D2s_v5"
    node_count = 3
  }

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_kubernetes_cluster_node_pool" "spot" {
  name                  = "spot"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.prod.id
  vm_size               = "Standard_D4s_v5"
  node_count            = 2
  priority              = "Spot"
  eviction_policy       = "Delete"
  os_disk_type          = "Ephemeral"
}

resource "azurerm_kubernetes_cluster_node_pool" "win" {
  name                  = "win"
  kubernetes_cluster_id = azurerm_kubernetes_cluster.prod.id
  vm_size               = "Standard_D2s_v5"
  node_count            = 1
  os_type               = "Windows"
  os_disk_size_gb       = 64
}

resource "azurerm_kubernetes_cluster" "dev" {
  name                = "dev"
  location            = "westeurope"
  resource_group_name = "shop"
  dns_prefix          = "dev"

  default_node_pool {
    name       = "default"
    vm_size    = "Standard_D2_v2"
    node_count = 1
  }

  identity {
    type = "SystemAssigned"
  }
}
