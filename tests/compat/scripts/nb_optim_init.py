# optimizer/initializer notebooks (mxnet-notebooks): registered custom Optimizer and Initializer, updater states,
# Variable init/lr_mult/wd_mult attributes, clip_gradient, mx.init.Load/Mixed, every built-in optimizer's update.
import mxnet as mx
import numpy as np
mx.random.seed(2); np.random.seed(2)


@mx.optimizer.register
class MySGD(mx.optimizer.Optimizer):
    def __init__(self, **kwargs):
        super(MySGD, self).__init__(**kwargs)

    def create_state(self, index, weight):
        return mx.nd.zeros(weight.shape)

    def update(self, index, weight, grad, state):
        lr = self._get_lr(index)
        wd = self._get_wd(index)
        self._update_count(index)
        state[:] = 0.5 * state + grad * self.rescale_grad
        weight[:] -= lr * (state + wd * weight)


opt = mx.optimizer.create('mysgd', learning_rate=0.1, wd=0.1, rescale_grad=2.0)
print(type(opt).__name__, opt.lr, opt.wd, opt.rescale_grad, opt.num_update)
up = mx.optimizer.get_updater(opt)
w = mx.nd.array([1.0, 2.0])
for _ in range(2):
    up(3, mx.nd.array([0.1, -0.2]), w)
print(w.asnumpy().round(6), opt.num_update, opt._index_update_count)
states = up.get_states(dump_optimizer=False)
up2 = mx.optimizer.get_updater(mx.optimizer.create('mysgd', learning_rate=0.1))
up2.set_states(states)
print(sorted(up2.states.keys()), up2.states[3].asnumpy().round(6))
st2 = up.get_states(dump_optimizer=True)
up2.set_states(st2)
print(type(up2.optimizer).__name__, up2.optimizer.lr)


@mx.init.register
class MyInit(mx.init.Initializer):
    def __init__(self, v):
        super(MyInit, self).__init__(v=v)
        self.v = v

    def _init_weight(self, name, arr):
        arr[:] = self.v

    def _init_bias(self, name, arr):
        arr[:] = -self.v


print(MyInit(0.5).dumps(), mx.init.create('myinit', v=0.25).dumps() if hasattr(mx.init, 'create') else '')
data = mx.sym.Variable('data')
w = mx.sym.Variable('fc_weight', init=mx.init.Constant(0.7), lr_mult=0.5, wd_mult=0.0)
net = mx.sym.FullyConnected(data, weight=w, num_hidden=2, name='fc')
net = mx.sym.FullyConnected(net, num_hidden=2, name='fc2')
print(net.attr_dict())
mod = mx.mod.Module(net, label_names=None)
mod.bind([('data', (1, 3))])
mod.init_params(MyInit(0.5))
print({k: v.asnumpy().ravel()[:3].tolist() for k, v in sorted(mod.get_params()[0].items())})
mod.init_optimizer(optimizer='sgd', optimizer_params={'learning_rate': 1.0, 'wd': 0.1, 'clip_gradient': 0.5})
print(mod._optimizer.lr_mult, mod._optimizer.wd_mult, mod._optimizer.idx2name)
mod.forward(mx.io.DataBatch([mx.nd.ones((1, 3))]), is_train=True)
mod.backward([mx.nd.ones((1, 2))])
mod.update()
print({k: v.asnumpy().ravel()[:3].round(5).tolist() for k, v in sorted(mod.get_params()[0].items())})
mod.save_optimizer_states('/tmp/nb_opt.states')
mod.load_optimizer_states('/tmp/nb_opt.states')
mx.nd.save('/tmp/nb_init.params', {'arg:fc2_weight': mx.nd.ones((2, 2)) * 3, 'fc2_bias': mx.nd.ones((2,)) * 4})
ld = mx.init.Load('/tmp/nb_init.params', default_init=mx.init.Zero(), verbose=False)
print(sorted(ld.param.keys()))
for name, shape in [('fc2_weight', (2, 2)), ('fc2_bias', (2,)), ('other_weight', (1, 2))]:
    a = mx.nd.empty(shape)
    ld(mx.init.InitDesc(name), a)
    print(name, a.asnumpy().ravel().tolist())
mixed = mx.init.Mixed(['fc2.*', '.*'], [mx.init.Constant(9), MyInit(1.5)])
for name in ['fc2_weight', 'fc_bias']:
    a = mx.nd.empty((2,))
    mixed(mx.init.InitDesc(name), a)
    print(name, a.asnumpy().tolist())
try:
    mx.init.Mixed(['fc2.*'], [mx.init.Zero()])(mx.init.InitDesc('zz_weight'), mx.nd.empty((1,)))
except Exception as e:
    print(type(e).__name__)
for o in ['sgd', 'adam', 'nag', 'signum', 'ftml', 'lamb', 'dcasgd', 'sgld', 'ftrl', 'adamax', 'nadam', 'lars', 'lbsgd']:
    mx.random.seed(0)
    opt = mx.optimizer.create(o, learning_rate=0.05, multi_precision=False)
    up = mx.optimizer.get_updater(opt)
    w = mx.nd.array([0.5, -1.5, 2.0])
    for t in range(3):
        up(0, mx.nd.array([0.3, 0.1, -0.2]) * (t + 1), w)
    print(o, w.asnumpy().round(5))
