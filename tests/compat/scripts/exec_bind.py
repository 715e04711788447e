# Executor: simple_bind/bind with grad_req variants, forward/backward, dicts, copy_params_from.
import mxnet as mx
import numpy as np

data = mx.sym.var('data')
w = mx.sym.var('w')
y = mx.sym.sum(mx.sym.square(data * w), axis=1, name='y')
ex = y.simple_bind(mx.cpu(), data=(2, 3), w=(2, 3))
print(sorted(ex.arg_dict.keys()), sorted(ex.grad_dict.keys()), ex.aux_dict)
print([a.shape for a in ex.arg_arrays], [g.shape for g in ex.grad_arrays], ex.aux_arrays)
print(len(ex.outputs), ex.outputs[0].shape, ex.outputs[0].dtype)
ex.arg_dict['data'][:] = np.arange(6).reshape(2, 3)
ex.arg_dict['w'][:] = 0.5
out = ex.forward(is_train=True)
print(type(out).__name__, out[0].asnumpy().tolist())
ex.backward(mx.nd.ones((2,)))
print(ex.grad_dict['data'].asnumpy().tolist(), ex.grad_dict['w'].asnumpy().tolist())
ex.forward(is_train=True)
ex.backward(mx.nd.array([1.0, 2.0]))
print(ex.grad_dict['w'].asnumpy().tolist())
print(list(ex.output_dict.keys()))

ex2 = y.simple_bind(mx.cpu(), grad_req='add', data=(2, 3), w=(2, 3))
ex2.arg_dict['data'][:] = 1
ex2.arg_dict['w'][:] = 2
for _ in range(2):
    ex2.forward(is_train=True)
    ex2.backward(mx.nd.ones((2,)))
print(ex2.grad_dict['w'].asnumpy().tolist())

ex3 = y.simple_bind(mx.cpu(), grad_req={'data': 'null', 'w': 'write'}, data=(2, 3), w=(2, 3))
print(ex3.grad_dict['data'], ex3.grad_arrays[0], ex3.grad_dict['w'].shape)
ex4 = y.simple_bind(mx.cpu(), grad_req='null', data=(2, 3), w=(2, 3))
print(ex4.grad_dict, ex4.grad_arrays)

args = {'data': mx.nd.ones((2, 3)), 'w': mx.nd.full((2, 3), 3)}
grads = {'data': mx.nd.zeros((2, 3)), 'w': mx.nd.zeros((2, 3))}
ex5 = y.bind(mx.cpu(), args=args, args_grad=grads)
print(ex5.forward()[0].asnumpy().tolist())
ex5.forward(is_train=True)
ex5.backward(mx.nd.ones((2,)))
print(grads['w'].asnumpy().tolist(), ex5.grad_dict['w'] is grads['w'])
ex6 = y.bind(mx.cpu(), args=[mx.nd.ones((1, 2)), mx.nd.ones((1, 2))])
print(ex6.forward()[0].asnumpy().tolist(), ex6.grad_arrays)
ex5.copy_params_from({'w': mx.nd.ones((2, 3))})
print(ex5.forward()[0].asnumpy().tolist(), args['w'].asnumpy().tolist())
try:
    ex5.copy_params_from({'zz': mx.nd.ones((2, 3))})
except Exception as e:
    print(type(e).__name__)
ex5.copy_params_from({'zz': mx.nd.ones((2, 3))}, allow_extra_params=True)
ex.forward(is_train=False, data=mx.nd.ones((2, 3)))
print(ex.outputs[0].asnumpy().tolist())
try:
    y.bind(mx.cpu(), args={'data': mx.nd.ones((2, 3))})
except Exception as e:
    print(type(e).__name__)
try:
    y.simple_bind(mx.cpu(), data=(2, 3), w=(3, 3))
except Exception as e:
    print(type(e).__name__)
try:
    y.simple_bind(mx.cpu(), data=(2, 3))
except Exception as e:
    print(type(e).__name__)
held = ex.outputs[0]
ex.forward(data=mx.nd.full((2, 3), 2.0))
print(held.asnumpy().tolist(), ex.outputs[0].asnumpy().tolist())
