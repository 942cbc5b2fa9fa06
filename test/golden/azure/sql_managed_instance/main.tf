provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "mi" {
  name     = "mi"
  location = "West Europe"
}

locals {
  subnet_id = "/subscriptions/0000/resourceGroups/mi/providers/Microsoft.Network/virtualNetworks/mi/subnets/mi"
}

# General Purpose, 8 vCores, licence included, 256 GB, locally redundant backups with usage.
resource "azurerm_mssql_managed_instance" "app" {
  name                         = "app-mi"
  resource_group_name          = azurerm_resource_group.mi.name
  location                     = azurerm_resource_group.mi.location
  administrator_login          = "miadmin"
  administrator_login_password = "not-a-secret"
  license_type                 = "LicenseIncluded"
  subnet_id                    = local.subnet_id
  sku_name                     = "GP_Gen5"
  vcores                       = 8
  storage_size_in_gb           = 256
  storage_account_type         = "LRS"
}

# Legacy type, Business Critical, Azure Hybrid Benefit, 32 GB (all included), zone-redundant backups.
resource "azurerm_sql_managed_instance" "dr" {
  name                         = "dr-mi"
  resource_group_name          = azurerm_resource_group.mi.name
  location                     = azurerm_resource_group.mi.location
  administrator_login          = "miadmin"
  administrator_login_password = "not-a-secret"
  license_type                 = "BasePrice"
  subnet_id                    = local.subnet_id
  sku_name                     = "BC_Gen5"
  vcores                       = 16
  storage_size_in_gb           = 32
  storage_account_type         = "ZRS"
}

# Not a managed instance SKU; geo-redundant backups (the default) have no price either.
resource "azurerm_mssql_managed_instance" "typo" {
  name                         = "typo-mi"
  resource_group_name          = azurerm_resource_group.mi.name
  location                     = azurerm_resource_group.mi.location
  administrator_login          = "miadmin"
  administrator_login_password = "not-a-secret"
  license_type                 = "BasePrice"
  subnet_id                    = local.subnet_id
  sku_name                     = "S3"
  vcores                       = 4
  storage_size_in_gb           = 32
}
