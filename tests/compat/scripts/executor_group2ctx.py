# group2ctx: simple_bind, bind, reshape and Module(group2ctxs=...) place a ctx_group's arrays and outputs there.
import mxnet as mx

with mx.name.NameManager():
    with mx.AttrScope(ctx_group='dev1'):
        a = mx.sym.var('a')
        b = mx.sym.FullyConnected(a, num_hidden=2, name='fc1')
    with mx.AttrScope(ctx_group='dev2'):
        d = mx.sym.FullyConnected(mx.sym.relu(b, name='r'), num_hidden=2, name='fc2')
    net = mx.sym.Group([d, b * 2])


def where(arrays):
    return [(k, str(v.context)) for k, v in arrays.items()]


ex = net.simple_bind(mx.cpu(0), group2ctx={'dev1': mx.cpu(1), 'dev2': mx.cpu(2)}, a=(2, 3))
print(where(ex.arg_dict), where(ex.grad_dict))
for v in ex.arg_dict.values():
    v[:] = 0.5
outs = ex.forward(is_train=True)
print([(o.asnumpy().tolist(), str(o.context)) for o in outs])
ex.backward([mx.nd.ones((2, 2)), mx.nd.ones((2, 2))])
print(ex.grad_dict['fc1_weight'].asnumpy().tolist(), str(ex.grad_dict['fc1_weight'].context))
r = ex.reshape(a=(1, 3))
print(where(r.arg_dict), [str(o.context) for o in r.outputs])
e2 = net.bind(mx.cpu(0), dict(ex.arg_dict), group2ctx={'dev1': mx.cpu(1), 'dev2': mx.cpu(3)})
print([str(o.context) for o in e2.forward()])
mod = mx.mod.Module(d, data_names=['a'], label_names=None, group2ctxs={'dev1': [mx.cpu(1)], 'dev2': [mx.cpu(2)]})
mod.bind([('a', (2, 3))])
mod.init_params(mx.init.One())
mod.forward(mx.io.DataBatch([mx.nd.ones((2, 3))]))
print([(o.asnumpy().tolist(), str(o.context)) for o in mod.get_outputs()])
print(where(mod._exec_group.execs[0].arg_dict))
