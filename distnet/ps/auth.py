"""Cluster authentication and encryption: ZeroMQ CURVE keys derived from the job's shared secret.

With a secret (``DISTNET_SECRET``, or the contents of ``DISTNET_SECRET_FILE``) every socket of the
job uses CURVE: the scheduler's and the servers' ROUTERs are CURVE servers, every DEALER is a CURVE
client, and a ZAP handler on each ROUTER admits only clients holding the cluster's client key. All
traffic is then encrypted and authenticated; a peer without the secret completes no handshake, so
none of its messages reach distnet. Without a secret nothing is authenticated or encrypted: anyone
who can reach a node's port can join, push or read (behaviour as before; keep such jobs on a
trusted network).

Key derivation (every node computes the same keys from the secret alone, nothing is exchanged):

    master        = scrypt(secret, salt=b"distnet-cluster-v1", n=2**14, r=8, p=1, dklen=32)
    server secret = HMAC-SHA256(master, b"distnet curve server key")   # 32 bytes, a Curve25519 secret
    client secret = HMAC-SHA256(master, b"distnet curve client key")
    public keys   = zmq.curve_public(z85(secret))

The secret is the UTF-8 bytes of DISTNET_SECRET, or the file's bytes without trailing whitespace;
an empty value counts as unset. scrypt makes each guess of a weak secret cost ~50 ms and 16 MB;
the launcher's per-job secrets are 256 random bits. One key pair serves every ROUTER, one every
DEALER: all nodes of a job are equally trusted, and any holder of the secret can act as any node.
"""
import functools
import hashlib
import hmac
import os
from typing import NamedTuple

import zmq
from zmq.utils import z85

from . import config

_SALT = b"distnet-cluster-v1"
_SERVER_INFO = b"distnet curve server key"
_CLIENT_INFO = b"distnet curve client key"
ZAP_DOMAIN = "distnet"


class Keys(NamedTuple):
    """The job's CURVE keys, z85-encoded (40 bytes each)."""
    server_public: bytes
    server_secret: bytes
    client_public: bytes
    client_secret: bytes


def load_secret(environ=None):
    """The cluster secret as bytes from DISTNET_SECRET or DISTNET_SECRET_FILE, or None for an open cluster."""
    environ = os.environ if environ is None else environ
    text, path = environ.get(config.DISTNET_SECRET, ""), environ.get(config.DISTNET_SECRET_FILE, "")
    if text and path:
        raise config.ConfigError(f"both {config.DISTNET_SECRET} and {config.DISTNET_SECRET_FILE} are set; set only "
                                 "one (the file is meant for secrets that must not sit in the environment)")
    if path:
        try:
            with open(path, "rb") as f:
                data = f.read().rstrip()
        except OSError as err:
            raise config.ConfigError(f"{config.DISTNET_SECRET_FILE}={path!r}: cannot read the cluster secret "
                                     f"({err.strerror}); give a readable file") from None
        if not data:
            raise config.ConfigError(f"{config.DISTNET_SECRET_FILE}={path!r} is empty; write the cluster secret "
                                     f"into it, or unset {config.DISTNET_SECRET_FILE} for an unauthenticated job")
        return data
    return text.encode() if text else None


@functools.lru_cache(maxsize=4)
def derive_keys(secret):
    """The CURVE key pairs of the cluster whose secret is ``secret`` (bytes); see the module docstring."""
    master = hashlib.scrypt(secret, salt=_SALT, n=2 ** 14, r=8, p=1, dklen=32)
    server = z85.encode(hmac.new(master, _SERVER_INFO, hashlib.sha256).digest())
    client = z85.encode(hmac.new(master, _CLIENT_INFO, hashlib.sha256).digest())
    return Keys(zmq.curve_public(server), server, zmq.curve_public(client), client)


def keys_from_env(environ=None):
    """The job's Keys, or None when no secret is set."""
    secret = load_secret(environ)
    return None if secret is None else derive_keys(secret)


class _ClientKeyCheck:
    """The ZAP decision: only the cluster's client key gets in."""

    def __init__(self, client_public, on_refused):
        self.client_public = client_public
        self.on_refused = on_refused
        self.refused = 0

    def callback(self, domain, key):
        ok = domain == ZAP_DOMAIN and hmac.compare_digest(key, self.client_public)
        if not ok:
            self.refused += 1
            if self.on_refused and self.refused in (1, 10, 100, 1000):
                self.on_refused(f"refused {self.refused} connection(s) with a key that is not the cluster's "
                                f"(a peer without {config.DISTNET_SECRET} or with a different one)")
        return ok


class Guard:
    """One context's sockets, secured with the job's keys when it has a secret; ``close`` before ``ctx.term``."""

    def __init__(self, ctx, keys, log=None):
        self.ctx = ctx
        self.keys = keys
        self.log = log
        self.authenticator = None

    @classmethod
    def from_env(cls, ctx, log=None):
        """A guard with the keys of DISTNET_SECRET / DISTNET_SECRET_FILE (none: plain sockets)."""
        return cls(ctx, keys_from_env(), log)

    @property
    def secure(self):
        """True when every socket from this guard uses CURVE."""
        return bool(self.keys)

    def router(self):
        """A ROUTER that is a CURVE server admitting only the cluster's clients (plain without a secret)."""
        sock = self.ctx.socket(zmq.ROUTER)
        if self.keys:
            self._start_authenticator()
            sock.setsockopt(zmq.ZAP_DOMAIN, ZAP_DOMAIN.encode())
            sock.setsockopt(zmq.CURVE_SERVER, 1)
            sock.setsockopt(zmq.CURVE_SECRETKEY, self.keys.server_secret)
        return sock

    def dealer(self):
        """A DEALER that is a CURVE client of the cluster's servers (plain without a secret)."""
        sock = self.ctx.socket(zmq.DEALER)
        if self.keys:
            sock.setsockopt(zmq.CURVE_SERVERKEY, self.keys.server_public)
            sock.setsockopt(zmq.CURVE_PUBLICKEY, self.keys.client_public)
            sock.setsockopt(zmq.CURVE_SECRETKEY, self.keys.client_secret)
        return sock

    def close(self):
        """Stop the ZAP handler thread (joined), if one was started."""
        if self.authenticator is not None:
            self.authenticator.stop()
            self.authenticator = None

    def _start_authenticator(self):
        if self.authenticator is None:
            from zmq.auth.thread import ThreadAuthenticator
            self.authenticator = ThreadAuthenticator(self.ctx)
            self.authenticator.start()
            self.authenticator.configure_curve_callback(
                ZAP_DOMAIN, credentials_provider=_ClientKeyCheck(self.keys.client_public, self.log))
