"""mx.np sort order with NaNs and ties, percentile/diff/ediff1d/insert/delete/roll checks and empty results."""
from mxnet import np, npx
npx.set_np()

inf, nan = float("inf"), float("nan")
S = [0., -0., 1., -1., nan, inf, -inf, 0.5, -2.5]


def show(label, fn):
    try:
        r = fn()
        if isinstance(r, (list, tuple)):
            text = " ".join("%s%s" % (x.dtype, x.asnumpy().tolist()) for x in r)
        else:
            text = "%s %s %s" % (r.dtype, r.shape, r.asnumpy().tolist())
    except Exception as e:  # noqa: BLE001
        text = "raised " + type(e).__name__
    print(label, "->", text)


d = np.array(S, dtype="float32")
show("diff", lambda: np.diff(d))
show("diff n=0", lambda: np.diff(d, n=0))
show("diff n=2", lambda: np.diff(d, n=2))
show("diff n=-1", lambda: np.diff(d, n=-1))
show("diff prepend", lambda: np.diff(d, prepend=5))
show("diff append array", lambda: np.diff(d, append=np.ones(2)))
show("diff bool empty", lambda: np.diff(np.ones(1, dtype="bool")))
show("ediff1d", lambda: np.ediff1d(d))
show("ediff1d to_end other dtype", lambda: np.ediff1d(d, to_end=np.ones(2, dtype="int32")))
show("ediff1d to_begin list", lambda: np.ediff1d(d, to_begin=[1, 2]))

x = np.array(S * 4 + [3., 2.], dtype="float32")
show("sort nan 9", lambda: np.sort(np.array(S, dtype="float32")))
show("argsort nan 9", lambda: np.argsort(np.array(S, dtype="float64")))
show("sort nan 38", lambda: np.sort(x))
show("argsort nan 38", lambda: np.argsort(x))
show("argsort ties 40", lambda: np.argsort(np.array([i % 5 for i in range(40)], dtype="int32")))
show("argsort 2d axis0", lambda: np.argsort(np.array(S[:8], dtype="float32").reshape(4, 2), axis=0))
show("sort 0-d", lambda: np.sort(np.array(1.5)))
show("sort 0-d axis None", lambda: np.sort(np.array(1.5), axis=None))
show("sort bad axis", lambda: np.sort(np.ones((2, 3)), axis=2))

for shape, axis in (((0, 3), -1), ((3, 0, 2), 0), ((3, 0, 2), -1)):     # (non-empty results of empty input: garbage)
    z = np.zeros(shape)
    show("quantile %s %s" % (shape, axis), lambda: np.quantile(z, 0.5, axis=axis))
    show("percentile bool %s %s" % (shape, axis), lambda: np.percentile(z.astype("bool"), 50, axis=axis))
show("quantile 0-d", lambda: np.quantile(np.array(2.0), 0.5))
show("quantile bad axis", lambda: np.quantile(np.ones((2, 3)), 0.5, axis=2))
show("quantile duplicate axes", lambda: np.quantile(np.ones((2, 3)), 0.5, axis=(1, 1)))

a = np.arange(5, dtype="float32")
show("insert slice scalar", lambda: np.insert(a, slice(1, 3), 9))
show("insert index out of range", lambda: np.insert(a, 30, 1))
show("insert bad axis", lambda: np.insert(a, 1, np.ones(4), axis=1))
show("delete index out of range", lambda: np.delete(a, 10))
show("delete array out of range", lambda: np.delete(a, np.array([1, 9], dtype="int64")))
show("roll duplicate axes", lambda: np.roll(np.ones((2, 3)), 1, axis=(1, 1)))
show("roll empty bool", lambda: np.roll(np.zeros((0, 3), dtype="bool"), 1))
show("dsplit bool", lambda: np.dsplit(np.ones((2, 3, 4), dtype="bool"), 2))
show("diff bool", lambda: np.diff(np.ones(3, dtype="bool")))
