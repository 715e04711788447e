"""A binary mx.np function given a number and None calls its scalar operator (the reflected one for a number first, a mirrored comparison, MXNet's registered name for maximum, minimum and hypot) with no array, failing its count of inputs, as MXNet does; np.swapaxes parses dim2 before dim1."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()
ops = ['add', 'subtract', 'multiply', 'true_divide', 'power', 'mod', 'maximum', 'minimum', 'hypot', 'arctan2', 'copysign',
       'ldexp', 'lcm', 'bitwise_xor', 'equal', 'less', 'greater_equal', 'float_power', 'heaviside']
for op in ops:
    for p, q in [(2, None), (None, 2.5), (True, None), (None, None), ('x', None), (None, [1])]:
        try:
            print(op, repr(p), repr(q), getattr(np, op)(p, q))
        except (AssertionError, TypeError, mx.base.MXNetError) as e:
            print(op, repr(p), repr(q), type(e).__name__, str(e).strip().splitlines()[-1][:160])
for p, q in [(0, 'x'), (0, 1.0), (True, 0), (0, None), (None, None), (1.5, 'y'), (2.5, [1])]:
    try:
        print('swapaxes', repr(p), repr(q), np.swapaxes(np.ones((2, 3)), p, q).shape)
    except mx.base.MXNetError as e:
        print('swapaxes', repr(p), repr(q), str(e).strip().splitlines()[-1][:160])
