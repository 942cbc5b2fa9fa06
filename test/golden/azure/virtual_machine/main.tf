provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "shop" {
  name     = "shop"
  location = "West Europe"
}

resource "azurerm_linux_virtual_machine" "web" {
  name                  = "web"
  resource_group_name   = azurerm_resource_group.shop.name
  location              = azurerm_resource_group.shop.location
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }
}

resource "azurerm_linux_virtual_machine" "small" {
  name                  = "small"
  resource_group_name   = "shop"
  location              = "westeurope"
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "spot" {
  name                  = "spot"
  resource_group_name   = "shop"
  location              = "westeurope"
  size                  = "Standard_D4s_v5"
  priority              = "Spot"
  eviction_policy       = "Delete"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "StandardSSD_LRS"
    disk_size_gb         = 32
  }
}

resource "azurerm_windows_virtual_machine" "reporting" {
  name                  = "reporting"
  resource_group_name   = "shop"
  location              = "West Europe"
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  admin_password        = "not-a-password"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "StandardSSD_LRS"
  }
}

resource "azurerm_linux_virtual_machine" "gpu" {
  name                  = "gpu"
  resource_group_name   = "shop"
  location              = "West Europe"
  size                  = "Standard_NC4as_T4_v3"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }
}

resource "azurerm_linux_virtual_machine_scale_set" "workers" {
  name                = "workers"
  resource_group_name = "shop"
  location            = "West Europe"
  sku                 = "Standard_B2s"
  instances           = 3
  admin_username      = "azureuser"

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 128
  }
}
