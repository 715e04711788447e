# mx.model.save_checkpoint / load_checkpoint / load_params, callback.do_checkpoint, file names.
import mxnet as mx, numpy as np, os, tempfile

def t(f):
    try:
        print(f())
    except Exception as e:
        print('ERR', type(e).__name__)

tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'net')
data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc1')
net = mx.sym.Activation(fc, act_type='relu', name='relu1')
arg = {'fc1_weight': mx.nd.array(np.arange(6).reshape(3, 2)), 'fc1_bias': mx.nd.array([1, 2, 3])}
aux = {'bn_moving_mean': mx.nd.array([0.5, 0.25])}
mx.model.save_checkpoint(prefix, 7, net, arg, aux)
print(sorted(os.listdir(tmp)))
sym, a2, x2 = mx.model.load_checkpoint(prefix, 7)
print(type(sym).__name__, sym.list_arguments(), sym.list_outputs())
print(sorted((k, v.asnumpy().tolist()) for k, v in a2.items()))
print(sorted((k, v.asnumpy().tolist()) for k, v in x2.items()))
print(sorted(mx.nd.load(prefix + '-0007.params').keys()))
a3, x3 = mx.model.load_params(prefix, 7)
print(sorted(a3), sorted(x3))
mx.model.save_checkpoint(prefix, 12345, None, arg, {})
print(sorted(os.listdir(tmp)))
t(lambda: mx.model.load_checkpoint(prefix, 3))
t(lambda: mx.model.load_checkpoint(os.path.join(tmp, 'nothere'), 7))
t(lambda: mx.model.load_params(prefix, 3))
cb = mx.callback.do_checkpoint(os.path.join(tmp, 'cb'), period=2)
for epoch in range(5):
    cb(epoch, net, arg, aux)
print(sorted(f for f in os.listdir(tmp) if f.startswith('cb')))
cb = mx.callback.do_checkpoint(os.path.join(tmp, 'cc'))
cb(0, net, arg, aux)
print(sorted(f for f in os.listdir(tmp) if f.startswith('cc')))
mx.nd.save(prefix + '-0001.params', {'weird:x': mx.nd.ones((1,)), 'arg:y': mx.nd.ones((1,))})
t(lambda: sorted(mx.model.load_params(prefix, 1)[0]))
print(mx.model.BatchEndParam(epoch=1, nbatch=2, eval_metric=None, locals=None))
