"""A sparse linear model trained end to end: csr data, a row_sparse weight, Module and autograd, bit for bit."""
import zlib

import numpy as np
import mxnet as mx
from mxnet import autograd, nd
from _words import words


def bits(a):
    a = a.asnumpy()
    return "%r %08x" % (float(a.astype(np.float64).sum()), zlib.crc32(a.tobytes()))


rs = np.random.RandomState(0)
dense = ((rs.rand(20, 10) < 0.3) * rs.normal(size=(20, 10))).astype("float32")
label = (dense.sum(axis=1) > 0).astype("float32")
X = nd.sparse.csr_matrix(dense)

for opt, params in [("sgd", {"learning_rate": 0.1}), ("sgd", {"learning_rate": 0.1, "momentum": 0.9}),
                    ("adagrad", {"learning_rate": 0.1}), ("ftrl", {"learning_rate": 0.1})]:
    for batch_size in [6, 5]:
        mx.random.seed(0)
        it = mx.io.NDArrayIter(X, label, batch_size=batch_size, last_batch_handle="discard", label_name="lro_label")
        data = mx.sym.var("data", stype="csr")
        weight = mx.sym.var("w", shape=(10, 1), stype="row_sparse", init=mx.init.Normal(0.1))
        out = mx.sym.LinearRegressionOutput(mx.sym.sparse.dot(data, weight), name="lro")
        mod = mx.mod.Module(out, data_names=["data"], label_names=["lro_label"])
        mod.bind(data_shapes=it.provide_data, label_shapes=it.provide_label)
        mod.init_params()
        mod.init_optimizer(optimizer=opt, optimizer_params=params, kvstore=None)
        metric = mx.metric.create("mse")
        for epoch in range(3):
            it.reset()
            metric.reset()
            for batch in it:
                mod.forward(batch)
                mod.update_metric(metric, batch.label)
                mod.backward()
                mod.update()
            print(opt, params.get("momentum", 0), batch_size, epoch, repr(metric.get()[1]))
        print("  w", bits(mod.get_params()[0]["w"]))

try:
    mx.io.NDArrayIter(X, label, batch_size=6, last_batch_handle="pad")
except Exception as e:
    print(words(e))

for transpose, stype in [(False, "row_sparse"), (False, "default"), (True, "default"), (True, "row_sparse")]:
    w = nd.array(rs.normal(size=(20 if transpose else 10, 3)))
    w.attach_grad(stype=stype)
    head = nd.array(rs.normal(size=(10 if transpose else 20, 3)))
    with autograd.record():
        y = nd.sparse.dot(X, w, transpose_a=transpose)
    y.backward(head)
    print("grad", transpose, stype, w.grad.stype, bits(w.grad))
