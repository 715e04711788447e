# Creation symbols (zeros/ones/full/arange/linspace/eye), eval, slicing ops and shape inference on them.
import mxnet as mx
import numpy as np

for s in [mx.sym.zeros((2, 3)), mx.sym.ones((2,), dtype='int32'), mx.sym.full((2, 2), 7), mx.sym.arange(5),
          mx.sym.arange(1, 7, 2), mx.sym.arange(0, 3, repeat=2), mx.sym.eye(3), mx.sym.eye(2, 3, 1),
          mx.sym.linspace(0, 1, 5), mx.sym.zeros((2,), dtype='float16')]:
    out = s.eval()
    print(s.name, s.list_arguments(), s.list_attr(), out[0].dtype, out[0].shape, out[0].asnumpy().tolist())
    print(s.infer_shape(), s.infer_type())
x = mx.sym.var('x')
z = x + mx.sym.ones((2, 2))
print(z.infer_shape(x=(2, 2)), z.eval(x=mx.nd.ones((2, 2)))[0].asnumpy().tolist())
zl = mx.sym.zeros_like(x) + mx.sym.ones_like(x) * 3
print(zl.eval(x=mx.nd.array([1, 2]))[0].asnumpy().tolist())
xs = mx.nd.array(np.arange(24).reshape(2, 3, 4))
for s in [mx.sym.slice(x, begin=(0, 1), end=(2, 3)), mx.sym.slice_axis(x, axis=2, begin=1, end=3),
          mx.sym.take(x, mx.sym.var('i')), mx.sym.transpose(x, axes=(2, 0, 1)), mx.sym.expand_dims(x, axis=0),
          mx.sym.sum(x, axis=(0, 2), keepdims=True), mx.sym.mean(x, axis=1), mx.sym.max(x), mx.sym.argmax(x, axis=1),
          mx.sym.reshape(x, shape=(0, -1)), mx.sym.reshape(x, shape=(-3, 0)), mx.sym.Flatten(x),
          mx.sym.swapaxes(x, dim1=0, dim2=2), mx.sym.tile(x, reps=(1, 2, 1)), mx.sym.repeat(x, repeats=2, axis=0),
          mx.sym.clip(x, 2, 5), mx.sym.broadcast_to(mx.sym.sum(x, axis=0, keepdims=True), shape=(3, 3, 4)),
          mx.sym.where(x > 5, x, x * 0), mx.sym.stack(x, x, axis=1), mx.sym.split(x, num_outputs=2, axis=2)[1],
          x[0], x.sum(axis=2), x.mean(), x.reshape((4, 6)), x.astype('int32'), mx.sym.Cast(x, dtype='float16')]:
    args = {'x': xs, 'i': mx.nd.array([1, 0])} if 'i' in s.list_arguments() else {'x': xs}
    out = s.eval(**args)[0]
    shapes = {'x': (2, 3, 4), 'i': (2,)} if 'i' in s.list_arguments() else {'x': (2, 3, 4)}
    print(s.name, out.shape, out.dtype, s.infer_shape(**shapes)[1], out.asnumpy().ravel()[:6].tolist())
print(x[0].list_outputs(), x[0].tojson())
for m in ['asnumpy', 'asscalar', 'copy', 'wait_to_read', 'detach', 'backward', 'as_in_context']:
    try:
        getattr(x, m)()
    except Exception as e:
        print(m, type(e).__name__, isinstance(e, mx.base.MXNetError), e)
print(x.astype('float16').list_attr(), x.as_nd_ndarray())
