"""Shape inference of mx.sym.np's integer-only ops (bitwise_and/or/xor, lcm, bitwise_not) over variables of unknown dtype gives their broadcast shapes, as MXNet, instead of failing their type check."""
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym
x, y = S.var("x").as_np_ndarray(), S.var("y").as_np_ndarray()
for name in ("bitwise_and", "bitwise_or", "bitwise_xor", "lcm"):
    f = getattr(S.np, name)
    for sx, sy in (((3,), (3,)), ((2, 3), (3,)), ((2, 3), (4,))):
        try:
            print(name, sx, sy, f(x, y).infer_shape(x=sx, y=sy), f(x, 3).infer_shape(x=sx))
            print("   ", f(x, y).infer_shape_partial(x=sx), f(x * 2, y).infer_shape(x=sx, y=sy)[1])
        except Exception as e:
            print(name, sx, sy, words(e))
for name in ("bitwise_not", "invert"):
    f = getattr(S.np, name)
    print(name, f(x).infer_shape(x=(2, 3)), f(x).infer_type(x="int32"), f(x + 1).infer_shape(x=(4,)))
