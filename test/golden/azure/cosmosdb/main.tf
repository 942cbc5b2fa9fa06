provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "data" {
  name     = "data"
  location = "eastus"
}

# One location (westus), analytical store, periodic backup every 4 h kept 16 h (4 copies, 2 free).
resource "azurerm_cosmosdb_account" "app" {
  name                       = "app"
  resource_group_name        = azurerm_resource_group.data.name
  location                   = azurerm_resource_group.data.location
  offer_type                 = "Standard"
  analytical_storage_enabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westus"
    failover_priority = 0
  }

  backup {
    type                = "Periodic"
    interval_in_minutes = 240
    retention_in_hours  = 16
  }
}

# Two locations, the second zone redundant; continuous backup (30-day tier by default).
resource "azurerm_cosmosdb_account" "global" {
  name                = "global"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  offer_type          = "Standard"

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westus"
    failover_priority = 0
  }

  geo_location {
    location          = "centralus"
    failover_priority = 1
    zone_redundant    = true
  }

  backup {
    type = "Continuous"
  }
}

# Multi-region writes in East US; default periodic backup (8 h / 4 h: the two free copies).
resource "azurerm_cosmosdb_account" "writes" {
  name                             = "writes"
  resource_group_name              = azurerm_resource_group.data.name
  location                         = azurerm_resource_group.data.location
  offer_type                       = "Standard"
  multiple_write_locations_enabled = true

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "eastus"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_account" "serverless" {
  name                = "serverless"
  resource_group_name = azurerm_resource_group.data.name
  location            = azurerm_resource_group.data.location
  offer_type          = "Standard"

  capabilities {
    name = "EnableServerless"
  }

  consistency_policy {
    consistency_level = "Session"
  }

  geo_location {
    location          = "westus"
    failover_priority = 0
  }
}

resource "azurerm_cosmosdb_sql_database" "orders" {
  name                = "orders"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.global.name
  throughput          = 500
}

resource "azurerm_cosmosdb_sql_container" "events" {
  name                = "events"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.global.name
  database_name       = azurerm_cosmosdb_sql_database.orders.name
  partition_key_paths = ["/id"]

  autoscale_settings {
    max_throughput = 6000
  }
}

resource "azurerm_cosmosdb_mongo_database" "catalog" {
  name                = "catalog"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.app.name
  throughput          = 400
}

# Autoscale without a utilisation in the usage file: the unit price is shown.
resource "azurerm_cosmosdb_mongo_collection" "products" {
  name                = "products"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.app.name
  database_name       = azurerm_cosmosdb_mongo_database.catalog.name

  autoscale_settings {
    max_throughput = 4000
  }
}

resource "azurerm_cosmosdb_gremlin_database" "graph" {
  name                = "graph"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.writes.name
  throughput          = 1000
}

# Shares the database's throughput.
resource "azurerm_cosmosdb_gremlin_graph" "people" {
  name                = "people"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.writes.name
  database_name       = azurerm_cosmosdb_gremlin_database.graph.name
  partition_key_path  = "/id"
}

resource "azurerm_cosmosdb_cassandra_keyspace" "metrics" {
  name                = "metrics"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.serverless.name
}

resource "azurerm_cosmosdb_cassandra_keyspace" "timeseries" {
  name                = "timeseries"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = azurerm_cosmosdb_account.app.name
}

# Reaches its account (app, westus) through its keyspace.
resource "azurerm_cosmosdb_cassandra_table" "samples" {
  name                  = "samples"
  cassandra_keyspace_id = azurerm_cosmosdb_cassandra_keyspace.timeseries.id
  throughput            = 400

  schema {
    column {
      name = "id"
      type = "ascii"
    }
    partition_key {
      name = "id"
    }
  }
}

# account_name is a literal: the account is not resolved.
resource "azurerm_cosmosdb_table" "audit" {
  name                = "audit"
  resource_group_name = azurerm_resource_group.data.name
  account_name        = "some-other-account"
  throughput          = 400
}
