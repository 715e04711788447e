"""npx functions given out=: written and returned when it has the result's shape and dtype, else MXNet's error
(its type inference runs before anything is written); npx.reshape takes out= too."""
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the result's dtype and values and whether it is the out= array, or the exception class."""
    try:
        out = np.zeros(shape, dtype=dtype)
        r = fn(out)
        print(label, shape, dtype, "->", r.dtype, r is out, out.reshape(-1).tolist()[:2])
    except Exception as e:  # noqa: BLE001
        print(label, shape, dtype, "raises", type(e).__name__)


y = np.array([[1.5, -2.], [0., 3.]])
for shape, dtype in [((2, 2), "float32"), ((2, 2), "float64"), ((2, 2), "int32"), ((2, 3), "float32")]:
    show("relu", lambda out: npx.relu(y, out=out))
    show("sigmoid", lambda out: npx.sigmoid(y, out=out))
    show("softmax", lambda out: npx.softmax(y, out=out))
    show("activation", lambda out: npx.activation(y, act_type="tanh", out=out))
for shape, dtype in [((4,), "float32"), ((4,), "int32"), ((2, 2), "float32")]:
    show("reshape", lambda out: npx.reshape(y, (4,), out=out))
for shape, dtype in [((2, 1), "float32"), ((2, 1), "int64")]:
    show("topk indices", lambda out: npx.topk(y, k=1, out=out))
    show("topk int64 indices", lambda out: npx.topk(y, k=1, dtype="int64", out=out))
