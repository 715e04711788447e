"""Every environment variable of a distributed job, read and checked in this one place."""
import dataclasses
import os
import socket

from ..base import MXNetError, located

DMLC_ROLE = "DMLC_ROLE"
DMLC_PS_ROOT_URI = "DMLC_PS_ROOT_URI"
DMLC_PS_ROOT_PORT = "DMLC_PS_ROOT_PORT"
DMLC_NUM_SERVER = "DMLC_NUM_SERVER"
DMLC_NUM_WORKER = "DMLC_NUM_WORKER"
DMLC_NODE_HOST = "DMLC_NODE_HOST"
DMLC_INTERFACE = "DMLC_INTERFACE"
MXNET_KVSTORE_BIGARRAY_BOUND = "MXNET_KVSTORE_BIGARRAY_BOUND"
DISTNET_PORT_RANGE = "DISTNET_PORT_RANGE"
DISTNET_CONNECT_TIMEOUT = "DISTNET_CONNECT_TIMEOUT"
DISTNET_STARTUP_TIMEOUT = "DISTNET_STARTUP_TIMEOUT"
DISTNET_HEARTBEAT_INTERVAL = "DISTNET_HEARTBEAT_INTERVAL"
DISTNET_HEARTBEAT_TIMEOUT = "DISTNET_HEARTBEAT_TIMEOUT"
DISTNET_REQUEST_TIMEOUT = "DISTNET_REQUEST_TIMEOUT"
# The cluster secret (CURVE keys are derived from it, see distnet.ps.auth), or a file holding it.
DISTNET_SECRET = "DISTNET_SECRET"
DISTNET_SECRET_FILE = "DISTNET_SECRET_FILE"
# "1": servers and the scheduler listen on every interface, not only the address they advertise.
DISTNET_BIND_ALL = "DISTNET_BIND_ALL"
# A server's or worker's index among its role's processes as the launcher started them: its rank, and its label.
DISTNET_LAUNCH_INDEX = "DISTNET_LAUNCH_INDEX"

# The launcher passes every variable with one of these prefixes on to the job's processes.
FORWARDED_PREFIXES = ("DISTNET_", "MXNET_")
ROLES = ("scheduler", "server", "worker")

# name -> (default seconds, what it bounds)
TIMEOUTS = {
    DISTNET_CONNECT_TIMEOUT: (10.0, "how long a node tries to reach the scheduler"),
    DISTNET_STARTUP_TIMEOUT: (60.0, "how long the scheduler waits for every node to register"),
    DISTNET_HEARTBEAT_INTERVAL: (1.0, "how often a node tells the scheduler it is alive"),
    DISTNET_HEARTBEAT_TIMEOUT: (30.0, "how long a silent node lives before it is declared dead"),
    DISTNET_REQUEST_TIMEOUT: (300.0, "how long a worker waits for a server's reply"),
}
DEFAULT_BIGARRAY_BOUND = 1000 * 1000


class ConfigError(MXNetError):
    """A missing or malformed job variable."""


@dataclasses.dataclass(frozen=True)
class Config:
    """One process's view of the job, from its environment."""
    role: str
    root_uri: str
    root_port: int
    num_server: int
    num_worker: int
    node_host: str
    bigarray_bound: int = DEFAULT_BIGARRAY_BOUND
    port_range: tuple = None
    connect_timeout: float = 10.0
    startup_timeout: float = 60.0
    heartbeat_interval: float = 1.0
    heartbeat_timeout: float = 30.0
    request_timeout: float = 300.0
    launch_index: int = -1            # -1: started by hand, ranked in order of registration

    @property
    def root_address(self):
        """The scheduler's ZeroMQ address."""
        return f"tcp://{self.root_uri}:{self.root_port}"


def role(environ=None):
    """DMLC_ROLE (default 'worker'), checked."""
    environ = os.environ if environ is None else environ
    value = environ.get(DMLC_ROLE, "worker")
    if value not in ROLES:
        raise ConfigError(f"{DMLC_ROLE}={value!r} is not a role; set it to one of {', '.join(ROLES)}")
    return value


# The variables ps-lite checks first, at these lines of its postoffice.cc; MXNet prints the checks' words alone
_POSTOFFICE = "../3rdparty/ps-lite/src/postoffice.cc"
_POSTOFFICE_CHECKS = ((DMLC_NUM_WORKER, 20), (DMLC_NUM_SERVER, 22), (DMLC_ROLE, 24))


def from_env(environ=None):
    """The job's Config from ``environ`` (default os.environ); a clear error for anything wrong."""
    environ = os.environ if environ is None else environ
    for name, line in _POSTOFFICE_CHECKS:
        if not environ.get(name, "").strip():
            raise located(ConfigError(f'Check  notnull: Environment::Get()->find("{name}") '), (_POSTOFFICE, line))
    for name in (DMLC_PS_ROOT_URI, DMLC_PS_ROOT_PORT):      # (MXNet's worker dies of these checks)
        _required(environ, name)
    root_uri = _required(environ, DMLC_PS_ROOT_URI)
    timeouts = {name: _positive_float(environ, name, default) for name, (default, _) in TIMEOUTS.items()}
    if timeouts[DISTNET_HEARTBEAT_TIMEOUT] <= timeouts[DISTNET_HEARTBEAT_INTERVAL]:
        raise ConfigError(f"{DISTNET_HEARTBEAT_TIMEOUT}={timeouts[DISTNET_HEARTBEAT_TIMEOUT]:g} must exceed "
                          f"{DISTNET_HEARTBEAT_INTERVAL}={timeouts[DISTNET_HEARTBEAT_INTERVAL]:g}, or every node "
                          "would be declared dead between two heartbeats")
    return Config(
        role=role(environ), root_uri=root_uri,
        root_port=_int(environ, DMLC_PS_ROOT_PORT, None, 1, 65535),
        num_server=_int(environ, DMLC_NUM_SERVER, None, 1),
        num_worker=_int(environ, DMLC_NUM_WORKER, None, 1),
        node_host=node_host(environ, root_uri),
        bigarray_bound=_int(environ, MXNET_KVSTORE_BIGARRAY_BOUND, DEFAULT_BIGARRAY_BOUND, 1),
        port_range=port_range(environ),
        connect_timeout=timeouts[DISTNET_CONNECT_TIMEOUT],
        startup_timeout=timeouts[DISTNET_STARTUP_TIMEOUT],
        heartbeat_interval=timeouts[DISTNET_HEARTBEAT_INTERVAL],
        heartbeat_timeout=timeouts[DISTNET_HEARTBEAT_TIMEOUT],
        request_timeout=timeouts[DISTNET_REQUEST_TIMEOUT],
        launch_index=_int(environ, DISTNET_LAUNCH_INDEX, -1, 0))


def port_range(environ):
    """DISTNET_PORT_RANGE 'LO-HI' as (lo, hi), or None when unset."""
    text = environ.get(DISTNET_PORT_RANGE, "").strip()
    if not text:
        return None
    lo, sep, hi = text.partition("-")
    if not (sep and lo.isdigit() and hi.isdigit() and 1 <= int(lo) <= int(hi) <= 65535):
        raise ConfigError(f"{DISTNET_PORT_RANGE}={text!r} is not LO-HI with 1 <= LO <= HI <= 65535; "
                          "write e.g. 9100-9199")
    return int(lo), int(hi)


def node_host(environ, root_uri="127.0.0.1"):
    """The address this node advertises: DMLC_NODE_HOST, else DMLC_INTERFACE's, else the route to the root."""
    host = environ.get(DMLC_NODE_HOST, "").strip()
    if host:
        return host
    interface = environ.get(DMLC_INTERFACE, "").strip()
    if interface:
        return _interface_address(interface)
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            s.connect((root_uri, 9))          # UDP: no packet is sent, only a route chosen
            return s.getsockname()[0]
    except OSError:
        return "127.0.0.1"


def _interface_address(name):
    """The IPv4 address of network interface ``name``."""
    import fcntl
    import struct
    try:
        with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as s:
            packed = fcntl.ioctl(s.fileno(), 0x8915, struct.pack("256s", name[:15].encode()))  # SIOCGIFADDR
    except OSError as err:
        raise ConfigError(f"{DMLC_INTERFACE}={name!r}: cannot read its IPv4 address ({err}); name an interface "
                          f"from `ip addr` or set {DMLC_NODE_HOST} instead") from None
    return socket.inet_ntoa(packed[20:24])


def _required(environ, name):
    value = environ.get(name, "").strip()
    if not value:
        raise ConfigError(f'Check  notnull: Environment::Get()->find("{name}") : {name} is not set; a distributed '
                          f"kvstore needs {DMLC_PS_ROOT_URI}, {DMLC_PS_ROOT_PORT}, {DMLC_NUM_SERVER} and "
                          f"{DMLC_NUM_WORKER} (start the job with distnet-launch)")
    return value


def _int(environ, name, default, low, high=None):
    text = environ.get(name, "").strip()
    if not text:
        if default is None:
            _required(environ, name)
        return default
    try:
        value = int(text)
    except ValueError:
        value = None
    if value is None or value < low or (high is not None and value > high):
        bound = f"between {low} and {high}" if high is not None else f">= {low}"
        raise ConfigError(f"{name}={text!r} is not an integer {bound}")
    return value


def _positive_float(environ, name, default):
    text = environ.get(name, "").strip()
    if not text:
        return default
    try:
        value = float(text)
    except ValueError:
        value = -1.0
    if not value > 0 or value == float("inf"):
        raise ConfigError(f"{name}={text!r} is not a positive number of seconds ({TIMEOUTS[name][1]})")
    return value
