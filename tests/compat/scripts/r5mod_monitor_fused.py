"""A Monitor on a Module bound without gradients sees the graph MXNet's MKLDNN subgraph backend fuses: one
output per fused node (sg_mkldnn_*), none for the nodes it takes in or for Dropout; with gradients the nodes
show as they are. A label dtype the loss refuses fails bind with simple_bind's RuntimeError."""
import mxnet as mx

data = mx.sym.Variable('data')
c = mx.sym.Convolution(data, kernel=(3, 3), num_filter=2, name='conv')
r = mx.sym.Activation(c, act_type='relu', name='relu')
p = mx.sym.Pooling(r, kernel=(2, 2), pool_type='avg', name='pool')
f = mx.sym.FullyConnected(p, num_hidden=4, name='fc1')
a = mx.sym.Activation(f, act_type='relu', name='act')
d = mx.sym.Dropout(a, p=0.5, name='drop')
f2 = mx.sym.FullyConnected(d, num_hidden=3, name='fc2')
e = mx.sym.Activation(f2, act_type='sigmoid', name='sig')
net = mx.sym.SoftmaxOutput(e, name='softmax')
batch = mx.io.DataBatch([mx.nd.arange(72).reshape((2, 1, 6, 6)) / 72], [mx.nd.array([0, 1])])
for for_training in [False, True]:
    mod = mx.mod.Module(net)
    mod.bind(data_shapes=[('data', (2, 1, 6, 6))], label_shapes=[('softmax_label', (2,))],
             for_training=for_training)
    mod.init_params(mx.init.Constant(0.05))
    for pattern, sort in [('.*output', False), ('.*output|.*weight|.*bias|.*label' if for_training else '.*', True)]:
        mon = mx.mon.Monitor(1, pattern=pattern, sort=sort)
        mod.install_monitor(mon)
        mon.tic()
        mod.forward(batch, is_train=False)
        for step, name, value in mon.toc():
            print(for_training, step, name, value)

one = mx.sym.FullyConnected(mx.sym.Variable('x'), num_hidden=2, name='a_layer_name_longer_than_thirty_characters')
mod = mx.mod.Module(one, data_names=['x'], label_names=None)
mod.bind(data_shapes=[('x', (1, 3))], for_training=False)
mod.init_params(mx.init.One())
mon = mx.mon.Monitor(1, sort=True)
mod.install_monitor(mon)
mon.tic()
mod.forward(mx.io.DataBatch([mx.nd.ones((1, 3))]))
print(mon.toc())

mod = mx.mod.Module(mx.sym.SoftmaxOutput(mx.sym.FullyConnected(data, num_hidden=3, name='fc'), name='softmax'))
try:
    mod.bind(data_shapes=[mx.io.DataDesc('data', (4, 5))],
             label_shapes=[mx.io.DataDesc('softmax_label', (4,), dtype='int32')])
except RuntimeError as err:
    print(type(err).__name__, str(err).splitlines()[:3])

# with monitor_all, a fused node shows its inputs under its own names: the convolution's by role (data, weight,
# bias, gamma, beta, mean, var, sum), the fully connected one's as the input's name in the fused graph with a 0
# (shapes shown: a fused BatchNorm folds into the convolution's weights, which rounds otherwise)
c = mx.sym.Convolution(data, kernel=(3, 3), num_filter=2, pad=(1, 1), no_bias=True, name='conv')
c2 = mx.sym.Convolution(data, kernel=(1, 1), num_filter=2, name='sc')
b = mx.sym.BatchNorm(c2, fix_gamma=False, name='bn')
s = mx.sym.elemwise_add(c, b, name='add')
r = mx.sym.Activation(s, act_type='relu', name='relu')
f = mx.sym.FullyConnected(r, num_hidden=3, no_bias=True, name='fc1')
f2 = mx.sym.FullyConnected(data, num_hidden=2, name='fc2')
ex = mx.sym.Group([f, f2]).simple_bind(mx.cpu(), data=(2, 1, 4, 4), grad_req='null')
for name in sorted(ex.arg_dict):
    ex.arg_dict[name][:] = 0.5
for pattern in ['.*(data|weight|bias|gamma|beta|mean|var|sum)[0-9]*$', '.*output$']:
    mon = mx.mon.Monitor(1, stat_func=lambda x: mx.nd.array(x.shape), pattern=pattern, monitor_all=True)
    mon.install(ex)
    mon.tic()
    ex.forward()
    for _, name, value in mon.toc():
        print(name, value)
