"""Embedding with sparse_grad: the row_sparse weight gradient stores the looked-up rows; an index out of range is clipped forward and fails the gradient; sgd/adam update only the stored rows (lazy_update)."""
import numpy as np
import mxnet as mx
from mxnet import nd


def words(e):
    """The exception's type and MXNet's check message without the C++ trace around it."""
    lines = [line for line in str(e).splitlines() if line.strip()]
    pick = [line for line in lines if "Check failed" in line or line.startswith("MXNetError: ")] or lines or [""]
    text = pick[-1] if lines and "Traceback" in lines[0] else pick[0]
    text = text.split("] ", 1)[-1] if text.startswith("[") else text
    while text.startswith("MXNetError: "):
        text = text[len("MXNetError: "):]
    return f"{type(e).__name__}: {text}"


def show(x):
    """An array's class, storage, shape, dtype and values (or the error its first read raises)."""
    if not isinstance(x, nd.NDArray):
        return repr(x)
    head = f"{type(x).__name__} {x.stype} {x.shape} {np.dtype(x.dtype).name}"
    try:
        return f"{head} {x.asnumpy().tolist()}"
    except Exception as e:
        return f"{head} read -> {words(e)}"


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e))
W = np.arange(15, dtype=np.float32).reshape(5, 3) / 10
for idx in [[0, 2], [4, 4, 1], [[1, 2], [2, 3]], [7], [-1], [0.9, 3.2]]:
    w = nd.array(W)
    w.attach_grad(stype="row_sparse")
    with mx.autograd.record():
        y = nd.Embedding(nd.array(idx), w, input_dim=5, output_dim=3, sparse_grad=True)
        z = (y * nd.arange(1, 4)).sum()
    z.backward()
    print(idx, "forward", y.asnumpy().tolist())
    try:
        print(idx, "grad rows", w.grad.indices.asnumpy().tolist(), w.grad.data.asnumpy().tolist())
    except Exception as e:
        print(idx, "grad ->", words(e))
for opt, kw in [("sgd", {}), ("sgd", {"momentum": 0.9}), ("sgd", {"momentum": 0.9, "lazy_update": False}),
                ("adam", {}), ("adam", {"lazy_update": False}), ("adagrad", {}), ("ftrl", {}), ("sgd", {"wd": 0.1})]:
    e = mx.gluon.nn.Embedding(5, 2, sparse_grad=True)
    e.initialize(mx.init.Constant(0.5))
    trainer = mx.gluon.Trainer(e.collect_params(), opt, dict(kw, learning_rate=0.1))
    for step in range(2):
        with mx.autograd.record():
            out = e(nd.array([1, 3, 3])) * (step + 1)
        out.backward()
        trainer.step(1)
    print(opt, kw, np.round(e.weight.data().asnumpy(), 5).tolist())
