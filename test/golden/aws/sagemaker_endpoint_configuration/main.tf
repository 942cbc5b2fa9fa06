provider "aws" {
  region = "us-east-1"
}

resource "aws_sagemaker_endpoint_configuration" "cpu" {
  name = "cpu"
  production_variant {
    variant_name           = "main"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 2
  }
}

resource "aws_sagemaker_endpoint_configuration" "gpu" {
  name = "gpu"
  production_variant {
    variant_name           = "main"
    model_name             = "model"
    instance_type          = "ml.g5.xlarge"
    initial_instance_count = 1
  }
}

resource "aws_sagemaker_endpoint_configuration" "two_variants" {
  name = "two"
  production_variant {
    variant_name           = "gpu"
    model_name             = "model"
    instance_type          = "ml.g5.xlarge"
    initial_instance_count = 2
  }
  production_variant {
    variant_name           = "cpu"
    model_name             = "model"
    instance_type          = "ml.m5.large"
    initial_instance_count = 1
  }
}

resource "aws_sagemaker_endpoint_configuration" "serverless" {
  name = "serverless"
  production_variant {
    variant_name = "main"
    model_name   = "model"
    serverless_config {
      max_concurrency   = 5
      memory_size_in_mb = 2048
    }
  }
}
