"""mx.np setitem through index arrays that only a None keeps apart: the value is laid out index-axes first."""
# recorded on AVX2
import numpy as _np
import mxnet as mx
from mxnet import np

base = _np.arange(4 * 6 * 5 * 5, dtype='int32').reshape(4, 6, 5, 5)
keys = [
    (slice(None), slice(3, 5), None, [2, 3], None, [3, 4]),
    (None, slice(None), slice(3, 5), [2, 3], None, [3, 4]),
    (slice(None), slice(1, 4), [0, 2], None, [1, 1]),
    (slice(1, 3), [[0], [2]], None, [1, 4], slice(None)),
    ([1, 2], slice(3, 5), None, None, [3, 4]),
]
for key in keys:
    want = base[key].shape
    print("key", key, "selects", np.array(base)[key].shape)
    values = [_np.arange(int(_np.prod(want))).reshape(want), _np.arange(want[-1]), 7,
              _np.arange(int(_np.prod(want[:-1]))).reshape(want[:-1] + (1,))]
    for v in values:
        for wrap in (False, True):
            x = np.array(base)
            try:
                x[key] = np.array(v) if wrap else v
                ref = base.copy()
                ref[key] = v
                print("  value", _np.shape(v), "mx" if wrap else "np", "matches numpy:", bool((x.asnumpy() == ref).all()),
                      "sum", int(x.asnumpy().sum()))
            except Exception as e:
                print("  value", _np.shape(v), "ERR", type(e).__name__, str(e).splitlines()[-1][:160])
    x = np.array(base)
    for bad in [_np.zeros(want[1:] + want[:1]), _np.zeros((3,))]:
        try:
            x[key] = bad
            print("  bad", bad.shape, "written")
        except Exception as e:
            print("  bad", bad.shape, "ERR", type(e).__name__, str(e).splitlines()[-1][:160])
