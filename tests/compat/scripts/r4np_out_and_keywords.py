"""mx.np out= arrays checked as MXNet's shape and type inference checks them (rounding, predicates, dot/matmul,
@=, reductions, average), keywords MXNet hands to an operator that lacks them, percentiles out of range."""
import mxnet as mx
np = mx.np
mx.npx.set_np()


def run(label, fn):
    try:
        r = fn()
        if isinstance(r, tuple):
            print(label, [(v.dtype, v.shape, v.asnumpy().tolist()) for v in r])
        else:
            print(label, r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # the error class is part of the behaviour
        print(label, type(e).__name__)


x = np.array([[0.4, 1.6, -2.5], [3.5, -0.5, 2.25]])
i = np.array([[1, 2, 3], [4, 5, 6]], dtype='int32')
OUTS = {"f32": lambda: np.zeros((2, 3)), "f64": lambda: np.zeros((2, 3), dtype='float64'),
        "i32": lambda: np.zeros((2, 3), dtype='int32'), "bool": lambda: np.zeros((2, 3), dtype='bool'),
        "row": lambda: np.zeros((3,)), "row bool": lambda: np.zeros((3,), dtype='bool'),
        "col": lambda: np.zeros((2,)), "col bool": lambda: np.zeros((2,), dtype='bool'),
        "col i64": lambda: np.zeros((2,), dtype='int64')}
for name in ["around", "round", "round_", "isnan", "isinf", "isfinite", "isposinf", "isneginf", "logical_not",
             "nan_to_num", "sin"]:
    for o, make in OUTS.items():
        def call():
            out = make()
            r = getattr(np, name)(x, out=out)
            return r, out
        run("%s out=%s" % (name, o), call)
    for kw in [{"where": True}, {"dtype": "float64"}, {"decimals": 1}, {"foo": 1}]:
        run("%s %s" % (name, kw), lambda: getattr(np, name)(x, **kw))
for name in ["rad2deg", "deg2rad"]:
    run(name, lambda: getattr(np, name)(x))
    run(name + " dtype", lambda: getattr(np, name)(x, dtype="float64"))
for fn in ["dot", "matmul"]:
    for o, make in [("ok", lambda: np.zeros((2, 2))), ("f64", lambda: np.zeros((2, 2), dtype='float64')),
                    ("shape", lambda: np.zeros((3,)))]:
        run("%s out=%s" % (fn, o), lambda: getattr(np, fn)(x, x.T, out=make()))
    run("%s vector out" % fn, lambda: getattr(np, fn)(x, np.ones(3), out=np.zeros((3,))))
for other in [np.ones((3, 3)), np.ones((3,)), 2, [1, 2, 3]]:
    def imatmul():
        y = x.copy()
        y @= other
        return y
    run("@= %s" % (getattr(other, "shape", other),), imatmul)
for name in ["all", "any", "sometrue", "sum", "prod", "product", "max", "mean", "argmax", "average"]:
    for o, make in OUTS.items():
        run("%s(axis=1) out=%s" % (name, o), lambda: getattr(np, name)(x, axis=1, out=make()))
        run("%s int (axis=1) out=%s" % (name, o), lambda: getattr(np, name)(i, axis=1, out=make()))
    for kw in [{"ddof": 1}, {"dtype": "float64"}, {"keepdims": True}]:
        run("%s %s" % (name, kw), lambda: getattr(np, name)(x, axis=0, **kw))
for fn, qs in [("percentile", [50, 100, 0, 101, -1, 100.5, [10, 90], [10, 190]]),
               ("quantile", [0.5, 1, 0, 1.01, -0.1, 100, [0.1, 0.9], [0.1, 1.9]])]:
    for q in qs:
        run("%s q=%s" % (fn, q), lambda: getattr(np, fn)(x, np.array(q) if isinstance(q, list) else q))
        run("%s q=%s axis=1" % (fn, q), lambda: getattr(np, fn)(x, np.array(q) if isinstance(q, list) else q, axis=1))
for name in ["sum", "prod", "max", "mean"]:
    run("method %s(initial=2)" % name, lambda: getattr(x, name)(initial=2))
    run("method %s positional" % name, lambda: getattr(x, name)(1, None, None, True) if name in ("sum", "prod")
        else getattr(x, name)(1))
for casting in ["unsafe", "safe", "same_kind", "no", "equiv"]:
    run("astype casting=%s" % casting, lambda: i.astype("int8", casting=casting))
    run("astype float casting=%s" % casting, lambda: x.astype("float64", casting=casting))
