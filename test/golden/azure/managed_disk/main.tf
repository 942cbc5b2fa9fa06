provider "azurerm" {
  features {}
}

locals {
  location = "West Europe"
}

resource "azurerm_managed_disk" "premium" {
  name                 = "premium"
  location             = local.location
  resource_group_name  = "shop"
  storage_account_type = "Premium_LRS"
  create_option        = "Empty"
  disk_size_gb         = 100
}

resource "azurerm_managed_disk" "standard_ssd" {
  name                 = "standard-ssd"
  location             = local.location
  resource_group_name  = "shop"
  storage_account_type = "StandardSSD_LRS"
  create_option        = "Empty"
  disk_size_gb         = 512
}

resource "azurerm_managed_disk" "hdd" {
  name                 = "hdd"
  location             = local.location
  resource_group_name  = "shop"
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 1000
}

resource "azurerm_managed_disk" "v2" {
  name                 = "v2"
  location             = local.location
  resource_group_name  = "shop"
  storage_account_type = "PremiumV2_LRS"
  create_option        = "Empty"
  disk_size_gb         = 200
  disk_iops_read_write = 5000
  disk_mbps_read_write = 200
}

resource "azurerm_managed_disk" "ultra" {
  name                 = "ultra"
  location             = local.location
  resource_group_name  = "shop"
  storage_account_type = "UltraSSD_LRS"
  create_option        = "Empty"
  disk_size_gb         = 256
  disk_iops_read_write = 4000
  disk_mbps_read_write = 100
}

resource "azurerm_managed_disk" "copy" {
  name                 = "copy"
  location             = local.location
  resource_group_name  = "shop"
  storage_account_type = "Premium_LRS"
  create_option        = "Copy"
  source_resource_id   = "/subscriptions/0000/resourceGroups/shop/providers/Microsoft.Compute/disks/premium"
}
