"""mx.sym.np.concatenate(axis=None)'s shape inference writes each operand's shape over with its flattened one (a 0-d operand's as one element), so infer_shape lists the arguments flat and simple_bind allocates them (and their gradients) flat, while a bind keeps the arrays given, as MXNet does."""
# recorded on AMD AVX2
import mxnet as mx
from _last_line import show

mx.npx.set_np()
a, b = mx.sym.var('a').as_np_ndarray(), mx.sym.var('b').as_np_ndarray()
y = mx.sym.np.concatenate([a, b], axis=None)
for shapes in [dict(a=(2, 3), b=(2, 4)), dict(a=(2, 3), b=()), dict(a=(2, 0), b=(0,)), dict(a=(2, 3, 4), b=(1, 1)),
               dict(a=(2, 3))]:
    show(f'partial {shapes}', lambda: y.infer_shape_partial(**shapes))
    show(f'full {shapes}', lambda: y.infer_shape(**shapes))
twice = mx.sym.np.concatenate([a, b], axis=None) + mx.sym.np.concatenate([a, b], axis=None)
show('used twice', lambda: twice.infer_shape(a=(2, 3), b=(1,)))
show('beside a reshape', lambda: (mx.sym.np.concatenate([a, b], axis=None) + a.reshape(-1)).infer_shape(a=(2, 3), b=(1,)))
fc = mx.sym.FullyConnected(mx.sym.var('x'), num_hidden=4, name='fc').as_np_ndarray()
show('after a layer', lambda: mx.sym.np.concatenate([fc, b], axis=None).infer_shape(x=(3, 5), b=(2,)))
ex = y.simple_bind(mx.cpu(), a=(2, 3), b=(2, 2))
print('simple_bind', [x.shape for x in ex.arg_arrays], [x.shape for x in ex.grad_arrays])
ex.forward(is_train=True)
ex.backward(mx.np.arange(10.))
print('simple_bind grads', [x.asnumpy().tolist() for x in ex.grad_arrays])
ex = y.bind(mx.cpu(), {'a': mx.np.ones((2, 3)), 'b': mx.np.zeros((2, 2))},
            args_grad={'a': mx.np.ones((2, 3)), 'b': mx.np.zeros((2, 2))})
print('bind', ex.forward(is_train=True)[0].asnumpy().tolist())
ex.backward(mx.np.arange(10.))
print('bind grads', [x.asnumpy().tolist() for x in ex.grad_arrays])
