# print_summary and plot_network for a residual block, an embedding model, grouped convolutions and loaded JSON.
import mxnet as mx

data = mx.sym.var('data')
c1 = mx.sym.Convolution(data, kernel=(3, 3), num_filter=8, pad=(1, 1), no_bias=True, name='c1')
b1 = mx.sym.BatchNorm(c1, fix_gamma=False, name='b1')
r1 = mx.sym.Activation(b1, act_type='relu', name='r1')
c2 = mx.sym.Convolution(r1, kernel=(3, 3), num_filter=8, pad=(1, 1), num_group=2, name='c2')
sc = mx.sym.Convolution(data, kernel=(1, 1), num_filter=8, stride=(1, 1), name='sc')
res = mx.sym.elemwise_add(c2, sc, name='add')
gp = mx.sym.Pooling(res, kernel=(1, 1), global_pool=True, pool_type='avg', name='gap')
fc = mx.sym.FullyConnected(gp, num_hidden=4, name='fc')
net = mx.sym.SoftmaxOutput(fc, name='softmax')
mx.viz.print_summary(net, shape={'data': (1, 3, 8, 8)})
mx.viz.print_summary(mx.sym.load_json(net.tojson()), shape={'data': (1, 3, 8, 8)}, line_length=100)
print(mx.viz.plot_network(net, shape={'data': (1, 3, 8, 8)}, save_format='png').source)
tok = mx.sym.var('tok')
emb = mx.sym.Embedding(tok, input_dim=100, output_dim=8, name='emb')
lstm = mx.sym.RNN(mx.sym.transpose(emb, axes=(1, 0, 2)), state_size=6, num_layers=1, mode='lstm', name='lstm',
                  state_outputs=False)
last = mx.sym.SequenceLast(lstm, name='last')
out = mx.sym.FullyConnected(last, num_hidden=2, name='out')
mx.viz.print_summary(out, shape={'tok': (4, 5)})
print(mx.viz.plot_network(out, hide_weights=False).source)
sp = mx.sym.split(data, num_outputs=2, axis=1, name='sp')
two = mx.sym.Group([mx.sym.exp(sp[0], name='e0'), mx.sym.exp(sp[1], name='e1')])
mx.viz.print_summary(two, shape={'data': (1, 4)})
print(mx.viz.plot_network(two, shape={'data': (1, 4)}).source)
mx.viz.print_summary(mx.sym.FullyConnected(data, num_hidden=3, no_bias=True, name='nb'), shape={'data': (2, 5)})
try:
    mx.viz.print_summary(net, shape={'nope': (1, 3, 8, 8)})
except Exception as e:
    print(type(e).__name__)
try:
    mx.viz.print_summary(net, shape={'data': (1, 3)})
except Exception as e:
    print(type(e).__name__)
