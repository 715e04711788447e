"""The parameter server roles: scheduler, servers and their aggregator."""
