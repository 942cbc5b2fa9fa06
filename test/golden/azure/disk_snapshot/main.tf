provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ops" {
  name     = "ops"
  location = "West Europe"
}

resource "azurerm_managed_disk" "data" {
  name                 = "data"
  location             = azurerm_resource_group.ops.location
  resource_group_name  = azurerm_resource_group.ops.name
  storage_account_type = "Standard_LRS"
  create_option        = "Empty"
  disk_size_gb         = 128
}

# Sized from the managed disk it copies.
resource "azurerm_snapshot" "nightly" {
  name                = "nightly"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  create_option       = "Copy"
  source_uri          = azurerm_managed_disk.data.id
}

# Its own disk_size_gb.
resource "azurerm_snapshot" "import" {
  name                = "import"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  create_option       = "Import"
  source_uri          = "https://example.blob.core.windows.net/vhds/import.vhd"
  storage_account_id  = "/subscriptions/0000/resourceGroups/ops/providers/Microsoft.Storage/storageAccounts/example"
  disk_size_gb        = 200
}

# Incremental: the usage file gives the stored (changed) data.
resource "azurerm_snapshot" "incremental" {
  name                = "incremental"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  create_option       = "Copy"
  source_uri          = azurerm_managed_disk.data.id
  incremental_enabled = true
}

# A disk outside this configuration, no size: unknown.
resource "azurerm_snapshot" "foreign" {
  name                = "foreign"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  create_option       = "Copy"
  source_uri          = "/subscriptions/0000/resourceGroups/other/providers/Microsoft.Compute/disks/legacy"
}

# An OS disk of 30 GB and the 128 GB managed disk as a data disk.
resource "azurerm_image" "golden" {
  name                = "golden"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name

  os_disk {
    os_type  = "Linux"
    os_state = "Generalized"
    size_gb  = 30
  }

  data_disk {
    lun             = 0
    managed_disk_id = azurerm_managed_disk.data.id
  }
}

# Captured from a VM in this configuration (its os_disk sets 64 GB); the usage file overrides nothing here.
resource "azurerm_linux_virtual_machine" "build" {
  name                  = "build"
  location              = azurerm_resource_group.ops.location
  resource_group_name   = azurerm_resource_group.ops.name
  size                  = "Standard_B2s"
  admin_username        = "azureuser"
  network_interface_ids = ["/subscriptions/0000/nic"]

  os_disk {
    caching              = "ReadWrite"
    storage_account_type = "Standard_LRS"
    disk_size_gb         = 64
  }

  source_image_reference {
    publisher = "Canonical"
    offer     = "0001-com-ubuntu-server-jammy"
    sku       = "22_04-lts"
    version   = "latest"
  }
}

resource "azurerm_image" "captured" {
  name                      = "captured"
  location                  = azurerm_resource_group.ops.location
  resource_group_name       = azurerm_resource_group.ops.name
  source_virtual_machine_id = azurerm_linux_virtual_machine.build.id
}

# Zone-resilient images are stored on ZRS snapshots: no price in the snapshot.
resource "azurerm_image" "zonal" {
  name                = "zonal"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  zone_resilient      = true

  os_disk {
    os_type  = "Linux"
    os_state = "Generalized"
    size_gb  = 30
  }
}
