"""`gluon.model_zoo`: predefined networks (being written)."""
