"""An inference executor fuses a Convolution with the BatchNorm and activation after it even when a graph output or a later add (a pre-activation ResNet's shortcut) reads the convolution's output, and those readers then get the fused node's output, as MXNet's subgraph backend connects them."""
import hashlib
import json

import mxnet as mx
import numpy as np

S = mx.sym
rng = np.random.RandomState(7)


def conv(x, name, filters=16):
    return S.Convolution(x, kernel=(3, 3), pad=(1, 1), num_filter=filters, no_bias=True, name=name)


def fused_graph(heads):
    """The optimized graph's ops with what they read, and its outputs."""
    graph = json.loads(heads.simple_bind(mx.cpu(), data=(2, 3, 6, 6), grad_req='null').get_optimized_symbol().tojson())
    nodes = graph['nodes']
    ops = ['%s(%s)' % (n['name'], ','.join(nodes[i[0]]['name'] for i in n['inputs']
                                           if nodes[i[0]]['op'] != 'null' or nodes[i[0]]['name'] == 'data'))
           for n in nodes if n['op'] != 'null']
    return ' '.join(ops) + ' -> ' + ','.join(nodes[h[0]]['name'] for h in graph['heads'])


def forward(heads):
    arg_shapes, _, aux_shapes = heads.infer_shape(data=(2, 3, 6, 6))
    args = {n: mx.nd.array(rng.normal(size=s)) for n, s in zip(heads.list_arguments(), arg_shapes)}
    aux = {n: mx.nd.array(rng.uniform(0.5, 1.5, size=s)) for n, s in zip(heads.list_auxiliary_states(), aux_shapes)}
    outs = heads.bind(mx.cpu(), args, aux_states=aux, grad_req='null').forward(is_train=False)
    return [hashlib.md5(o.asnumpy().tobytes()).hexdigest()[:12] + ' ' + str(o.asnumpy().ravel()[:2]) for o in outs]


d = S.var('data')
cases = {}
c = conv(d, 'c0')
cases['conv and its relu both outputs'] = S.Group([S.Activation(c, act_type='relu', name='act'), c])
c = conv(d, 'c0')
bn = S.BatchNorm(c, fix_gamma=False, name='bn')
cases['conv-bn-relu with the bn an output'] = S.Group([S.Activation(bn, act_type='relu', name='act'), bn])
c = conv(d, 'c0')
act = S.Activation(S.BatchNorm(c, fix_gamma=False, name='bn'), act_type='relu', name='act')
cases['pre-activation shortcut'] = conv(act, 'c1') + c
c = conv(d, 'c0')
act = S.Activation(S.BatchNorm(c, fix_gamma=False, name='bn'), act_type='relu', name='act')
cases['shortcut read by an add of its own'] = S.elemwise_add(act, c, name='X')
c = conv(d, 'c0')
act = S.Activation(c, act_type='relu', name='act')
cases['a later add and a negation'] = S.Group([S.negative(c, name='neg'), S.elemwise_add(conv(act, 'c1'), c, name='add')])
c = conv(d, 'c0')
cases['two readers: stays apart'] = S.Group([S.Activation(c, act_type='relu', name='act'), S.negative(c, name='neg')])
fc = S.FullyConnected(S.flatten(d), num_hidden=8, name='fc')
cases['fc and its relu both outputs'] = S.Group([S.Activation(fc, act_type='relu', name='act'), fc])
for label, heads in cases.items():
    print(label)
    print('  ', fused_graph(heads))
    for line in forward(heads):
        print('  ', line)
