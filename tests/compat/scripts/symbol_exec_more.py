import mxnet as mx
import numpy as np
def tr(name, f):
    try:
        r = f(); print(name, r)
    except Exception as e:
        print(name, 'ERR', type(e).__name__)
mx.random.seed(3)
data = mx.sym.Variable('data')
fc = mx.sym.FullyConnected(data, num_hidden=3, name='fc')
bn = mx.sym.BatchNorm(fc, name='bn', fix_gamma=False)
out = mx.sym.Dropout(bn, p=0.5, name='dp')
ex = out.simple_bind(mx.cpu(), data=(4, 5))
for k, v in ex.arg_dict.items():
    v[:] = (np.arange(v.size).reshape(v.shape) % 7) / 7 + 0.1
ex.aux_dict['bn_moving_var'][:] = 1
o = ex.forward(is_train=False)[0].asnumpy()
print(o.round(4).tolist())
ex.forward(is_train=True)
print(ex.aux_dict['bn_moving_mean'].asnumpy().round(5).tolist(), ex.aux_dict['bn_moving_var'].asnumpy().round(5).tolist())
print(ex.outputs[0].shape, (ex.outputs[0].asnumpy() == 0).sum() > 0)
# shared_exec
ex2 = out.simple_bind(mx.cpu(), data=(4, 5), shared_exec=ex)
print(ex2.arg_dict['fc_weight'].asnumpy().sum().round(4), ex2.aux_dict['bn_moving_mean'].asnumpy().round(4).tolist())
ex.arg_dict['fc_weight'][:] = 2
print(ex2.arg_dict['fc_weight'].asnumpy().sum())
ex3 = out.simple_bind(mx.cpu(), data=(2, 5), shared_exec=ex, shared_arg_names=['fc_weight'])
print(ex3.arg_dict['fc_weight'].asnumpy().sum())
ex.arg_dict['fc_weight'][:] = 3
print(ex3.arg_dict['fc_weight'].asnumpy().sum(), ex3.arg_dict['fc_bias'].asnumpy().tolist())
buf = {}
ex4 = out.simple_bind(mx.cpu(), data=(4, 5), shared_buffer=buf)
print(sorted(buf.keys()))
ex4.arg_dict['fc_weight'][:] = 4
ex5 = out.simple_bind(mx.cpu(), data=(4, 5), shared_buffer=buf, shared_arg_names=['fc_weight', 'data'])
print(ex5.arg_dict['fc_weight'].asnumpy().sum(), sorted(buf.keys()))
# grad_req add
a = mx.sym.var('a'); b = mx.sym.var('b')
e = (a * b).simple_bind(mx.cpu(), a=(2,), b=(2,), grad_req='add')
e.arg_dict['a'][:] = 2; e.arg_dict['b'][:] = 3
print(e.grad_dict['a'].asnumpy().tolist())
e.forward(is_train=True); e.backward(mx.nd.ones(2)); e.backward(mx.nd.ones(2))
print(e.grad_dict['a'].asnumpy().tolist(), e.grad_dict['b'].asnumpy().tolist())
tr('bw-dict', lambda: e.backward({'x': mx.nd.ones(2)}))
tr('bw-tuple', lambda: (e.backward((mx.nd.ones(2),)), e.grad_dict['a'].asnumpy().tolist()))
tr('bind-aux-missing', lambda: bn.bind(mx.cpu(), {k: mx.nd.ones(s) for k, s in zip(bn.list_arguments(), bn.infer_shape(data=(2,5))[0])}))
tr('bind-aux-list', lambda: len(bn.bind(mx.cpu(), {k: mx.nd.ones(s) for k, s in zip(bn.list_arguments(), bn.infer_shape(data=(2,5))[0])}, aux_states=[mx.nd.zeros(3), mx.nd.ones(3)]).aux_arrays))
tr('bind-grad-list-short', lambda: (a*b).bind(mx.cpu(), [mx.nd.ones(2), mx.nd.ones(2)], args_grad=[mx.nd.ones(2)]))
tr('bind-bad-greq', lambda: (a*b).bind(mx.cpu(), [mx.nd.ones(2), mx.nd.ones(2)], args_grad=[mx.nd.ones(2), mx.nd.ones(2)], grad_req='foo'))
tr('sb-bad-shape', lambda: (a*b).simple_bind(mx.cpu(), a=(2,), b=(3,)))
tr('sb-missing', lambda: type((a*b).simple_bind(mx.cpu(), a=(2,))).__name__)
tr('sb-extra', lambda: (a*b).simple_bind(mx.cpu(), a=(2,), b=(2,), c=(3,)).arg_dict.keys())
