"""Integer np.linalg.norm is recorded as MXNet's: backward runs and reading the gradient raises its integer-gradient error; a 1-D 'fro' norm takes the vector reducer."""
# recorded on AVX2
import mxnet as mx

np = mx.np
mx.npx.set_np()
v = np.array([3, -3, 1, 3], dtype='int32')
for kwargs in ({}, dict(ord='fro'), dict(ord=2), dict(axis=0), dict(ord=3), dict(ord=0), dict(ord=1)):
    print(kwargs, np.linalg.norm(v, **kwargs))
m = np.array([[3, -3], [1, 3], [3, 0]], dtype='int8')
for kwargs in ({}, dict(ord='fro'), dict(axis=1), dict(axis=(0, 1)), dict(ord=2, axis=0), dict(ord=3, axis=1),
               dict(ord=0, axis=1), dict(keepdims=True)):
    print(kwargs, np.linalg.norm(m, **kwargs))
for kwargs in ({}, dict(axis=1), dict(ord=1, axis=1), dict(ord='fro')):
    x = np.array([[1, -2, 3], [4, 0, -1]], dtype='int32')
    x.attach_grad()
    with mx.autograd.record():
        y = np.linalg.norm(x, **kwargs)
    y.backward()
    print(kwargs, y, y.dtype, 'backward ran')
    try:
        print(x.grad)
    except mx.base.MXNetError as e:
        print('MXNetError', str(e).replace('\n', ' | '))
