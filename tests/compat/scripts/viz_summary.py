# mx.viz.print_summary tables for several networks; plot_network without graphviz.
import mxnet as mx

data = mx.sym.var('data')
fc1 = mx.sym.FullyConnected(data, num_hidden=8, name='fc1')
act = mx.sym.Activation(fc1, act_type='relu', name='relu1')
fc2 = mx.sym.FullyConnected(act, num_hidden=3, name='fc2')
mlp = mx.sym.SoftmaxOutput(fc2, name='softmax')
mx.viz.print_summary(mlp, shape={'data': (1, 10)})
mx.viz.print_summary(mlp)

conv = mx.sym.Convolution(data, kernel=(3, 3), num_filter=4, pad=(1, 1), name='conv1')
bn = mx.sym.BatchNorm(conv, name='bn1')
relu = mx.sym.Activation(bn, act_type='relu', name='relu1')
pool = mx.sym.Pooling(relu, kernel=(2, 2), stride=(2, 2), pool_type='max', name='pool1')
conv2 = mx.sym.Convolution(pool, kernel=(1, 1), num_filter=2, no_bias=True, name='conv2')
cat = mx.sym.concat(pool, conv2, dim=1, name='cat')
flat = mx.sym.Flatten(cat, name='flat')
drop = mx.sym.Dropout(flat, p=0.5, name='drop')
fc = mx.sym.FullyConnected(drop, num_hidden=5, name='fc')
net = mx.sym.SoftmaxOutput(fc, name='softmax')
mx.viz.print_summary(net, shape={'data': (2, 3, 8, 8)})
mx.viz.print_summary(net, shape={'data': (2, 3, 8, 8)}, line_length=80, positions=[.4, .6, .7, 1.])
emb = mx.sym.Embedding(data, input_dim=10, output_dim=4, name='emb')
s = mx.sym.sum(emb, axis=1, name='s')
g = mx.sym.Group([s, mx.sym.exp(emb, name='e')])
mx.viz.print_summary(g, shape={'data': (2, 3)})
try:
    mx.viz.print_summary(net, shape={'data': (2, 3, 8, 8)}, positions=[.4, .6])
except Exception as e:
    print(type(e).__name__)
try:
    mx.viz.print_summary('x')
except Exception as e:
    print(type(e).__name__)
try:
    mx.viz.plot_network(net, shape={'data': (2, 3, 8, 8)})
except Exception as e:
    print(type(e).__name__, e)
