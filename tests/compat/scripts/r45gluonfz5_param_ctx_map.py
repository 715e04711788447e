"""A Parameter keeps its per-context copy index as MXNet's _ctx_map (two device-type lists indexed by device id, None for gaps) and finds each context's copy through it."""
import mxnet as mx
from mxnet import gluon, nd

p = gluon.Parameter('w', shape=(2,))
print(p._ctx_map)
for ctxs in ([mx.cpu(0)], [mx.cpu(2), mx.cpu(0)], [mx.cpu(3)], [mx.cpu(1), mx.cpu_pinned(4)]):
    p = gluon.Parameter('w', shape=(2,))
    p.initialize(init=mx.init.One(), ctx=ctxs)
    print(ctxs, p._ctx_map, p.list_ctx())
    for c in (mx.cpu(0), mx.cpu(1), mx.cpu(2), mx.cpu(5), mx.Context('cpu_shared', 3), mx.cpu_pinned(4)):
        try:
            print(' ', c, p.data(c).context)
        except RuntimeError as e:
            print(' ', c, 'RuntimeError', e)
p.reset_ctx([mx.cpu(6)])
print(p._ctx_map, p.data(mx.cpu(6)).context)
