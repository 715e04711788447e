"""What the server roles share: binding a ROUTER, logging to stderr."""
import sys

import zmq

from ..base import MXNetError


def bind_router(sock, cfg, port=None):
    """Bind ``sock`` on every interface: at ``port``, else in DISTNET_PORT_RANGE, else any free port; returns it."""
    if port is not None:
        try:
            sock.bind(f"tcp://0.0.0.0:{port}")
        except zmq.ZMQError as err:
            raise MXNetError(f"cannot listen on port {port} (DMLC_PS_ROOT_PORT): {err}; choose a free port") from None
        return port
    if cfg.port_range:
        lo, hi = cfg.port_range
        try:
            # the range's first port is the scheduler's
            return sock.bind_to_random_port("tcp://0.0.0.0", min_port=lo + 1, max_port=hi + 1, max_tries=200)
        except zmq.ZMQBindError:
            raise MXNetError(f"no free port in DISTNET_PORT_RANGE {lo + 1}-{hi}; widen the range") from None
    sock.bind("tcp://0.0.0.0:0")
    return int(sock.getsockopt_string(zmq.LAST_ENDPOINT).rsplit(":", 1)[1])


def log(message):
    """One line on stderr (the launcher prefixes it with the role and rank)."""
    print(message, file=sys.stderr, flush=True)
