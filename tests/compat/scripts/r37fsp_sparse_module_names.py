"""nd.sparse holds MXNet's module-level names (py_sum is Python's sum) and none of distnet's helper modules."""
import mxnet as mx

for name in ('copy', 'inspect', 'math', 'std_array', 'array', 'warnings', 'operator', 'np', 'ctypes', 'sparse_dispatch',
             '_internal', 'py_slice', 'py_sum', 'native_array', 'functools', 'builtins', 'numbers'):
    value = getattr(mx.nd.sparse, name, None)
    print(name, None if value is None else type(value).__name__)
print(mx.nd.sparse.py_sum([1, 2, 3]), mx.nd.sparse.py_slice(1, 3))
