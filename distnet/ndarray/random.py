"""`nd.random`: random sampling operators (being written)."""
