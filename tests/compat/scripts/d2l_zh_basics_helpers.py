"""d2l-zh (nd era) shared helpers in their later form: evaluate_accuracy over a list of contexts through
split_and_load (a _get_batch that casts labels), the Fashion-MNIST loader with Resize + ToTensor and 4 workers."""
import numpy as np

import mxnet as mx
from mxnet import init, nd
from mxnet.gluon import data as gdata, nn, utils as gutils

from _d2l_zh_basics_common import synthetic_fashion

np.random.seed(13)
mx.random.seed(13)


def get_batch(batch, ctx):
    features, labels = batch
    if labels.dtype != features.dtype:
        labels = labels.astype(features.dtype)
    return gutils.split_and_load(features, ctx), gutils.split_and_load(labels, ctx), features.shape[0]


def evaluate_accuracy(data_iter, net, ctx=[mx.cpu()]):
    if isinstance(ctx, mx.Context):
        ctx = [ctx]
    acc_sum, n = nd.array([0]), 0
    for batch in data_iter:
        features, labels, _ = get_batch(batch, ctx)
        for X, y in zip(features, labels):
            y = y.astype('float32')
            acc_sum += (net(X).argmax(axis=1) == y).sum().copyto(mx.cpu())
            n += y.size
        acc_sum.wait_to_read()
    return acc_sum.asscalar() / n


transformer = gdata.vision.transforms.Compose([gdata.vision.transforms.Resize(14),
                                               gdata.vision.transforms.ToTensor()])
train = synthetic_fashion(40, 0)
loader = gdata.DataLoader(train.transform_first(transformer), 16, shuffle=True, num_workers=4)
for X, y in loader:
    print(X.shape, X.dtype, X.context, y.dtype, y.context, y.asnumpy().tolist())
    print(X[0, 0, 3].asnumpy().round(4).tolist())
test_iter = gdata.DataLoader(train.transform_first(transformer), 16, shuffle=False, num_workers=4)

net = nn.Sequential()
net.add(nn.Dense(10))
net.initialize(init.One(), ctx=[mx.cpu(0), mx.cpu(1)])
net[0].bias.set_data(nd.arange(10) / 10)
print(net[0].weight.list_ctx(), net[0].bias.data(mx.cpu(1)))
print(evaluate_accuracy(test_iter, net, ctx=[mx.cpu(0), mx.cpu(1)]))
print(evaluate_accuracy(test_iter, net, ctx=mx.cpu(1)))
batch = next(iter(test_iter))
features, labels, n = get_batch(batch, [mx.cpu(0), mx.cpu(1), mx.cpu(2), mx.cpu(3)])
print(n, [f.shape for f in features], [l.context for l in labels], labels[2])
print(gutils.split_and_load(nd.arange(6).reshape((3, 2)), [mx.cpu(0), mx.cpu(1)], even_split=False))
try:
    gutils.split_and_load(nd.arange(6).reshape((3, 2)), [mx.cpu(0), mx.cpu(1)])
except Exception as e:
    print(type(e).__name__, e)
print(gutils.split_data(nd.arange(8), 4), gutils.split_data(nd.arange(8).reshape((2, 4)), 2, batch_axis=1))
acc = nd.array([0])
acc += (nd.array([[1, 2], [3, 0]]).argmax(axis=1) == nd.array([1, 0])).sum().copyto(mx.cpu())
print(acc, acc.context)
