"""BatchNorm's backward after a convolution whose data gradient oneDNN leaves in blocks of 8 channels (16k + 8
filters over 16k channels): MXNet runs the reference kernel on it, not the blocked one the BatchNorm's data
(in blocks of 16) would take; a plain gradient (other filter counts) is reordered to the data's layout."""
import hashlib

import mxnet as mx
import numpy as np


def digest(a):
    raw = a.asnumpy().tobytes()
    return raw[:8].hex() + ' ' + hashlib.sha1(raw).hexdigest()[:16]


data = mx.sym.Variable('data')
cases = [(16, 8, 1, False), (16, 24, 3, False), (32, 8, 3, False), (16, 12, 1, False), (16, 16, 3, False),
         (8, 24, 1, False), (16, 8, 1, True), (16, 16, 1, True)]
for channels, filters, kernel, relu in cases:     # relu: the gradient passes a relu run in place, blocks kept
    x = mx.sym.Convolution(data, num_filter=channels, kernel=(3, 3), pad=(1, 1), name='c1')
    x = mx.sym.BatchNorm(x, fix_gamma=False, name='bn1')
    if relu:
        x = mx.sym.relu(x)
    x = mx.sym.Convolution(x, num_filter=filters, kernel=(kernel, kernel), pad=(kernel // 2, kernel // 2), name='c2')
    net = mx.sym.MakeLoss(mx.sym.sum(x * mx.sym.Variable('w')))
    rs = np.random.RandomState(channels + filters)
    arg_shapes, _, aux_shapes = net.infer_shape(data=(3, 3, 8, 8))
    args = {n: mx.nd.array(rs.uniform(-0.5, 0.5, s)) for n, s in zip(net.list_arguments(), arg_shapes)}
    aux = {n: mx.nd.array(rs.uniform(0.5, 1.5, s)) for n, s in zip(net.list_auxiliary_states(), aux_shapes)}
    grads = {n: mx.nd.zeros(a.shape) for n, a in args.items()}
    ex = net.bind(mx.cpu(), args, args_grad=grads, aux_states=aux)
    ex.forward(is_train=True)
    ex.backward()
    for name in ['bn1_gamma', 'bn1_beta', 'c1_weight', 'data']:
        print(channels, filters, kernel, 'relu' if relu else '-', name, digest(grads[name]))
