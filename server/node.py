"""What the server roles share: binding a ROUTER, logging to stderr."""
import os
import socket
import sys
import threading

import zmq

from ..base import MXNetError
from ..ps import config


def bind_router(sock, cfg, port=None):
    """Bind ``sock`` at ``port`` (the scheduler's), else in DISTNET_PORT_RANGE, else any free port; returns it.

    It listens only on the address this node advertises (the scheduler: DMLC_PS_ROOT_URI, a server:
    DMLC_NODE_HOST), or on every interface with DISTNET_BIND_ALL=1.
    """
    host = bind_host(cfg, scheduler=port is not None)
    if port is not None:
        try:
            sock.bind(f"tcp://{host}:{port}")
        except zmq.ZMQError as err:
            raise MXNetError(f"cannot listen on {host}:{port} (DMLC_PS_ROOT_URI:DMLC_PS_ROOT_PORT): {err}; choose a "
                             f"free port{_bind_hint(host)}") from None
        return port
    if cfg.port_range:
        lo, hi = cfg.port_range
        try:
            # the range's first port is the scheduler's
            return sock.bind_to_random_port(f"tcp://{host}", min_port=lo + 1, max_port=hi + 1, max_tries=200)
        except zmq.ZMQBindError:
            raise MXNetError(f"no free port in DISTNET_PORT_RANGE {lo + 1}-{hi} on {host}; widen the range"
                             f"{_bind_hint(host)}") from None
    try:
        sock.bind(f"tcp://{host}:0")
    except zmq.ZMQError as err:
        raise MXNetError(f"cannot listen on {host} (DMLC_NODE_HOST, the address this server advertises): {err}"
                         f"{_bind_hint(host)}") from None
    return int(sock.getsockopt_string(zmq.LAST_ENDPOINT).rsplit(":", 1)[1])


def bind_host(cfg, scheduler, environ=None):
    """The IPv4 address to listen on: the advertised one, or 0.0.0.0 with DISTNET_BIND_ALL=1."""
    environ = os.environ if environ is None else environ
    flag = environ.get(config.DISTNET_BIND_ALL, "").strip()
    if flag not in ("", "0", "1"):
        raise config.ConfigError(f"{config.DISTNET_BIND_ALL}={flag!r} is not 0 or 1")
    if flag == "1":
        return "0.0.0.0"
    name = cfg.root_uri if scheduler else cfg.node_host
    try:
        return socket.gethostbyname(name)
    except OSError as err:
        what = "DMLC_PS_ROOT_URI" if scheduler else "DMLC_NODE_HOST"
        raise MXNetError(f"cannot resolve {name!r} ({what}), the address to listen on: {err}") from None


def _bind_hint(host):
    if host == "0.0.0.0":
        return ""
    return (f"; if {host} is not an address of this machine, advertise one that is, or set "
            f"{config.DISTNET_BIND_ALL}=1 to listen on every interface")


def log(message):
    """One line on stderr (the launcher prefixes it with the role and rank)."""
    print(message, file=sys.stderr, flush=True)



TERM_GRACE = 5.0        # seconds past the sockets' linger that ending the ZeroMQ context may take


def shut_down(ctx, guard, sockets, linger, name, status):
    """Close ``sockets`` (pending sends get ``linger`` seconds), the guard and the context, bounded: should
    that still run TERM_GRACE seconds later (a libzmq hang), say so and end the process with ``status``, so
    a node that decided to stop always goes away."""
    ended = threading.Event()

    def watchdog():
        if not ended.wait(linger + TERM_GRACE):
            log(f"{name}: ZeroMQ did not shut down within {linger + TERM_GRACE:g} s of closing the sockets; "
                f"exiting without it")
            os._exit(status)
    threading.Thread(target=watchdog, name="shutdown watchdog", daemon=True).start()
    for sock in sockets:
        sock.close(linger=int(linger * 1000))
    guard.close()
    ctx.term()
    ended.set()
