"""Legacy (0 = unknown) sizes: which check speaks first for linalg ops on float16/int32/float32 inputs, det/slogdet/syevd shape words, gemm's unknown inner size, stack's axis, moments on 0-d arrays and isfinite on empty arrays."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:160]
    return lines[-1][:160] if lines else ''


def show(tag, f):
    try:
        y = f()
        ys = y if isinstance(y, (list, tuple)) else [y]
        print(tag, '->', [(o.shape, str(o.dtype)) for o in ys])
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


ops = {'det': 1, 'slogdet': 1, 'syevd': 1, 'inverse': 1, 'potrf': 1, 'sumlogdiag': 1, 'syrk': 1, 'gelqf': 1,
       'extractdiag': 1, 'makediag': 1, 'extracttrian': 1, 'maketrian': 1, 'trsm': 2, 'trmm': 2, 'gemm2': 2, 'gemm': 3}
for f, n in ops.items():
    for dt in ['float16', 'int32', 'float32']:
        for s in [(0, 3, 3), (2, 0, 0), (0,)] + ([(2, 0)] if dt != 'float32' else []):
            show('linalg.%s %s %s' % (f, dt, s), lambda: getattr(nd.linalg, f)(*[nd.array(np.ones(s), dtype=dt)] * n))
for s in [(2, 0, 3), (0,), (1, 0), (2, 3)]:
    for ax in [-4, 0, 3, 5]:
        show('stack %s axis=%d' % (s, ax), lambda: nd.stack(nd.array(np.ones(s)), nd.array(np.ones(s)), axis=ax))
for dt in ['float32', 'float16', 'int32']:
    z = nd.array(np.array(2, dtype=dt), dtype=dt)
    for kw in [{}, {'axes': ()}, {'axes': 0}, {'axes': (0,)}, {'axes': (-1,)}, {'axes': (0, 1)}, {'axes': (2,)}]:
        show('moments 0-d %s %s' % (dt, kw), lambda: nd.moments(z, **kw))
for dt in ['float32', 'int64', 'bool']:
    for s in [(0,), (2, 0)]:
        show('isfinite %s %s' % (dt, s), lambda: nd.contrib.isfinite(nd.array(np.ones(s), dtype=dt)))
