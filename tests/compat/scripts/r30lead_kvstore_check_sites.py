"""Local kvstore refusals printed with MXNet's source lines: a row_sparse_pull of a dense-stored key
(kvstore_local.h:303), a 'device' store's gradient compression of an unknown type or a threshold <= 0
(gradient_compression.cc:48 / :44); 'local' refuses compression altogether."""
# recorded on AVX2
import mxnet as mx


def show(label, call):
    try:
        call()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, " | ".join(str(e).splitlines()[-2:]))


kv = mx.kv.create('local')
kv.init(3, mx.nd.ones((2, 3)))
show("dense key", lambda: kv.row_sparse_pull(3, out=mx.nd.zeros((2, 3)).tostype('row_sparse'),
                                             row_ids=mx.nd.array([0])))
for t in ['device', 'local']:
    kv = mx.kv.create(t)
    for c in [{'type': '1bit', 'threshold': 0.5}, {'type': 'bogus'}, {'type': '2bit', 'threshold': -1},
              {'type': '2bit', 'threshold': 0}]:
        show(f"{t} {c}", lambda: kv.set_gradient_compression(c))
