"""The printed text of Gluon parameters after casts and deferred shapes, nested custom blocks, metrics,
initializers, data descriptions and batches, and contexts."""
import numpy as np
import mxnet as mx
from mxnet import gluon, init, io, metric, nd
from mxnet.gluon import nn, rnn


class Net(gluon.HybridBlock):
    def __init__(self, **kwargs):
        super().__init__(**kwargs)
        with self.name_scope():
            self.enc = nn.Dense(4, in_units=3)
            self.body = nn.HybridSequential()
            self.body.add(nn.Conv2D(2, 3, groups=1, layout="NHWC"), nn.BatchNorm(axis=-1), nn.Activation("relu"))
            self.cell = rnn.ResidualCell(rnn.GRUCell(3))
            self.scale = self.params.get("scale", shape=(0, 2), dtype="float16", allow_deferred_init=True)
            self.layers = [nn.Dense(2)]        # a list: not registered

    def hybrid_forward(self, F, x, scale):
        return self.enc(x)


net = Net(prefix="net_")
print(net)
print(net.collect_params())
net.initialize()
for dtype in ["float16", "float64", np.int32]:
    net.cast(dtype)
    print(net.collect_params())
print(net.scale, net.enc.weight, gluon.Constant("k", [[1, 2]]))
for m in [metric.Accuracy(), metric.TopKAccuracy(top_k=2), metric.F1(average="micro"), metric.MSE(name="m"),
          metric.CrossEntropy(eps=1e-3), metric.Perplexity(ignore_label=None), metric.Loss(), metric.PCC()]:
    m.update([nd.array([0, 1])], [nd.array([[0.3, 0.7], [0.6, 0.4]])])
    print(m, "|", m.get(), "|", m.get_config())
composite = metric.CompositeEvalMetric([metric.Accuracy(), metric.MAE()])
print(composite, composite.get())
for i in [init.Xavier("gaussian", "in", 2), init.Uniform(0.3), init.Normal(), init.MSRAPrelu(), init.Orthogonal(),
          init.Constant(2.5), init.Zero(), init.LSTMBias(2.0), init.Bilinear(), init.One()]:
    print(i.dumps())
for d in [io.DataDesc("data", (2, 3)), io.DataDesc("x", (1,), "float16", "NC"), io.DataDesc("y", (4, 5), np.int32, "TN")]:
    print(d, repr(d), d.dtype, d.layout)
print(io.DataBatch([nd.ones((2, 3))], [nd.zeros((2,))], pad=1, index=[0, 1]))
print(next(iter(io.NDArrayIter(np.arange(12).reshape(6, 2), np.arange(6), batch_size=4, last_batch_handle="pad"))))
for c in [mx.cpu(), mx.cpu(3), mx.cpu_pinned(1), mx.Context("cpu_shared", 2), mx.gpu(1)]:
    print(c, repr(c), c.device_type, c.device_id, c == mx.cpu(), c == mx.Context(c))
