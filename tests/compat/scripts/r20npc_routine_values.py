"""Values and dtypes of mx.np routines across dtypes: sorting, sets, statistics, padding, differences, histograms."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def text(r):
    if isinstance(r, np.ndarray):
        return f"{r.dtype.name}{list(r.shape)} {r.asnumpy().round(4).tolist()}"
    if isinstance(r, (list, tuple)):
        return "(" + "; ".join(text(v) for v in r) + ")"
    return repr(r)


def show(label, fn):
    try:
        print(label, "->", text(fn()))
    except Exception as e:
        print(label, "->", words(e))


for dt in ["bool", "int8", "uint8", "int32", "int64", "float16", "float32", "float64"]:
    a = np.array([[2, 0, 3], [0, 1, 7]], dtype=dt)
    print("--", dt)
    show("sort None", lambda: np.sort(a, axis=None))
    show("argsort 0", lambda: np.argsort(a, axis=0))
    show("unique all", lambda: np.unique(a, return_index=True, return_inverse=True, return_counts=True))
    show("unique axis 1", lambda: np.unique(a, axis=1))
    show("cumsum", lambda: np.cumsum(a, axis=1))
    show("diff n=2", lambda: np.diff(a.reshape(-1), n=2))
    show("ediff1d", lambda: np.ediff1d(a, to_begin=5))
    show("mean int32", lambda: np.mean(a, axis=1, dtype="int32"))
    show("var ddof 1", lambda: np.var(a, axis=1, ddof=1))
    show("median", lambda: np.median(a, axis=1))
    show("percentile nearest", lambda: np.percentile(a, [25, 50], axis=0, interpolation="nearest"))
    show("quantile midpoint", lambda: np.quantile(a, 0.5, interpolation="midpoint"))
    show("histogram", lambda: np.histogram(a, bins=4, range=(0, 8)))
    show("pad linear_ramp", lambda: np.pad(a[0], (1, 2), mode="linear_ramp"))
    show("pad median", lambda: np.pad(a[0], (1, 2), mode="median"))
    show("pad reflect odd", lambda: np.pad(a[0], (1, 2), mode="reflect", reflect_type="odd"))
    show("pad constant 2.5", lambda: np.pad(a[0], (1, 2), constant_values=2.5))
    show("around -1", lambda: np.around(a * 25 if dt != "bool" else a, -1))
    show("searchsorted right", lambda: np.searchsorted(np.sort(a, axis=None), a[0], side="right"))
    show("count_nonzero (0,1)", lambda: np.count_nonzero(a, axis=(0, 1)))
    show("ptp 1", lambda: np.ptp(a, axis=1))
    show("average returned", lambda: np.average(a, axis=1, returned=True))
    for bins_dt in ["int32", "float32"]:
        show(f"histogram {bins_dt} bins", lambda: np.histogram(a, bins=np.array([0, 2, 8], dtype=bins_dt)))
