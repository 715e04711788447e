"""``mx.npx``: MXNet's NumPy extension: the NumPy-mode switches and neural-network operators on mx.np arrays."""
import ctypes  # noqa: F401  (names MXNet's module shows, as its own imports)
import sys as _sys
import threading  # noqa: F401
import warnings  # noqa: F401

from .. import ndarray as _nd_package, symbol as _sym_package
from ..base import check_call, classproperty, with_metaclass  # noqa: F401  (MXNet's module imports them too)
from ..base import listing as _listing
from ..context import Context, cpu, cpu_pinned, current_context, gpu, gpu_memory_info, num_gpus  # noqa: F401
from ..ndarray import registry as _registry
from ..ndarray.ndarray import waitall  # noqa: F401
from ..numpy import missing_kernels as _missing_kernels
from ..numpy.multiarray import ndarray as _np_ndarray
from ..util import get_cuda_compute_capability, is_np_array, is_np_shape, reset_np, set_np  # noqa: F401
from . import _op, image, random  # noqa: F401
from ._op import constraint_check, nonzero, reshape  # noqa: F401
from ._symbol import build_namespace as _build_symbol_namespace
from ._table import NPX_OPS as _NPX_OPS
from .utils import load, save  # noqa: F401

globals().update({_name: getattr(_op, _name) for _name in _NPX_OPS})
_missing_kernels.install_npx(globals())

# Legacy operators given mx.np arrays return mx.np arrays (MXNet refuses them; its layers switch to npx ops
# under npx.set_np(), which this gives without a second code path per layer).
_registry.KEEP_CLASS.add(_np_ndarray)

# ``F.npx`` inside ``hybrid_forward``: F is mx.nd when run imperatively and mx.sym while traced.
from . import ndarray_namespace as _nd_npx  # noqa: E402  (after the names it hands on)
_nd_package.npx = _nd_package.numpy_extension = _sys.modules["distnet.ndarray.numpy_extension"] = _nd_npx
globals().pop("ndarray_namespace", None)        # (not a name of mx.npx)
random._mx_nd_npx = _nd_npx     # (MXNet's npx.random holds mx.nd.npx by this name)
_sym_package.npx = _sym_package.numpy_extension = _build_symbol_namespace()
_sys.modules["distnet.symbol.numpy_extension"] = _sym_package.npx
from ..symbol import numpy as _sym_numpy  # noqa: E402  (mx.sym.np: F.np while a HybridBlock is traced)
_sym_package.np = _sym_numpy
if not hasattr(_nd_package, "np"):
    from ..numpy import ndarray_namespace as _nd_numpy
    # F.np imperatively: mx.np's functions
    _nd_package.np = _nd_package.numpy = _sys.modules["distnet.ndarray.numpy"] = _nd_numpy


__all__ = []        # (MXNet's: a star import takes nothing)
__dir__ = _listing(globals())


def __getattr__(name):
    """A name mx.npx lacks, refused in MXNet's words (its module is mxnet.numpy_extension)."""
    raise AttributeError(f"module 'mxnet.numpy_extension' has no attribute '{name}'")
