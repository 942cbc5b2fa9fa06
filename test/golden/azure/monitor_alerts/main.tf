provider "azurerm" {
  features {}
}

resource "azurerm_resource_group" "ops" {
  name     = "ops"
  location = "East US"
}

resource "azurerm_resource_group" "logs" {
  name     = "logs"
  location = "West Europe"
}

variable "vm_ids" {
  type = list(string)
  default = [
    "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Compute/virtualMachines/web1",
    "/subscriptions/0000/resourceGroups/app/providers/Microsoft.Compute/virtualMachines/web2",
  ]
}

resource "azurerm_monitor_action_group" "oncall" {
  name                = "oncall"
  resource_group_name = azurerm_resource_group.ops.name
  short_name          = "oncall"
}

# Emails, SMS (US and Spain), a voice call to China and two web hooks (one secured with Entra ID), with usage.
resource "azurerm_monitor_action_group" "pager" {
  name                = "pager"
  resource_group_name = azurerm_resource_group.ops.name
  short_name          = "pager"

  email_receiver {
    name          = "ops"
    email_address = "ops@example.com"
  }

  email_receiver {
    name          = "lead"
    email_address = "lead@example.com"
  }

  sms_receiver {
    name         = "us-oncall"
    country_code = "1"
    phone_number = "5555550100"
  }

  sms_receiver {
    name         = "es-oncall"
    country_code = "34"
    phone_number = "600000000"
  }

  voice_receiver {
    name         = "cn-support"
    country_code = "86"
    phone_number = "13800000000"
  }

  webhook_receiver {
    name        = "chatops"
    service_uri = "https://chat.example.com/hook"
  }

  webhook_receiver {
    name        = "secured"
    service_uri = "https://api.example.com/alerts"

    aad_auth {
      object_id = "00000000-0000-0000-0000-000000000000"
    }
  }
}

# A push receiver without usage: shown at its unit price.
resource "azurerm_monitor_action_group" "app" {
  name                = "app"
  resource_group_name = azurerm_resource_group.ops.name
  short_name          = "app"

  azure_app_push_receiver {
    name          = "mobile"
    email_address = "ops@example.com"
  }
}

# A voice receiver in a country whose price is not in the snapshot.
resource "azurerm_monitor_action_group" "uk" {
  name                = "uk"
  resource_group_name = azurerm_resource_group.ops.name
  short_name          = "uk"

  voice_receiver {
    name         = "uk-support"
    country_code = "44"
    phone_number = "7700900000"
  }
}

# Two VMs, one criterion without dimensions and one with two dimension blocks: 2 × (1 + 2) = 6 time series.
resource "azurerm_monitor_metric_alert" "cpu" {
  name                = "cpu"
  resource_group_name = azurerm_resource_group.ops.name
  scopes              = var.vm_ids

  criteria {
    metric_namespace = "Microsoft.Compute/virtualMachines"
    metric_name      = "Percentage CPU"
    aggregation      = "Average"
    operator         = "GreaterThan"
    threshold        = 80
  }

  criteria {
    metric_namespace = "Microsoft.Compute/virtualMachines"
    metric_name      = "Disk Read Bytes"
    aggregation      = "Total"
    operator         = "GreaterThan"
    threshold        = 1000000

    dimension {
      name     = "LUN"
      operator = "Include"
      values   = ["0"]
    }

    dimension {
      name     = "LUN"
      operator = "Include"
      values   = ["1"]
    }
  }

  action {
    action_group_id = azurerm_monitor_action_group.oncall.id
  }
}

# One scope, dynamic thresholds with one dimension: 1 time series, billed for monitoring and the dynamic threshold.
resource "azurerm_monitor_metric_alert" "latency" {
  name                = "latency"
  resource_group_name = azurerm_resource_group.ops.name
  scopes              = ["/subscriptions/0000/resourceGroups/app/providers/Microsoft.Web/sites/shop"]

  dynamic_criteria {
    metric_namespace  = "Microsoft.Web/sites"
    metric_name       = "HttpResponseTime"
    aggregation       = "Average"
    operator          = "GreaterThan"
    alert_sensitivity = "Medium"

    dimension {
      name     = "Instance"
      operator = "Include"
      values   = ["*"]
    }
  }
}

resource "azurerm_monitor_metric_alert" "paused" {
  name                = "paused"
  resource_group_name = azurerm_resource_group.ops.name
  scopes              = var.vm_ids
  enabled             = false

  criteria {
    metric_namespace = "Microsoft.Compute/virtualMachines"
    metric_name      = "Percentage CPU"
    aggregation      = "Average"
    operator         = "GreaterThan"
    threshold        = 95
  }
}

# Log alert every 5 minutes, one scope, three dimension blocks: the rule plus 2 additional time series.
resource "azurerm_monitor_scheduled_query_rules_alert_v2" "errors" {
  name                 = "errors"
  resource_group_name  = azurerm_resource_group.logs.name
  location             = azurerm_resource_group.logs.location
  evaluation_frequency = "PT5M"
  window_duration      = "PT5M"
  scopes               = ["/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/main"]
  severity             = 2

  criteria {
    query                   = "AppExceptions | summarize count() by AppRoleName, ClientCountryOrRegion, Type"
    time_aggregation_method = "Count"
    threshold               = 10
    operator                = "GreaterThan"

    dimension {
      name     = "AppRoleName"
      operator = "Include"
      values   = ["*"]
    }

    dimension {
      name     = "ClientCountryOrRegion"
      operator = "Include"
      values   = ["*"]
    }

    dimension {
      name     = "Type"
      operator = "Include"
      values   = ["*"]
    }
  }
}

# Hourly evaluation bills at the 15-minute tier.
resource "azurerm_monitor_scheduled_query_rules_alert_v2" "daily" {
  name                 = "daily"
  resource_group_name  = azurerm_resource_group.logs.name
  location             = azurerm_resource_group.logs.location
  evaluation_frequency = "PT1H"
  window_duration      = "PT1H"
  scopes               = ["/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/main"]
  severity             = 3

  criteria {
    query                   = "Heartbeat | summarize count()"
    time_aggregation_method = "Count"
    threshold               = 1
    operator                = "LessThan"
  }
}

# Legacy (v1) rule with a 1-minute frequency.
resource "azurerm_monitor_scheduled_query_rules_alert" "legacy" {
  name                = "legacy"
  location            = azurerm_resource_group.logs.location
  resource_group_name = azurerm_resource_group.logs.name
  data_source_id      = "/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/main"
  query               = "requests | where resultCode >= 500"
  frequency           = 1
  time_window         = 5
  severity            = 1

  action {
    action_group = [azurerm_monitor_action_group.oncall.id]
  }

  trigger {
    operator  = "GreaterThan"
    threshold = 3
  }
}

# Not an ISO 8601 duration: unknown.
resource "azurerm_monitor_scheduled_query_rules_alert_v2" "typo" {
  name                 = "typo"
  resource_group_name  = azurerm_resource_group.logs.name
  location             = azurerm_resource_group.logs.location
  evaluation_frequency = "5 minutes"
  window_duration      = "PT5M"
  scopes               = ["/subscriptions/0000/resourceGroups/logs/providers/Microsoft.OperationalInsights/workspaces/main"]
  severity             = 3

  criteria {
    query                   = "Heartbeat | summarize count()"
    time_aggregation_method = "Count"
    threshold               = 1
    operator                = "LessThan"
  }
}
