# Matrix factorisation for ratings: user/item Embedding with sparse_grad, row_sparse grads, Trainer with sgd
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn

mx.random.seed(7)
num_users, num_items, k = 6, 5, 3
users = nd.array([0, 0, 1, 2, 2, 3, 4, 5, 5, 1, 3, 4])
items = nd.array([0, 1, 2, 0, 3, 4, 1, 2, 4, 3, 0, 2])
ratings = nd.array([5, 3, 4, 1, 2, 5, 4, 3, 1, 2, 4, 5], dtype='float32')


class MF(gluon.Block):
    def __init__(self, **kwargs):
        super(MF, self).__init__(**kwargs)
        with self.name_scope():
            self.user = nn.Embedding(num_users, k, sparse_grad=True)
            self.item = nn.Embedding(num_items, k, sparse_grad=True)
            self.user_bias = nn.Embedding(num_users, 1)
            self.item_bias = nn.Embedding(num_items, 1)

    def forward(self, u, i):
        dot = (self.user(u) * self.item(i)).sum(axis=1)
        return dot + self.user_bias(u).reshape((-1,)) + self.item_bias(i).reshape((-1,))


net = MF(prefix='mf_')
net.initialize(mx.init.Normal(0.1))
print(sorted(net.collect_params().keys()))
print(net.user.weight.grad().stype, net.user_bias.weight.grad().stype)
trainer = gluon.Trainer(net.collect_params(), 'sgd', {'learning_rate': 0.05, 'wd': 1e-4})
loss_fn = gluon.loss.L2Loss()
data = gluon.data.ArrayDataset(users, items, ratings)
loader = gluon.data.DataLoader(data, batch_size=4, shuffle=False)
for epoch in range(4):
    total = 0.0
    for u, i, r in loader:
        with autograd.record():
            loss = loss_fn(net(u, i), r)
        loss.backward()
        if epoch == 0 and total == 0.0:
            g = net.user.weight.grad()
            print(type(g).__name__, g.stype, g.indices.asnumpy().tolist())
            print(g.data.asnumpy().tolist())
        trainer.step(u.shape[0])
        total += loss.sum().asscalar()
    print(epoch, repr(total))
pred = net(users, items)
print([round(float(v), 5) for v in pred.asnumpy()])
rmse = mx.metric.RMSE()
rmse.update([ratings], [pred])
print(rmse.get())
print(net.item.weight.data()[2].asnumpy().tolist())
