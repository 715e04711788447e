"""An unknown grad_req (or a shape or type the graph refuses) fails Module.bind as MXNet's simple_bind
(RuntimeError naming the input shapes); simple_bind checks a list's length before its values."""
import mxnet as mx

data = mx.sym.Variable('data')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name='fc'), name='softmax')
for req in ['bogus', {'fc_weight': 'bogus'}, ['write', 'bogus', 'null'], ['write', 'bogus', 'null', 'add'], 5,
            ['write'], 'add', {'fc_bias': 'null'}]:
    mod = mx.mod.Module(net)
    try:
        mod.bind(data_shapes=[('data', (4, 5))], label_shapes=[('softmax_label', (4,))], grad_req=req)
        print('bind ok', sorted(mod._exec_group.grad_req.items()))
    except Exception as e:
        print('bind', type(e).__name__, str(e).splitlines()[:3])
    try:
        net.simple_bind(mx.cpu(), data=(4, 5), grad_req=req)
        print('simple_bind ok')
    except Exception as e:
        print('simple_bind', type(e).__name__, str(e).splitlines()[-1][-90:])

# a shape the graph refuses fails bind the same way
mod = mx.mod.Module(mx.sym.SoftmaxOutput(mx.sym.reshape(data, shape=(-1, 2)), name='softmax'))
try:
    mod.bind(data_shapes=[('data', (4, 6))], label_shapes=[('softmax_label', (4, 3))])
except Exception as e:
    print('bind', type(e).__name__, str(e).splitlines()[:3])
