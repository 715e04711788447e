"""The imperative array API: ``mx.nd``."""
from .ndarray import NDArray, waitall, _wrap  # noqa: F401
from . import registry as _registry
from . import ops_elemwise, ops_reduce, ops_shape, indexing  # noqa: F401  (register operators)
from . import ops_join, ops_select, ops_sort, ops_linalg, ops_nn, ops_conv, ops_norm, ops_rnn, ops_random  # noqa: F401
from . import ops_optim, ops_misc, ops_contrib, ops_vision, ops_pdf, ops_deformable, ops_psroi, ops_proposal  # noqa: F401
from . import ops_regularize, ops_rroi, ops_ste, ops_npx  # noqa: F401
from . import ops_hawkes, ops_dgl, ops_contrib_optim, ops_count_sketch, ops_sync_batch_norm  # noqa: F401
from . import ops_quantize, ops_calibrate, ops_quantized_nn  # noqa: F401
from . import ops_internal  # noqa: F401,E402  (MXNet's internal names of the ops above)
from . import linalg, random, contrib, image  # noqa: F401
from . import sparse  # noqa: F401
from . import sparse_failed  # noqa: F401,E402  (sparse arrays can carry a kernel's error: gradients of a backward)
from . import ops_sparse_embedding  # noqa: F401,E402  (needs sparse)
from .utils import save, load, load_frombuffer  # noqa: F401
from .dlpack import to_dlpack_for_read, to_dlpack_for_write, from_dlpack  # noqa: F401
from .ops_misc import moveaxis  # noqa: F401
from .indexing_keys import (indexing_key_expand_implicit_axes, get_indexing_dispatch_code,  # noqa: F401
                            get_oshape_of_gather_nd_op)
from .ops_vision import onehot_encode, imdecode  # noqa: F401
from .creation import array, zeros, ones, full, empty, arange, linspace, eye, from_numpy  # noqa: F401

_registry.install(globals())
from . import op, _internal  # noqa: F401,E402
random._internal = _internal     # (MXNet's nd.random holds nd._internal by this name)
from .op import CachedOp  # noqa: F401,E402
from .histogram import histogram  # noqa: E402  (a Python function in MXNet, not the op)
from .arith_functions import (add, subtract, multiply, divide, true_divide, modulo, power,  # noqa: F401,E402
                              maximum, minimum, equal, not_equal, greater, greater_equal, lesser, lesser_equal,
                              logical_and, logical_or, logical_xor)


def concatenate(arrays, axis=0, always_copy=True):
    """Join arrays along an existing axis (one array without ``always_copy`` is returned as it is). As in MXNet,
    a list of NDArrays alike but along ``axis`` is asserted (a bare AssertionError, as MXNet's asserts)."""
    if not isinstance(arrays, list) or not arrays or not isinstance(arrays[0], NDArray):
        raise AssertionError()
    if not always_copy and len(arrays) == 1:
        return arrays[0]
    first = arrays[0]
    [arr.shape[axis] for arr in arrays]     # IndexError, AttributeError for a non-array, as MXNet's sizes sum
    for arr in arrays[1:]:
        if arr.shape[:axis] != first.shape[:axis] or arr.shape[axis + 1:] != first.shape[axis + 1:] \
                or arr.dtype != first.dtype:
            raise AssertionError()
    return concat(*arrays, dim=axis)  # noqa: F821  (registered by ops_join)


from .ndarray import name_methods as _name_methods  # noqa: E402
_name_methods(NDArray)

# MXNet defines its array functions in mxnet.ndarray.ndarray too (mx.nd.ndarray.zeros, mx.nd.ndarray.add, ...)
from . import ndarray as _ndarray_module  # noqa: E402
for _name in ("add", "arange", "array", "concatenate", "divide", "empty", "equal", "eye", "from_dlpack", "from_numpy",
              "full", "get_indexing_dispatch_code", "get_oshape_of_gather_nd_op", "greater", "greater_equal",
              "histogram", "imdecode", "indexing_key_expand_implicit_axes", "lesser", "lesser_equal", "linspace",
              "logical_and", "logical_or", "logical_xor", "maximum", "minimum", "modulo", "moveaxis", "multiply",
              "not_equal", "onehot_encode", "ones", "op", "power", "split_v2", "subtract", "to_dlpack_for_read",
              "to_dlpack_for_write", "true_divide", "zeros"):
    setattr(_ndarray_module, _name, globals()[_name])
del _name

from ..base import package_listing as _package_listing  # noqa: E402

# of its modules, MXNet's (not those of distnet's kernels and helpers)
__dir__ = _package_listing(globals(), ("_internal", "contrib", "gen__internal", "gen_contrib", "gen_image", "gen_linalg", "gen_op", "gen_sparse", "register", "image", "linalg", "ndarray",
                                       "np", "npx", "numpy", "numpy_extension", "op", "random", "sparse", "utils"))
