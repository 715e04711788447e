"""distnet: an MXNet 1.x-compatible deep learning system with a ZeroMQ parameter server."""
