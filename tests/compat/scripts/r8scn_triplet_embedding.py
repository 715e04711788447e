# Metric learning: anchor/positive/negative triplets, TripletLoss and CosineEmbeddingLoss, L2-normalised embeddings
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(12)
centers = nd.array([[2, 0, 0, 0], [0, 2, 0, 0], [0, 0, 2, 0]])
labels = nd.array([0, 0, 1, 1, 2, 2, 0, 1, 2, 1])
points = centers[labels] + 0.3 * nd.random.normal(shape=(10, 4))


class Embed(nn.HybridBlock):
    def __init__(self, **kwargs):
        super(Embed, self).__init__(**kwargs)
        with self.name_scope():
            self.fc = nn.Dense(3, use_bias=False)

    def hybrid_forward(self, F, x):
        return F.L2Normalization(self.fc(x), mode='instance')


net = Embed()
net.initialize(mx.init.Xavier())
net.hybridize()
triplet = gluon.loss.TripletLoss(margin=0.5)
cosine = gluon.loss.CosineEmbeddingLoss(margin=0.1)
anchor_idx = nd.array([0, 2, 4, 6, 3])
pos_idx = nd.array([1, 3, 5, 0, 7])
neg_idx = nd.array([2, 4, 0, 8, 9])
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.3})
for step in range(6):
    with autograd.record():
        a, p, n = net(points[anchor_idx]), net(points[pos_idx]), net(points[neg_idx])
        l = triplet(a, p, n)
    l.backward()
    trainer.step(5)
    print(step, l.asnumpy().tolist())
emb = net(points)
print(nd.norm(emb, axis=1).asnumpy().tolist())
dist = nd.dot(emb, emb, transpose_b=True)
print(dist[0].asnumpy().tolist())
sim_label = nd.array([1, 1, -1, -1, 1])
print(cosine(emb[anchor_idx], emb[pos_idx], sim_label).asnumpy().tolist())
print(cosine(points[:3], points[3:6], nd.array([-1, 1, -1])).asnumpy().tolist())
print(nd.L2Normalization(points[:2].reshape((2, 2, 2)), mode='channel').asnumpy().tolist())
print(nd.L2Normalization(points[:2].reshape((1, 2, 2, 2)), mode='spatial').asnumpy().tolist())
