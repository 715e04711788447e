"""PReLU's alpha: Constant(0.25) by default, kept over a global initializer, shape (in_channels,)."""
import mxnet as mx

p = mx.gluon.nn.PReLU()
print(p.alpha, p.alpha.init.dumps())
net = mx.gluon.nn.HybridSequential()
net.add(mx.gluon.nn.Dense(3, in_units=2), mx.gluon.nn.PReLU(), mx.gluon.nn.PReLU(in_channels=3))
net.initialize(mx.init.Xavier())
print(net[1].alpha.data(), net[2].alpha.data())
net.initialize(mx.init.One(), force_reinit=True)
print(net[1].alpha.data(), net[2].alpha.data())
net.hybridize()
print(net(mx.nd.array([[1., -2.]])))
print(net[1].alpha.grad_req, net[1].alpha.lr_mult, net[1].alpha.wd_mult)
for alpha in [mx.init.Constant(0.5), 'zeros']:
    q = mx.gluon.nn.PReLU(alpha_initializer=alpha)
    q.initialize()
    print(q(mx.nd.array([-2., 2.])))
x = mx.nd.array([[-1., 2.], [3., -4.]])
x.attach_grad()
p.initialize()
with mx.autograd.record():
    y = p(x)
y.backward()
print(y, x.grad, p.alpha.grad())
print(p, p.collect_params())
