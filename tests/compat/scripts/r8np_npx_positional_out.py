"""npx functions given ``out`` by position (after the attributes) check its dtype as out= does, and refuse a
second out=; batch_flatten of a zero-size batch; leaky_relu refuses a 0-d input."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()
a = np.array([[1.5, -2.0, 0.5], [3.0, -0.25, 2.0]])


def show(name, call):
    """The result's dtype, shape and values, whether it is the out array, or the exception class."""
    try:
        r, out = call()
        print(name, r.dtype, r.shape, r.reshape(-1).tolist(), r is out)
    except Exception as e:  # noqa: BLE001
        print(name, type(e).__name__)


for fn in ("relu", "sigmoid", "erf", "gammaln", "batch_flatten", "shape_array"):
    f = getattr(npx, fn)
    for dt in ("float32", "float64", "int64"):
        out = np.zeros((2, 3), dtype=dt)
        show(f"{fn} out {dt} by position", lambda: (f(a, out), out))
    out = np.zeros((2, 3))
    show(f"{fn} out twice", lambda: (f(a, np.zeros((2, 3)), out=out), out))
out = np.zeros((2, 3))
show("smooth_l1 scalar then out", lambda: (npx.smooth_l1(a, 1.0, out), out))
show("batch_flatten (0, 3)", lambda: (npx.batch_flatten(np.zeros((0, 3))), None))
show("batch_flatten (0, 3, 2)", lambda: (npx.batch_flatten(np.zeros((0, 3, 2))), None))
show("batch_flatten (2, 0, 2)", lambda: (npx.batch_flatten(np.zeros((2, 0, 2))), None))
show("nd.flatten (0, 3)", lambda: (mx.nd.flatten(mx.nd.zeros((0, 3))).as_np_ndarray(), None))
show("leaky_relu 0-d", lambda: (npx.leaky_relu(np.array(2.5)), None))
show("leaky_relu 0-d elu", lambda: (npx.leaky_relu(np.array(2.5), act_type='elu'), None))
show("leaky_relu 1-d", lambda: (npx.leaky_relu(np.array([2.5, -1.0])), None))
