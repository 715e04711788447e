"""``mx.nd.npx`` (``F.npx`` in a hybrid_forward run imperatively): mx.npx's operators, without the NumPy-mode
switches, contexts and file functions MXNet's ``mxnet.ndarray.numpy_extension`` lacks."""
import sys

from ..base import module_view as _module_view

_npx = sys.modules[__package__]

_ABSENT = frozenset(
    "Context check_call classproperty cpu cpu_pinned ctypes current_context get_cuda_compute_capability gpu "
    "gpu_memory_info is_np_array is_np_shape load num_gpus reset_np save set_np threading utils waitall warnings "
    "with_metaclass".split())


__getattr__, __dir__ = _module_view(_npx, _ABSENT, "mxnet.ndarray.numpy_extension")
