"""Which executors keep the FullyConnected weight their first forward read (MXNet's fused inference nodes): those
bound without any gradient (fixed parameters, grad_req 'null' however given, Symbol.bind without args_grad),
each executor from its own first forward (a reshaped one reads the weight afresh); a module with one
parameter still learning, a 1-D convolution and a float64 graph are not fused and see every write."""
# recorded on AVX2
import mxnet as mx, numpy as np
d = mx.sym.Variable('data')
net = mx.sym.FullyConnected(d, num_hidden=2, name='fc1')
x = mx.nd.array(np.arange(8).reshape(2, 4) / 8.0)
for label, kw, bkw in [('fixed all', {'fixed_param_names': ['fc1_weight', 'fc1_bias']}, {}),
                       ('grad null', {}, {'grad_req': 'null'}),
                       ('fixed w', {'fixed_param_names': ['fc1_weight']}, {}),
                       ('null+ing', {}, {'grad_req': 'null', 'inputs_need_grad': True}),
                       ('dict null', {}, {'grad_req': {'fc1_weight': 'null', 'fc1_bias': 'null', 'data': 'null'}})]:
    try:
        m = mx.mod.Module(net, label_names=None, **kw)
        m.bind([('data', (2, 4))], None, **bkw)
        m.init_params(mx.init.Constant(0.5))
        m.forward(mx.io.DataBatch([x]), is_train=False); a = m.get_outputs()[0].asnumpy().ravel().tolist()
        m._exec_group.execs[0].arg_dict['fc1_weight'][:] = 1.0
        m.forward(mx.io.DataBatch([x]), is_train=False); b = m.get_outputs()[0].asnumpy().ravel().tolist()
        print(label, a, b)
    except Exception as e:
        print(label, type(e).__name__, str(e)[:200])
# executor bind with args_grad None / dict of None
ex = net.bind(mx.cpu(), {'data': x, 'fc1_weight': mx.nd.ones((2, 4)) * 0.5, 'fc1_bias': mx.nd.zeros(2)})
print('bind', ex.forward()[0].asnumpy().ravel().tolist()); ex.arg_dict['fc1_weight'][:] = 1; print('bind', ex.forward()[0].asnumpy().ravel().tolist())
ex = net.bind(mx.cpu(), {'data': x, 'fc1_weight': mx.nd.ones((2, 4)) * 0.5, 'fc1_bias': mx.nd.zeros(2)}, args_grad={'fc1_weight': mx.nd.zeros((2, 4))}, grad_req='null')
print('bind null', ex.forward()[0].asnumpy().ravel().tolist()); ex.arg_dict['fc1_weight'][:] = 1; print('bind null', ex.forward()[0].asnumpy().ravel().tolist())
ex = net.bind(mx.cpu(), {'data': x, 'fc1_weight': mx.nd.ones((2, 4)) * 0.5, 'fc1_bias': mx.nd.zeros(2)})
w = ex.arg_dict['fc1_weight']
print('eval', net.eval(mx.cpu(), data=x, fc1_weight=w, fc1_bias=mx.nd.zeros(2))[0].asnumpy().ravel().tolist())
ex2 = ex.reshape(data=(1, 4)); print('exreshape', ex.forward()[0].asnumpy().ravel().tolist()); w[:] = 1
print('after', ex.forward()[0].asnumpy().ravel().tolist(), ex2.forward(data=x[:1])[0].asnumpy().ravel().tolist())
# convolutions of 1, 2 and 3 spatial axes (1-D is not fused), grouped, and a float64 graph (not fused)
more = {
 'conv1d': mx.sym.Convolution(mx.sym.reshape(d, shape=(0, 1, 4)), num_filter=2, kernel=(1,), name='fc1'),
 'conv3d': mx.sym.Convolution(mx.sym.reshape(d, shape=(0, 1, 1, 2, 2)), num_filter=2, kernel=(1, 1, 1), name='fc1'),
 'conv_grp': mx.sym.Convolution(mx.sym.reshape(d, shape=(0, 2, 1, 2)), num_filter=2, num_group=2, kernel=(1, 1), name='fc1'),
 'conv_bn1d': mx.sym.BatchNorm(mx.sym.Convolution(mx.sym.reshape(d, shape=(0, 1, 4)), num_filter=2, kernel=(1,), name='fc1'), name='bn'),
 'fc_int': mx.sym.FullyConnected(mx.sym.Cast(d, dtype='float64'), num_hidden=2, name='fc1'),
}
x = mx.nd.array(np.arange(8).reshape(2, 4) / 8.0)
for name, net in more.items():
    try:
        m = mx.mod.Module(net, label_names=None)
        m.bind([('data', (2, 4))], None, for_training=False)
        m.init_params(mx.init.Constant(0.5))
        m.forward(mx.io.DataBatch([x]), is_train=False); a = m.get_outputs()[0].asnumpy().ravel()[:4].tolist()
        m._exec_group.execs[0].arg_dict['fc1_weight'][:] = 1.0
        m.forward(mx.io.DataBatch([x]), is_train=False); b = m.get_outputs()[0].asnumpy().ravel()[:4].tolist()
        print(name, a, b)
    except Exception as e:
        print(name, type(e).__name__, str(e)[:150])
