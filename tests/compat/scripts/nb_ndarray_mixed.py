# NDArray, mixed symbol+ndarray, initializer and optimizer notebooks (mxnet-notebooks python/basic).
import mxnet as mx
import numpy as np

mx.random.seed(1)
np.random.seed(1)
a = mx.nd.array([1, 2, 3])
b = mx.nd.array([[1, 2, 3], [2, 3, 4]])
print('a.shape=%s, a.dtype=%s' % (a.shape, a.dtype), 'b.shape=%s, b.dtype=%s' % (b.shape, b.dtype))
b = mx.nd.array([[1, 2, 3], [2, 3, 4]], dtype=np.int32)
c = mx.nd.array([1.2, 2.3], dtype=np.float16)
print(b.dtype, c.dtype, b.size, b.ndim, b.context, b.stype)
a = mx.nd.zeros((2, 3))
b = mx.nd.ones((2, 3))
c = mx.nd.full((2, 3), 7)
d = mx.nd.empty((2, 3))
print(a, b, c, d.shape)
a = mx.nd.ones((2, 3))
b = mx.nd.full((2, 3), 5)
c = a + b
d = a - b
e = a * b
f = a / b
print(c.asnumpy(), d.asnumpy(), e.asnumpy(), f.asnumpy())
a = mx.nd.ones((2, 3))
print(a.asnumpy())
a += 2
print(a.asnumpy())
a = mx.nd.arange(4).reshape((2, 2))
b = a * a
c = mx.nd.dot(a, a)
print("b: %s, \n c: %s" % (b.asnumpy(), c.asnumpy()))
a = mx.nd.ones((2, 3))
b = mx.nd.ones((3, 4))
print(mx.nd.dot(a, b))
a = mx.nd.ones((2, 3))
b = mx.nd.exp(a)
c = mx.nd.sqrt(b)
print(c.asnumpy().round(5), a.T.shape)
a = mx.nd.array(np.arange(6).reshape(3, 2))
a[1:2] = 1
print(a[:].asnumpy())
d = mx.nd.slice_axis(a, axis=1, begin=1, end=2)
print(d.asnumpy())
a = mx.nd.array(np.arange(24))
b = a.reshape((2, 3, 4))
print(b.asnumpy())
b[0][0][0] = -1
print(a[0].asnumpy(), a[:3])
a = mx.nd.ones((2, 3)) * 2
b = mx.nd.ones((2, 3)) * 4
print(mx.nd.concatenate([a, b]).asnumpy())
print(mx.nd.concat(a, b, dim=1).shape)
a = mx.nd.ones((2, 3))
b = mx.nd.sum(a)
c = mx.nd.sum_axis(a, axis=1)
print(b.asnumpy(), c.asnumpy())
a = mx.nd.array(np.arange(6).reshape(6, 1))
b = a.broadcast_to((6, 2))
c = mx.nd.broadcast_axis(a.reshape((6, 1, 1)), axis=2, size=3)
print(b.asnumpy(), c.shape)
a = mx.nd.ones((2, 3))
b = a
c = a.copy()
d = mx.nd.zeros(a.shape)
d[:] = a
a.copyto(d)
print(b is a, c is a, (d - a).sum().asscalar())
print(mx.nd.norm(mx.nd.array([3, 4])).asscalar(), mx.nd.argmax(mx.nd.array([[1, 5, 2]]), axis=1))
print(mx.nd.max(b), mx.nd.min(mx.nd.array([[1, -2]]), axis=1), mx.nd.clip(mx.nd.array([-3, 0.5, 3]), -1, 1))
print(mx.nd.random.uniform(shape=(2, 3)).asnumpy().round(6))
print(mx.nd.random.normal(0, 1, shape=(2, 2)).asnumpy().round(6))
print(mx.nd.random_uniform(low=-1, high=1, shape=(2,)).asnumpy().round(6))

a = mx.nd.ones((2, 3))
b = mx.nd.ones((5, 6))
mx.nd.save("/tmp/nb_ndarray_temp.ndarray", [a, b])
c = mx.nd.load("/tmp/nb_ndarray_temp.ndarray")
print(c)
mx.nd.save("/tmp/nb_ndarray_temp.ndarray", {'a': a, 'b': b})
c = mx.nd.load("/tmp/nb_ndarray_temp.ndarray")
print(sorted(c.items()))
mx.nd.waitall()
a = mx.nd.ones((3, 3))
a.wait_to_read()
print(repr(mx.nd.ones((2, 2), dtype='uint8')), mx.nd.ones((2,), ctx=mx.cpu(0)).context)
print(a.as_in_context(mx.cpu()).asnumpy().dtype, a.astype('int32').dtype, float(mx.nd.array([2.5]).asscalar()))

# mixed: symbol executed on ndarrays, updated with ndarray math
num_in = 4
num_out = 3
data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data=data, num_hidden=num_out, name='fc')
net = mx.sym.SoftmaxOutput(data=fc, name='sm')
ex = net.simple_bind(ctx=mx.cpu(), data=(5, num_in))
args = dict(zip(net.list_arguments(), ex.arg_arrays))
print(sorted((k, v.shape) for k, v in args.items()))
for name in args:
    data_ = args[name]
    if 'weight' in name:
        data_[:] = mx.random.uniform(-0.1, 0.1, data_.shape)
    if 'bias' in name:
        data_[:] = 0
x = np.random.uniform(size=(5, num_in)).astype('float32')
y = np.array([0, 1, 2, 1, 0])
learning_rate = 0.1
for i in range(3):
    ex.arg_dict['data'][:] = x
    ex.arg_dict['sm_label'][:] = y
    ex.forward(is_train=True)
    ex.backward()
    for weight, grad in zip(ex.arg_arrays, ex.grad_arrays):
        if grad is not None:
            weight[:] -= learning_rate * (grad / 5)
    acc = (mx.nd.argmax_channel(ex.outputs[0]).asnumpy() == y).mean()
    print(i, acc, ex.outputs[0].asnumpy().round(5)[0])
print(ex.arg_dict['fc_weight'].asnumpy().round(5))

# initializer
data = mx.sym.Variable('data')
net = mx.sym.FullyConnected(data=data, num_hidden=3, name='fc1')
net = mx.sym.BatchNorm(data=net, name='bn1')
net = mx.sym.FullyConnected(data=net, num_hidden=2, name='fc2')
arg_shapes, _, aux_shapes = net.infer_shape(data=(2, 4))
for init in [mx.init.Uniform(0.5), mx.init.Normal(0.1), mx.init.Xavier(), mx.init.Xavier(rnd_type='gaussian', factor_type='in', magnitude=2),
             mx.init.Constant(0.3), mx.init.One(), mx.init.Zero(), mx.init.MSRAPrelu(),
             mx.init.Mixed(['bias', '.*'], [mx.init.Zero(), mx.init.Uniform(0.1)])]:
    mx.random.seed(3)
    print(init.dumps() if hasattr(init, 'dumps') and not isinstance(init, mx.init.Mixed) else type(init).__name__)
    for name, shape in zip(net.list_arguments(), arg_shapes):
        if name == 'data':
            continue
        arr = mx.nd.zeros(shape)
        init(mx.init.InitDesc(name), arr)
        print(' ', name, arr.asnumpy().ravel()[:4].round(5))
print(repr(mx.init.InitDesc('fc1_weight', attrs={'a': '1'})), mx.init.InitDesc('w').attrs)
print(mx.init.create('xavier').dumps(), mx.init.Uniform(0.2).dumps())

# optimizer
for name, kw in [('sgd', dict(learning_rate=0.1, momentum=0.9, wd=0.01)), ('adam', dict(learning_rate=0.01)),
                 ('rmsprop', dict(learning_rate=0.01)), ('adagrad', dict(learning_rate=0.1)),
                 ('nag', dict(learning_rate=0.1, momentum=0.9)), ('adadelta', dict())]:
    opt = mx.optimizer.create(name, rescale_grad=0.5, **kw)
    updater = mx.optimizer.get_updater(opt)
    w = mx.nd.array([1.0, -2.0, 3.0])
    for t in range(3):
        g = mx.nd.array([0.5, -1.0, 0.25]) * (t + 1)
        updater(0, g, w)
    print(name, type(opt).__name__, w.asnumpy().round(6))
opt = mx.optimizer.SGD(learning_rate=0.1, lr_scheduler=mx.lr_scheduler.FactorScheduler(step=2, factor=0.5))
updater = mx.optimizer.get_updater(opt)
w = mx.nd.ones((2,))
for t in range(5):
    updater(0, mx.nd.ones((2,)), w)
    print(t, opt.learning_rate, w.asnumpy().round(6))
print(mx.optimizer.Optimizer.opt_registry['sgd'].__name__, 'ccsgd' in mx.optimizer.Optimizer.opt_registry)
