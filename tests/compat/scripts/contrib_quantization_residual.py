"""quantize_model on a residual network (BatchNorm, a sum with the input, excluded layers), run through a
Module as MXNet's quantization tests do: graphs, calibrated ranges and outputs on the CPU."""
import json

import numpy as np

import mxnet as mx
from mxnet.contrib import quantization as q


def residual_net():
    data = mx.sym.Variable('data')
    conv0 = mx.sym.Convolution(data=data, num_filter=4, kernel=(1, 1), no_bias=True, name='conv0')
    bn = mx.sym.BatchNorm(data=conv0, fix_gamma=False, eps=2e-5, momentum=0.9, name='bn')
    act0 = mx.sym.Activation(data=bn + data, act_type='relu', name='relu0')
    pool0 = mx.sym.Pooling(act0, kernel=(4, 4), pool_type='avg', name='pool0')
    conv1 = mx.sym.Convolution(data=pool0, num_filter=4, kernel=(1, 1), name='conv1')
    pool1 = mx.sym.Pooling(mx.sym.Activation(conv1, act_type='relu', name='relu1'), kernel=(4, 4), pool_type='avg',
                           name='pool1')
    fc = mx.sym.FullyConnected(pool1, num_hidden=10, name='fc')
    return mx.sym.SoftmaxOutput(fc, name='softmax')


mx.random.seed(0)
np.random.seed(0)
with mx.name.NameManager():
    net = residual_net()
dshape, lshape = (4, 4, 10, 10), (4, 10)
mod = mx.mod.Module(symbol=net)
mod.bind(data_shapes=[('data', dshape)], label_shapes=[('softmax_label', lshape)])
mod.init_params(mx.init.Uniform(1.0))
arg_params, aux_params = mod.get_params()
aux_params = {k: mx.nd.array(np.random.uniform(0.5, 1.5, v.shape)) for k, v in sorted(aux_params.items())}
X = np.random.uniform(0, 1, dshape).astype('f')
for qdtype in ['uint8', 'auto', 'int8']:
    for excluded in (['fc', 'conv1'], ['fc', 'conv1', 'pool0']):
        print('==', qdtype, excluded)
        qsym, qarg, qaux = q.quantize_model(net, arg_params, aux_params, excluded_sym_names=excluded,
                                            quantized_dtype=qdtype, calib_mode='naive',
                                            calib_data=mx.io.NDArrayIter(X, batch_size=4), num_calib_examples=20)
        for n in json.loads(qsym.tojson())['nodes']:
            if n['op'] != 'null':
                print('  %s %s %s' % (n['op'], n['name'], sorted(n.get('attrs', {}).items())))
        qmod = mx.mod.Module(symbol=qsym)
        qmod.bind(for_training=False, data_shapes=[('data', dshape)], label_shapes=[('softmax_label', lshape)])
        qmod.set_params(qarg, qaux)
        try:
            qmod.forward(mx.io.DataBatch([mx.nd.array(X)], []), is_train=False)
            print('  output', qmod.get_outputs()[0].asnumpy()[:2].round(5).tolist())
        except mx.base.MXNetError:
            print('  forward refused (an int8 convolution input)')
