"""Where both operands of a broadcast add or multiply are NaN, MXNet's float and double kernels keep the right operand's NaN (its sign), whatever the shapes and lengths, in the functions, the operators and in-place forms."""
import mxnet as mx
import numpy as np

nd = mx.nd


def signs(a):
    return ''.join('-' if s else '+' for s in np.signbit(a.asnumpy()).ravel()[:48])


shapes = [((3,), (1,)), ((2, 3), (1, 3)), ((2, 3), (2, 1)), ((1, 3), (2, 1)), ((4, 5), (5,)), ((20,), (1,)),
          ((1,), (20,)), ((3, 20), (3, 1)), ((3, 1), (3, 20)), ((1, 20), (3, 20)), ((2, 1, 17), (1, 5, 1)),
          ((40,), (1,)), ((2, 40), (1, 40)), ((4, 5, 6), (5, 1))]
for dtype in ['float32', 'float64', 'float16']:
    for sa, sb in shapes:
        a = nd.array(np.full(sa, np.nan), dtype=dtype)
        b = nd.array(-np.full(sb, np.nan), dtype=dtype)
        print(dtype, sa, sb, 'broadcast_add', signs(nd.broadcast_add(a, b)), signs(nd.broadcast_add(b, a)))
        print(dtype, sa, sb, 'broadcast_mul', signs(nd.broadcast_mul(a, b)), signs(nd.broadcast_mul(b, a)))
        print(dtype, sa, sb, 'operators', signs(a + b), signs(b + a), signs(a * b), signs(b * a))
        if len(sa) >= len(sb) and all(x >= y for x, y in zip(sa[::-1], sb[::-1])):
            c = a.copy()
            c += b
            d = a.copy()
            d *= b
            print(dtype, sa, sb, 'in place', signs(c), signs(d))
