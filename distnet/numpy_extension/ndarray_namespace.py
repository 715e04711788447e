"""``mx.nd.npx`` (``F.npx`` in a hybrid_forward run imperatively): mx.npx's operators, without the NumPy-mode
switches, contexts and file functions MXNet's ``mxnet.ndarray.numpy_extension`` lacks."""
import sys

_npx = sys.modules[__package__]

_ABSENT = frozenset(
    "Context check_call classproperty cpu cpu_pinned ctypes current_context get_cuda_compute_capability gpu "
    "gpu_memory_info is_np_array is_np_shape load num_gpus reset_np save set_np threading utils waitall warnings "
    "with_metaclass".split())


def __getattr__(name):
    if name in _ABSENT or name.startswith("__") or not hasattr(_npx, name):
        raise AttributeError(f"module 'mxnet.ndarray.numpy_extension' has no attribute '{name}'")
    return getattr(_npx, name)


def __dir__():
    return [n for n in dir(_npx) if n not in _ABSENT]
