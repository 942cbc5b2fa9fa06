provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ai" {
  name     = "ai"
  location = "East US"
}

resource "azurerm_cognitive_account" "openai" {
  name                = "shop-openai"
  resource_group_name = azurerm_resource_group.ai.name
  location            = azurerm_resource_group.ai.location
  kind                = "OpenAI"
  sku_name            = "S0"
}

# Regional Standard deployment, tokens from the usage file.
resource "azurerm_cognitive_deployment" "chat" {
  name                 = "chat"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "Standard"
  }
}

# No usage: the lens shows the unit price.
resource "azurerm_cognitive_deployment" "mini" {
  name                 = "mini"
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

resource "azurerm_cognitive_deployment" "embeddings" {
  name                 = "embeddings"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "text-embedding-3-large"
    version = "1"
  }

  sku {
    name = "Standard"
  }
}

resource "azurerm_cognitive_deployment" "ptu" {
  name                 = "ptu"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name     = "ProvisionedManaged"
    capacity = 50
  }
}

resource "azurerm_cognitive_deployment" "global_ptu" {
  name                 = "global-ptu"
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

# GlobalStandard token prices are not in the snapshot.
resource "azurerm_cognitive_deployment" "global" {
  name                 = "global"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-08-06"
  }

  sku {
    name = "GlobalStandard"
  }
}

# A version without a price row.
resource "azurerm_cognitive_deployment" "newer" {
  name                 = "newer"
  cognitive_account_id = azurerm_cognitive_account.openai.id

  model {
    format  = "OpenAI"
    name    = "gpt-4o"
    version = "2024-11-20"
  }

  sku {
    name = "Standard"
  }
}

resource "azurerm_cognitive_account" "speech" {
  name                = "shop-speech"
  resource_group_name = azurerm_resource_group.ai.name
  location            = "West Europe"
  kind                = "SpeechServices"
  sku_name            = "S0"
}

resource "azurerm_cognitive_account" "language" {
  name                = "shop-language"
  resource_group_name = azurerm_resource_group.ai.name
  location            = "West Europe"
  kind                = "TextAnalytics"
  sku_name            = "S"
}
