# how_to/finetune + predict and tutorials/understanding_vanish_gradient (mxnet-notebooks): checkpoints, symbol
# surgery with get_internals, set_params(allow_missing), feature extraction, mx.mon.Monitor statistics.
import logging
import re
import sys
from collections import namedtuple
import mxnet as mx
import numpy as np


class _NoTiming(logging.Filter):
    def filter(self, record):
        msg = re.sub(r'Speed: [0-9.e+inf]+ samples/sec', 'Speed: S samples/sec', record.getMessage())
        record.msg, record.args = re.sub(r'Time cost=[0-9.e+-]+', 'Time cost=T', msg), ()
        return True


handler = logging.StreamHandler(sys.stdout)
handler.addFilter(_NoTiming())
logging.getLogger().addHandler(handler)
logging.getLogger().setLevel(logging.INFO)
mx.random.seed(2)
np.random.seed(2)

# a small "pretrained" net saved as a checkpoint
data = mx.sym.Variable('data')
body = mx.sym.Convolution(data, kernel=(3, 3), num_filter=2, pad=(1, 1), name='conv0')
body = mx.sym.BatchNorm(body, fix_gamma=False, name='bn0')
body = mx.sym.Activation(body, act_type='relu', name='relu0')
body = mx.sym.Pooling(body, kernel=(2, 2), global_pool=True, pool_type='avg', name='pool0')
body = mx.sym.Flatten(body, name='flatten0')
body = mx.sym.FullyConnected(body, num_hidden=5, name='fc1')
sym = mx.sym.SoftmaxOutput(body, name='softmax')
mod = mx.mod.Module(sym, context=mx.cpu())
mod.bind(data_shapes=[('data', (2, 3, 6, 6))], label_shapes=[('softmax_label', (2,))])
mod.init_params(mx.init.Xavier(rnd_type='gaussian', factor_type="in", magnitude=2))
mod.save_checkpoint('/tmp/nb_finetune_pre', 0)
sym, arg_params, aux_params = mx.model.load_checkpoint('/tmp/nb_finetune_pre', 0)
print(sorted(arg_params), sorted(aux_params))
print(sym.get_internals().list_outputs())


def get_fine_tune_model(symbol, arg_params, num_classes, layer_name='flatten0'):
    all_layers = symbol.get_internals()
    net = all_layers[layer_name + '_output']
    net = mx.symbol.FullyConnected(data=net, num_hidden=num_classes, name='fc1')
    net = mx.symbol.SoftmaxOutput(data=net, name='softmax')
    new_args = dict({k: arg_params[k] for k in arg_params if 'fc1' not in k})
    return (net, new_args)


new_sym, new_args = get_fine_tune_model(sym, arg_params, 3)
print(new_sym.list_arguments(), sorted(new_args))
X = np.random.uniform(0, 1, (8, 3, 6, 6)).astype('float32')
y = np.arange(8) % 3
train = mx.io.NDArrayIter(X, y, 4, shuffle=False)
val = mx.io.NDArrayIter(X[:4], y[:4], 4)
ft = mx.mod.Module(symbol=new_sym, context=mx.cpu())
ft.fit(train, val, num_epoch=2, arg_params=new_args, aux_params=aux_params, allow_missing=True,
       batch_end_callback=mx.callback.Speedometer(4, 1), kvstore='device', optimizer='sgd',
       optimizer_params={'learning_rate': 0.1}, initializer=mx.init.Xavier(rnd_type='gaussian', factor_type="in",
                                                                           magnitude=2), eval_metric='acc')
print(ft.score(val, mx.metric.Accuracy()))
arg, aux = ft.get_params()
print(arg['fc1_weight'].shape, aux['bn0_moving_mean'].asnumpy().round(4), aux['bn0_moving_var'].asnumpy().round(4))
try:
    m = mx.mod.Module(new_sym)
    m.bind(data_shapes=[('data', (1, 3, 6, 6))], for_training=False)
    m.set_params(new_args, aux_params)
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])

# predict: bind for inference, set params, forward a Batch namedtuple
mod = mx.mod.Module(symbol=sym, context=mx.cpu(), label_names=None)
mod.bind(for_training=False, data_shapes=[('data', (1, 3, 6, 6))], label_shapes=mod._label_shapes)
mod.set_params(arg_params, aux_params, allow_missing=True)
Batch = namedtuple('Batch', ['data'])
mod.forward(Batch([mx.nd.array(X[:1])]))
prob = mod.get_outputs()[0].asnumpy()
prob = np.squeeze(prob)
a = np.argsort(prob)[::-1]
print(prob.round(4), a)
all_layers = sym.get_internals()
fe_sym = all_layers['flatten0_output']
fe_mod = mx.mod.Module(symbol=fe_sym, context=mx.cpu(), label_names=None)
fe_mod.bind(for_training=False, data_shapes=[('data', (1, 3, 6, 6))])
fe_mod.set_params(arg_params, aux_params)
fe_mod.forward(Batch([mx.nd.array(X[1:2])]))
features = fe_mod.get_outputs()[0].asnumpy()
print(features.shape, features.round(4))
fe_mod.reshape([('data', (2, 3, 6, 6))])
fe_mod.forward(Batch([mx.nd.array(X[:2])]), is_train=False)
print(fe_mod.get_outputs()[0].shape, fe_mod.output_shapes)
mx.model.save_checkpoint('/tmp/nb_finetune_fe', 1, fe_sym, arg_params, aux_params)
s2, a2, x2 = mx.model.load_checkpoint('/tmp/nb_finetune_fe', 1)
print(s2.list_outputs(), len(a2), len(x2))
loaded = mx.nd.load('/tmp/nb_finetune_fe-0001.params')
print(sorted(loaded))

# vanishing gradient: a deep sigmoid MLP observed with a Monitor
def norm_stat(d):
    return (mx.nd.norm(d) / np.sqrt(d.size) * 1e4).round()      # rounded: dot's last bits depend on the ISA


net = mx.sym.Variable('data')
for i in range(4):
    net = mx.sym.FullyConnected(net, num_hidden=6, name='fc%d' % i)
    net = mx.sym.Activation(net, act_type='sigmoid', name='sig%d' % i)
net = mx.sym.FullyConnected(net, num_hidden=2, name='out')
net = mx.sym.SoftmaxOutput(net, name='softmax')
Xv = np.random.uniform(-1, 1, (6, 4)).astype('float32')
yv = (Xv.sum(axis=1) > 0).astype('float32')
it = mx.io.NDArrayIter(Xv, yv, 3)
# fc0's data gradient and the label gradient are buffers MXNet never writes (no grad_req): not monitored
mon = mx.mon.Monitor(1, norm_stat, pattern='.*weight.*|fc[1-9]_backward_.*|out_backward.*|sig.*|softmax_backward_output0', sort=True)
m = mx.mod.Module(net)
m.fit(it, num_epoch=1, monitor=mon, optimizer_params={'learning_rate': 0.1}, initializer=mx.init.Uniform(0.5))
m.bind(data_shapes=it.provide_data, label_shapes=it.provide_label, force_rebind=True)
m.init_params(mx.init.Xavier(), force_init=True)
mon2 = mx.mon.Monitor(2, lambda d: (mx.nd.max(mx.nd.abs(d)) * 1e4).round(), pattern='fc[1-9].*|sig.*|out.*')
m.install_monitor(mon2)
it.reset()
for k, batch in enumerate(it):
    mon2.tic()
    m.forward_backward(batch)
    res = mon2.toc()
    print(k, [(n_, name, s.split('\n')[0]) for n_, name, s in res][:4], len(res))
