"""Legacy unknown (0) sizes: contrib.arange_like works when the axis it reads is known and otherwise fails sizing its output; Concat fails shape inference before its type check, and prints unknown sizes as -1."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:200]
    return lines[-1][:200] if lines else ''


def show(tag, f):
    try:
        y = f()
        print(tag, '->', y.shape, y.dtype.__name__, y.asnumpy().ravel().tolist())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


for s in [(0,), (4, 0), (0, 3), (2, 3), (2, 0, 3)]:
    for kw in [{}, {'axis': 0}, {'axis': 1}, {'axis': -1}, {'repeat': 2}, {'repeat': 2, 'axis': 0}, {'axis': 5},
               {'start': 1.5, 'step': 0.5, 'axis': -1}]:
        show('arange_like %s %s' % (s, kw), lambda: nd.contrib.arange_like(nd.array(np.ones(s)), **kw))
pairs = [(('int32', (0,)), ('int64', (0,))), (('int32', (0,)), ('int32', (0,))), (('int32', (2,)), ('int64', (0,))),
         (('int32', (0, 2)), ('int64', (0, 3))),
         (('float32', (2,)), ('int64', (3,))), (('float32', (2, 0)), ('float16', (3, 0))), (('float32', (2, 3)), ('float32', (2, 4)))]
for a, b in pairs:
    for dim in [0, 1]:
        show('concat %s %s dim=%d' % (a, b, dim),
             lambda: nd.concat(nd.array(np.ones(a[1]), dtype=a[0]), nd.array(np.ones(b[1]), dtype=b[0]), dim=dim))
