"""An mx.np bool array multiplied by a number records MXNet's scalar multiply on the bool itself, whose backward kernel has no bool case: the gradient fails when read."""
import mxnet as mx

mx.npx.set_np()
np = mx.np


def last_line(e):
    return [line for line in str(e).split("\n") if line.strip()][-1]


cases = [("x * 1.5", lambda x: x * 1.5), ("2 * x", lambda x: 2 * x), ("(x * 3).sum()", lambda x: (x * 3).sum()),
         ("x * 1.5 * 2.0", lambda x: (x * 1.5) * 2.0), ("x * 2", lambda x: x * 2),
         ("x.reshape * 1.5", lambda x: x.reshape(3, 1) * 1.5), ("-x * 1.5", lambda x: (-x) * 1.5)]
for label, f in cases:
    x = np.array([True, False, True], dtype=bool)
    x.attach_grad()
    with mx.autograd.record():
        z = f(x)
    print(label, z.dtype)
    z.backward()
    try:
        print(label, x.grad.dtype, x.grad.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(label, last_line(e))
