"""Embedding with sparse_grad: the row_sparse weight gradient stores the looked-up rows; an index out of range is clipped forward and fails the gradient; sgd/adam update only the stored rows (lazy_update)."""
import numpy as np
import mxnet as mx
from mxnet import nd
from _sparse_show import attempt, show
from _words import words


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
