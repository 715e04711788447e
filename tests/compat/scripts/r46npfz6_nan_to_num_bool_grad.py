"""np.nan_to_num's backward kernel refuses a bool input (integers pass) with its float check when the gradient is read, as MXNet's does."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


for dtype in ("bool", "int8", "int32", "float16", "float32"):
    x = np.array([1, 0, 1], dtype=dtype)
    x.attach_grad()
    with mx.autograd.record():
        y = np.nan_to_num(x)
    y.backward()
    print(dtype, y.dtype, y.asnumpy().tolist())
    try:
        print(dtype, x.grad.dtype, x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(dtype, last_line(e))
