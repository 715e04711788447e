"""``mx.nd.npx`` (``F.npx`` in a hybrid_forward run imperatively): mx.npx's operators, without the NumPy-mode
switches, contexts and file functions MXNet's ``mxnet.ndarray.numpy_extension`` lacks."""
import sys

from ..base import module_view as _module_view, view_module as _view_module
from ..context import current_context as _current_context
from ..numpy.signatures import operator_function as _operator_function

_npx = sys.modules[__package__]

_ABSENT = frozenset(
    "Context check_call classproperty cpu cpu_pinned ctypes current_context get_cuda_compute_capability gpu "
    "gpu_memory_info is_np_array is_np_shape load num_gpus reset_np save set_np threading utils waitall warnings "
    "with_metaclass".split())


__getattr__, __dir__ = _module_view(_npx, _ABSENT, "mxnet.ndarray.numpy_extension")

# npx functions MXNet's mxnet.ndarray.numpy_extension has as its generated operator functions
_MODULE = "distnet.ndarray.numpy_extension"
reshape = _operator_function("reshape", _npx.reshape, ("a",), ("newshape", "reverse", "order"), _MODULE)
nonzero = _operator_function("nonzero", _npx.nonzero, ("x",), (), _MODULE)
constraint_check = _operator_function("constraint_check", _npx.constraint_check, ("input",), ("msg",), _MODULE)

# npx.image and npx.random as MXNet's mxnet.ndarray.numpy_extension has them: the image operators alone (npx.image
# is mx.image there), the samplers without seed
image = _view_module(_npx.image, "mxnet.ndarray.numpy_extension.image", shown=_npx.image.__all__)
random = _view_module(_npx.random, "mxnet.ndarray.numpy_extension.random", absent=("seed",),
                      current_context=_current_context)
sys.modules.update({"distnet.ndarray.numpy_extension.image": image, "distnet.ndarray.numpy_extension.random": random})
