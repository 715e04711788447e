"""Reductions to another dtype: to bool, sum and mean add the values wide (integers without wrapping) and cast the
total, so a zero total is False; a float16 product to an integer type is multiplied in float and truncated. A
dtype they lack is refused naming the attributes their front ends set (sum, prod: axis and keepdims when given)."""
# recorded on AVX2
from mxnet import np, npx

from _words import words

npx.set_np()
rows = [[-2, -2, 5, -1, 3], [4, -5, 2, 3, 1], [-2, 7, -7, -2, 0]]
for idt in ['int64', 'int8', 'uint8', 'float32', 'float16']:
    a = np.array(rows, dtype=idt)
    for dt in ['bool', 'int8', 'int32', 'float16']:
        for ax in [0, 1, None]:
            print(idt, dt, ax, [getattr(np, f)(a, axis=ax, dtype=dt).tolist() for f in ['mean', 'sum', 'prod']])
h = np.array([1.504, 2.342, -0.933, 0.9614, 1.882, 1.973, -2.074, -2.305, -1.65, 1.891], dtype='float16')
for dt in ['int64', 'int32', 'int8', 'float32', 'float64']:
    print('half', dt, repr(np.prod(h, dtype=dt)), repr(np.prod(h.reshape(2, 5), axis=1, dtype=dt)))
for f in ['prod', 'sum', 'mean']:
    for kw in [dict(axis=-1), {}, dict(axis=(0,)), dict(axis=0, keepdims=True), dict(keepdims=True)]:
        try:
            getattr(np, f)(np.ones((2, 2)), dtype='uint8', **kw)
        except Exception as e:  # noqa: BLE001
            print(f, sorted(kw.items()), words(e))
