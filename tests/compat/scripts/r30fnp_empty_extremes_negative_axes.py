"""mx.np max/min over an empty axis named from the end pass MXNet's check (a result never written, here zeros),
only axes counted from the start are refused; np.pad's short pad_width names MXNet's tuple check's line."""
# recorded on AVX2
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, f):
    try:
        r = f()
        print(label, r.shape, r.dtype, r.asnumpy().tolist())
    except Exception as e:  # noqa: BLE001
        print(label, type(e).__name__, " | ".join(str(e).split("\n")[1:3]))


for shape, axis in [((2, 0), -1), ((2, 0), (-1,)), ((0, 3), -2), ((0, 3), (0, -1)), ((0, 3), (-2, 1)), ((2, 0), 1),
                    ((0,), -1), ((0,), 0), ((2, 0, 3), -2), ((2, 0, 3), (1, -1)), ((2, 0), None)]:
    for fn in ["max", "min", "amin"]:
        show(f"{fn} {shape} {axis}", lambda: getattr(np, fn)(np.zeros(shape), axis=axis))
    show(f"max keepdims {shape} {axis}", lambda: np.max(np.zeros(shape), axis=axis, keepdims=True))
    show(f"method min {shape} {axis}", lambda: np.zeros(shape).min(axis=axis))
show("pad 1-d one pair", lambda: np.pad(np.ones(1), ((1, 0),)))
show("pad 2-d one pair", lambda: np.pad(np.ones((2, 2)), ((1, 0),)))
show("pad 2-d short pair", lambda: np.pad(np.ones((2, 2)), ((1, 0), (1,))))
