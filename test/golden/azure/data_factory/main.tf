provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "data" {
  name     = "data"
  location = "West Europe"
}

resource "azurerm_data_factory" "ingest" {
  name                = "ingest-adf"
  location            = azurerm_resource_group.data.location
  resource_group_name = azurerm_resource_group.data.name
}

resource "azurerm_data_factory_pipeline" "copy" {
  name            = "copy-orders"
  data_factory_id = azurerm_data_factory.ingest.id
}

# Azure IR with data flows: 16 memory-optimized vCores for 40 hours, plus copy and pipeline activity.
resource "azurerm_data_factory_integration_runtime_azure" "flows" {
  name            = "flows-ir"
  data_factory_id = azurerm_data_factory.ingest.id
  location        = azurerm_resource_group.data.location
  compute_type    = "MemoryOptimized"
  core_count      = 16
}

# Azure IR with the provider defaults (General, 8 vCores) and no usage: unit prices.
resource "azurerm_data_factory_integration_runtime_azure" "default" {
  name            = "default-ir"
  data_factory_id = azurerm_data_factory.ingest.id
  location        = azurerm_resource_group.data.location
}

# No location of its own: runs where its factory is.
resource "azurerm_data_factory_integration_runtime_self_hosted" "onprem" {
  name            = "onprem-ir"
  data_factory_id = azurerm_data_factory.ingest.id
}

resource "azurerm_data_factory_integration_runtime_azure" "legacy" {
  name            = "legacy-ir"
  data_factory_id = azurerm_data_factory.ingest.id
  location        = azurerm_resource_group.data.location
  compute_type    = "Turbo"
}

# Azure-SSIS, 2 nodes with the provider defaults (Standard edition, licence included).
resource "azurerm_data_factory_integration_runtime_azure_ssis" "packages" {
  name            = "packages-ssis"
  data_factory_id = azurerm_data_factory.ingest.id
  location        = azurerm_resource_group.data.location
  node_size       = "Standard_D8_v3"
  number_of_nodes = 2
}

# Azure Hybrid Benefit on D1_v2: the price is not in the snapshot.
resource "azurerm_data_factory_integration_runtime_azure_ssis" "ahb" {
  name            = "ahb-ssis"
  data_factory_id = azurerm_data_factory.ingest.id
  location        = azurerm_resource_group.data.location
  node_size       = "Standard_D1_v2"
  license_type    = "BasePrice"
}
