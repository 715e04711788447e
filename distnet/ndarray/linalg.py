"""`nd.linalg`: linear algebra operators (being written)."""
