"""np.cumsum under autograd for every axis in and out of range (0-d, 1-d, 2-d; float32/float64/float16): the forward
result and the gradient read after backward, or MXNet's refusal of each when read."""
from mxnet import np, npx, autograd
npx.set_np()


def read(a):
    try:
        return "%s %s" % (a.dtype, a.asnumpy().tolist())
    except Exception as e:  # noqa: BLE001
        return "raised %s: %s" % (type(e).__name__, str(e).strip().splitlines()[-1])


for dt in ("float32", "float64", "float16"):
    for shape in ((), (3,), (2, 3)):
        for axis in (None, -3, -2, -1, 0, 1, 2):
            x = np.arange(1, 1 + (6 if len(shape) == 2 else 3 if shape else 1)).reshape(shape).astype(dt)
            x.attach_grad()
            with autograd.record():
                y = np.cumsum(x, axis=axis) if axis is not None or shape else x.cumsum()
            try:
                y.backward()
                status = "ok"
            except Exception as e:  # noqa: BLE001
                status = "raised %s" % type(e).__name__
            print(dt, shape, axis, "| y:", read(y), "| backward:", status, "| grad:", read(x.grad))
