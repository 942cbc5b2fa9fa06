provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "sql" {
  name     = "sql"
  location = "West Europe"
}

resource "azurerm_mssql_server" "main" {
  name                         = "main-sql"
  resource_group_name          = azurerm_resource_group.sql.name
  location                     = azurerm_resource_group.sql.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-secret"
}

# Premium 500 eDTUs, 1 TB: 1,024 − 750 included = 274 GB extra (its price is not in the snapshot).
resource "azurerm_mssql_elasticpool" "premium" {
  name                = "premium"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_mssql_server.main.name
  max_size_gb         = 1024

  sku {
    name     = "PremiumPool"
    tier     = "Premium"
    capacity = 500
  }

  per_database_settings {
    min_capacity = 0
    max_capacity = 125
  }
}

# Premium 500 eDTUs within its included 750 GB: compute only.
resource "azurerm_mssql_elasticpool" "premium_small" {
  name                = "premium-small"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_mssql_server.main.name
  max_size_gb         = 500

  sku {
    name     = "PremiumPool"
    tier     = "Premium"
    capacity = 500
  }

  per_database_settings {
    min_capacity = 0
    max_capacity = 125
  }
}

# Business Critical DC-series, 8 vCores, licence included (Azure default), 200 GB.
resource "azurerm_mssql_elasticpool" "critical" {
  name                = "critical"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_mssql_server.main.name
  max_size_gb         = 200

  sku {
    name     = "BC_DC"
    tier     = "BusinessCritical"
    family   = "DC"
    capacity = 8
  }

  per_database_settings {
    min_capacity = 0.25
    max_capacity = 4
  }
}

# General Purpose Gen5 with Azure Hybrid Benefit: compute unknown, storage priced.
resource "azurerm_mssql_elasticpool" "general" {
  name                = "general"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_mssql_server.main.name
  license_type        = "BasePrice"
  max_size_gb         = 250

  sku {
    name     = "GP_Gen5"
    tier     = "GeneralPurpose"
    family   = "Gen5"
    capacity = 4
  }

  per_database_settings {
    min_capacity = 0.25
    max_capacity = 4
  }
}

# Standard 200 eDTUs, 300 GB: 100 GB beyond the included 200 (compute price not in the snapshot).
resource "azurerm_mssql_elasticpool" "standard" {
  name                = "standard"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_mssql_server.main.name
  max_size_gb         = 300

  sku {
    name     = "StandardPool"
    tier     = "Standard"
    capacity = 200
  }

  per_database_settings {
    min_capacity = 0
    max_capacity = 50
  }
}

# Not an elastic pool SKU.
resource "azurerm_mssql_elasticpool" "typo" {
  name                = "typo"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_mssql_server.main.name
  max_size_gb         = 50

  sku {
    name     = "S3"
    tier     = "Standard"
    capacity = 100
  }

  per_database_settings {
    min_capacity = 0
    max_capacity = 100
  }
}

resource "azurerm_sql_server" "legacy" {
  name                         = "legacy-sql"
  resource_group_name          = azurerm_resource_group.sql.name
  location                     = azurerm_resource_group.sql.location
  version                      = "12.0"
  administrator_login          = "sqladmin"
  administrator_login_password = "not-a-secret"
}

# Legacy resource: Premium 500 eDTUs, pool_size 768,000 MB = 750 GB, all included.
resource "azurerm_sql_elasticpool" "legacy" {
  name                = "legacy"
  resource_group_name = azurerm_resource_group.sql.name
  location            = azurerm_resource_group.sql.location
  server_name         = azurerm_sql_server.legacy.name
  edition             = "Premium"
  dtu                 = 500
  db_dtu_min          = 0
  db_dtu_max          = 125
  pool_size           = 768000
}
