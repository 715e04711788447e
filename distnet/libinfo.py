"""``mx.libinfo``: where MXNet's native library and headers live; distnet, pure Python, has neither.

The lookups honour MXNet's environment overrides (``MXNET_LIBRARY_PATH``, ``MXNET_INCLUDE_PATH``,
``MXNET_CONF_PATH``) and otherwise raise, as MXNet does when the files are missing. The build's
features are listed by ``mx.runtime.Features()``.
"""
import logging
import os

import platform  # noqa: F401  (as MXNet's module imports it)

from .base import MXNetError as _MXNetError

__version__ = "1.9.1"      # the MXNet API version distnet implements

_NO_NATIVE = ("distnet is a pure-Python (numpy) implementation of MXNet {}: it ships no {}. "
              "Set {} to point at one if a tool needs it.")


def _from_env(var, exists):
    """The absolute path in ``$var`` if it names something that exists, else None (with MXNet's warnings)."""
    path = os.environ.get(var)
    if not path:
        return None
    if not exists(path):
        logging.warning("%s '%s' doesn't exist", var, path)
        return None
    if not os.path.isabs(path):
        logging.warning("%s should be an absolute path, instead of: %s", var, path)
        return None
    return path


def find_lib_path(prefix="libmxnet"):
    """``[$MXNET_LIBRARY_PATH]`` when set; otherwise a RuntimeError (an MXNetError): there is no native library."""
    path = _from_env("MXNET_LIBRARY_PATH", os.path.isfile)
    if path:
        return [path]
    raise _MXNetError(f"Cannot find the MXNet library ({prefix}.so). "
                     + _NO_NATIVE.format(__version__, "native library", "MXNET_LIBRARY_PATH"))


def find_include_path():
    """``$MXNET_INCLUDE_PATH`` when set; otherwise a RuntimeError (an MXNetError): there are no C headers."""
    path = _from_env("MXNET_INCLUDE_PATH", os.path.isdir)
    if path:
        return path
    raise _MXNetError("Cannot find the MXNet include path. "
                     + _NO_NATIVE.format(__version__, "C/C++ headers", "MXNET_INCLUDE_PATH"))


def find_conf_path(prefix="tvmop"):
    """``$MXNET_CONF_PATH`` when set, else ``<prefix>.conf`` in MXNet's build directories beside the package;
    a RuntimeError listing those candidates when there is none (as in MXNet's pip packages, which ship none)."""
    path = _from_env("MXNET_CONF_PATH", os.path.isfile)
    if path:
        return path
    here = os.path.dirname(os.path.abspath(os.path.expanduser(__file__)))
    candidates = [os.path.join(here, "../../" + folder + "/", prefix + ".conf") for folder in ("lib", "build")]
    found = [c for c in candidates if os.path.isfile(c)]
    if not found:
        raise RuntimeError("Cannot find the TVM op config.\nList of candidates:\n" + "\n".join(candidates))
    return found[0]
