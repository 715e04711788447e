# Optimizer API: lr/wd multipliers, multi_precision, create/register, Updater states, reprs
import pickle
import warnings
import mxnet as mx
from mxnet import nd, gluon
import numpy as np

warnings.simplefilter('ignore')
O = mx.optimizer

# lr_mult / wd_mult through set_lr_mult, set_wd_mult, idx2name and param_dict
opt = O.SGD(learning_rate=0.1, wd=0.1, param_idx2name={0: 'fc_weight', 1: 'fc_bias', 2: 'bn_gamma'})
print(opt.lr_mult, opt.wd_mult)
opt.set_lr_mult({'fc_weight': 2.0})
opt.set_wd_mult({'fc_bias': 0.5})
print(opt.lr_mult, opt.wd_mult)
print([opt._get_lr(i) for i in range(3)], [opt._get_wd(i) for i in range(3)])
opt2 = O.SGD(learning_rate=0.1, wd=0.1, param_idx2name={0: 'fc_weight', 1: 'fc_bias', 2: 'bn_gamma'},
             begin_num_update=5)
print(opt2.wd_mult, opt2.num_update, opt2.begin_num_update)
# symbol attributes
data = mx.sym.var('data')
w = mx.sym.var('w', lr_mult=3.0, wd_mult=0.0)
fc = mx.sym.FullyConnected(data, weight=w, num_hidden=2, name='fc')
opt3 = O.SGD(learning_rate=0.1, sym=fc, param_idx2name={0: 'w', 1: 'fc_bias'})
print(opt3.lr_mult, opt3.wd_mult)
# gluon Parameter multipliers
p = gluon.Parameter('q', shape=(2,), lr_mult=0.5, wd_mult=2.0)
p.initialize(mx.init.One())
opt4 = O.SGD(learning_rate=0.1, wd=0.1, param_dict={0: p})
print(opt4._get_lr(0), opt4._get_wd(0))
p.lr_mult = 4.0
print(opt4._get_lr(0))
t = gluon.Trainer([p], 'sgd', {'learning_rate': 0.1, 'wd': 0.1})
print(t.optimizer._get_lr(0), t.optimizer._get_wd(0))

# learning rate property
opt = O.Adam(learning_rate=0.01)
print(opt.learning_rate, opt.lr)
opt.set_learning_rate(0.02)
print(opt.learning_rate)
try:
    opt.learning_rate = 0.04
    print(opt.learning_rate)
except Exception as e:
    print(type(e).__name__)
sch = mx.lr_scheduler.FactorScheduler(step=2, factor=0.5)
opt = O.SGD(learning_rate=0.2, lr_scheduler=sch)
print(opt.learning_rate, sch.base_lr)
try:
    opt.set_learning_rate(0.5)
except Exception as e:
    print(type(e).__name__, e)

# multi_precision with float16 weights
for name, kw in (('sgd', {'momentum': 0.9}), ('sgd', {}), ('adam', {}), ('nag', {'momentum': 0.9}),
                 ('signum', {'momentum': 0.9}), ('lamb', {}), ('rmsprop', {}), ('adagrad', {}), ('lars', {'momentum': 0.9})):
    for mp in (True, False):
        o = O.create(name, learning_rate=0.1, multi_precision=mp, **kw)
        w16 = nd.array([1.0, -2.0, 0.5], dtype='float16')
        st = o.create_state_multi_precision(0, w16)
        desc = type(st).__name__
        if isinstance(st, tuple):
            desc += str([None if s is None else (type(s).__name__, str(s.dtype)) if hasattr(s, 'dtype') else type(s).__name__ for s in st])
        elif st is not None:
            desc += str(st.dtype)
        try:
            for g in ([0.1, 0.2, -0.3], [0.5, -0.5, 0.25], [1.0, 1.0, 1.0]):
                o.update_multi_precision(0, w16, nd.array(g, dtype='float16'), st)
            print(name, kw, mp, desc, w16.dtype, w16.asnumpy().tolist())
        except Exception as e:
            print(name, kw, mp, desc, type(e).__name__)

# create / register
print(type(O.create('SGD')).__name__, type(O.create('adam', learning_rate=0.5)).__name__)
try:
    O.create('nosuch')
except Exception as e:
    print(type(e).__name__, e)
o = O.SGD()
print(O.create(o) is o if False else 'skip')


@O.register
class MyOpt(O.Optimizer):
    def __init__(self, scale=1.0, **kwargs):
        super(MyOpt, self).__init__(**kwargs)
        self.scale = scale

    def create_state(self, index, weight):
        return None

    def update(self, index, weight, grad, state):
        self._update_count(index)
        weight[:] -= self._get_lr(index) * self.scale * grad


print('myopt' in O.Optimizer.opt_registry, type(O.create('myopt', scale=2.0)).__name__)
o = O.create('MyOpt', learning_rate=0.5, scale=2.0)
w = nd.array([1.0, 1.0])
o.update(0, w, nd.array([0.1, 0.2]), None)
print(w.asnumpy().tolist(), o.num_update)

# get_updater and Updater states
o = O.SGD(learning_rate=0.1, momentum=0.9)
upd = O.get_updater(o)
print(type(upd).__name__)
w = nd.array([1.0, 2.0])
for g in ([0.5, 0.5], [0.1, -0.1]):
    upd(3, nd.array(g), w)
print(np.round(w.asnumpy(), 6).tolist(), sorted(upd.states.keys()), upd.states[3].asnumpy().tolist())
st = upd.get_states()
print(type(st).__name__)
st2 = upd.get_states(dump_optimizer=True)
upd2 = O.get_updater(O.SGD(learning_rate=0.1, momentum=0.9))
upd2.set_states(st)
print(sorted(upd2.states.keys()), upd2.states[3].asnumpy().tolist(), upd2.optimizer.num_update)
upd3 = O.get_updater(O.Adam())
upd3.set_states(st2)
print(type(upd3.optimizer).__name__, upd3.optimizer.momentum, upd3.optimizer.num_update, upd3.optimizer._index_update_count)
w2 = nd.array(w.asnumpy())
upd(3, nd.array([1.0, 1.0]), w)
upd2(3, nd.array([1.0, 1.0]), w2)
print(np.round(w.asnumpy(), 6).tolist(), np.round(w2.asnumpy(), 6).tolist())
# list form
upd4 = O.get_updater(O.SGD(learning_rate=0.1))
ws = [nd.array([1.0]), nd.array([2.0])]
upd4([0, 1], [nd.array([1.0]), nd.array([1.0])], ws)
print([x.asnumpy().tolist() for x in ws], upd4.optimizer.num_update)

# reprs and attributes
for o in (O.SGD(), O.Adam(), O.SGD(learning_rate=0.5, momentum=0.9), O.RMSProp(centered=True)):
    print(type(o).__name__, o.lr, o.wd, o.rescale_grad, o.clip_gradient, o.multi_precision, o.num_update,
          o.begin_num_update, o.lr_scheduler, o.aggregate_num, o.param_dict, o.idx2name)
print(O.Adam().beta1, O.Adam().beta2, O.Adam().epsilon, O.SGD().momentum, O.SGD().lazy_update,
      O.RMSProp().gamma1, O.RMSProp().gamma2, O.RMSProp().epsilon, O.RMSProp().centered, O.RMSProp().clip_weights)
print(O.Signum().momentum, O.Signum().wd_lh, O.Ftrl().lamda1, O.Ftrl().beta, O.NAG().momentum, O.AdaGrad().float_stable_eps)
print(O.LAMB().beta1, O.LAMB().lower_bound, O.LAMB().upper_bound, O.LAMB().bias_correction, O.LARS().eta, O.AdaDelta().rho)
print(isinstance(O.SGD(), O.Optimizer), O.Optimizer.create_optimizer('sgd').__class__.__name__)
print(O.SGD().__dict__.keys() == O.SGD().__dict__.keys())
o = O.SGD(learning_rate=0.3, momentum=0.8)
o2 = pickle.loads(pickle.dumps(o))
print(type(o2).__name__, o2.lr, o2.momentum)
try:
    O.SGD(lr_scheduler=sch, learning_rate=None)
    print('ok')
except Exception as e:
    print(type(e).__name__)
