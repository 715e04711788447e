"""mx.np kernels refusing bool arrays, empty searches and initial= name MXNet's source line of the check."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        r = r if isinstance(r, (tuple, list)) else (r,)
        for x in r:
            x.asnumpy()
        print(label, "ok", [x.shape for x in r])
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[:3]))


B = np.array([[1, 0, 1], [0, 0, 1]], dtype=bool)
show("argmax bool", lambda: np.argmax(B))
show("argmin bool axis", lambda: np.argmin(B, axis=1))
show("argmax method bool", lambda: B.argmax(axis=0))
show("argmax empty axis 0", lambda: np.argmax(np.zeros((0, 3)), axis=0))
show("argmin empty axis 1", lambda: np.zeros((2, 0)).argmin(axis=1))
show("argmax empty", lambda: np.argmax(np.zeros((0, 3))))
for fn in ["sum", "prod", "max", "min", "amax"]:
    show(f"{fn} initial", lambda: getattr(np, fn)(np.ones(3), initial=2))
show("around bool", lambda: np.around(B))
show("round bool", lambda: np.round(B, 1))
show("lcm bool scalar", lambda: np.lcm(B, 2))
show("lcm scalar bool", lambda: np.lcm(3, B))
show("unique bool", lambda: np.unique(B))
show("unique bool counts", lambda: np.unique(B, return_counts=True))
show("unique bool axis", lambda: np.unique(B, axis=0))
show("unique bool axis positional", lambda: np.unique(B, False, False, False, 1))
show("bincount bool", lambda: np.bincount(np.array([0, 1, 1], dtype=bool)))
show("bincount bool weights", lambda: np.bincount(np.array([0, 1, 1]), weights=np.array([1, 0, 1], dtype=bool)))


def assign(key, value):
    x = np.zeros((3, 2), dtype=bool)
    x[key] = value
    return x


show("setitem bool slice array", lambda: assign(slice(1, None), np.array([1.5, 2.5])))
show("setitem bool row array", lambda: assign(0, np.array([1, 0], dtype="int64")))
show("setitem bool slice scalar", lambda: assign(slice(1, None), 2.7))
