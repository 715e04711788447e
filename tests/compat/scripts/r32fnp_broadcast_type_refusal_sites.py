"""mx.np binary ops refusing a dtype pair name the broadcasting kernel's source line when the operand shapes differ."""
# recorded on AVX2
import numpy as onp
import mxnet as mx
from mxnet import np, npx
npx.set_np()


def arr(shape, dtype):
    k = onp.arange(int(onp.prod(shape)))
    values = (k % 3 == 0) if dtype == 'bool' else (k * 37 % 11) - 5 if dtype != 'uint8' else k * 37 % 11
    return np.array(onp.array(values).reshape(shape), dtype=dtype)


def show_error(e):
    lines = str(e).splitlines()
    if lines[0].startswith("Traceback") and len(lines) > 2:
        lines = [lines[1].strip() + " | " + lines[2]]
    print("ERR", type(e).__name__, lines[0])


for f in ['subtract', 'maximum', 'minimum', 'bitwise_or', 'bitwise_xor', 'lcm', 'divide', 'mod', 'copysign', 'ldexp']:
    for p, q, sa, sb in [('bool', 'bool', (2, 3), (3,)), ('bool', 'bool', (2, 3), (1, 2, 3)), ('bool', 'bool', (1, 3), (1, 3)),
                         ('int8', 'uint8', (1, 2, 3), (2, 3)), ('int32', 'int8', (2, 1), (1, 3)), ('float16', 'float32', (2, 3), (3,)),
                         ('bool', 'bool', (0, 3), (3,))]:
        try:
            r = getattr(np, f)(arr(sa, p), arr(sb, q))
            r.asnumpy()
            print(f, p, q, sa, sb, 'ok', r.dtype)
        except Exception as e:
            print(f, p, q, sa, sb, end=' ')
            show_error(e)
    try:
        o = np.zeros((2, 3), dtype='bool')
        getattr(np, f)(arr((2, 3), 'bool'), arr((3,), 'bool'), out=o)
        o.asnumpy()
        print(f, 'out ok')
    except Exception as e:
        print(f, 'out', end=' ')
        show_error(e)
for a, b in [(arr((2, 3), 'bool'), arr((3,), 'bool')), (arr((2, 3), 'int8'), arr((3,), 'uint8'))]:
    try:
        (a - b).asnumpy()
    except Exception as e:
        show_error(e)
