"""np.insert with bool values (or a bool array) fails when read, at the kernel line MXNet names: several places, one place by an array, one by a number (a one-place slice too); shape and index checks first."""
import numpy as onp
import mxnet as mx

np = mx.np
mx.npx.set_np()
for adt, vdt in [('bool', 'bool'), ('bool', 'float32'), ('float32', 'bool'), ('int32', 'bool')]:
    a = np.array(onp.ones((2, 3)), dtype=adt)
    b = np.array(onp.array([1, 0, 1]), dtype=vdt)
    for obj in [1, slice(1, 2), slice(0, 2), slice(0, 4, 3), np.array(1, dtype='int64'), np.array([1], dtype='int64'),
                np.array([0, 1], dtype='int64'), -1, 5]:
        for ax in [0, 1, None]:
            stage = 'call'
            try:
                r = np.insert(a, obj, b if ax != 1 else b[:2], axis=ax)
                stage = 'read'
                r.asnumpy()
                print(adt, vdt, obj, ax, 'ok', r.shape, r.dtype)
            except mx.base.MXNetError as e:
                lines = str(e).strip().splitlines()
                print(adt, vdt, obj, ax, stage, lines[1].strip() if len(lines) > 2 else '', lines[-1])
