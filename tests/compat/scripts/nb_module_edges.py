# Module / callback / viz corners hit when the mxnet-notebooks tutorials are run with other arguments:
# predict/score options, callbacks, plot_network without graphviz, fit argument errors.
import logging
import re
import sys
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
logging.getLogger().setLevel(logging.DEBUG)
mx.random.seed(8)
np.random.seed(8)
X = np.random.uniform(-1, 1, (10, 4)).astype('float32')
y = (X[:, 0] > X[:, 1]).astype('float32')
data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data, num_hidden=2, name='fc')
net = mx.sym.SoftmaxOutput(fc, name='softmax')
it = mx.io.NDArrayIter(X, y, 4)
mod = mx.mod.Module(net)
mod.fit(it, num_epoch=2, validation_metric='ce', eval_data=it, eval_metric=['acc', 'mse'],
        batch_end_callback=[mx.callback.Speedometer(4, 1, auto_reset=False), mx.callback.log_train_metric(1, True)],
        epoch_end_callback=mx.callback.module_checkpoint(mod, '/tmp/nb_module_edges', period=2, save_optimizer_states=True),
        eval_batch_end_callback=lambda p: print('eval batch', p.epoch, p.nbatch, round(p.eval_metric.get()[1], 5)),
        optimizer=mx.optimizer.SGD(learning_rate=0.2, rescale_grad=0.25), kvstore='local')
print(sorted(mx.nd.load('/tmp/nb_module_edges-0002.params')))
out = mod.predict(it, num_batch=2, merge_batches=False)
print(len(out), [o[0].shape for o in out])
out = mod.predict(it, always_output_list=True)
print(type(out).__name__, out[0].shape)
print(mod.score(it, 'acc', num_batch=1, batch_end_callback=lambda p: print('score cb', p.nbatch), epoch=3))
it.reset()
mod.forward(next(it), is_train=False)
print([[a.shape for a in o] for o in mod.get_outputs(merge_multi_context=False)])
print(mod.get_params()[0]['fc_bias'].asnumpy().round(5))
mod.set_params({'fc_weight': mx.nd.zeros((2, 4)), 'fc_bias': mx.nd.ones((2,))}, {}, force_init=True)
print(mod.get_params()[0]['fc_bias'].asnumpy())
try:
    mod.set_params({'fc_weight': mx.nd.zeros((2, 4))}, {}, force_init=True)
except Exception as e:
    print(type(e).__name__, e)
try:
    mod.set_params({'fc_weight': mx.nd.zeros((2, 4)), 'fc_bias': mx.nd.ones((2,)), 'extra': mx.nd.ones(1)}, {},
                   force_init=True)
except Exception as e:
    print(type(e).__name__, e)
mod.set_params({'fc_weight': mx.nd.zeros((2, 4)), 'fc_bias': mx.nd.ones((2,)), 'extra': mx.nd.ones(1)}, {},
               force_init=True, allow_extra=True)
mod2 = mx.mod.Module(net)
try:
    mod2.predict(it)
except Exception as e:
    print(type(e).__name__, e)
try:
    mx.mod.Module(net, data_names=['x'])
except Exception as e:
    print(type(e).__name__, str(e).split('\n')[0])
try:
    mx.viz.plot_network(net)
except Exception as e:
    print(type(e).__name__, e)
print(mx.viz.print_summary(mx.sym.Group([net, fc]), shape={'data': (1, 4)}))
m3 = mx.mod.Module.load('/tmp/nb_module_edges', 2, load_optimizer_states=True)
m3.bind(it.provide_data, it.provide_label)
m3.init_optimizer(optimizer='sgd')
print(m3.score(it, 'acc'), m3.optimizer_initialized, m3.params_initialized)
it2 = mx.io.NDArrayIter(X, y, 3, last_batch_handle='discard')
m3.bind(it2.provide_data, it2.provide_label, force_rebind=True)
print(m3.data_shapes)
m3.reshape(data_shapes=[('data', (5, 4))], label_shapes=[('softmax_label', (5,))])
print(m3.data_shapes, m3.output_shapes)
