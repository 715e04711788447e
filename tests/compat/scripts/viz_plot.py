# mx.viz.plot_network: the DOT source of several networks, with and without shapes.
import mxnet as mx

data = mx.sym.var('data')
conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=4, pad=(1, 1), stride=(2, 2), name='conv1')
bn = mx.sym.BatchNorm(conv, name='bn1')
relu = mx.sym.Activation(bn, act_type='relu', name='relu1')
lrelu = mx.sym.LeakyReLU(relu, act_type='leaky', name='lrelu')
pool = mx.sym.Pooling(lrelu, kernel=(2, 2), stride=(2, 2), pool_type='avg', name='pool1')
gpool = mx.sym.Pooling(pool, kernel=(1, 1), global_pool=True, pool_type='max', name='gpool')
flat = mx.sym.Flatten(gpool, name='flat')
fc = mx.sym.FullyConnected(flat, num_hidden=5, name='fc')
sm = mx.sym.softmax(fc, name='sm')
net = mx.sym.SoftmaxOutput(fc, name='softmax')
g = mx.viz.plot_network(net)
print(type(g).__name__)
print(g.source)
print(mx.viz.plot_network(net, shape={'data': (2, 3, 8, 8)}, title='net').source)
print(mx.viz.plot_network(mx.sym.Group([sm, net]), hide_weights=False,
                          node_attrs={'shape': 'oval', 'fixedsize': 'false'}).source)
a = mx.sym.var('a')
b = mx.sym.var('b')
c = mx.sym.concat(a, b * 2, dim=1, name='cat')
r = mx.sym.reshape(c, shape=(-1,), name='rs')
print(mx.viz.plot_network(r, shape={'a': (1, 2), 'b': (1, 3)}, dtype={'a': 'float32'}).source)
try:
    mx.viz.plot_network('x')
except Exception as e:
    print(type(e).__name__)
