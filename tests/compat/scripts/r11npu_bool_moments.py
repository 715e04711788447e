"""mx.np std and var of bool arrays give a bool result of the reduced shape whose first read fails, as MXNet's kernel."""
import mxnet as mx

mx.npx.set_np()
np = mx.np

flags = np.array([[True, False, True], [False, False, True]], dtype=bool)
CASES = [
    ("std()", lambda: np.std(flags)),
    ("var(axis=0)", lambda: np.var(flags, axis=0)),
    ("var(axis=1, keepdims=True)", lambda: np.var(flags, axis=1, keepdims=True)),
    ("std(ddof=1)", lambda: np.std(flags, ddof=1)),
    ("std(dtype='float32')", lambda: np.std(flags, dtype="float32")),
    ("var(dtype='float64')", lambda: np.var(flags, dtype="float64")),
    ("std of 0-d", lambda: np.std(np.array(True, dtype=bool))),
    ("method var(axis=0)", lambda: flags.var(axis=0)),
]
for label, fn in CASES:
    result = fn()
    try:
        result.wait_to_read()
        print(f"{label}: {result.dtype} {result.shape} {result.tolist()}")
    except mx.MXNetError as err:
        line = [ln for ln in str(err).splitlines() if ln.strip() and not ln.startswith(("Traceback", " "))][0]
        print(f"{label}: {result.dtype} {result.shape}, read fails: {line.replace('MXNetError: ', '')}")
