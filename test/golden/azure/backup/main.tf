provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ops" {
  name     = "ops"
  location = "West Europe"
}

# Default storage_mode_type: GeoRedundant.
resource "azurerm_recovery_services_vault" "main" {
  name                = "main"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "Standard"
}

resource "azurerm_recovery_services_vault" "local" {
  name                = "local"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "Standard"
  storage_mode_type   = "LocallyRedundant"
}

resource "azurerm_recovery_services_vault" "zonal" {
  name                = "zonal"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku                 = "Standard"
  storage_mode_type   = "ZoneRedundant"
}

resource "azurerm_recovery_services_vault" "dr" {
  name                         = "dr"
  location                     = azurerm_resource_group.ops.location
  resource_group_name          = azurerm_resource_group.ops.name
  sku                          = "Standard"
  storage_mode_type            = "GeoRedundant"
  cross_region_restore_enabled = true
}

resource "azurerm_backup_policy_vm" "daily" {
  name                = "daily"
  resource_group_name = azurerm_resource_group.ops.name
  recovery_vault_name = azurerm_recovery_services_vault.main.name

  backup {
    frequency = "Daily"
    time      = "23:00"
  }

  retention_daily {
    count = 14
  }
}

resource "azurerm_linux_virtual_machine" "web" {
  name                  = "web"
  resource_group_name   = azurerm_resource_group.ops.name
  location              = azurerm_resource_group.ops.location
  size                  = "Standard_D2s_v5"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Premium_LRS"
    disk_size_gb         = 64
  }
}

# OS disk size from the image (Linux marketplace image: 30 GB).
resource "azurerm_linux_virtual_machine" "jump" {
  name                  = "jump"
  resource_group_name   = azurerm_resource_group.ops.name
  location              = azurerm_resource_group.ops.location
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = []

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
  }
}

resource "azurerm_virtual_machine" "files" {
  name                  = "files"
  location              = azurerm_resource_group.ops.location
  resource_group_name   = azurerm_resource_group.ops.name
  network_interface_ids = []
  vm_size               = "Standard_D2s_v5"

  storage_os_disk {
    name              = "files-os"
    caching           = "ReadWrite"
    create_option     = "FromImage"
    managed_disk_type = "Premium_LRS"
    disk_size_gb      = 128
  }

  storage_data_disk {
    name              = "files-data-1"
    lun               = 0
    create_option     = "Empty"
    managed_disk_type = "Standard_LRS"
    disk_size_gb      = 512
  }

  storage_data_disk {
    name              = "files-data-2"
    lun               = 1
    create_option     = "Empty"
    managed_disk_type = "Standard_LRS"
    disk_size_gb      = 512
  }
}

# 64 GB → up to 500 GB; GRS storage as usage (not given: unit price).
resource "azurerm_backup_protected_vm" "web" {
  resource_group_name = azurerm_resource_group.ops.name
  recovery_vault_name = azurerm_recovery_services_vault.main.name
  source_vm_id        = azurerm_linux_virtual_machine.web.id
  backup_policy_id    = azurerm_backup_policy_vm.daily.id
}

# 30 GB → up to 50 GB; LRS, usage gives extra retention only.
resource "azurerm_backup_protected_vm" "jump" {
  resource_group_name = azurerm_resource_group.ops.name
  recovery_vault_name = azurerm_recovery_services_vault.local.name
  source_vm_id        = azurerm_linux_virtual_machine.jump.id
  backup_policy_id    = azurerm_backup_policy_vm.daily.id
}

# 128 + 512 + 512 = 1,152 GB → 3 × 500 GB increments; RA-GRS.
resource "azurerm_backup_protected_vm" "files" {
  resource_group_name = azurerm_resource_group.ops.name
  recovery_vault_name = azurerm_recovery_services_vault.dr.name
  source_vm_id        = azurerm_virtual_machine.files.id
  backup_policy_id    = azurerm_backup_policy_vm.daily.id
}

# Size and storage from the usage file; ZRS.
resource "azurerm_backup_protected_vm" "web_zonal" {
  resource_group_name = azurerm_resource_group.ops.name
  recovery_vault_name = azurerm_recovery_services_vault.zonal.name
  source_vm_id        = azurerm_linux_virtual_machine.web.id
  backup_policy_id    = azurerm_backup_policy_vm.daily.id
}

# A VM outside this module: its size is not known.
resource "azurerm_backup_protected_vm" "legacy" {
  resource_group_name = azurerm_resource_group.ops.name
  recovery_vault_name = azurerm_recovery_services_vault.main.name
  source_vm_id        = "/subscriptions/00000000-0000-0000-0000-000000000000/resourceGroups/old/providers/Microsoft.Compute/virtualMachines/legacy"
  backup_policy_id    = azurerm_backup_policy_vm.daily.id
}
