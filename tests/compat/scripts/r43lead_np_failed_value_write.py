"""An mx.np array assigned (x[key] = v) a value whose kernel failed returns: the first read of x raises the error, later reads see x's old data."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def read(x):
    try:
        print("  ", x.sum())
    except (mx.MXNetError, ValueError) as e:
        print("   read raised", type(e).__name__, str(e).splitlines()[-1])


for label, key, rows in [("x[:]", slice(None), 2), ("x[0]", 0, None), ("x[...]", Ellipsis, 2),
                         ("x[1:]", slice(1, None), 1), ("x[[0, 1]]", np.array([0, 1]), 2),
                         ("x[:, 1]", (slice(None), 1), "column")]:
    x = np.arange(6, dtype="float32").reshape(2, 3)
    shape = (2,) if rows == "column" else (3,) if rows is None else (rows, 3)
    bad = np.random.normal(0, -1, size=shape)
    try:
        x[key] = bad
        print(label, "returned")
    except (mx.MXNetError, ValueError) as e:
        print(label, "raised", type(e).__name__, str(e).splitlines()[-1])
    read(x)
    read(x)
