# K-means clustering written with NDArray ops only (broadcasting, argmin, one_hot, dot-free sums), fixed init
import numpy as np
import mxnet as mx
from mxnet import nd

np.random.seed(3)
centers_true = np.array([[0.0, 0.0], [3.0, 3.0], [-3.0, 2.5]], dtype='float32')
pts = np.concatenate([c + 0.5 * np.random.randn(10, 2) for c in centers_true]).astype('float32')
X = nd.array(pts)
k = 3
centroids = X[nd.array([0, 10, 20])].copy()
print(centroids.asnumpy().tolist())
for it in range(5):
    diff = nd.expand_dims(X, 1) - nd.expand_dims(centroids, 0)
    dist = nd.sum(diff * diff, axis=2)
    assign = nd.argmin(dist, axis=1)
    onehot = nd.one_hot(assign, k)
    counts = nd.sum(onehot, axis=0)
    sums = nd.sum(nd.expand_dims(onehot, 2) * nd.expand_dims(X, 1), axis=0)
    centroids = sums / nd.expand_dims(nd.maximum(counts, 1), 1)
    inertia = nd.sum(nd.min(dist, axis=1)).asscalar()
    print(it, counts.asnumpy().tolist(), repr(inertia))
print(centroids.asnumpy().tolist())
print(assign.asnumpy().astype('int64').tolist())
order = nd.argsort(centroids[:, 0])
print(order.asnumpy().tolist(), nd.take(centroids, order).asnumpy().round(4).tolist())
d = nd.norm(nd.expand_dims(centroids, 1) - nd.expand_dims(centroids, 0), axis=2)
print(d.asnumpy().tolist())
print(nd.topk(dist[0], k=2, ret_typ='both', is_ascend=True))
