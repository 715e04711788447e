"""Row_sparse weights in a kvstore whose optimizer kernel needs every row stored: the update is counted, nothing is
written, and the weight's first read (a pull) raises the kernel's refusal; then it reads unchanged."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


def rows(d):
    return nd.array(d).tostype("row_sparse")


def pulled(kv, key):
    out = nd.zeros((3, 2))
    kv.pull(key, out=out, ignore_sparse=False)
    return out


for kind in ["local", "device"]:
    for name, kwargs in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("adam", {}), ("ftrl", {})]:
        kv = mx.kv.create(kind)
        kv.init(0, rows([[0, 0], [0, 0], [3, 3]]))
        kv.init(1, rows([[1, 1], [2, 2], [3, 3]]))
        opt = mx.optimizer.create(name, learning_rate=0.5, **kwargs)
        kv.set_optimizer(opt)
        print("--", kind, name, kwargs)
        attempt("push to a weight missing rows", lambda: kv.push(0, rows([[1, 1], [0, 0], [0, 0]])))
        attempt("  pull", lambda: pulled(kv, 0))
        attempt("  pull again", lambda: pulled(kv, 0))
        attempt("push to a full weight", lambda: kv.push(1, rows([[1, 1], [0, 0], [0, 0]])))
        attempt("  pull", lambda: pulled(kv, 1))
        print("  updates counted", opt.num_update)

for name in ["sgd", "adam", "ftrl"]:
    opt = mx.optimizer.create(name, learning_rate=0.1)
    w = rows([[1, 2], [0, 0], [5, 6], [0, 0]])
    attempt(name + " update", lambda: opt.update(0, w, rows([[0, 0], [0, 0], [1, 1], [0, 0]]), opt.create_state(0, w)))
    attempt("  read", lambda: w)
    attempt("  read again", lambda: (w, w.indices.asnumpy().tolist())[1])
