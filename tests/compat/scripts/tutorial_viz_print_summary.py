import mxnet as mx
with mx.name.NameManager():
    data = mx.sym.Variable('data')
    conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=8, name='conv1')
    bn = mx.sym.BatchNorm(conv, name='bn1')
    act = mx.sym.Activation(bn, act_type='relu', name='relu1')
    pool = mx.sym.Pooling(act, kernel=(2, 2), stride=(2, 2), pool_type='max', name='pool1')
    flat = mx.sym.Flatten(pool, name='flat')
    fc1 = mx.sym.FullyConnected(flat, num_hidden=32, name='fc1')
    drop = mx.sym.Dropout(fc1, p=0.5, name='drop')
    fc2 = mx.sym.FullyConnected(drop, num_hidden=10, name='fc2')
    net = mx.sym.SoftmaxOutput(fc2, name='softmax')
mx.viz.print_summary(net, shape={'data': (1, 3, 16, 16)})
mx.viz.print_summary(net)
mx.viz.print_summary(fc1, shape={'data': (2, 3, 8, 8)}, line_length=80, positions=[.4, .6, .7, 1.])

with mx.name.NameManager():
    x = mx.sym.var('x')
    y = mx.sym.var('y')
    z = mx.sym.elemwise_add(x, y) * 2
    w = mx.sym.concat(z, x, dim=1)
    e = mx.sym.Embedding(mx.sym.var('idx'), input_dim=10, output_dim=4)
    r = mx.sym.Group([w, e])
mx.viz.print_summary(r, shape={'x': (2, 3), 'y': (2, 3), 'idx': (5,)})

net2 = mx.gluon.nn.HybridSequential()
net2.add(mx.gluon.nn.Dense(8, activation='relu', in_units=4), mx.gluon.nn.Dense(2, in_units=8))
net2.initialize()
net2.summary(mx.nd.ones((3, 4)))
try:
    g = mx.viz.plot_network(net, shape={'data': (1, 3, 16, 16)})
    print(type(g).__name__)
except Exception as e:
    print(type(e).__name__)
