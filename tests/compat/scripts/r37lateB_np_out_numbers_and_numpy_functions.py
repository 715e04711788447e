"""A bad out= with around/round/flip/clip given a number (NumPy's result, out unread), with NumPy's own functions (nanargmax, nancumsum, choose, compress, ptp: NumPy's refusals), and with matmul given None or a non-array (its own checks first)."""
import numpy as onp
import mxnet as mx
from _words import words

mx.npx.set_np()
A = mx.np.array([[1., 2., 3.], [4., 5., 6.]])
B = mx.np.ones((3, 2))
BAD_ARGS = [("None", None), ("num", 3), ("float", 2.5), ("list", [1, 2]), ("legacy", mx.nd.ones((2, 3)))]
BAD_OUTS = [("num", 2), ("list", [1]), ("shape", mx.np.zeros((7,))), ("i32", mx.np.zeros((2, 3), dtype='int32')),
            ("onp", onp.zeros((2, 3), dtype='float32'))]
CALLS = {
    "around": lambda x, o: mx.np.around(x, out=o), "round": lambda x, o: mx.np.round(x, 1, o),
    "round_": lambda x, o: mx.np.round_(x, out=o), "flip": lambda x, o: mx.np.flip(x, out=o),
    "flip_axis": lambda x, o: mx.np.flip(x, 0, o), "clip": lambda x, o: mx.np.clip(x, 1, 4, out=o),
    "clip_pos": lambda x, o: mx.np.clip(x, 1, None, o),
    "nanargmax": lambda x, o: mx.np.nanargmax(x, out=o), "nancumsum": lambda x, o: mx.np.nancumsum(x, out=o),
    "nanprod": lambda x, o: mx.np.nanprod(x, out=o), "ptp": lambda x, o: mx.np.ptp(x, out=o),
    "compress": lambda x, o: mx.np.compress(mx.np.array([1, 0]), x, out=o),
    "matmul_a": lambda x, o: mx.np.matmul(x, B, out=o), "matmul_b": lambda x, o: mx.np.matmul(A, x, out=o),
    "matmul_pos": lambda x, o: mx.np.matmul(A, x, o),
}


def attempt(label, f):
    try:
        r = f()
        print(label, "->", type(r).__name__, getattr(r, "shape", ""), getattr(r, "dtype", ""), r if onp.ndim(r) == 0 else "")
    except Exception as e:
        print(label, "->", words(e)[:120])


for name, call in CALLS.items():
    for bl, bv in [("good", A)] + BAD_ARGS:
        if bl == "legacy" and name in ("nancumsum", "nanprod", "ptp"):
            continue
        if name.startswith("matmul") and bl == "good":
            bv = B
        for ol, ov in BAD_OUTS:
            attempt(f"{name} x={bl} out={ol}", lambda: call(bv, ov))
