"""mx.np integer-only binary functions (bitwise, lcm) and same-dtype ones check the broadcast of their shapes
before their types, as MXNet infers shapes first."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()
pairs = [(np.ones((2, 3)), np.ones(2)), (np.ones((2, 3), dtype='int32'), np.ones((4,), dtype='int32')),
         (np.ones((2, 3)), np.ones(3)), (np.ones((2, 3), dtype='int32'), np.ones(3, dtype='int32'))]
for name in ["bitwise_and", "bitwise_or", "bitwise_xor", "lcm", "copysign", "ldexp", "hypot", "arctan2", "maximum"]:
    for a, b in pairs:
        try:
            r = getattr(np, name)(a, b)
            print(name, a.dtype, a.shape, b.shape, "->", r.dtype, r.shape)
        except Exception as e:
            print(name, a.dtype, a.shape, b.shape, "->", words(e))
