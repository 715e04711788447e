# NumPy-interface matrix factorisation (d2l recommender style): np arrays in ArrayDataset, Embedding layers,
# np.sum/np.dot, L2 loss with a wd, evaluation RMSE with mx.metric on np arrays
import mxnet as mx
from mxnet import np, npx, gluon, autograd
from mxnet.gluon import nn

npx.set_np()
mx.random.seed(190)
users = np.array([0, 1, 2, 0, 1, 3, 2, 3, 4, 4], dtype='int32')
items = np.array([0, 1, 2, 2, 3, 0, 1, 3, 0, 2], dtype='int32')
scores = np.array([5, 4, 3, 1, 2, 5, 4, 2, 3, 1], dtype='float32')


class MF(nn.Block):
    def __init__(self, k, n_users, n_items, **kwargs):
        super(MF, self).__init__(**kwargs)
        self.P = nn.Embedding(n_users, k)
        self.Q = nn.Embedding(n_items, k)
        self.user_bias = nn.Embedding(n_users, 1)
        self.item_bias = nn.Embedding(n_items, 1)

    def forward(self, u, i):
        p, q = self.P(u), self.Q(i)
        return (p * q).sum(axis=1) + np.squeeze(self.user_bias(u)) + np.squeeze(self.item_bias(i))


net = MF(3, 5, 4)
net.initialize(mx.init.Normal(0.05))
trainer = gluon.Trainer(net.collect_params(), 'adam', {'learning_rate': 0.05, 'wd': 1e-5})
loader = gluon.data.DataLoader(gluon.data.ArrayDataset(users, items, scores), batch_size=5)
loss_fn = gluon.loss.L2Loss()
for epoch in range(6):
    total = 0.0
    for u, i, r in loader:
        with autograd.record():
            l = loss_fn(net(u, i), r)
        l.backward()
        trainer.step(u.shape[0])
        total += float(l.sum())
    print(epoch, total, type(u).__name__, u.dtype)
rmse = mx.metric.RMSE()
pred = net(users, items)
rmse.update(labels=scores, preds=pred)
print(rmse.get(), [round(float(v), 4) for v in pred])
print(np.dot(net.P.weight.data(), net.Q.weight.data().T).shape, net.P.weight.data()[0].tolist())
