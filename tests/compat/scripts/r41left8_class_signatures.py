"""inspect.signature of mx.optimizer.Optimizer (its __init__'s) and of mx.viz's functions (MXNet's defaults), with calls."""
import inspect

import mxnet as mx

for f in (mx.optimizer.Optimizer, mx.optimizer.SGD, mx.optimizer.Adam, mx.viz.plot_network, mx.viz.print_summary):
    print(inspect.signature(f))
o = mx.optimizer.Optimizer(0.5, None, 0.1)
print(o.rescale_grad, o.wd, o.lr)
s = mx.optimizer.SGD(0.1, 0.9)
print(s.lr, s.momentum)
x = mx.sym.var('x'); y = mx.sym.FullyConnected(x, num_hidden=2, name='fc')
mx.viz.print_summary(y, shape={'x': (1, 3)})
print(len(mx.viz.plot_network(y).source) > 0)
