"""What workers and servers share: configuration, wire protocol, key placement."""
