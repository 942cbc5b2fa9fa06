variable "name" {
  type = string
}

variable "instance_type" {
  type    = string
  default = "t3.micro"
}

variable "replicas" {
  type    = number
  default = 1
}

resource "aws_instance" "this" {
  count         = var.replicas
  ami           = "ami-0c02fb55956c7d316"
  instance_type = var.instance_type

  tags = {
    Name = "${var.name}-${count.index}"
  }
}
