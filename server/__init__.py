"""The parameter server roles: scheduler, servers and their aggregator."""


def run_role(environ=None):
    """Run the role DMLC_ROLE names (scheduler or server) until the job ends; returns the exit status."""
    from ..base import MXNetError, message_of
    from ..ps import config
    from .node import log
    try:
        role = config.role(environ)
        if role == "worker":
            raise config.ConfigError("DMLC_ROLE=worker: a worker is your training script, not distnet.server; "
                                     "run the script (distnet-launch starts every role)")
        cfg = config.from_env(environ)
    except MXNetError as err:
        log(f"distnet.server: {message_of(err)}")
        return 2
    if role == "scheduler":
        from .scheduler import main
    else:
        from .server import main
    return main(cfg)
