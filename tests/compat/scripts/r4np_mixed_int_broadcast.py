"""mx.np binary operators on two integer types (or bools): MXNet's broadcasting kernel mixes them where its
same-shape kernel refuses; an empty result runs no kernel at all; bool bitwise ops fail only when broadcasting."""
import mxnet as mx
np = mx.np
mx.npx.set_np()


def show(label, fn):
    try:
        r = fn()
        r.wait_to_read()
        print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


def arr(shape, dtype, start=1):
    return np.array((onp.arange(int(onp.prod(shape))) % 5 + start).reshape(shape), dtype=dtype)


import numpy as onp
TYPES = ['bool', 'int8', 'uint8', 'int32', 'int64', 'float16']
for op in ['subtract', 'mod', 'add', 'true_divide', 'maximum', 'bitwise_and', 'lcm', 'bitwise_xor']:
    for a in TYPES:
        for b in TYPES:
            for s1, s2 in [((2, 3), (2, 3)), ((2, 1), (3,)), ((1, 3), (3,)), ((0, 3), (0, 3)), ((0, 3), (3,))]:
                show("%s %s%s %s%s" % (op, a, s1, b, s2), lambda: getattr(np, op)(arr(s1, a), arr(s2, b)))
x = arr((2, 3), 'int64')
x -= arr((3,), 'int32')
print("isub", x.dtype, x.asnumpy().tolist())
show("isub same shape", lambda: x.__isub__(arr((2, 3), 'int32')))
show("operator -", lambda: arr((2, 1), 'int8') - arr((3,), 'int32'))
show("operator %", lambda: arr((2, 1), 'bool') % arr((3,), 'int8'))
show("operator ^", lambda: arr((2, 1), 'bool') ^ arr((3,), 'bool'))
