provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "apps" {
  name     = "apps"
  location = "West Europe"
}

# Consumption only: no charge of its own.
resource "azurerm_container_app_environment" "shared" {
  name                = "shared"
  location            = azurerm_resource_group.apps.location
  resource_group_name = azurerm_resource_group.apps.name
}

# Dedicated D4 profile kept at one instance: instance prices unknown, management fee priced.
resource "azurerm_container_app_environment" "dedicated" {
  name                = "dedicated"
  location            = azurerm_resource_group.apps.location
  resource_group_name = azurerm_resource_group.apps.name

  workload_profile {
    name                  = "Consumption"
    workload_profile_type = "Consumption"
  }

  workload_profile {
    name                  = "general"
    workload_profile_type = "D4"
    minimum_count         = 1
    maximum_count         = 3
  }
}

# A dedicated profile that can scale to zero: only the management fee.
resource "azurerm_container_app_environment" "burst" {
  name                = "burst"
  location            = azurerm_resource_group.apps.location
  resource_group_name = azurerm_resource_group.apps.name

  workload_profile {
    name                  = "batch"
    workload_profile_type = "E4"
    minimum_count         = 0
    maximum_count         = 5
  }
}

# Two containers (0.75 vCPU, 1.5 GiB) with request usage.
resource "azurerm_container_app" "api" {
  name                         = "api"
  container_app_environment_id = azurerm_container_app_environment.shared.id
  resource_group_name          = azurerm_resource_group.apps.name
  revision_mode                = "Single"

  template {
    container {
      name   = "api"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.5
      memory = "1Gi"
    }

    container {
      name   = "sidecar"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.25
      memory = "0.5Gi"
    }
  }
}

# No usage: unit prices only.
resource "azurerm_container_app" "worker" {
  name                         = "worker"
  container_app_environment_id = azurerm_container_app_environment.shared.id
  resource_group_name          = azurerm_resource_group.apps.name
  revision_mode                = "Single"

  template {
    container {
      name   = "worker"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 1
      memory = "2Gi"
    }
  }
}

# One replica always warm: its idle time has no price in the snapshot.
resource "azurerm_container_app" "warm" {
  name                         = "warm"
  container_app_environment_id = azurerm_container_app_environment.shared.id
  resource_group_name          = azurerm_resource_group.apps.name
  revision_mode                = "Single"

  template {
    min_replicas = 1

    container {
      name   = "warm"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 0.5
      memory = "1Gi"
    }
  }
}

# On the dedicated profile: billed on its environment.
resource "azurerm_container_app" "pinned" {
  name                         = "pinned"
  container_app_environment_id = azurerm_container_app_environment.dedicated.id
  resource_group_name          = azurerm_resource_group.apps.name
  revision_mode                = "Single"
  workload_profile_name        = "general"

  template {
    container {
      name   = "pinned"
      image  = "mcr.microsoft.com/k8se/quickstart:latest"
      cpu    = 2
      memory = "8Gi"
    }
  }
}
