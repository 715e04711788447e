"""A Module's monitor sees operator outputs after a batch-size change only if it was installed on the executors first bound: MXNet reshapes those, so a monitor installed after an earlier reshape is lost at the next one (its arguments still listed)."""
# recorded on AVX2
import mxnet as mx

net = mx.sym.SoftmaxOutput(mx.sym.FullyConnected(mx.sym.var('data'), num_hidden=3, name='fc'), name='softmax')


def fwd(mod, n, is_train=True):
    mod.forward(mx.io.DataBatch([mx.nd.ones((n, 4))], [mx.nd.zeros((n,))]), is_train=is_train)


for seq in [[], [3, 2], [3], [2], [3, 5], [3, 3]]:
    mod = mx.mod.Module(net)
    mod.bind([('data', (2, 4))], [('softmax_label', (2,))])
    mod.init_params(mx.init.One())
    for n in seq:
        fwd(mod, n)
    mon = mx.mon.Monitor(1, pattern='.*')
    mod.install_monitor(mon)
    for n, is_train in [(3, True), (2, False), (4, True), (3, False)]:
        mon.tic()
        fwd(mod, n, is_train)
        print(seq, n, [(s[0], s[1], s[2]) for s in mon.toc()])
mod = mx.mod.Module(net)
mod.bind([('data', (2, 4))], [('softmax_label', (2,))])
mod.init_params(mx.init.One())
mod.reshape([('data', (3, 4))], [('softmax_label', (3,))])
mon = mx.mon.Monitor(1, pattern='fc.*')
mod.install_monitor(mon)
for shape in [(3, 4), (5, 4), (2, 4)]:
    mod.reshape([('data', shape)], [('softmax_label', shape[:1])])
    mon.tic()
    fwd(mod, shape[0])
    print('reshape', shape, [s[1] for s in mon.toc()])
