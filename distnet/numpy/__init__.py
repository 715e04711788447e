"""``mx.np``: MXNet's NumPy-compatible array front end."""
from numpy import (bool_, int8, uint8, int32, int64, float16, float32, float64,  # noqa: F401
                   pi, e, inf, nan, newaxis, NAN, NINF, NZERO, NaN, PINF, PZERO)
from .umath import *  # noqa: F401,F403
from .creation import *  # noqa: F401,F403
from .reductions import *  # noqa: F401,F403
from .shaping import *  # noqa: F401,F403
from .linear import *  # noqa: F401,F403
from .selection import *  # noqa: F401,F403
from . import fallback as _fallback
globals().update({_n: getattr(_fallback, _n) for _n in _fallback.EXPORTS})
from .print_options import set_printoptions  # noqa: F401,E402
from .umath import abs, round  # noqa: F401
from .reductions import sum, max, min, all, any  # noqa: F401
from .multiarray import ndarray, array, empty, zeros, ones, full  # noqa: F401
from . import indexing as _indexing  # noqa: F401  (ndarray.__getitem__/__setitem__)
from . import random, linalg, fallback, fallback_linalg  # noqa: F401
from . import fallback_operators as _fallback_operators  # noqa: F401  (registers their Custom operators)
from . import arg_checks as _arg_checks
from . import missing_kernels as _missing_kernels
from . import method_attributes as _method_attributes
from . import signatures as _signatures
from . import graph_ops as _graph_ops  # noqa: F401  (the operators of mx.sym.np graphs)
from . import multiarray as _multiarray
from types import ModuleType as _ModuleType

# What the modules above import or define for themselves (helpers, registry ops, the modules) is not mx.np.
_PRIVATE = ("creation", "indexing", "linear", "reductions", "shaping", "umath", "selection", "NDArray", "OPS",
            "MXNetError", "invoke_np", "wrap_np", "defop", "unbroadcast", "placed", "wrap_np_binary_func",
            "wrap_np_unary_func", "functools", "string", "builtins", "current_context", "graph_ops", "FailedNDArray",
            "INTERNAL", "KernelError", "is_recording", "kahan_sum", "refuse_legacy_scalars", "zero_gradient",
            "refuse_unknown_shapes", "refuse_unknown_sizes", "is_np_shape", "ffi_object_refusal",
            "OUTSTANDING", "forget_since", "chunk_sum", "double_as_int", "scrambles",
            "refuse_legacy_arrays", "arg_checks", "ARRAY_FUNCTIONS", "ARRAY_UFUNCS", "check_scalar_squeeze_axis",
            "_fallback", "fallback_operators", "missing_kernels", "graph_functions", "print_options", "c_double",
            "carried_error", "inference_failure", "listed_shape", "with_given_attrs",
            "data_to_write", "kept_first", "libm_f32", "note_view", "with_error", "not_an_array", "out_targets",
            "cpp_stable_sort", "attribute_text", "backend_names", "type_text", "type_inconsistent",
            "inferred_type_name", "check_same_dtype", "KERNEL_MAX_DIMS", "TRANSPOSE_MAX_DIMS", "as_method",
            "backward_kernel_error", "broadcast_refusal", "fails_when_read", "float_only", "legacy_refusal", "math",
            "moved", "permuted", "reduce_folds", "too_many_dims", "transpose_dims_check", "cpp_sort",
            "ndarray_namespace", "operator_text", "method_attributes", "INPLACE_MATMUL", "attribute_value",
            "check_matmul_shapes", "cumsum_axis_refusal", "message_of", "pause", "tblob_mismatch", "written_into",
            "builtin_at", "located", "inspect", "weakref", "AVERAGE_NODES", "HALF_REFUSED", "comparison_shown_as",
            "libm_f64", "numpy_1_23", "numpy_1_23_errors", "operator_of", "record_as", "show_as_method", "shown_as",
            "squeeze_size_refusal", "with_copied_sizes", "with_shown", "warn_complex_cast", "negative_size_text",
            "order_refused_first", "deliver", "write_carrying", "copy_error", "asks_when",
            "check_branches", "where_operator", "output_count_refusal")
for _name in [n for n in globals() if n.endswith("_op")] + list(_PRIVATE):
    globals().pop(_name, None)
_multiarray.hide_legacy_methods()
_arg_checks.install(globals(), {"linalg": linalg, "random": random})
_missing_kernels.install(globals())
_method_attributes.install()
_signatures.install(globals(), {"random": random, "linalg": linalg})
bool = bool  # noqa: A001,PLW0127  (MXNet's np.bool is Python's bool, as numpy 1.23's)
from ..ndarray.ndarray import name_methods as _name_methods  # noqa: E402
_name_methods(ndarray)     # mx.np's method names: ndarray.reshape, as MXNet's
del _name_methods
from . import ndarray_namespace as _nd_np  # noqa: E402
random._mx_nd_np = linalg._mx_nd_np = _nd_np     # (MXNet's np.random and np.linalg hold mx.nd.np by this name)
del _nd_np
for _name in ("graph_functions", "ndarray_namespace"):     # (imported by the installs above: not mx.np)
    globals().pop(_name, None)


__all__ = []        # (MXNet's: a star import takes nothing)

from . import arrayprint, function_base, io, stride_tricks, utils  # noqa: E402,F401  (MXNet's modules of mx.np)

# the modules of mx.np's own (a module its modules import for themselves, e.g. re, is not one)
_SUBMODULES = ("arrayprint", "fallback", "fallback_linalg", "function_base", "io", "linalg", "multiarray", "random",
               "stride_tricks", "utils")


def __dir__():
    """mx.np's names: without the modules its modules import for themselves (re, recorded_names), or its hooks."""
    return sorted(n for n, v in globals().items() if n not in ("__getattr__", "__dir__")
                  and (n in _SUBMODULES or n.startswith("_") or not isinstance(v, _ModuleType)))


def __getattr__(name):
    """A name mx.np lacks, refused in MXNet's words (its module is mxnet.numpy)."""
    import sys      # (a local name: mx.np's dir() lists no module sys)
    raise AttributeError(f"module 'mxnet.numpy' has no attribute '{name}'", name=name,
                         obj=sys.modules[__name__])     # (a traceback's 'Did you mean' reads them)
