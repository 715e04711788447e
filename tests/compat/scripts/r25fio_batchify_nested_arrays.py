# default_batchify_fn on samples nesting NDArrays inside lists: numpy (1.23) reads an NDArray as an endless
# nest of rows, so it warns (too deep, or ragged), then fails copying a numpy array or looking up the object dtype.
# NDArrayIter with a float batch_size: the slices' end is the int sample count when it is the smaller.
# recorded on AVX2
import warnings

import mxnet as mx
import numpy as np
from mxnet.gluon.data.dataloader import default_batchify_fn, default_mp_batchify_fn
from _words import words

nd = mx.nd
v, m = nd.array([1, 2]), nd.ones((2, 2))
CASES = [
    ("[[v]]", [[v]]), ("[[m]]", [[m]]), ("[[v], [v]]", [[v], [v]]), ("[[v, v]]", [[v, v]]), ("[[[v]]]", [[[v]]]),
    ("[[1, v]]", [[1, v]]), ("[1, v]", [1, v]), ("[[1], [v]]", [[1], [nd.ones(1)]]), ("[(1, [v])]", [(1, [v])]),
    ("[[np(2), v]]", [[np.ones(2), v]]), ("[[v], [1, 2]]", [[v], [1, 2]]),
    ("[np(2,2), v, v]", [np.ones((2, 2), "float32"), v, v]), ("[np(2,2), (v, 'x')]", [np.ones((2, 2)), (v, "x")]),
    ("[(v, 'x')]", [(v, "x")]), ("[v]", [v]), ("[v, v]", [v, v]), ("[(v,), (v,)]", [(v,), (v,)]),
]
for label, samples in CASES:
    for name, fn in [("bf", default_batchify_fn), ("mp", default_mp_batchify_fn)]:
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                out = fn(samples)
                shown = [(x.shape, x.context) for x in out] if isinstance(out, list) else (out.shape, out.context)
            except Exception as e:
                shown = words(e)
        kinds = [f"{w.category.__name__}: {str(w.message)[:60]}" for w in caught if w.category is not ImportWarning]
        print(label, name, "->", shown, kinds)

for n in [2, 3, 5]:
    for bs in [2.0, 1.0, np.float32(2)]:
        for handle in ["pad", "discard", "roll_over"]:
            try:
                it = mx.io.NDArrayIter(np.arange(n * 2).reshape(n, 2), np.arange(n), batch_size=bs,
                                       last_batch_handle=handle)
                print(n, bs, handle, it.provide_data, [(b.data[0].asnumpy().tolist(), b.pad) for b in it])
            except Exception as e:
                print(n, bs, handle, words(e))
