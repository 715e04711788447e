"""Model-zoo ResNets (v2 basic, v1 bottleneck) exported and run by a Module for inference compute what MXNet's fused oneDNN graph computes: folded BatchNorms (the default eps a float), sums after the 1x1 kernel's first block, pre-activation shortcuts reading the fused output."""
import hashlib

import mxnet as mx
import numpy as np
from mxnet.gluon.model_zoo import vision

mx.random.seed(44)
rng = np.random.RandomState(44)
PREFIX = '/tmp/r44userfz4_zoo'


def randomize_statistics(net):
    for name, param in sorted(net.collect_params().items()):
        if name.endswith('running_var') or name.endswith('gamma'):
            param.set_data(mx.nd.array(rng.uniform(0.5, 1.5, size=param.shape)))
        elif name.endswith('running_mean') or name.endswith('beta') or name.endswith('bias'):
            param.set_data(mx.nd.array(rng.normal(scale=0.1, size=param.shape)))


for name in ['resnet18_v2', 'resnet50_v1']:
    kwargs = {'thumbnail': True} if name.startswith('resnet') else {}
    net = vision.get_model(name, classes=10, **kwargs)
    net.initialize(mx.init.Xavier(magnitude=2.5))
    x = mx.nd.array(rng.uniform(size=(1, 3, 16, 16)))
    net(x)
    randomize_statistics(net)
    net.hybridize()
    hybrid = net(x).asnumpy()
    net.export(PREFIX)
    sym, arg, aux = mx.model.load_checkpoint(PREFIX, 0)
    mod = mx.mod.Module(sym, label_names=None)
    mod.bind(data_shapes=[('data', x.shape)], for_training=False)
    mod.set_params(arg, aux)
    mod.forward(mx.io.DataBatch([x]), is_train=False)
    fused = mod.get_outputs()[0].asnumpy()
    print(name, hashlib.md5(hybrid.tobytes()).hexdigest()[:12], hashlib.md5(fused.tobytes()).hexdigest()[:12])
    print('  ', fused[0, :4])
# BatchNorm's default eps (1e-3 as a float) and a given one (read as a double), folded into a convolution
data = mx.sym.var('data')
for bn_kwargs in [{}, {'eps': 1e-3}, {'eps': 0.1}]:
    out = mx.sym.BatchNorm(mx.sym.Convolution(data, kernel=(3, 3), pad=(1, 1), num_filter=16, no_bias=True),
                           fix_gamma=False, **bn_kwargs)
    arg_shapes, _, aux_shapes = out.infer_shape(data=(2, 3, 6, 6))
    args = {n: mx.nd.array(rng.normal(size=s)) for n, s in zip(out.list_arguments(), arg_shapes)}
    auxs = {n: mx.nd.array(rng.uniform(0.5, 1.5, size=s)) for n, s in zip(out.list_auxiliary_states(), aux_shapes)}
    y = out.bind(mx.cpu(), args, aux_states=auxs, grad_req='null').forward(is_train=False)[0].asnumpy()
    print(bn_kwargs, hashlib.md5(y.tobytes()).hexdigest()[:12])
