"""`nd.contrib`: contributed operators (being written)."""
