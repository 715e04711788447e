# Executor corners of the mixed (symbol + ndarray) tutorial: forward with keyword arrays, backward head gradients,
# grad_req add/null, copy_params_from, Group outputs, reshape rules.
import mxnet as mx
import numpy as np
x = mx.sym.Variable('x'); w = mx.sym.Variable('w')
y = mx.sym.broadcast_mul(x, w, name='y')
z = mx.sym.sum(y, name='z')
ex = z.simple_bind(mx.cpu(), x=(2, 3), w=(1, 3))
out = ex.forward(is_train=True, x=mx.nd.array(np.arange(6).reshape(2, 3)), w=mx.nd.ones((1, 3)) * 2)
print(out[0].asnumpy(), sorted(ex.output_dict), ex.arg_dict['x'].asnumpy().sum())
try:
    ex.backward()
    print('bw ok', ex.grad_dict['w'].asnumpy())
except Exception as e:
    print(type(e).__name__)
ex.backward(mx.nd.array([2.0]))
print(ex.grad_dict['w'].asnumpy(), ex.grad_dict['x'].asnumpy())
try:
    ex.forward(q=mx.nd.ones(1))
except Exception as e:
    print(type(e).__name__)
try:
    ex.forward(x=mx.nd.ones((3, 3)))
except Exception as e:
    print(type(e).__name__)
try:
    ex.copy_params_from({'w': mx.nd.ones((1, 3)), 'nope': mx.nd.ones(1)})
except Exception as e:
    print(type(e).__name__)
ex.copy_params_from({'w': mx.nd.ones((1, 3)) * 5})
print(ex.forward()[0].asnumpy())
ex2 = z.simple_bind(mx.cpu(), x=(2, 3), w=(1, 3), grad_req={'x': 'null', 'w': 'add'})
for _ in range(2):
    ex2.forward(is_train=True, x=mx.nd.ones((2, 3)), w=mx.nd.ones((1, 3)))
    ex2.backward(mx.nd.ones((1,)))
print(ex2.grad_dict['w'].asnumpy(), ex2.grad_dict['x'], ex2.grad_arrays[0])
g = mx.sym.Group([y, z])
ex3 = g.bind(mx.cpu(), {'x': mx.nd.ones((2, 3)), 'w': mx.nd.ones((1, 3))}, args_grad={'x': mx.nd.zeros((2, 3)), 'w': mx.nd.zeros((1, 3))})
ex3.forward(is_train=True)
ex3.backward([mx.nd.ones((2, 3)), mx.nd.ones((1,))])
print([o.shape for o in ex3.outputs], ex3.grad_dict['w'].asnumpy())
try:
    ex3.backward([mx.nd.ones((2, 3))])
except Exception as e:
    print(type(e).__name__)
for kw in [dict(x=(4, 3)), dict(allow_up_sizing=True, x=(4, 3)), dict(x=(1, 3)), dict(partial_shaping=True, x=(1, 3))]:
    try:
        ex.reshape(**kw)
    except Exception as e:
        print(type(e).__name__)
ex4 = ex.reshape(allow_up_sizing=True, x=(4, 3), w=(1, 3))
print(ex4.arg_dict['x'].shape, ex4.arg_dict['w'] is ex.arg_dict['w'])
try:
    ex.reshape(w=(2, 3))
except Exception as e:
    print(type(e).__name__)
print(mx.sym.MakeLoss(z).simple_bind(mx.cpu(), x=(1, 2), w=(1, 2)).forward()[0].shape)
