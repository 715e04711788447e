"""`gluon.model_zoo.vision`: image classification networks (being written)."""
