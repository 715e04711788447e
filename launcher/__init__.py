"""distnet-launch: start a scheduler, servers and workers."""
