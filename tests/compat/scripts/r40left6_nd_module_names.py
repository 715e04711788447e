"""The public names of mx.nd.ndarray, nd.utils, nd.op, nd._internal, nd.sparse, nd.contrib, sym.contrib and mx.operator
are MXNet's (their imports, the DLPack types, check_boolean_array_dimension, CachedOp), none of distnet's helpers."""
import mxnet as mx
import numpy as np

SKIP = {"NDArrayBase", "spsp"}      # (MXNet's C base class; scipy.sparse where scipy is installed)
for path in ["nd.ndarray", "nd.utils", "nd.op", "nd.sparse", "nd.contrib", "sym.contrib", "operator"]:
    module = eval("mx." + path)
    print(path, [n for n in dir(module) if not n.startswith("_") and n not in SKIP])
print("nd._internal", [n for n in dir(mx.nd._internal) if not n.startswith("_") and n not in SKIP])
check = mx.nd.ndarray.check_boolean_array_dimension
for case in [((2, 3), 0, (2,)), ((2, 3), 0, (3,)), ((2, 3), 1, (2,)), ((2, 3), 0, (2, 3)), ((2, 3), 0, (2, 4)),
             ((2, 3), 1, (3, 2)), ((4,), 0, ())]:
    try:
        print(case, check(*case))
    except IndexError as e:
        print(case, "IndexError", e)
M = mx.nd.ndarray
print([(f, t.__name__) for f, t in M.DLTensor._fields_], [(f, t.__name__) for f, t in M.DLContext._fields_])
print([(f, t.__name__) for f, t in M.DLDataType._fields_], [f for f, t in M.DLManagedTensor._fields_])
print(type(M.dl_managed_tensor_deleter).__name__, M.native_array, M.reduce(lambda x, y: x * y, [2, 3, 4]), M.mx_real_t,
      M.Features is mx.runtime.Features, M.is_np_array(), M.PyCapsuleDestructor.__name__)
a = mx.nd.array([[1, 2], [3, 4]])
print(mx.nd.from_dlpack(a.to_dlpack_for_read()), mx.nd.from_dlpack(np.arange(3.0).__dlpack__()))
print(mx.nd.op.CachedOp is mx.nd.CachedOp, mx.nd._internal.CachedOp is mx.nd.CachedOp, mx.nd.sparse.op is mx.nd.op)
print(mx.nd.contrib.mx is mx, mx.nd.contrib.ndarray is mx.nd.ndarray, mx.sym.contrib.symbol is mx.sym.symbol, mx.sym.contrib.math.pi)
print(mx.operator.c_int_p.__name__, mx.operator.array("i", [3]), mx.operator.context is mx.context,
      mx.operator.symbol is mx.sym, mx.operator.Lock.__name__, mx.operator.MXCallbackList is mx.base.MXCallbackList)
x = mx.nd.array([[1, 2, 3], [4, 5, 6]])
for mask in [[1, 0], [1, 0, 1]]:
    try:
        x[mx.nd.array(mask, dtype="bool")]
    except (IndexError, ValueError) as e:
        print(type(e).__name__, e)
print(sorted(M.DLDataType.TYPE_MAP.items()))
