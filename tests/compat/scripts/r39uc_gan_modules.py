"""A DCGAN in two Modules (inputs_need_grad, summed discriminator grads, get_input_grads) and a gradient penalty with autograd.grad(create_graph=True) give MXNet numbers."""
# recorded on AVX2
import mxnet as mx, numpy as np
from mxnet import nd, autograd, gluon
mx.random.seed(12); np.random.seed(12)
B = 4
noise = mx.sym.var('noise'); img = mx.sym.var('image'); label = mx.sym.var('label')
g = mx.sym.FullyConnected(noise, num_hidden=16, name='g_fc1', no_bias=True)
g = mx.sym.BatchNorm(g, fix_gamma=True, eps=1e-5, name='g_bn1')
g = mx.sym.Activation(g, act_type='relu')
g = mx.sym.Reshape(g, shape=(-1, 1, 4, 4))
g = mx.sym.Deconvolution(g, kernel=(4, 4), stride=(2, 2), pad=(1, 1), num_filter=2, no_bias=True, name='g_dc')
g = mx.sym.Activation(g, act_type='tanh', name='gout')
d = mx.sym.Convolution(img, kernel=(4, 4), stride=(2, 2), pad=(1, 1), num_filter=4, name='d_c1')
d = mx.sym.LeakyReLU(d, act_type='leaky', slope=0.2)
d = mx.sym.Convolution(d, kernel=(4, 4), num_filter=1, name='d_c2')
d = mx.sym.Flatten(d)
d = mx.sym.LogisticRegressionOutput(d, label, name='dloss')
gen = mx.mod.Module(g, data_names=['noise'], label_names=None)
gen.bind(data_shapes=[('noise', (B, 5))], inputs_need_grad=True)
gen.init_params(mx.init.Normal(0.02))
gen.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01, 'beta1': 0.5})
dis = mx.mod.Module(d, data_names=['image'], label_names=['label'])
dis.bind(data_shapes=[('image', (B, 2, 8, 8))], label_shapes=[('label', (B, 1))], inputs_need_grad=True)
dis.init_params(mx.init.Normal(0.02))
dis.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.01, 'beta1': 0.5})
print(gen.data_shapes, gen.output_shapes, dis.label_shapes, dis.output_names)
real = nd.random.uniform(-1, 1, (B, 2, 8, 8))
acc = mx.metric.CustomMetric(lambda l, p: ((p > 0.5) == l).mean(), name='facc')
for it in range(3):
    z = nd.random.normal(shape=(B, 5))
    gen.forward(mx.io.DataBatch([z], []), is_train=True)
    fake = gen.get_outputs()[0]
    dis.forward(mx.io.DataBatch([fake], [nd.zeros((B, 1))]), is_train=True)
    dis.backward()
    gfake = [[g.copyto(g.context) for g in gl] for gl in dis._exec_group.grad_arrays]
    dis.update_metric(acc, [nd.zeros((B, 1))])
    dis.forward(mx.io.DataBatch([real], [nd.ones((B, 1))]), is_train=True)
    dis.backward()
    for gr, gf in zip(dis._exec_group.grad_arrays, gfake):
        for a, b in zip(gr, gf): a += b
    dis.update()
    dis.update_metric(acc, [nd.ones((B, 1))])
    dis.forward(mx.io.DataBatch([fake], [nd.ones((B, 1))]), is_train=True)
    dis.backward()
    diffD = dis.get_input_grads()
    gen.backward(diffD)
    gen.update()
    print(it, acc.get(), dis.get_outputs()[0].asnumpy().ravel(), diffD[0].abs().sum().asscalar())
ap, xp = gen.get_params(); print(sorted(xp), xp['g_bn1_moving_mean'].asnumpy()[:4])
# WGAN-GP style gradient penalty with autograd.grad(create_graph)
D = gluon.nn.HybridSequential()
D.add(gluon.nn.Dense(8), gluon.nn.HybridLambda(lambda F, v: F.tanh(v)), gluon.nn.Dense(1))
D.initialize(mx.init.Normal(0.5))
x = nd.random.uniform(shape=(3, 4)); x.attach_grad()
with autograd.record():
    y = D(x)
    gr = autograd.grad(y, [x], head_grads=nd.ones_like(y), create_graph=True, retain_graph=True)[0]
    gp = (gr * gr).sum()
    tot = y.mean() + 10 * gp
tot.backward()
print(gp.asscalar(), D[0].weight.grad()[0].asnumpy(), x.grad.asnumpy()[0])
# autograd misc
a = nd.array([1., 2., 3.]); a.attach_grad(grad_req='add')
for _ in range(2):
    with autograd.record():
        b = (a ** 3).sum()
    b.backward()
print(a.grad, autograd.is_recording(), autograd.is_training())
with autograd.record(train_mode=False):
    print(autograd.is_training(), nd.Dropout(nd.ones((2, 2)), p=0.5))
with autograd.predict_mode():
    print(autograd.is_training())
with autograd.train_mode():
    print(nd.Dropout(nd.ones((2, 3)), p=0.5))
c = nd.array([1., 2.]); c.attach_grad()
with autograd.record():
    e = c * 2
    f = (e.detach() * c + nd.stop_gradient(e) * c).sum()
f.backward(); print(c.grad)
