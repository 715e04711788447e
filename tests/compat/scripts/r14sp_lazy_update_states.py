"""Update operators on a row_sparse gradient: weights and states of every storage, lazy or not, in place or not; row_sparse states keep the rows they store."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show
from _words import words


sp = nd.sparse
W = np.arange(15, dtype=np.float32).reshape(5, 3) / 10
G = nd.array([[0, 0, 0], [1, -2, 3], [0, 0, 0], [0.5, 0, -1], [0, 0, 0]]).tostype("row_sparse")


def stored(x):
    if x.stype == "default":
        return np.round(x.asnumpy(), 5).tolist()
    return f"{x.stype} rows={x.indices.asnumpy().tolist()} {np.round(x.asnumpy(), 5).tolist()}"


def every_row(m):
    return sp.row_sparse_array((m, np.arange(5)), shape=(5, 3))


for name, count, kw in [("sgd_update", 0, {}), ("sgd_mom_update", 1, {"momentum": 0.9}), ("adam_update", 2, {}),
                        ("ftrl_update", 2, {}), ("adagrad_update", 1, {"epsilon": 1e-7})]:
    fn = getattr(sp, name) if name == "adagrad_update" else getattr(nd, name)
    for stype in ["default", "row_sparse"]:
        for lazy in [None, True, False]:
            if lazy is not None and name in ("ftrl_update", "adagrad_update"):
                continue
            w = nd.array(W) if stype == "default" else every_row(W)
            states = [nd.zeros((5, 3)) if stype == "default" else every_row(np.zeros((5, 3), np.float32))
                      for _ in range(count)]
            extra = {} if lazy is None else {"lazy_update": lazy}
            wd = 0.0 if name == "adagrad_update" else 0.01
            try:
                fn(w, G, *states, lr=0.1, wd=wd, out=w, **dict(kw, **extra))
                print(name, stype, lazy, "->", stored(w), [stored(s) for s in states])
            except Exception as e:
                print(name, stype, lazy, "->", words(e))
partial = sp.row_sparse_array((W[:2], [0, 3]), shape=(5, 3))
attempt("sgd_update of a weight missing rows", lambda: nd.sgd_update(partial, G, lr=0.1, out=partial))
attempt("  the weight afterwards", lambda: partial)
attempt("sgd_update out of place", lambda: nd.sgd_update(every_row(W), G, lr=0.1))
