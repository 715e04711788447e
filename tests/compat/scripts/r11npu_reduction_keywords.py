"""mx.np reductions read initial= (None only), and percentile/quantile check interpolation, overwrite_input and out= as MXNet."""
import mxnet as mx

mx.npx.set_np()
np = mx.np

A = {d: np.array([[[1, 2, 3], [4, 0, 6]], [[7, 1, 2], [0, 5, 3]]]).astype(d) for d in ("float32", "int8")}
CASES = [
    ("prod(float32, initial=None)", lambda: np.prod(A["float32"], initial=None)),
    ("max(int8, initial=None)", lambda: np.max(A["int8"], initial=None)),
    ("amin(int8, initial=None, axis=1)", lambda: np.amin(A["int8"], initial=None, axis=1)),
    ("sum(int8, initial=None, axis=1)", lambda: np.sum(A["int8"], initial=None, axis=1)),
    ("sum(int8, initial=1, axis=1)", lambda: np.sum(A["int8"], initial=1, axis=1)),
    ("prod(int8, initial=2.5)", lambda: np.prod(A["int8"], initial=2.5)),
    ("min(int8, initial=0)", lambda: np.min(A["int8"], initial=0)),
    ("percentile interpolation='bogus'", lambda: np.percentile(A["float32"], 50, interpolation="bogus")),
    ("quantile interpolation='Linear'", lambda: np.quantile(A["float32"], 0.5, interpolation="Linear")),
    ("quantile overwrite_input=False", lambda: np.quantile(A["float32"], 0.5, overwrite_input=False)),
    ("percentile out (2, 3)", lambda: np.percentile(A["float32"], 50, out=np.zeros((2, 3)))),
    ("percentile axis=0 out (2, 3)", lambda: np.percentile(A["float32"], 50, axis=0, out=np.zeros((2, 3)))),
    ("quantile axes (0, 1) out (2,)", lambda: np.quantile(A["float32"], 0.5, axis=(0, 1), out=np.zeros((2,)))),
    ("percentile out float64", lambda: np.percentile(A["float32"], 50, out=np.zeros((), dtype="float64"))),
    ("percentile int8 out int8", lambda: np.percentile(A["int8"], 50, out=np.zeros((), dtype="int8"))),
]
for label, fn in CASES:
    try:
        out = fn()
        print(f"{label}: {out.dtype} {out.shape} {out.tolist()}")
    except (mx.MXNetError, NotImplementedError) as err:
        line = [ln for ln in str(err).splitlines() if ln.strip() and not ln.startswith(("Traceback", " "))][0]
        print(f"{label}: {type(err).__name__}: {line.replace('MXNetError: ', '').split(', in operator')[0]}")
