provider "azurerm" {
  features {}
}

resource "azurerm_machine_learning_workspace" "ml" {
  name                    = "shop-ml"
  location                = "East US"
  resource_group_name     = "shop"
  application_insights_id = "/subscriptions/0000/resourceGroups/shop/providers/Microsoft.Insights/components/ml"
  key_vault_id            = "/subscriptions/0000/resourceGroups/shop/providers/Microsoft.KeyVault/vaults/ml"
  storage_account_id      = "/subscriptions/0000/resourceGroups/shop/providers/Microsoft.Storage/storageAccounts/ml"

  identity {
    type = "SystemAssigned"
  }
}

resource "azurerm_machine_learning_compute_instance" "notebook" {
  name                          = "notebook"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ml.id
  virtual_machine_size          = "Standard_D4s_v5"
}

resource "azurerm_machine_learning_compute_cluster" "train" {
  name                          = "train"
  location                      = "East US"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ml.id
  vm_size                       = "Standard_NC4as_T4_v3"
  vm_priority                   = "Dedicated"

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 4
    scale_down_nodes_after_idle_duration = "PT15M"
  }
}

resource "azurerm_machine_learning_compute_cluster" "idle" {
  name                          = "idle"
  location                      = "East US"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ml.id
  vm_size                       = "Standard_D2s_v5"
  vm_priority                   = "Dedicated"

  scale_settings {
    min_node_count                       = 0
    max_node_count                       = 2
    scale_down_nodes_after_idle_duration = "PT15M"
  }
}

resource "azurerm_machine_learning_compute_cluster" "cheap" {
  name                          = "cheap"
  location                      = "East US"
  machine_learning_workspace_id = azurerm_machine_learning_workspace.ml.id
  vm_size                       = "Standard_D2s_v5"
  vm_priority                   = "LowPriority"

  scale_settings {
    min_node_count                       = 1
    max_node_count                       = 8
    scale_down_nodes_after_idle_duration = "PT15M"
  }
}
