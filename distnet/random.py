"""`mx.random`: the global random seed (being written)."""
