"""``mx.contrib.text``: token counting, vocabularies and token embeddings."""
from . import utils, vocab, embedding  # noqa: F401
