"""np.tensordot with a 0-d operand multiplies, but only in its float kernels: a bool or integer product has its dtype
and shape, and reading it raises the kernel's words (an int ``axes``: the float16 check; axes pairs: the type
switch's, bool an unknown type enum); float16 fails on CPU; an empty result runs no kernel. Axes pairs of
unequal lengths are refused by a check with no words after its values; np.dot of a 0-d operand names a bool dtype
"unknown" when the dtypes differ."""
# recorded on AVX2
from mxnet import np, npx

from _words import words

npx.set_np()
for dt in ['bool', 'uint8', 'int8', 'int32', 'int64', 'float16', 'float32', 'float64']:
    for sa, sb, axes in [((), (), 0), ((), (2,), 0), ((2, 3), (), 1), ((), (), 1), ((), (2,), ((), ())),
                         ((), (2, 0), 0), ((0,), (), ((), ()))]:
        a, b = np.ones(sa, dtype=dt), np.ones(sb, dtype=dt)
        try:
            r = np.tensordot(a, b, axes=axes)
            print(dt, sa, sb, axes, r.dtype, r.shape)
            print(dt, sa, sb, axes, r.tolist())
        except Exception as e:  # noqa: BLE001
            print(dt, sa, sb, axes, words(e))
for axes in [([0], []), ([0, 1], [0]), ([1], [0, 1])]:
    try:
        np.tensordot(np.ones((2, 3)), np.ones((2, 3)), axes=axes)
    except Exception as e:  # noqa: BLE001
        print(axes, type(e).__name__, str(e).splitlines())
for da in ['bool', 'float32', 'int32']:
    for db in ['bool', 'float32', 'int8']:
        for sa, sb in [((2, 2), ()), ((), (2,)), ((), ())]:
            try:
                r = np.dot(np.ones(sa, dtype=da), np.ones(sb, dtype=db))
                print('dot', da, db, sa, sb, r.dtype, r.shape)
            except Exception as e:  # noqa: BLE001
                print('dot', da, db, sa, sb, words(e))
