"""The worker side of the distributed kvstores."""
