variable "region" {
  description = "AWS region to deploy into"
  type        = string
  default     = "us-east-1"
}

variable "environment" {
  type    = string
  default = "dev"
}

variable "api_instances" {
  description = "Number of API servers"
  type        = number
  default     = 1
}

variable "api_instance_type" {
  type    = string
  default = "t3.medium"
}
