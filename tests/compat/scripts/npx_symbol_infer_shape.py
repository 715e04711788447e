"""Symbol shape inference under NumPy shape semantics: None for unknown shapes, -1 for unknown sizes, 0 a real size."""
import warnings
import mxnet as mx
from mxnet import util
warnings.simplefilter('always')
x = mx.sym.var('x'); w = mx.sym.var('w')
fc = mx.sym.FullyConnected(x, num_hidden=3, name='fc')
with util.np_shape():
    print(fc.infer_shape_partial())
    print(fc.infer_shape_partial(x=(-1, 4)))
    print(fc.infer_shape_partial(x=(2, 0)))
    print(fc.infer_shape(x=(2, 4)))
    print(mx.sym.dot(x, w).infer_shape_partial(x=(2, 4)))
    import sys
    r = fc.infer_shape(x=(-1, 4)); print(r)
    print((x + 1).infer_shape(x=(0, 3)))
