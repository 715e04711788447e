"""PrefetchingIter's warnings (one per wrapped iterator, as MXNet's threads give them) around its batches."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from _attempt import attempt


def base(n=5, bs=2, name="data", label="softmax_label"):
    return mx.io.NDArrayIter(np.arange(n, dtype=np.float32).reshape(n, 1), np.arange(n, dtype=np.float32), bs,
                             data_name=name, label_name=label)


def pads(it):
    return [b.pad for b in it]


cases = [
    ("one", lambda: pads(mx.io.PrefetchingIter(base()))),
    ("one in a list", lambda: pads(mx.io.PrefetchingIter([base()]))),
    ("two", lambda: pads(mx.io.PrefetchingIter([base(), base(name="d2", label="l2")]))),
    ("three", lambda: mx.io.PrefetchingIter([base(name="d%d" % i, label="l%d" % i) for i in range(3)]).provide_data),
    ("renamed", lambda: mx.io.PrefetchingIter([base(), base()], rename_data=[{"data": "a"}, {"data": "b"}]).provide_data),
    ("rename of a missing name", lambda: mx.io.PrefetchingIter(base(), rename_data=[{"x": "a"}])),
    ("no iterators", lambda: mx.io.PrefetchingIter([])),
    ("around ResizeIter", lambda: pads(mx.io.PrefetchingIter(mx.io.ResizeIter(base(), 4)))),
]
for label, fn in cases:
    attempt(label, fn)
it = mx.io.PrefetchingIter([base(), base(name="d2", label="l2")])
attempt("first epoch", lambda: pads(it))
attempt("reset", it.reset)
attempt("second epoch", lambda: [[a.asnumpy().ravel().tolist() for a in b.data] for b in it])
