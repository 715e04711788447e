"""Row_sparse update kernels called directly (nd and nd.sparse) store every row of a row_sparse state that stored none (zeros first), note the lazy update once (not for ftrl, nor sgd without decay), and ftrl with a dense weight reports its storage fallback."""
# recorded on AVX2
import mxnet as mx
from _stderr import stderr_of


def grad():
    return mx.nd.array([[0, 0.5, 0], [0, 0, 0], [2, 0, -0.3]]).tostype("row_sparse")


def zeros():
    return mx.nd.zeros((3, 3)).tostype("row_sparse")


def run(label, call):
    res, lines = stderr_of(call)
    print("==", label, "ERR " + type(res).__name__ if isinstance(res, Exception) else "")
    for line in lines:
        if line.startswith(("operator", "input storage")) or "Optimizer with lazy_update" in line:
            print("  ", line[:100])


for ns in ["nd", "sparse"]:
    space = mx.nd if ns == "nd" else mx.nd.sparse
    for name, n, kw in [("sgd_update", 0, {}), ("ftrl_update", 2, {}), ("sgd_mom_update", 1, {}),
                        ("sgd_mom_update", 1, {"lazy_update": False}), ("adam_update", 2, {}),
                        ("sgd_update", 0, {"wd": 0.1})]:
        w, states = mx.nd.ones((3, 3)).tostype("row_sparse"), [zeros() for _ in range(n)]
        run(f"{ns}.{name} {kw}", lambda: getattr(space, name)(w, grad(), *states, lr=0.1, out=w, **kw))
        print("   weight rows", w.indices.asnumpy().tolist(), "state rows", [s.indices.asnumpy().tolist() for s in states])
        print("  ", [s.asnumpy().round(5).tolist() for s in states])
    w, h = mx.nd.ones((3, 3)).tostype("row_sparse"), zeros()
    if ns == "sparse":
        run("sparse.adagrad_update", lambda: mx.nd.sparse.adagrad_update(w, grad(), h, lr=0.1, epsilon=1e-7, out=w))
        print("   history rows", h.indices.asnumpy().tolist(), h.data.asnumpy().round(5).tolist())
    w, z, n = mx.nd.ones((3, 3)), mx.nd.ones((3, 3)), mx.nd.ones((3, 3))
    run(f"{ns}.ftrl_update dense weight", lambda: space.ftrl_update(w, grad(), z, n, lr=0.1, wd=0.01, out=w))
    print("  ", w.asnumpy().round(5).tolist())
