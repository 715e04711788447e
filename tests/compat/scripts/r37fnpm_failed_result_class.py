"""type() of results whose kernel fails (bool sqrt, bad sampler scale) names the array's own class, read or unread, empty or not."""
import mxnet as mx


def cls(r):
    kind = type(r)
    return '%s.%s' % (kind.__module__.split('.', 1)[1], kind.__qualname__)


def read(r):
    try:
        return str(r).replace('\n', ' ')
    except mx.base.MXNetError as e:
        return 'MXNetError: ' + str(e).strip().split('\n')[-1]


mx.npx.set_np()
for shape in [(0,), (2,), (2, 3)]:
    x = mx.np.zeros(shape, dtype='bool')
    for name in ['sqrt', 'exp', 'sin', 'negative', 'absolute']:
        r = getattr(mx.np, name)(x)
        r2 = r + 1
        print(shape, name, cls(r), cls(r2), type(r).__name__, r.dtype, r.shape, read(r2), cls(r), cls(r2))
mx.npx.reset_np()
r = mx.nd.random.normal(0, -1, shape=(2,))
print('nd normal', cls(r), type(r).__name__, read(r), cls(r))
r = mx.nd.sqrt(mx.nd.zeros((2,), dtype='bool'))
print('nd sqrt', cls(r), type(r).__name__, read(r), cls(r))
