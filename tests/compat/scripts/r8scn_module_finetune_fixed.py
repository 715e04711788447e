# Fine-tuning in the Module API: a pretrained body loaded from a checkpoint, fixed_param_names freezing it, a new
# head, optimizer states saved with the checkpoint and resumed by Module.load
import os
import tempfile
import mxnet as mx
import numpy as np

np.random.seed(360)
mx.random.seed(360)
X = np.random.normal(size=(24, 4)).astype('float32')
Y = (X[:, 0] + X[:, 2] > 0).astype('float32')
data = mx.sym.var('data')
body = mx.sym.Activation(mx.sym.FullyConnected(data, num_hidden=6, name='body_fc'), act_type='tanh', name='body_act')
old_head = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(body, num_hidden=2, name='old_fc'), name='softmax')
it = mx.io.NDArrayIter(X, Y, batch_size=8)
tmp = tempfile.mkdtemp()
pre = mx.mod.Module(old_head)
pre.fit(it, num_epoch=3, optimizer='sgd', optimizer_params={'learning_rate': 0.3}, initializer=mx.init.Xavier())
pre.save_checkpoint(os.path.join(tmp, 'pre'), 3)
sym, args, auxs = mx.model.load_checkpoint(os.path.join(tmp, 'pre'), 3)
features = sym.get_internals()['body_act_output']
new_head = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(features, num_hidden=2, name='new_fc'), name='softmax')
ft = mx.mod.Module(new_head, fixed_param_names=['body_fc_weight', 'body_fc_bias'])
ft.bind(it.provide_data, it.provide_label)
ft.init_params(mx.init.Zero(), arg_params={k: v for k, v in args.items() if k.startswith('body')},
               allow_missing=True)
ft.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.05})
before = ft.get_params()[0]['body_fc_weight'].copy()
metric = mx.metric.Accuracy()
for epoch in range(3):
    it.reset()
    metric.reset()
    for batch in it:
        ft.forward_backward(batch)
        ft.update()
        ft.update_metric(metric, batch.label)
    print(epoch, metric.get())
params = ft.get_params()[0]
print(float((params['body_fc_weight'] - before).abs().sum().asscalar()), params['new_fc_bias'].asnumpy().tolist())
ft.save_checkpoint(os.path.join(tmp, 'ft'), 3, save_optimizer_states=True)
print(sorted(os.listdir(tmp)))
resumed = mx.mod.Module.load(os.path.join(tmp, 'ft'), 3, load_optimizer_states=True,
                             fixed_param_names=['body_fc_weight', 'body_fc_bias'])
resumed.bind(it.provide_data, it.provide_label)
resumed.init_optimizer(optimizer='adam', optimizer_params={'learning_rate': 0.05})
it.reset()
resumed.forward_backward(next(iter(it)))
resumed.update()
ft.forward_backward(mx.io.DataBatch([mx.nd.array(X[:8])], [mx.nd.array(Y[:8])]))
ft.update()
print(resumed.get_params()[0]['new_fc_weight'].asnumpy().tolist())
print(ft.get_params()[0]['new_fc_weight'].asnumpy().tolist())
