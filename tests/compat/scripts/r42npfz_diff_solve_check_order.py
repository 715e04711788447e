"""np.diff refuses prepend=/append= before its attributes are parsed, and np.linalg.solve checks the solved dimension before the stacked ones, as MXNet does."""
from mxnet import np, npx
npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.dtype, r.shape)
    except Exception as e:  # noqa: BLE001
        print(label, "->", type(e).__name__, str(e).strip().splitlines()[-1][:160])


x = np.ones((2, 3))
for kw in [dict(append=np.array([1.])), dict(prepend=0), dict(axis=None), dict(axis=None, append=1), dict(n=-1, append=1),
           dict(n=1.5), dict(n=1.5, prepend=1), dict(axis=5, prepend=2), dict(append=None), dict(axis="x", append=3),
           dict(prepend=None, axis=None), dict(n=0), dict(n=5), dict(axis=-3)]:
    show("diff %s" % kw, lambda: np.diff(x, **kw))
    show("diff 0-d %s" % kw, lambda: np.diff(np.array(1.), **kw))
show("diff positional append", lambda: np.diff(x, 1, None, None, 1))
for da, db in [("float32", "float32"), ("int32", "float32"), ("float32", "float64")]:
    for sa, sb in [((2, 3, 3), (3, 2)), ((3, 3), (2, 3)), ((3, 3), (3,)), ((2, 3, 3), (2, 3)), ((3, 3), (4,)),
                   ((2, 3, 3), (4, 2, 1)), ((2, 3, 3), (4, 2)), ((2, 5, 3, 3), (2, 4, 3)), ((2, 5, 3, 3), (2, 4, 2)),
                   ((2, 5, 3, 3), (3, 4, 2)), ((2, 5, 3, 3), (3, 4, 2, 2)), ((2, 5, 3, 3), (2, 4, 3, 2)), ((3, 3), ())]:
        show("solve %s %s %s %s" % (da, sa, db, sb), lambda: np.linalg.solve(np.ones(sa, dtype=da), np.ones(sb, dtype=db)))
