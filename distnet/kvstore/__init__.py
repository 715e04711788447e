"""`mx.kv`: key-value stores for gradients and weights (being written)."""
