"""Shape inference of reshape compares no sizes (legacy shapes): a target larger than the data is inferred, as codes 0 and -1 give it, and simple_bind allocates it; data of one unknown size takes the output size divided as integers."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import sym

warnings.simplefilter("ignore")
x = sym.var("x")
for target in [(4, 4), (2, 2), (7,), (1,), (1, 5), (-1, 4), (0, 4), (3, -1), (2, -1, 4), (0, 0, 2), (-2, 2)]:
    for label, op in (("reshape", sym.reshape), ("Reshape", sym.Reshape)):
        out = sym.relu(op(x, shape=target), name="r")
        try:
            print(target, label, out.infer_shape(x=(2, 3)), out.infer_shape_partial(x=(2, 0)))
            ex = out.simple_bind(mx.cpu(), x=(2, 3))
            print("   bound", ex.outputs[0].shape)
        except Exception as e:
            print(target, label, type(e).__name__, str(e).splitlines()[-1])
