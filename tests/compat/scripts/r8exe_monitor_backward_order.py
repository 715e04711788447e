"""A monitor on an executor with gradients sees the backward graph in MXNet's order: a depth-first walk from
the arguments' gradients; a value read by several nodes has its gradients summed by a sum_grad node (the
readers' contributions in reverse graph order, the head gradient first); an addition has no backward node."""
import mxnet as mx


def show(sym, **shapes):
    ex = sym.simple_bind(mx.cpu(), **shapes)
    for name in sorted(ex.arg_dict):
        ex.arg_dict[name][:] = mx.nd.arange(ex.arg_dict[name].size).reshape(ex.arg_dict[name].shape) / 7 - 0.1
    mon = mx.mon.Monitor(1, pattern='.*backward.*|.*sum_grad.*|.*head_grad.*')
    mon.install(ex)
    mon.tic()
    ex.forward(is_train=True)
    ex.backward([mx.nd.ones(o.shape) for o in ex.outputs])
    for _, name, value in mon.toc():
        print(name, value.strip())
    print()


x = mx.sym.Variable('x')
a = mx.sym.relu(x, name='a')
b = mx.sym.tanh(x, name='b')
show(mx.sym.elemwise_add(a * 2, a, name='add'), x=(3,))
show(mx.sym.Group([a * 2, a * 3]), x=(3,))
show(mx.sym.add_n(a, b, a * 2, name='addn'), x=(3,))
show(mx.sym.Group([mx.sym.sin(a, name='s1'), mx.sym.cos(a, name='c1'), mx.sym.sin(b, name='s2')]), x=(3,))
w = mx.sym.Variable('w')
h = mx.sym.FullyConnected(x, weight=w, num_hidden=3, no_bias=True, name='fc')
show(mx.sym.relu(h, name='r') * 2 + h, x=(2, 3))
