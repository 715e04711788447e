"""``mx._ctypes``: where MXNet keeps the classes its C handles back (``mx.nd.CachedOp``)."""
