provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "analytics" {
  name     = "analytics"
  location = "eastus"
}

resource "azurerm_databricks_workspace" "etl" {
  name                = "etl-dbw"
  resource_group_name = azurerm_resource_group.analytics.name
  location            = azurerm_resource_group.analytics.location
  sku                 = "premium"
}

resource "azurerm_databricks_workspace" "sandbox" {
  name                = "sandbox-dbw"
  resource_group_name = azurerm_resource_group.analytics.name
  location            = azurerm_resource_group.analytics.location
  sku                 = "standard"
}

resource "azurerm_databricks_workspace" "eval" {
  name                = "eval-dbw"
  resource_group_name = azurerm_resource_group.analytics.name
  location            = azurerm_resource_group.analytics.location
  sku                 = "trial"
}

resource "azurerm_databricks_access_connector" "uc" {
  name                = "uc-connector"
  resource_group_name = azurerm_resource_group.analytics.name
  location            = azurerm_resource_group.analytics.location

  identity {
    type = "SystemAssigned"
  }
}

# A tier name that is not Databricks': unknown.
resource "azurerm_databricks_workspace" "typo" {
  name                = "typo-dbw"
  resource_group_name = azurerm_resource_group.analytics.name
  location            = azurerm_resource_group.analytics.location
  sku                 = "enterprise"
}
