"""One array as several inputs of one op (x*x, dot(x, x.T), concat(x, x), add_n(x, x, x)), with grad_req 'write' and
'add', 'null' inputs beside written ones, and out= results read under record."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words

base = np.array([[0.5, 1.25, 2.0], [1.5, 0.75, 1.0]])
SAME = {"x*x": lambda x: x * x, "x/x": lambda x: x / x, "x**x": lambda x: x ** x, "x-x": lambda x: x - x,
        "dot(x, x.T)": lambda x: nd.dot(x, x, transpose_b=True), "dot(x.T, x)": lambda x: nd.dot(x, x, transpose_a=True),
        "concat": lambda x: nd.concat(x, x, dim=0), "stack": lambda x: nd.stack(x, x), "add_n": lambda x: nd.add_n(x, x, x),
        "maximum": lambda x: nd.maximum(x, x), "minimum": lambda x: nd.minimum(x, x),
        "hypot": lambda x: nd.broadcast_hypot(x, x), "where": lambda x: nd.where(x > 1, x, x * 2),
        "gemm2": lambda x: nd.linalg.gemm2(x, x, transpose_b=True), "khatri_rao": lambda x: nd.khatri_rao(x, x),
        "FullyConnected": lambda x: nd.FullyConnected(x, x, num_hidden=2, no_bias=True),
        "split": lambda x: nd.split(x, 3, axis=1), "sum(x) * x": lambda x: x.sum() * x}
for label, fn in SAME.items():
    for req in ("write", "add"):
        for dtype in ("float32", "float64"):
            x = nd.array(base, dtype=dtype)
            x.attach_grad(grad_req=req)
            try:
                for _ in range(2 if req == "add" else 1):
                    with autograd.record():
                        y = fn(x)
                    ys = y if isinstance(y, list) else [y]
                    autograd.backward(ys, [nd.ones_like(t) for t in ys])
                print(label, req, dtype, x.grad.asnumpy().round(5).tolist())
            except Exception as e:
                print(label, req, dtype, "->", words(e))

for label, fn, n in [("mul", lambda a, b: a * b, 2), ("dot", lambda a, b: nd.dot(a, b.T), 2),
                     ("concat", lambda a, b: nd.concat(a, b), 2), ("where", lambda a, b, c: nd.where(a, b, c), 3),
                     ("power", lambda a, b: a ** b, 2)]:
    xs = [nd.array(base + i) for i in range(n)]
    for i, x in enumerate(xs):
        x.attach_grad(grad_req="null" if i == 0 else "write")
    with autograd.record():
        y = fn(*xs)
    y.backward()
    print("null first", label, [None if x.grad is None else x.grad.asnumpy().round(5).tolist() for x in xs])

for label, fn in [("sin", lambda x, o: nd.sin(x, out=o)), ("elemwise_add", lambda x, o: nd.elemwise_add(x, x, out=o)),
                  ("dot", lambda x, o: nd.dot(nd.ones((2, 2)), x, out=o)), ("copyto", lambda x, o: x.copyto(o)),
                  ("clip", lambda x, o: nd.clip(x, 0, 1, out=o))]:
    x = nd.array(base)
    x.attach_grad()
    o = nd.zeros((2, 3))
    with autograd.record():
        r = fn(x, o)
        y = o * 2
    y.backward()
    print("out=", label, r is o, x.grad.asnumpy().round(5).tolist())
