"""Symbol.optimize_for checks what it is given as MXNet does: args/aux dicts (asserted), NDArray values, shape/type/storage dicts, and for MKLDNN given arrays for every input kind, then shape and type inference from them."""
import json
import re

import numpy as np

import mxnet as mx

s = mx.sym; nd = mx.nd
def tr(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)).replace('\n', ' | ')[:300])


d = s.var('data')
net = s.Activation(s.BatchNorm(s.Convolution(d, kernel=(3, 3), num_filter=4, name='conv'), name='bn'), act_type='relu', name='r')
net = s.FullyConnected(net, num_hidden=3, name='fc')
def ops(sym):
    return [(n['op'], n['name']) for n in json.loads(sym.tojson())['nodes'] if n['op'] != 'null']
full = {'data': nd.ones((1, 2, 5, 5)), 'conv_weight': nd.ones((4, 2, 3, 3)), 'conv_bias': nd.ones(4), 'bn_gamma': nd.ones(4), 'bn_beta': nd.ones(4), 'fc_weight': nd.ones((3, 36)), 'fc_bias': nd.ones(3)}
aux = {'bn_moving_mean': nd.zeros(4), 'bn_moving_var': nd.ones(4)}
tr('data only', lambda: ops(net.optimize_for('MKLDNN', args={'data': full['data']})))
tr('data + aux', lambda: ops(net.optimize_for('MKLDNN', args={'data': full['data']}, aux=aux)))
tr('full no aux', lambda: ops(net.optimize_for('MKLDNN', args=full)))
tr('full + aux', lambda: ops(net.optimize_for('MKLDNN', args=full, aux=aux)))
tr('aux only', lambda: ops(net.optimize_for('MKLDNN', aux=aux)))
tr('aux part', lambda: ops(net.optimize_for('MKLDNN', args=full, aux={'bn_moving_var': nd.ones(4)})))
tr('empty args', lambda: ops(net.optimize_for('MKLDNN', args={}, aux={})))
tr('extra args', lambda: ops(net.optimize_for('MKLDNN', args=dict(full, zzz=nd.ones(1)), aux=aux)))
tr('list args', lambda: ops(net.optimize_for('MKLDNN', args=list(full.values()))))
tr('bad shape args', lambda: ops(net.optimize_for('MKLDNN', args=dict(full, fc_weight=nd.ones((3, 35))), aux=aux)))
tr('args np', lambda: ops(net.optimize_for('MKLDNN', args={k: v.asnumpy() for k, v in full.items()}, aux=aux)))
tr('ctx', lambda: ops(net.optimize_for('MKLDNN', ctx=mx.cpu(1))))
tr('ctx str', lambda: ops(net.optimize_for('MKLDNN', ctx='cpu')))
tr('shape_dict bad', lambda: ops(net.optimize_for('MKLDNN', shape_dict={'data': 5})))
tr('type_dict', lambda: ops(net.optimize_for('MKLDNN', type_dict={'data': 'float16'})))
tr('stype_dict', lambda: ops(net.optimize_for('MKLDNN', stype_dict={'data': 'csr'})))
tr('skip_infer', lambda: ops(net.optimize_for('MKLDNN', skip_infer=True)))
tr('kwargs', lambda: ops(net.optimize_for('MKLDNN', foo='bar')))
tr('no bn', lambda: ops(s.FullyConnected(d, num_hidden=3, name='f').optimize_for('MKLDNN', args={'data': nd.ones((1, 2))})))
tr('args modified', lambda: (lambda a: (net.optimize_for('MKLDNN', args=a, aux=aux), sorted(a))[1])(dict(full)))
tr('nope data only', lambda: ops(net.optimize_for('NOPE', args={'data': full['data']})))
tr('nope list', lambda: ops(net.optimize_for('NOPE', args=[1])))
tr('type bad', lambda: ops(net.optimize_for('MKLDNN', type_dict={'data': 'foo'})))
tr('type bad2', lambda: ops(net.optimize_for('MKLDNN', type_dict={'data': np.complex64})))
tr('stype bad', lambda: ops(net.optimize_for('MKLDNN', stype_dict={'data': 'foo'})))
tr('skip infer data only', lambda: ops(net.optimize_for('MKLDNN', args={'data': full['data']}, skip_infer=True)))
tr('type conflict', lambda: ops(net.optimize_for('MKLDNN', args=dict(full, fc_bias=nd.ones(3, dtype='float64')), aux=aux)))
tr('shape + shape_dict', lambda: ops(net.optimize_for('MKLDNN', args={'data': full['data']}, aux=aux, shape_dict={'data': (2, 2, 5, 5)})))
tr('shape_dict conflict', lambda: ops(net.optimize_for('MKLDNN', args={'fc_weight': nd.ones((3, 35))}, aux=aux, shape_dict={'data': (1, 2, 5, 5)})))
tr('shape_dict only conflict', lambda: ops(net.optimize_for('MKLDNN', shape_dict={'data': (1, 2, 5, 5), 'fc_weight': (3, 35)})))
tr('ctx gpu', lambda: ops(net.optimize_for('MKLDNN', ctx=mx.gpu(0))))
tr('aux list', lambda: ops(net.optimize_for('MKLDNN', args=full, aux=[nd.zeros(4), nd.ones(4)])))
tr('args list nope', lambda: ops(net.optimize_for('NOPE', args=list(full.values()))))
tr('args nd value', lambda: ops(net.optimize_for('MKLDNN', args={'data': 1})))
tr('aux nd value', lambda: ops(net.optimize_for('MKLDNN', args=full, aux={'bn_moving_mean': 1})))
tr('group', lambda: ops(s.Group([net, s.relu(d)]).optimize_for('MKLDNN', args={'data': full['data']}, aux=aux)))
tr('no aux net', lambda: ops(s.FullyConnected(d, num_hidden=2, name='f').optimize_for('MKLDNN', aux={'x': nd.ones(1)})))
