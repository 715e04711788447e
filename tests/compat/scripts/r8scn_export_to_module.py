# Export a hybridized Gluon net, load the checkpoint into a Module for inference and fine-tuning, and back
import os
import tempfile
import mxnet as mx
from mxnet import gluon, nd
from mxnet.gluon import nn

mx.random.seed(5)
net = nn.HybridSequential(prefix='model_')
with net.name_scope():
    net.add(nn.Dense(6, activation='relu'), nn.Dropout(0.3), nn.Dense(3))
net.initialize(mx.init.Xavier())
net.hybridize()
x = nd.random.uniform(shape=(4, 5))
y_gluon = net(x)
tmp = tempfile.mkdtemp()
prefix = os.path.join(tmp, 'mlp')
net.export(prefix, epoch=2)
print(sorted(os.listdir(tmp)))

sym, arg_params, aux_params = mx.model.load_checkpoint(prefix, 2)
print(sym.list_arguments(), sym.list_outputs())
print(sorted(arg_params.keys()), aux_params)
mod = mx.mod.Module(sym, data_names=['data'], label_names=None, context=mx.cpu())
mod.bind(data_shapes=[('data', (4, 5))], for_training=False)
mod.set_params(arg_params, aux_params)
mod.forward(mx.io.DataBatch([x]), is_train=False)
y_mod = mod.get_outputs()[0]
print(y_mod.shape, (y_mod - y_gluon).abs().max().asscalar())
print(y_mod.asnumpy().tolist())

out = mx.sym.SoftmaxOutput(sym, name='softmax')
ft = mx.mod.Module(out, context=mx.cpu())
labels = nd.array([0, 1, 2, 1])
it = mx.io.NDArrayIter(x, labels, batch_size=2)
ft.fit(it, num_epoch=2, arg_params=arg_params, aux_params=aux_params, allow_missing=False,
       optimizer='sgd', optimizer_params={'learning_rate': 0.1},
       eval_metric='ce', initializer=mx.init.Zero())
new_args, _ = ft.get_params()
print(new_args['model_dense1_bias'].asnumpy().tolist())
ft.save_checkpoint(prefix + '_ft', 3)

back = gluon.SymbolBlock.imports(prefix + '-symbol.json', ['data'], prefix + '_ft-0003.params')
print(sorted(back.collect_params().keys()))
print(back(x).asnumpy().tolist())
print(sorted(os.listdir(tmp)))
