environment   = "prod"
api_instances = 3
