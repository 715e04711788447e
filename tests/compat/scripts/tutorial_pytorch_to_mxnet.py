import numpy as np
import mxnet as mx
from mxnet import nd, gluon, autograd
from mxnet.gluon.data.vision import transforms
import mxnet.gluon.nn as mx_nn
mx.random.seed(31)
np.random.seed(31)

x = nd.ones((5,3))
y = x + 1
print(y)

rs = np.random.RandomState(5)
mnist = gluon.data.ArrayDataset(mx.nd.array(rs.randint(0, 256, (32, 28, 28, 1)), dtype='uint8'), rs.randint(0, 10, (32,)).astype('int32'))
trans = transforms.Compose([transforms.ToTensor(), transforms.Normalize(0.13, 0.31)])
mx_train_data = gluon.data.DataLoader(mnist.transform_first(trans), batch_size=8, shuffle=True)
mx_net = mx_nn.Sequential()
mx_net.add(mx_nn.Dense(256, activation='relu'), mx_nn.Dense(10))
mx_net.initialize()
mx_loss_fn = gluon.loss.SoftmaxCrossEntropyLoss()
mx_trainer = gluon.Trainer(mx_net.collect_params(), 'sgd', {'learning_rate': 0.1})
for epoch in range(2):
    total_loss = .0
    for X, y in mx_train_data:
        with autograd.record():
            loss = mx_loss_fn(mx_net(X), y)
        loss.backward()
        mx_trainer.step(batch_size=8)
        total_loss += loss.mean().asscalar()
    print('epoch %d, avg loss %.3f' % (epoch, total_loss/len(mx_train_data)))

def show(name, v):
    if isinstance(v, (list, tuple)):
        for i, e in enumerate(v):
            show('%s[%d]' % (name, i), e)
        return
    a = v.asnumpy()
    print(name, type(v).__name__, v.shape, v.dtype, np.round(a.astype('float64'), 4).tolist() if a.size <= 24 else np.round(a.sum(), 3))

x = nd.array([[0.1, -0.5, 0.9], [0.3, 0.7, -0.2]])
M = nd.ones((2, 2)); b1 = nd.arange(12).reshape((2, 2, 3)); b2 = nd.arange(12).reshape((2, 3, 2))
ops = [
    ('arccos', lambda: nd.arccos(x)), ('arcsin', lambda: nd.arcsin(x)), ('arctan', lambda: nd.arctan(x)),
    ('gemm', lambda: nd.linalg_gemm(b1, b2, nd.ones((2, 2, 2)))),
    ('gemm_axis', lambda: nd.linalg.gemm(nd.ones((2, 3)), nd.ones((3, 2)), nd.ones((2, 2)), alpha=2., beta=0.5)),
    ('addcdiv', lambda: x + 0.5 * (x / (x + 2))),
    ('gemm2', lambda: nd.linalg_gemm2(b1, b2)),
    ('split', lambda: nd.split(nd.arange(12).reshape((2, 6)), num_outputs=3)),
    ('clip', lambda: nd.clip(x, -0.2, 0.5)), ('copy', lambda: x.copy()),
    ('norm', lambda: nd.norm(x)), ('broadcast_to', lambda: nd.ones((1, 4)).broadcast_to([3, 4])),
    ('random_exponential', lambda: nd.random_exponential(shape=(2, 3))),
    ('mod', lambda: nd.modulo(nd.array([5., -7., 9.]), 3)),
    ('frac', lambda: x * 7 - nd.trunc(x * 7)),
    ('gather_nd', lambda: nd.gather_nd(nd.arange(4).reshape((2, 2)), nd.array([[[0,0],[1,1]],[[0,0],[1,0]]]))),
    ('tile', lambda: x.tile((4,2))), ('scatter_nd', lambda: nd.scatter_nd(nd.array([1.23,1.23]), nd.array([[0,1],[2,3]]), (2,4))),
    ('syevd', lambda: nd.linalg.syevd(nd.array([[2., 1.], [1., 3.]]))),
    ('T', lambda: x.T), ('sample_uniform', lambda: nd.sample_uniform(nd.array([0., 1.]), nd.array([1., 3.]), shape=(2,))),
    ('expand_dims', lambda: nd.expand_dims(x, axis=1)), ('reshape', lambda: nd.arange(16).reshape((16,))),
    ('reshape_like', lambda: nd.arange(6).reshape_like(x)), ('astype', lambda: x.astype('float16')),
    ('zeros', lambda: nd.zeros((2,3))), ('ones_like', lambda: nd.ones_like(x)),
    ('topk', lambda: nd.topk(x, k=2, ret_typ='both')), ('sort', lambda: nd.sort(x, axis=1)),
    ('argsort', lambda: nd.argsort(x)), ('max', lambda: nd.max(x, axis=1)), ('prod', lambda: nd.prod(x)),
    ('sign', lambda: nd.sign(x)), ('round', lambda: nd.round(x * 5)), ('rsqrt', lambda: nd.rsqrt(nd.abs(x))),
    ('where', lambda: nd.where(x > 0, x, nd.zeros_like(x))), ('slice', lambda: nd.slice(x, begin=(0, 1), end=(2, 3))),
    ('stack', lambda: nd.stack(x, x, axis=2)), ('squeeze', lambda: nd.ones((1, 3, 1)).squeeze()),
    ('flip', lambda: nd.flip(x, axis=1)), ('ceil', lambda: nd.ceil(x)), ('floor', lambda: nd.floor(x)),
    ('cumsum', lambda: nd.np.cumsum(x.as_np_ndarray(), axis=1).as_nd_ndarray() if hasattr(nd, 'np') else x),
    ('diag', lambda: nd.diag(nd.array([1., 2., 3.]))), ('one_hot', lambda: nd.one_hot(nd.array([0, 2]), 3)),
]
for name, f in ops:
    try:
        show(name, f())
    except Exception as e:
        print(name, 'raises', type(e).__name__)

src = nd.ones((2, 2)); dst = nd.zeros((2, 2)); src.copyto(dst); show('copyto', dst)
x = mx.nd.ones((1,))
with autograd.train_mode():
    y = mx.nd.Dropout(x)
    with autograd.predict_mode():
        z = mx.nd.Dropout(y)
show('dropout', [y, z])
w = mx.nd.ones((1,))
w.attach_grad()
with autograd.record():
    y = x * w
    y.backward()
    with autograd.pause():
        w += w.grad
show('w', [w, w.grad])

class Net(mx.gluon.Block):
    def __init__(self, D_in, D_out):
        super(Net, self).__init__()
        self.dense = mx.gluon.nn.Dense(D_out, in_units=D_in)
    def forward(self, x):
        return self.dense(x)
net = Net(4, 2)
print(net, net.collect_params())
layer = mx.gluon.nn.Dense(10, weight_initializer=mx.init.Normal(0.01))
layer.initialize()
print(layer(nd.ones((1, 3))).shape, layer.weight.shape)

base = mx_nn.HybridSequential(prefix='model_')
with base.name_scope():
    base.add(mx_nn.Dense(6, activation='relu'), mx_nn.Dense(3))
base.initialize()
base.hybridize()
inputs = mx.sym.var('data')
out = base(inputs)
internals = out.get_internals()
print(internals.list_outputs())
outputs = [internals['model_dense0_relu_fwd_output']]
feat_model = gluon.SymbolBlock(outputs, inputs, params=base.collect_params())
show('feat', feat_model(nd.ones((2, 5))))

ctx = [mx.cpu(0), mx.cpu(1)]
data = gluon.utils.split_and_load(nd.arange(8).reshape((4, 2)), ctx)
print([d.context for d in data])
metric = mx.metric.Accuracy()
metric.update([nd.array([0, 1])], [nd.array([[0.7, 0.3], [0.6, 0.4]])])
print(metric.get())
print(type(gluon.data.SequentialSampler(4)).__name__, list(gluon.data.SequentialSampler(4)), sorted(gluon.data.RandomSampler(5)))
