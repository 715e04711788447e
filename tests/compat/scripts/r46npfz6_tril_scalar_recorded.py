"""np.tril of a 0-d array is recorded under autograd.record(): its result fails when read (the kernel reads a second axis) and the gradient carries its backward kernel's own failure, as MXNet's does."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


for dtype in ("float32", "float64", "int32", "bool"):
    for head in ("sum", "direct", "unrecorded"):
        if dtype == "bool" and head == "direct":
            continue
        x = np.array(1.5, dtype=dtype)
        x.attach_grad()
        if head == "unrecorded":
            y = np.tril(x, 1)
        else:
            with mx.autograd.record():
                y = np.tril(x)
                z = (y * 1.5).sum() if head == "sum" else y
            z.backward()
        for name, read in (("y", lambda: y), ("grad", lambda: x.grad)):
            try:
                print(dtype, head, name, read().dtype, read().asnumpy().tolist())
            except mx.base.MXNetError as e:
                print(dtype, head, name, last_line(e))
        try:
            mx.nd.waitall()
        except mx.base.MXNetError as e:
            print(dtype, head, "waitall", last_line(e))
