"""Executor.forward hands out new output array objects over the same memory each time; output_dict keeps its first arrays (which see later values); forward/backward argument forms."""
import numpy as np

import mxnet as mx

s = mx.sym
nd = mx.nd


def tr(label, f):
    try:
        print(label, '->', f())
    except Exception as e:
        print(label, 'ERR', type(e).__name__, str(e).replace('\n', ' | ')[:300])


x = s.var('x')
ex = (s.exp(x) * 2).simple_bind(mx.cpu(), x=(2,))
d0 = ex.output_dict
o0 = ex.outputs[0]
ex.forward(x=nd.array([0, 1]))
d1 = ex.output_dict
print('dict kept', d0 is d1, d1['_mulscalar0_output'] is o0, d1['_mulscalar0_output'] is ex.outputs[0])
print('first arrays see values', d0['_mulscalar0_output'].asnumpy().round(4).tolist(), o0.asnumpy().round(4).tolist())
o1 = ex.outputs
r = ex.forward(x=nd.array([1, 2]))
print('new list', o1 is ex.outputs, r is ex.outputs, o1[0] is ex.outputs[0], o1[0].asnumpy().round(4).tolist())
ex.forward(is_train=True)
ex.backward(nd.ones(2))
print('after backward', o1[0] is ex.outputs[0], ex.grad_arrays[0].asnumpy().round(4).tolist())
print('arg identity', ex.arg_dict['x'] is ex.arg_arrays[0], ex.grad_dict['x'] is ex.grad_arrays[0])

w = s.var('w')
ex = (s.exp(x) * w).simple_bind(mx.cpu(), x=(2,), w=(2,))
ex.arg_dict['w'][:] = 1
tr('fwd f64', lambda: (ex.forward(x=nd.array([1, 2], dtype='float64'))[0].dtype, ex.arg_dict['x'].dtype))
tr('fwd int', lambda: ex.forward(x=nd.array([1, 2], dtype='int32'))[0].asnumpy().tolist())
tr('fwd list', lambda: ex.forward(x=[1, 2]))
tr('fwd np', lambda: ex.forward(x=np.array([0., 0.]))[0].asnumpy().tolist())
tr('fwd other ctx', lambda: ex.forward(x=nd.array([0, 0], ctx=mx.cpu(1)))[0].asnumpy().tolist())
tr('fwd positional flag', lambda: ex.forward(True, x=nd.array([0, 1]))[0].asnumpy().tolist())
tr('bwd after inference', lambda: (ex.forward(is_train=False), ex.backward(nd.ones(2)),
                                   ex.grad_dict['x'].asnumpy().tolist())[2])
tr('bwd is_train False', lambda: (ex.forward(is_train=True), ex.backward(nd.ones(2), is_train=False),
                                  ex.grad_dict['x'].asnumpy().tolist())[2])
tr('bwd np grads', lambda: ex.backward([np.ones(2)]))
tr('bwd tuple', lambda: (ex.backward((nd.ones(2) * 2,)), ex.grad_dict['x'].asnumpy().tolist())[1])
tr('bwd f64 grads', lambda: (ex.backward(nd.ones(2, dtype='float64')), ex.grad_dict['x'].asnumpy().tolist())[1])
tr('bwd int grads', lambda: (ex.backward(nd.ones(2, dtype='int32')), ex.grad_dict['x'].asnumpy().tolist())[1])
tr('bwd wrong shape', lambda: ex.backward(nd.ones((1, 2))))
