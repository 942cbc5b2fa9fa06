# A chat assistant on Azure: an App Service API, a Redis session cache, a Key Vault for its secrets and
# Azure OpenAI behind it: a pay-per-token deployment and a provisioned-throughput (PTU) one. Hover a lens
# to see what a PTU reservation costs whatever the traffic.

provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "assistant" {
  name     = "assistant-prod"
  location = "East US"
}

resource "azurerm_service_plan" "api" {
  name                = "assistant-api"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  os_type             = "Linux"
  sku_name            = "P1v3"
}

resource "azurerm_linux_web_app" "api" {
  name                = "assistant-api"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  service_plan_id     = azurerm_service_plan.api.id

  site_config {}
}

resource "azurerm_redis_cache" "sessions" {
  name                = "assistant-sessions"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  sku_name            = "Basic"
  family              = "C"
  capacity            = 1
}

resource "azurerm_key_vault" "secrets" {
  name                = "assistant-secrets"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  tenant_id           = "00000000-0000-0000-0000-000000000000"
  sku_name            = "standard"
}

resource "azurerm_cognitive_account" "openai" {
  name                = "assistant-openai"
  resource_group_name = azurerm_resource_group.assistant.name
  location            = azurerm_resource_group.assistant.location
  kind                = "OpenAI"
  sku_name            = "S0"
}

# Pay per token: the volume comes from examples/infracost-usage.yml.
resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o-mini"
    version = "2024-07-18"
  }

  sku {
    name = "Standard"
  }
}

# Reserved throughput for the premium tier: billed per PTU-hour, used or not.
resource "azurerm_cognitive_deployment" "premium" {
  name                 = "premium"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name     = "GlobalProvisionedManaged"
    capacity = 15
  }
}
