"""A Gluon sparse linear model on csr data, imperative and hybridized, trained with a row_sparse weight
gradient through Trainer, then exported and run on dense data."""
import os
import tempfile
import numpy as np
import mxnet as mx
from mxnet import autograd, gluon, nd


def bits(a):
    """A sum to 6 digits: the loss's kernels differ in their last bits between CPUs."""
    return "%.6g" % (round(float(a.asnumpy().astype(np.float64).sum()), 6) or 0.0)


class SparseLinear(gluon.HybridBlock):
    def __init__(self, grad_stype, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.w = self.params.get("w", shape=(10, 3), grad_stype=grad_stype)
            self.b = self.params.get("b", shape=(3,), init=mx.init.Zero())

    def hybrid_forward(self, F, x, w, b):
        return F.broadcast_add(F.sparse.dot(x, w), b)


rs = np.random.RandomState(0)
dense = ((rs.rand(24, 10) < 0.4) * rs.normal(size=(24, 10))).astype("float32")
label = rs.randint(0, 3, 24).astype("float32")
tmp = tempfile.mkdtemp()
for grad_stype in ("default", "row_sparse"):
    for hybridize in (False, True):
        for opt in ("sgd", "adam", "adagrad"):
            mx.random.seed(0)
            net = SparseLinear(grad_stype)
            net.initialize(mx.init.Normal(0.5))
            if hybridize:
                net.hybridize()
            trainer = gluon.Trainer(net.collect_params(), opt, {"learning_rate": 0.1})
            it = mx.io.NDArrayIter(nd.sparse.csr_matrix(dense), label, batch_size=8, last_batch_handle="discard")
            losses = []
            for epoch in range(2):
                it.reset()
                total = 0.0
                for batch in it:
                    x = batch.data[0].tostype("csr")
                    with autograd.record():
                        loss = gluon.loss.SoftmaxCrossEntropyLoss()(net(x), batch.label[0])
                    loss.backward()
                    trainer.step(8)
                    total += float(loss.sum().asscalar())
                losses.append("%.6g" % total)
            print(grad_stype, hybridize, opt, " ".join(losses), "|", bits(net.w.data()), bits(net.b.data()))
            if hybridize and opt == "sgd":
                net.export(os.path.join(tmp, "sparse_linear"))
                print("  exported", sorted(os.listdir(tmp)), bits(net(nd.array(dense[:4]))))
