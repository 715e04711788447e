"""A simple_bind or Module bind sharing parameters with an executor that holds no gradient (or no array) for one it
needs fails on MXNet's map lookup; binds that need no such gradient share as before."""
import mxnet as mx


def attempt(label, f):
    try:
        f()
        print(label, 'bound')
    except Exception as e:
        print(label, type(e).__name__, str(e).splitlines()[-1])


data = mx.sym.var('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
net = mx.sym.SoftmaxOutput(fc, name='softmax')
reqs = ['null', 'write', 'add', {'fc_weight': 'write', 'fc_bias': 'null'}, {'fc_weight': 'null', 'fc_bias': 'write'}]
for i, req0 in enumerate(reqs):
    e0 = net.simple_bind(mx.cpu(), data=(2, 4), grad_req=req0)
    for j, req1 in enumerate(reqs):
        for names in [['fc_weight', 'fc_bias'], ['fc_bias'], []]:
            attempt(('simple_bind', i, j, names), lambda: net.simple_bind(
                mx.cpu(), data=(2, 4), grad_req=req1, shared_exec=e0, shared_arg_names=names, shared_buffer={}))
no_bias = mx.sym.FullyConnected(data, num_hidden=3, name='fc', no_bias=True)
e1 = no_bias.simple_bind(mx.cpu(), data=(2, 4), grad_req='null')
attempt('absent parameter', lambda: fc.simple_bind(mx.cpu(), data=(2, 4), grad_req='null', shared_exec=e1,
                                                     shared_arg_names=['fc_weight', 'fc_bias'], shared_buffer={}))
attempt('shape checked first', lambda: fc.simple_bind(mx.cpu(), data=(2, 5), shared_exec=e1,
                                                        shared_arg_names=['fc_weight'], shared_buffer={}))

shapes = dict(data_shapes=[('data', (2, 4))], label_shapes=[('softmax_label', (2,))])
for fixed0, fixed1 in [(['fc_bias'], None), (None, ['fc_bias']), (['fc_bias'], ['fc_bias'])]:
    for train0 in [True, False]:
        owner = mx.mod.Module(net, fixed_param_names=fixed0)
        owner.bind(for_training=train0, **shapes)
        owner.init_params()
        for kw in [{}, {'grad_req': 'add'}, {'inputs_need_grad': True}, {'for_training': False}]:
            attempt(('module', fixed0, fixed1, train0, kw), lambda: mx.mod.Module(net, fixed_param_names=fixed1).bind(
                shared_module=owner, **shapes, **kw))
