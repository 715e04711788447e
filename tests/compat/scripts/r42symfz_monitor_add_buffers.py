"""The monitor shows an 'add' argument's gradient as its buffer after the backward: with what earlier passes added (FullyConnected, Convolution, BatchNorm, elementwise, a weight read twice), and monitor_all."""
# recorded on AVX2
import numpy as np
import mxnet as mx

def run(name, sym, shapes, reqs, monitor_all=False, passes=3):
    mx.random.seed(1); np.random.seed(1)
    ex = sym.simple_bind(mx.cpu(), grad_req=reqs, **shapes)
    for k, a in sorted(ex.arg_dict.items()):
        a[:] = np.random.uniform(-1, 1, a.shape)
    for k, a in sorted(ex.aux_dict.items()):
        a[:] = np.random.uniform(0.5, 1, a.shape)
    mon = mx.mon.Monitor(1, stat_func=lambda a: mx.nd.norm(a), pattern='.*backward.*|.*sum_grad.*', monitor_all=monitor_all)
    mon.install(ex)
    for k in range(passes):
        mon.tic()
        ex.forward(is_train=True)
        ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
        shown = mon.toc()
    print('==', name, reqs if isinstance(reqs, str) else sorted(reqs.items()), 'monitor_all' if monitor_all else '')
    for _, n, v in shown:
        print(n, v)
    print('buffers', [(k, repr(float(np.abs(g.asnumpy()).sum()))) for k, g in sorted(ex.grad_dict.items()) if g is not None])

d = mx.sym.var('data')
fc = mx.sym.FullyConnected(d, num_hidden=3, name='fc')
run('fc', fc, {'data': (2, 4)}, 'add')
run('fc', fc, {'data': (2, 4)}, {'data': 'write', 'fc_weight': 'add', 'fc_bias': 'write'})
run('fc_all', fc, {'data': (2, 4)}, 'add', monitor_all=True)
conv = mx.sym.Convolution(d, kernel=(3, 3), num_filter=2, name='cv')
run('conv', mx.sym.Activation(conv, act_type='relu'), {'data': (1, 1, 5, 5)}, 'add')
bn = mx.sym.BatchNorm(d, fix_gamma=False, name='bn')
run('bn', bn * 2, {'data': (3, 2, 2)}, 'add')
w = mx.sym.var('w')
run('elem', (d * w).sum(axis=1), {'data': (2, 3), 'w': (2, 3)}, 'add')
run('twice', mx.sym.FullyConnected(d, w, num_hidden=3, no_bias=True, name='f1') + mx.sym.FullyConnected(d * 2, w, num_hidden=3, no_bias=True, name='f2'),
    {'data': (2, 3), 'w': (3, 3)}, 'add')
run('twice_all', mx.sym.FullyConnected(d, w, num_hidden=3, no_bias=True, name='f1') + mx.sym.FullyConnected(d * 2, w, num_hidden=3, no_bias=True, name='f2'),
    {'data': (2, 3), 'w': (3, 3)}, 'add', monitor_all=True)
