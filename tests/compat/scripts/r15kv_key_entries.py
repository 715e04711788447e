"""Keys a local store holds after init and after refused calls: a failed call leaves an empty entry, str keys are
numbered in init order, and a call without arrays still fixes the store's key kind."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if isinstance(r, nd.NDArray) else r)
    except Exception as e:
        print(label, "->", words(e))


def pulled(kv, key):
    out = nd.zeros((2,))
    kv.pull(key, out=out)
    return out


def rows(kv, key):
    kv.row_sparse_pull(key, out=nd.zeros((2,)).tostype("row_sparse"), row_ids=nd.array([0]))


calls = [("push", lambda kv: kv.push(3, nd.ones((2,)))), ("pull", lambda kv: pulled(kv, 3)),
         ("pushpull", lambda kv: kv.pushpull(3, nd.ones((2,)))), ("row_sparse_pull", lambda kv: rows(kv, 3))]
for kind in ["local", "device"]:
    for name, call in calls:
        for updater in [False, True]:
            kv = mx.kv.create(kind)
            kv.init(100, nd.ones((2,)))
            if updater:
                kv._set_updater(lambda key, grad, weight: None)
            print("--", kind, name, "updater" if updater else "")
            attempt("  missing key", lambda: call(kv))
            attempt("  init it", lambda: kv.init(3, nd.ones((2,))))
            attempt("  pull it", lambda: pulled(kv, 3))
            attempt("  pull another", lambda: pulled(kv, 100))
    kv = mx.kv.create(kind)
    kv.init(100, nd.ones((2,)))
    attempt(kind + " pull a list, one key missing", lambda: kv.pull([100, 9], out=[nd.zeros((2,)), nd.zeros((2,))]))
    attempt(kind + " pull a missing key into a sparse array", lambda: kv.pull(4, out=nd.zeros((2,)).tostype("row_sparse")))
    attempt(kind + " init it", lambda: kv.init(4, nd.ones((2,))))

kv = mx.kv.create("device")
kv.init(100, nd.ones((2,)))
attempt("device list push to a missing key", lambda: kv.push(3, [nd.ones((2,)), nd.ones((2,))]))
attempt("device init it", lambda: kv.init(3, nd.ones((2,))))

for kind in ["local", "device"]:
    kv = mx.kv.create(kind)
    attempt(kind + " init a", lambda: kv.init("a", nd.ones((2,))))
    attempt(kind + " init b c b d", lambda: kv.init(["b", "c", "b", "d"], [nd.ones((2,))] * 4))
    for key in "abcd":
        attempt("  pull " + key, lambda: pulled(kv, key))
    attempt("  row_sparse_pull c", lambda: rows(kv, "c"))
    attempt("  init c", lambda: kv.init("c", nd.ones((2,))))
    attempt("  init d", lambda: kv.init("d", nd.ones((2,)) * 4))
    attempt("  pull d", lambda: pulled(kv, "d"))
    attempt("  init f twice", lambda: kv.init("f", [nd.ones((2,)), nd.ones((2,))]))
    attempt("  pull f", lambda: pulled(kv, "f"))
    attempt("  push no keys", lambda: kv.push([], []))
    attempt("  pull no keys", lambda: kv.pull([], out=[]))
    attempt("  push an int key no arrays", lambda: kv.push(0, []))
    attempt("  pushpull an int key no arrays", lambda: kv.pushpull(0, [], out=[]))
    attempt("  push a str key no arrays", lambda: kv.push("a", []))
    fresh = mx.kv.create(kind)
    attempt("fresh push no keys", lambda: fresh.push([], []))
    attempt("  then a str key", lambda: fresh.init("a", nd.ones((2,))))
    fresh = mx.kv.create(kind)
    attempt("fresh row_sparse_pull of a str key, no arrays", lambda: fresh.row_sparse_pull("x", out=[], row_ids=[]))
    attempt("  then an int key", lambda: fresh.init(1, nd.ones((2,))))

kv = mx.kv.create("local")
seen = []
attempt("init True", lambda: kv.init(True, nd.ones((2,))))
attempt("pull 1", lambda: pulled(kv, 1))
attempt("init [False, 1]", lambda: kv.init([False, 1], [nd.ones((2,)), nd.ones((2,))]))
attempt("pull 0", lambda: pulled(kv, 0))
kv._set_updater(lambda key, grad, weight: seen.append((type(key).__name__, key)))
attempt("push True", lambda: kv.push(True, nd.ones((2,))))
print("updater saw", seen)
