# A planar normalizing flow fitted to a 2-D target density: log-det-Jacobian terms, softplus constraints
import mxnet as mx
from mxnet import gluon, nd, autograd
from mxnet.gluon import nn


class PlanarFlow(nn.HybridBlock):
    def __init__(self, dim, **kwargs):
        super(PlanarFlow, self).__init__(**kwargs)
        with self.name_scope():
            self.u = self.params.get('u', shape=(1, dim), init=mx.init.Normal(0.1))
            self.w = self.params.get('w', shape=(1, dim), init=mx.init.Normal(0.1))
            self.b = self.params.get('b', shape=(1,), init=mx.init.Zero())

    def hybrid_forward(self, F, z, u, w, b):
        wu = F.sum(w * u)
        u_hat = F.broadcast_add(u, F.broadcast_mul(-1 + F.Activation(wu, act_type='softrelu') - wu,
                                                   F.broadcast_div(w, F.sum(w * w))))
        lin = F.broadcast_add(F.dot(z, w, transpose_b=True), b)
        z_new = z + F.broadcast_mul(F.tanh(lin), u_hat)
        psi = F.broadcast_mul(1 - F.tanh(lin) ** 2, w)
        logdet = F.log(F.abs(1 + F.dot(psi, u_hat, transpose_b=True)) + 1e-8)
        return z_new, F.reshape(logdet, shape=(-1,))


def log_target(z):
    r = nd.sqrt(nd.sum(z * z, axis=1))
    return -0.5 * ((r - 2) / 0.4) ** 2


mx.random.seed(29)
flows = [PlanarFlow(2, prefix='flow%d_' % i) for i in range(3)]
params = gluon.ParameterDict()
for f in flows:
    f.initialize()
    f.hybridize()
    params.update(f.collect_params())
print(sorted(params.keys()))
trainer = gluon.Trainer(params, 'adam', {'learning_rate': 0.05})
for step in range(10):
    z0 = nd.random.normal(shape=(64, 2))
    with autograd.record():
        z, total_logdet = z0, nd.zeros((64,))
        for f in flows:
            z, ld = f(z)
            total_logdet = total_logdet + ld
        base = -0.5 * nd.sum(z0 * z0, axis=1)
        kl = (base - total_logdet - log_target(z)).mean()
    kl.backward()
    trainer.step(1)
    print(step, repr(kl.asscalar()), repr(total_logdet.mean().asscalar()))
print(flows[0].u.data().asnumpy().tolist(), flows[2].b.data().asnumpy().tolist())
print(nd.Activation(nd.array([-30, -1, 0, 1, 30]), act_type='softrelu').asnumpy().tolist())
print(nd.log1p(nd.array([1e-8, 0.5, -0.5])).asnumpy().tolist())
