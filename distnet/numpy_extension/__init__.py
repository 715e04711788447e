"""``mx.npx``: MXNet's NumPy extension: the NumPy-mode switches and neural-network operators on mx.np arrays."""
from ..context import Context, cpu, cpu_pinned, current_context, gpu, gpu_memory_info, num_gpus  # noqa: F401
from ..ndarray.ndarray import waitall  # noqa: F401
from ..util import get_cuda_compute_capability, is_np_array, is_np_shape, reset_np, set_np  # noqa: F401
from . import _op, random  # noqa: F401
from ._op import constraint_check, nonzero, reshape  # noqa: F401
from ._table import NPX_OPS as _NPX_OPS
from .utils import load, save  # noqa: F401

globals().update({_name: getattr(_op, _name) for _name in _NPX_OPS})
