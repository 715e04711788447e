"""An executor's monitor shows every output of a node under the operator's output names, the statistics a
normalisation computes without showing them too (BatchNorm's mean and 1/std, LayerNorm's and GroupNorm's mean
and std, InstanceNorm's mean and variance), in training and in inference."""
import numpy as np

import mxnet as mx

data = mx.sym.Variable('data')
outs = [mx.sym.BatchNorm(data, name='bn', eps=0.01, fix_gamma=False), mx.sym.LayerNorm(data, name='ln'),
        mx.sym.InstanceNorm(data, name='inorm'), mx.sym.GroupNorm(data, num_groups=1, name='gn'),
        mx.sym.BatchNorm(data, name='bnf')]
bnm = mx.sym.BatchNorm(data, output_mean_var=True, name='bnm')
ln2 = mx.sym.LayerNorm(data, output_mean_var=True, name='ln2')
sl = mx.sym.SliceChannel(data, num_outputs=3, axis=1, name='sl')
outs += [bnm[0], bnm[1], bnm[2], ln2[0], ln2[1], ln2[2], sl[0], sl[1], sl[2]]
net = mx.sym.Group([mx.sym.BlockGrad(o) for o in outs])
for train in [False, True]:
    ex = net.simple_bind(mx.cpu(), data=(2, 3, 2), grad_req='write')
    rs = np.random.RandomState(0)
    for name in sorted(ex.arg_dict):
        ex.arg_dict[name][:] = rs.uniform(0.5, 2, ex.arg_dict[name].shape)
    for name in sorted(ex.aux_dict):
        ex.aux_dict[name][:] = rs.uniform(0.5, 2, ex.aux_dict[name].shape)
    mon = mx.mon.Monitor(1, stat_func=lambda x: x.copy(), pattern='^(?!blockgrad|.*gamma).*')
    mon.install(ex)
    mon.tic()
    ex.forward(is_train=train)
    for _, name, value in mon.toc():
        print(train, name, value.replace('\n', ' '))

conv = mx.sym.Convolution(data, kernel=(1,), num_filter=3, name='conv')
net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.BatchNorm(conv, name='bn2'), num_hidden=2, name='fc'),
                           name='softmax')
for for_training in [False, True]:
    mod = mx.mod.Module(net)
    mod.bind(data_shapes=[('data', (2, 3, 2))], label_shapes=[('softmax_label', (2,))], for_training=for_training)
    mod.init_params(mx.init.One())
    mon = mx.mon.Monitor(1, pattern='.*output|.*mean|.*var', sort=True)
    mod.install_monitor(mon)
    mon.tic()
    mod.forward(mx.io.DataBatch([mx.nd.arange(12).reshape((2, 3, 2)) / 12], [mx.nd.array([0, 1])]), is_train=False)
    print([name for _, name, _ in mon.toc()])
