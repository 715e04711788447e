"""mx.np array_split, split, tril, diag, diagflat, swapaxes and the *_like functions without NumPy shape semantics
(a 0-d array has an unknown rank, an empty one unknown sizes): where MXNet's shape inference fails."""
import mxnet as mx
from mxnet import np
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        mx.nd.waitall()
        print(label, "->", [x.shape for x in r] if isinstance(r, list) else (str(r.dtype), r.shape, r.tolist()))
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])


arrays = {"0-d": np.array(3.), "empty": np.array([]), "2x3": np.ones((2, 3))}
for name, a in arrays.items():
    for axis in [0, -1, 1] if name != "empty" else []:     # (an empty one's words come from its slicing)
        attempt(f"array_split {name} axis={axis}", lambda: np.array_split(a, 2, axis=axis))
    attempt(f"tril {name}", lambda: np.tril(a))
    attempt(f"tril {name} k=1.5", lambda: np.tril(a, k=1.5))
    attempt(f"diag {name}", lambda: np.diag(a))
    attempt(f"diagflat {name}", lambda: np.diagflat(a))
    attempt(f"swapaxes {name}", lambda: np.swapaxes(a, 0, 1))
    attempt(f"flip {name}", lambda: np.flip(a))
    attempt(f"tensordot {name} axes=0", lambda: np.tensordot(a, np.ones(2), axes=0))
    if name != "empty":     # (MXNet reads an empty operand's summed axis from the other's: past its data)
        attempt(f"tensordot {name} axes=([0],[0])", lambda: np.tensordot(a, np.ones(2), axes=([0], [0])))
    attempt(f"flip {name} axis=0", lambda: np.flip(a, 0))
    attempt(f"swapaxes {name} dim2=1.5", lambda: np.swapaxes(a, 0, 1.5))
    for fn in ["zeros_like", "ones_like"]:
        attempt(f"{fn} {name}", lambda: getattr(np, fn)(a))
    attempt(f"full_like {name}", lambda: np.full_like(a, 2.5))
attempt("ones_like 0-d out=(2,)", lambda: np.ones_like(arrays["0-d"], out=np.ones((2,)) * 0))
