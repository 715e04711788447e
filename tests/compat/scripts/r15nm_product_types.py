"""mx.np products of arrays of two dtypes fail in type inference's words after the shape checks; bool inputs of
diff and unique fail in the type switch's words (diff when read)."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
a = np.ones((2, 3), dtype='int32')
b = np.ones((3,))
c = np.ones((3, 2))
calls = {
    "dot int32 float32": lambda: np.dot(a, b),
    "dot float32 int32": lambda: np.dot(b, a.T),
    "dot int32 float64": lambda: np.dot(a, b.astype('float64')),
    "dot bool float32": lambda: np.dot(np.ones(3, dtype='bool'), b),
    "dot float32 bool": lambda: np.dot(b, np.ones(3, dtype='bool')),
    "tensordot shapes first": lambda: np.tensordot(a, c),
    "tensordot float16 int32": lambda: np.tensordot(c.astype('float16'), a),
    "tensordot axes=1": lambda: np.tensordot(a, c.astype('int8'), axes=1),
    "inner": lambda: np.inner(a, b),
    "outer": lambda: np.outer(a, b),
    "vdot": lambda: np.vdot(a.reshape(-1), np.ones(6)),
    "matmul": lambda: np.matmul(a, b),
    "matmul uint8": lambda: np.matmul(a.astype('uint8'), c),
    "dot same float64": lambda: np.dot(a.astype('float64'), b.astype('float64')),
    "diff bool": lambda: np.diff(np.array([[True, False, True]], dtype='bool')),
    "diff bool empty": lambda: np.diff(np.array([[True]], dtype='bool')),
    "unique bool": lambda: np.unique(np.array([True, False], dtype='bool')),
    "unique float": lambda: np.unique(np.array([True, False, True])),
}
for label, call in calls.items():
    try:
        r = call()
        print(label, "->", r.dtype, r.shape, r.tolist())
    except Exception as e:
        print(label, "->", words(e))
