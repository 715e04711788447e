"""copyto of an array onto itself returns False and shows MXNet's RuntimeWarning by default (once per kind of array: legacy, mx.np, sparse; again after a catch_warnings block), also while recording."""
# recorded on AVX2
import warnings

import mxnet as mx
from mxnet import autograd as ag
from _stderr import stderr_of


def show(title, call):
    result, lines = stderr_of(call)
    shown = [line[line.index("RuntimeWarning"):] for line in lines if "RuntimeWarning:" in line]
    print(title, "->", result, shown)


x = mx.nd.ones(3)
show("legacy", lambda: x.copyto(x))
show("legacy again", lambda: x.copyto(x))
y = mx.np.ones(2)
show("mx.np", lambda: y.copyto(y))
show("mx.np again", lambda: y.copyto(y))
z = mx.nd.ones((2, 2)).tostype("row_sparse")
show("row_sparse", lambda: z.copyto(z))
c = mx.nd.ones((2, 2)).tostype("csr")
show("csr", lambda: c.copyto(c))
with warnings.catch_warnings(record=True) as caught:
    warnings.simplefilter("always")
    print("caught", x.copyto(x), [(w.category.__name__, str(w.message)) for w in caught])
show("legacy after catch_warnings", lambda: x.copyto(x))
w = mx.nd.array([1., 2.])
w.attach_grad()


def recorded():
    with ag.record():
        r = w * 2
        same = r.copyto(r)
        loss = (r * w).sum()
    loss.backward()
    return same, w.grad.asnumpy().tolist()


show("recorded result", recorded)
