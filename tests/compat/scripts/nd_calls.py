# How nd functions take their arguments: out= by position, lists refused, _internal names,
# in-place writes while recording, recorded copies.
import mxnet as mx
from mxnet import nd, autograd


def attempt(label, fn):
    try:
        r = fn()
        print(label, "ok", r.asnumpy().tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:
        print(label, type(e).__name__)


x = nd.array([1.0, 2.0])
y = nd.exp(x, x)
print(y is x, x.asnumpy().tolist())
attempt("exp list", lambda: nd.exp([1.0, 2.0]))
attempt("internal plus", lambda: nd._internal._plus_scalar(nd.array([1.0, 2.0]), scalar=2))
attempt("sum out", lambda: nd.sum(nd.ones((2, 3)), 1, False, False, nd.zeros((2,))))

for case in ("+=", "out=", "setitem", "fresh", "outside"):
    a = nd.array([1.0, 2.0])
    a.attach_grad()
    try:
        with autograd.record():
            b = a * 2
            if case == "+=":
                b += 1
            elif case == "out=":
                nd.relu(b, out=b)
            elif case == "setitem":
                b[0] = 5
            elif case == "fresh":
                c = nd.zeros(2)
                c += a * a
                b = b + c
        if case == "outside":
            b += 1
        b.backward()
        print(case, "ok", a.grad.asnumpy().tolist(), b.asnumpy().tolist())
    except Exception as e:
        print(case, type(e).__name__)

a = nd.array([1.0, 2.0])
a.attach_grad()
with autograd.record():
    z = (a.copy() * a).sum() + (a.copyto(mx.cpu()) * 3).sum() + a.as_in_context(mx.cpu()).sum()
z.backward()
print(a.grad.asnumpy().tolist())

import numpy as np
attempt("nd + np", lambda: nd.array([1.0, 2.0]) + np.array([1.0, 2.0]))
attempt("np * nd", lambda: np.array([1.0, 2.0]) * nd.array([1.0, 2.0]))
attempt("nd - np scalar", lambda: nd.array([1.0, 2.0]) - np.float32(1))
attempt("np 0-d / nd", lambda: nd.array([1.0, 2.0]) / np.float64(2))
