provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ops" {
  name     = "ops"
  location = "eastus"
}

resource "azurerm_automation_account" "ops" {
  name                = "ops-automation"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku_name            = "Basic"
}

resource "azurerm_automation_runbook" "patch" {
  name                    = "patch-vms"
  location                = azurerm_resource_group.ops.location
  resource_group_name     = azurerm_resource_group.ops.name
  automation_account_name = azurerm_automation_account.ops.name
  log_verbose             = false
  log_progress            = false
  runbook_type            = "PowerShell"
  content                 = "Write-Output 'patch'"
}

resource "azurerm_automation_schedule" "nightly" {
  name                    = "nightly"
  resource_group_name     = azurerm_resource_group.ops.name
  automation_account_name = azurerm_automation_account.ops.name
  frequency               = "Day"
}

# No location of its own: runs where its account is.
resource "azurerm_automation_job_schedule" "patch_nightly" {
  resource_group_name     = azurerm_resource_group.ops.name
  automation_account_name = azurerm_automation_account.ops.name
  schedule_name           = azurerm_automation_schedule.nightly.name
  runbook_name            = azurerm_automation_runbook.patch.name
}

resource "azurerm_automation_dsc_configuration" "baseline" {
  name                    = "baseline"
  resource_group_name     = azurerm_resource_group.ops.name
  automation_account_name = azurerm_automation_account.ops.name
  location                = azurerm_resource_group.ops.location
  content_embedded        = "configuration baseline {}"
}

# No usage: unit prices.
resource "azurerm_automation_account" "spare" {
  name                = "spare-automation"
  location            = azurerm_resource_group.ops.location
  resource_group_name = azurerm_resource_group.ops.name
  sku_name            = "Basic"
}
