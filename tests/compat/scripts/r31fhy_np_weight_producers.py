"""np-mode layer weights produced by concatenate/hstack, where, .T of unknown rank, expand_dims, reshape, ravel, squeeze or einsum get MXNet's partial shapes and errors (concatenation's own size check at its source line, unknown sizes shown as -1)."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import npx
npx.set_np()
S = mx.sym.np


def words(e):
    return re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e).splitlines()[0])[:200]


x = mx.sym.var('x').as_np_ndarray()
w = mx.sym.var('w').as_np_ndarray()
v = mx.sym.var('v').as_np_ndarray()
producers = [
    ('concat0', lambda: S.concatenate([w, v], axis=0)), ('concat1', lambda: S.concatenate([w, v], axis=1)),
    ('concat -1', lambda: S.concatenate([w, v], axis=-1)), ('hstack', lambda: S.hstack([w, v])),
    ('where', lambda: S.where(w, v, v)), ('T', lambda: w.T), ('expand', lambda: S.expand_dims(w, 0)),
    ('reshape', lambda: S.reshape(w, (-1,))), ('ravel', lambda: S.ravel(w)),
    ('npx reshape', lambda: mx.sym.npx.reshape(w, (-2, -1))), ('squeeze', lambda: S.squeeze(w)),
    ('einsum', lambda: S.einsum('ij->ij', w)),
]
consumers = [
    ('FC', lambda p: mx.sym.npx.fully_connected(x, p, num_hidden=3, no_bias=True), dict(x=(2, 5))),
    ('Embedding', lambda p: mx.sym.npx.embedding(x, p, input_dim=7, output_dim=4), dict(x=(2, 3))),
    ('dot', lambda p: S.dot(x, p), dict(x=(2, 5))),
]
for cname, consume, given in consumers:
    for pname, produce in producers:
        for extra in [{}, dict(w=(-1, -1)), dict(w=(-1, -1), v=(-1, -1)), dict(w=(2, -1), v=(-1, -1))]:
            g = dict(given, **extra)
            try:
                s = consume(produce())
                r = s.infer_shape_partial(**g)
                print(cname, pname, extra, dict((k, sh) for k, sh in zip(s.list_arguments(), r[0]) if k in 'wv'))
            except Exception as e:
                print(cname, pname, extra, type(e).__name__, words(e))
