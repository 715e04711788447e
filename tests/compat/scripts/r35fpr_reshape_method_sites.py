"""A reshape method's refused codes are checked in MXNet's C API (its copy of the shape functions), the operator's in the operator's file; a split past the input fails at the split's own line."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

x = nd.ones((2, 3))
for shape in [(-1, -1), (0, 0, 0), (0, 0, -3), (-4, -1, -1, 3), (-4, 5, -1, 3), (-4, 5), (-5,), (-7,),
              (-4, 1, 2, -4, 1, 3), (0, -1, -1)]:
    for reverse in (False, True):
        for label, call in (("method", lambda: x.reshape(shape, reverse=reverse)),
                            ("operator", lambda: nd.reshape(x, shape=shape, reverse=reverse))):
            try:
                print(shape, reverse, label, call().shape)
            except Exception as e:
                print(shape, reverse, label, type(e).__name__, repr(str(e)))
with mx.autograd.record():
    try:
        x.reshape((0, -1, -1))
    except Exception as e:
        print("recording", type(e).__name__, repr(str(e)))
