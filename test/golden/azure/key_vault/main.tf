provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "sec" {
  name     = "sec"
  location = "East US"
}

resource "azurerm_key_vault" "app" {
  name                = "app-kv"
  location            = azurerm_resource_group.sec.location
  resource_group_name = azurerm_resource_group.sec.name
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault" "hsm" {
  name                = "hsm-kv"
  location            = azurerm_resource_group.sec.location
  resource_group_name = azurerm_resource_group.sec.name
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "premium"
}

# Only eastus is in the snapshot: priced at the eastus meters, labelled.
resource "azurerm_key_vault" "eu" {
  name                = "eu-kv"
  location            = "West Europe"
  resource_group_name = azurerm_resource_group.sec.name
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_key_vault_secret" "db" {
  name         = "db-password"
  value        = "not-a-secret"
  key_vault_id = azurerm_key_vault.app.id
}

resource "azurerm_key_vault_key" "data" {
  name         = "data"
  key_vault_id = azurerm_key_vault.app.id
  key_type     = "RSA"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]
}

resource "azurerm_key_vault_key" "signing" {
  name         = "signing"
  key_vault_id = azurerm_key_vault.app.id
  key_type     = "EC"
  curve        = "P-256"
  key_opts     = ["sign", "verify"]
}

resource "azurerm_key_vault_key" "cmk" {
  name         = "cmk"
  key_vault_id = azurerm_key_vault.hsm.id
  key_type     = "RSA-HSM"
  key_size     = 2048
  key_opts     = ["wrapKey", "unwrapKey"]
}

resource "azurerm_key_vault_key" "tenants" {
  name         = "tenants"
  key_vault_id = azurerm_key_vault.hsm.id
  key_type     = "RSA-HSM"
  key_size     = 3072
  key_opts     = ["sign", "verify"]
}

# An HSM key in a standard vault: Azure refuses it, and it has no price.
resource "azurerm_key_vault_key" "misplaced" {
  name         = "misplaced"
  key_vault_id = azurerm_key_vault.app.id
  key_type     = "EC-HSM"
  curve        = "P-256"
  key_opts     = ["sign", "verify"]
}

resource "azurerm_key_vault_certificate" "tls" {
  name         = "tls"
  key_vault_id = azurerm_key_vault.hsm.id

  certificate_policy {
    issuer_parameters {
      name = "Self"
    }
    key_properties {
      exportable = true
      key_type   = "RSA"
      key_size   = 2048
      reuse_key  = false
    }
    secret_properties {
      content_type = "application/x-pkcs12"
    }
  }
}

resource "azurerm_key_vault_managed_hardware_security_module" "pool" {
  name                       = "pool"
  resource_group_name        = azurerm_resource_group.sec.name
  location                   = azurerm_resource_group.sec.location
  sku_name                   = "Standard_B1"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  admin_object_ids           = ["00000000-0000-0000-0000-000000000000"]
  soft_delete_retention_days = 90
}

resource "azurerm_key_vault_managed_hardware_security_module" "custom" {
  name                       = "custom"
  resource_group_name        = azurerm_resource_group.sec.name
  location                   = azurerm_resource_group.sec.location
  sku_name                   = "Custom_B32"
  tenant_id                  = "00000000-0000-0000-0000-000000000000"
  admin_object_ids           = ["00000000-0000-0000-0000-000000000000"]
  soft_delete_retention_days = 90
}
