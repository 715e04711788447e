"""A monitor shows Dropout's mask after its output (in training the mask it drew); in a graph without gradients
MXNet drops the Dropouts that follow an operator, not those that read a variable."""
import mxnet as mx

data = mx.sym.Variable('data')
w = mx.sym.Variable('w')
for kw in [{}, {'axes': (1,)}, {'p': 0.25}]:
    net = mx.sym.Dropout(data * w, name='drop', **kw)
    ex = net.simple_bind(mx.cpu(), data=(2, 3, 2), w=(2, 3, 2))
    ex.arg_dict['data'][:] = mx.nd.arange(12).reshape((2, 3, 2)) + 1
    ex.arg_dict['w'][:] = 1
    mon = mx.mon.Monitor(1, stat_func=lambda x: x.copy(), pattern='drop.*')
    mon.install(ex)
    mx.random.seed(3)
    mon.tic()
    ex.forward(is_train=True)
    for _, name, value in mon.toc():
        print(kw, name, value.replace('\n', ' '))

cases = {
    'var_fc': mx.sym.FullyConnected(mx.sym.Dropout(data, name='drop'), num_hidden=2, name='fc'),
    'var_exp': mx.sym.exp(mx.sym.Dropout(data, name='drop'), name='e'),
    'pool_fc': mx.sym.FullyConnected(mx.sym.Dropout(mx.sym.Pooling(data, kernel=(1, 1), pool_type='avg', name='pool'),
                                                    name='drop'), num_hidden=2, name='fc'),
    'exp_exp': mx.sym.exp(mx.sym.Dropout(mx.sym.exp(data, name='e0'), name='drop'), name='e1'),
    'head': mx.sym.Dropout(mx.sym.exp(data, name='e0'), name='drop'),
}
for name, sym in cases.items():
    ex = sym.simple_bind(mx.cpu(), data=(2, 3, 2, 2), grad_req='null')
    mon = mx.mon.Monitor(1, stat_func=lambda x: mx.nd.array(x.shape))
    mon.install(ex)
    mon.tic()
    ex.forward()
    print(name, [(n, v) for _, n, v in mon.toc()])
