provider "aws" {
  region = "us-east-1"
}

resource "aws_cloudwatch_metric_alarm" "standard" {
  alarm_name          = "standard"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 60
  statistic           = "Average"
  threshold           = 80
}

resource "aws_cloudwatch_metric_alarm" "high_resolution" {
  alarm_name          = "high"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  metric_name         = "CPUUtilization"
  namespace           = "AWS/EC2"
  period              = 10
  statistic           = "Average"
  threshold           = 80
}

resource "aws_cloudwatch_metric_alarm" "expression" {
  alarm_name          = "expression"
  comparison_operator = "GreaterThanThreshold"
  evaluation_periods  = 1
  threshold           = 10
  metric_query {
    id          = "e1"
    expression  = "m2/m1*100"
    return_data = true
  }
  metric_query {
    id = "m1"
    metric {
      metric_name = "RequestCount"
      namespace   = "AWS/ApplicationELB"
      period      = 120
      stat        = "Sum"
    }
  }
  metric_query {
    id = "m2"
    metric {
      metric_name = "HTTPCode_ELB_5XX_Count"
      namespace   = "AWS/ApplicationELB"
      period      = 120
      stat        = "Sum"
    }
  }
}

resource "aws_cloudwatch_metric_alarm" "anomaly" {
  alarm_name          = "anomaly"
  comparison_operator = "GreaterThanUpperThreshold"
  evaluation_periods  = 2
  threshold_metric_id = "e1"
  metric_query {
    id         = "e1"
    expression = "ANOMALY_DETECTION_BAND(m1)"
  }
  metric_query {
    id          = "m1"
    return_data = true
    metric {
      metric_name = "CPUUtilization"
      namespace   = "AWS/EC2"
      period      = 120
      stat        = "Average"
    }
  }
}
