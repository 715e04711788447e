"""mx.base helpers (ctypes arrays, param docs, op-name prefixes, class properties) and mx.context's default_ctx."""
import mxnet as mx, ctypes, numpy as np
from mxnet import base
print(base.__version__, base.numeric_types, base.integer_types, base.string_types, base.mx_real_t, base._Null, repr(base._Null))
a = base.c_array(ctypes.c_int, [1, 2, 3]); print(type(a).__name__, list(a))
b = base.c_array_buf(ctypes.c_float, np.array([1,2],dtype=np.float32)); print(type(b).__name__, list(b))
s = base.c_str_array(['ab', 'c']); print(type(s).__name__, list(s))
print(type(base.c_str('x')).__name__, base.c_str('x').value)
x = mx.nd.ones((2,))
h = base.c_handle_array([x, x]); print(type(h).__name__, len(h))
buf = (ctypes.c_char * 4)(*b'abcd'); print(base.ctypes2buffer(ctypes.cast(buf, ctypes.POINTER(ctypes.c_char)), 4))
arr = (ctypes.c_float * 4)(1,2,3,4); n = base.ctypes2numpy_shared(ctypes.cast(arr, base.mx_float_p), (2,2)); print(n, n.dtype); n[0,0] = 9; print(arr[0])
print(base.check_call(0))
print(repr(base.build_param_doc(['a','b','a','num_args'], ['int', 'float, optional', 'x', 'int'], ['first', 'second', 'dup', 'n'])))
print(base.NDArrayHandle, base.SymbolHandle, base.mx_uint, base.mx_float, base.mx_int)
print(base._NP_OP_PREFIX, base._NP_OP_SUBMODULE_LIST, base._NP_EXT_OP_PREFIX, base._NP_EXT_OP_SUBMODULE_LIST, base._NP_INTERNAL_OP_PREFIX, base._OP_NAME_PREFIX_LIST)
print(base._get_op_name_prefix('_contrib_foo'), base._get_op_name_prefix('foo'), base._is_np_op('_np_add'), base._output_is_list('_npi_split'))
print(base._get_op_submodule_name('_np_random_uniform', '_np_', base._NP_OP_SUBMODULE_LIST))
print(sorted(base._NP_OUTPUT_IS_LIST_OPERATORS))
print(base._as_list(3), base._as_list([3]), base._as_list((3,)))
print(sorted(base.__all__))
class A(metaclass=base._MXClassPropertyMetaClass):
    _v = 3
    @base.classproperty
    def v(cls): return cls._v
    @v.setter
    def v(cls, val): cls._v = val
print(A.v); A.v = 5; print(A.v, A._v, A().v)
class B(metaclass=base._MXClassPropertyMetaClass):
    @base.classproperty
    def w(cls): return 1
try:
    B.w = 2
except Exception as e: print(type(e).__name__)
print(mx.Context.default_ctx)
mx.Context.default_ctx = mx.cpu(2)
print(mx.Context.default_ctx, mx.current_context(), mx.cpu(1).default_ctx)
with mx.cpu(4): print(mx.Context.default_ctx)
print(mx.Context.default_ctx)
mx.Context.default_ctx = mx.cpu(0)
import pickle; print(pickle.loads(pickle.dumps(mx.cpu(5))))
print(mx.context.Context._default_ctx.value)
