"""Where both operands of a sum or product are NaN, MXNet keeps the right one's NaN in float and double (the left one's in half, the left one's in whole 4-float groups of elemwise_add's float sum, the first NaN input's in add_n of 2 or 5+ arrays, the middle ones' in add_n of 3 or 4) and the array's beside a NaN number."""
import itertools

import mxnet as mx
import numpy as np

BITS = {'float16': (np.uint16, 0x7e00, 0x8000), 'float32': (np.uint32, 0x7fc00000, 0x80000000),
        'float64': (np.uint64, 0x7ff8000000000000, 0x8000000000000000)}


def nans(dtype, payload, negative, n):
    uint, quiet, sign = BITS[dtype]
    return np.full(n, quiet | payload | (sign if negative else 0), uint).view(dtype)


def kept(result, *operands):
    """Which operand's NaN each element holds (A, B, ...), run-length coded."""
    uint = BITS[np.dtype(result.dtype).name][0]
    names = {o.ravel().view(uint)[0]: 'ABCDEFGH'[i] for i, o in enumerate(operands)}
    letters = ''.join(names.get(v, '?') for v in result.asnumpy().ravel().view(uint))
    return ','.join(f'{k}{len(list(g))}' for k, g in itertools.groupby(letters))


def iadd(x, y):
    x += y
    return x


def imul(x, y):
    x *= y
    return x


BINARY = [('x+y', lambda x, y: x + y), ('x*y', lambda x, y: x * y), ('x-y', lambda x, y: x - y),
          ('x/y', lambda x, y: x / y), ('add', mx.nd.add), ('multiply', mx.nd.multiply),
          ('broadcast_add', mx.nd.broadcast_add), ('broadcast_mul', mx.nd.broadcast_mul),
          ('elemwise_add', mx.nd.elemwise_add), ('elemwise_mul', mx.nd.elemwise_mul), ('_plus', mx.nd._internal._plus),
          ('iadd', iadd), ('imul', imul)]

for dtype in BITS:
    for n in (1, 4, 5, 7, 8, 9, 15, 16, 17, 31, 33, 70):
        a, b = nans(dtype, 1, False, n), nans(dtype, 2, True, n)
        row = [f'{name}={kept(f(mx.nd.array(a, dtype=dtype), mx.nd.array(b, dtype=dtype)), a, b)}' for name, f in BINARY]
        print(dtype, n, ' '.join(row))
    for shape in ((2, 3), (3, 7), (2, 2, 5)):
        size = int(np.prod(shape))
        a, b = nans(dtype, 1, False, size).reshape(shape), nans(dtype, 2, True, size).reshape(shape)
        x, y = mx.nd.array(a, dtype=dtype), mx.nd.array(b, dtype=dtype)
        print(dtype, shape, kept(x + y, a, b), kept(x * y, a, b), kept(mx.nd.elemwise_add(x, y), a, b))

for dtype in BITS:
    for n in (1, 20):
        for k in range(2, 6):
            for mask in range(1, 2 ** k):
                arrays = [nans(dtype, i + 1, i % 2 == 1, n) if mask >> i & 1 else np.ones(n, dtype) for i in range(k)]
                total = mx.nd.add_n(*[mx.nd.array(v, dtype=dtype) for v in arrays])
                print(f'add_n {dtype} {n} {format(mask, f"0{k}b")[::-1]} {kept(total, *arrays)}', end='  ')
            print()

for dtype in BITS:
    for n in (1, 7, 20):
        x = mx.nd.array(nans(dtype, 1, True, n), dtype=dtype)
        row = []
        for name, f in [('x+s', lambda x, s: x + s), ('s+x', lambda x, s: s + x), ('x*s', lambda x, s: x * s),
                        ('s*x', lambda x, s: s * x), ('x-s', lambda x, s: x - s), ('s-x', lambda x, s: s - x),
                        ('plus_scalar', lambda x, s: mx.nd._internal._plus_scalar(x, scalar=s)),
                        ('mul_scalar', lambda x, s: mx.nd._internal._mul_scalar(x, scalar=s))]:
            r = f(x, float('nan')).asnumpy()
            row.append(f"{name}={r.view(BITS[dtype][0])[0]:x}x{len(r)}")
        print(dtype, n, ' '.join(row))
