"""mx.np in-place operators and out= as MXNet 1.9.1 has them: which augmented assignments update the array, GEMM
outputs that alias an input, zeros_like's out, out= dtypes and shapes; the sort method, float/int/format."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx

npx.set_np()
for op in ['|=', '&=', '^=', '<<=', '+=', '-=', '*=', '/=', '%=', '**=', '//=']:
    y = np.arange(4, dtype='int32') if op != '/=' else np.arange(4.)
    z = y
    try:
        exec('y ' + op + ' 2')
        print(op, repr(y), repr(z), y is z)
    except TypeError:
        print(op, '!! TypeError')
a = np.array([[1., 2.], [3., 4.]])
w = np.array([[1., 1.], [0., 1.]])
y = a.copy()
y @= w
print(repr(y), repr(np.matmul(a, w.copy(), out=a.copy())), repr(np.matmul(a, w, out=w)), repr(np.dot(a, w, out=a)))
print(repr(np.matmul(a, w, out=np.zeros((2, 2)))), repr(np.dot(w, w, out=np.zeros((2, 2)))))
v = np.arange(5.)
o = np.ones(5)
r = np.zeros_like(v, out=o)
print(repr(r), repr(o), r is o)
r = np.ones_like(v, out=o)
print(repr(r), r is o)
r = np.full_like(v, 7, out=o)
print(repr(r), r is o)
for e in ["np.add(v, 1, out=np.zeros(5))", "np.add(v, 1, out=np.zeros(5, dtype='int32'))", "np.add(v, 1, out=np.zeros(4))",
          "np.sum(v, out=np.zeros(()))", "np.multiply(v, v, out=v)", "np.add(v, 1, out=onp.zeros(5))", "v.sort()",
          "a.__float__()", "a.__int__()", "float(np.array([2.5]))", "int(np.array([[7.9]]))", "format(a, '.2f')",
          "format(a, '')", "format(np.array([1.5]), '.1f')", "format(np.array(2, dtype='int32'), 'd')",
          "format(np.array(1.25), '.1f')", "1 & np.arange(3, dtype='int32')", "1 | np.arange(3, dtype='int32')",
          "1 ^ np.arange(3, dtype='int32')", "np.arange(3, dtype='int32') ^ 1", "+v"]:
    try:
        print(e, '->', repr(eval(e)))
    except Exception as ex:  # noqa: BLE001
        print(e, '!!', type(ex).__name__)
