provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "bigdata" {
  name     = "bigdata"
  location = "West Europe"
}

resource "azurerm_storage_account" "hdi" {
  name                     = "bigdatahdi"
  resource_group_name      = azurerm_resource_group.bigdata.name
  location                 = azurerm_resource_group.bigdata.location
  account_tier             = "Standard"
  account_replication_type = "LRS"
}

resource "azurerm_storage_container" "hdi" {
  name                  = "hdinsight"
  storage_account_name  = azurerm_storage_account.hdi.name
  container_access_type = "private"
}

# Kafka, Premium tier: 3 workers with 2 P30 disks each.
resource "azurerm_hdinsight_kafka_cluster" "events" {
  name                = "events-kafka"
  resource_group_name = azurerm_resource_group.bigdata.name
  location            = azurerm_resource_group.bigdata.location
  cluster_version     = "4.0"
  tier                = "Premium"

  component_version {
    kafka = "2.4"
  }

  gateway {
    username = "gwadmin"
    password = "Example-Passw0rd!"
  }

  storage_account {
    storage_container_id = azurerm_storage_container.hdi.id
    storage_account_key  = azurerm_storage_account.hdi.primary_access_key
    is_default           = true
  }

  roles {
    head_node {
      vm_size  = "Standard_F2s_V2"
      username = "hdiadmin"
      password = "Example-Passw0rd!"
    }

    worker_node {
      vm_size                  = "Standard_D3_V2"
      username                 = "hdiadmin"
      password                 = "Example-Passw0rd!"
      number_of_disks_per_node = 2
      target_instance_count    = 3
    }

    zookeeper_node {
      vm_size  = "Standard_F32s_V2"
      username = "hdiadmin"
      password = "Example-Passw0rd!"
    }
  }
}

resource "azurerm_hdinsight_spark_cluster" "etl" {
  name                = "etl-spark"
  resource_group_name = azurerm_resource_group.bigdata.name
  location            = azurerm_resource_group.bigdata.location
  cluster_version     = "4.0"
  tier                = "Standard"

  component_version {
    spark = "3.1"
  }

  gateway {
    username = "gwadmin"
    password = "Example-Passw0rd!"
  }

  storage_account {
    storage_container_id = azurerm_storage_container.hdi.id
    storage_account_key  = azurerm_storage_account.hdi.primary_access_key
    is_default           = true
  }

  roles {
    head_node {
      vm_size  = "Standard_E2s_V3"
      username = "hdiadmin"
      password = "Example-Passw0rd!"
    }

    worker_node {
      vm_size               = "Standard_E64is_V3"
      username              = "hdiadmin"
      password              = "Example-Passw0rd!"
      target_instance_count = 2
    }

    zookeeper_node {
      vm_size  = "Standard_G2"
      username = "hdiadmin"
      password = "Example-Passw0rd!"
    }
  }
}

# Hadoop with an edge node; its workers' size is not in the snapshot: unknown.
resource "azurerm_hdinsight_hadoop_cluster" "batch" {
  name                = "batch-hadoop"
  resource_group_name = azurerm_resource_group.bigdata.name
  location            = azurerm_resource_group.bigdata.location
  cluster_version     = "4.0"
  tier                = "Standard"

  component_version {
    hadoop = "3.1"
  }

  gateway {
    username = "gwadmin"
    password = "Example-Passw0rd!"
  }

  storage_account {
    storage_container_id = azurerm_storage_container.hdi.id
    storage_account_key  = azurerm_storage_account.hdi.primary_access_key
    is_default           = true
  }

  roles {
    head_node {
      vm_size  = "Standard_D3_V2"
      username = "hdiadmin"
      password = "Example-Passw0rd!"
    }

    worker_node {
      vm_size               = "Standard_D13_V2"
      username              = "hdiadmin"
      password              = "Example-Passw0rd!"
      target_instance_count = 4
    }

    zookeeper_node {
      vm_size  = "Standard_D3_V2"
      username = "hdiadmin"
      password = "Example-Passw0rd!"
    }

    edge_node {
      vm_size               = "Standard_D3_V2"
      target_instance_count = 1
    }
  }
}
