"""default_batchify_fn on samples mixing numbers or numpy arrays with MXNet arrays, with and without NumPy shape semantics: which ones warn about ragged nesting before the dtype KeyError."""
# recorded on AVX2
import warnings

import numpy as np
import mxnet as mx
from mxnet.gluon.data import DataLoader
from mxnet.gluon.data.dataloader import default_batchify_fn, default_mp_batchify_fn


def samples():
    return [("np, nd", [np.ones(2), mx.nd.ones(2)]),
            ("np, mx.np", [np.ones(2), mx.np.ones(2)]),
            ("list, nd", [[1, 2], mx.nd.ones(2)]),
            ("int, nd", [1, mx.nd.ones(2)]),
            ("np 2x2, nd 2x2", [np.ones((2, 2)), mx.nd.ones((2, 2))]),
            ("np 2, nd 3", [np.ones(2), mx.nd.ones(3)]),
            ("list of nd", [[mx.nd.ones(2)], [mx.nd.ones(2)]]),
            ("nd row lists", [[mx.nd.ones((1, 2)), 1], [mx.nd.ones((1, 2)), 2]])]


def run(fn, batch):
    with warnings.catch_warnings(record=True) as seen:
        warnings.simplefilter("always")
        warnings.filterwarnings("ignore", category=ImportWarning)
        try:
            out = fn(batch)
            result = "%s %s" % (type(out).__name__, out.shape)
        except Exception as e:
            result = "%s %s" % (type(e).__name__, str(e).splitlines()[0])
    kinds = sorted({"%s: %s" % (w.category.__name__, str(w.message)[:60]) for w in seen})
    return result, kinds


for mode in ("legacy", "np_shape", "np"):
    if mode == "np_shape":
        mx.set_np_shape(True)
    elif mode == "np":
        mx.set_np_shape(False)
        mx.npx.set_np()
    for name, batch in samples():
        print(mode, name, run(default_batchify_fn, batch), run(default_mp_batchify_fn, batch)[0])
    loader = DataLoader([(mx.nd.ones(2), np.float32(1)), (np.ones(2), np.float32(2))], batch_size=2)
    print(mode, "loader", run(lambda b: next(iter(loader)), None))
mx.npx.reset_np()
