"""`mx.kvstore.kvstore_server`: a process whose DMLC_ROLE is server or scheduler serves that role."""
import os
import sys

from ..base import MXNetError
from ..ps import config


class KVStoreServer:
    """Serves this process's role (``DMLC_ROLE`` server or scheduler) until the job ends."""

    def __init__(self, kvstore):
        self.kvstore = kvstore
        self.handle = kvstore.handle
        self.init_logginig = False      # (MXNet's spelling)

    def run(self):
        """Serve until the job ends; raises MXNetError when the role stopped on an error."""
        from ..server import run_role
        status = run_role()
        if status:
            raise MXNetError(f"the {os.environ.get(config.DMLC_ROLE)} role ended with status {status}")


def _init_kvstore_server_module():
    """As MXNet on import: serve the server or scheduler role, then exit the process."""
    if os.environ.get(config.DMLC_ROLE) in ("server", "scheduler"):
        from ..server import run_role
        sys.exit(run_role())


# the names MXNet's module shows, as its own imports
import ctypes  # noqa: E402,F401
import logging  # noqa: E402,F401
import pickle  # noqa: E402,F401
from ..base import check_call  # noqa: E402,F401
from ..kvstore import create  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """MXNetError config os""".split())
