"""hawkesll checks shapes (N, T from lags; K from lda) then types (lda's, int32 marks) as MXNet does."""
import mxnet as mx
import numpy as np
from mxnet import nd

rng = np.random.RandomState(5)
base = dict(lda=rng.uniform(0.1, 1, (2, 3)), alpha=rng.uniform(0.1, 0.5, (3,)), beta=rng.uniform(0.5, 2, (3,)),
            state=rng.uniform(0, 1, (2, 3)), lags=rng.uniform(0.1, 2, (2, 4)), marks=np.array([[0, 2, 1, 1], [2, 0, 0, 1]]),
            valid_length=np.array([4, 2]), max_time=np.array([10.0, 5.0]))
names = list(base)


def call(label, shapes={}, types={}):
    args = []
    for name in names:
        value = base[name]
        if name in shapes:
            value = np.resize(value, shapes[name])
        dtype = types.get(name, 'int32' if name == 'marks' else 'float32')
        args.append(nd.array(value, dtype=dtype))
    try:
        ll, state = nd.contrib.hawkesll(*args)
        print(label, ll.dtype.__name__, ll.asnumpy().tolist(), state.shape)
    except mx.base.MXNetError as e:
        lines = str(e).strip().split('\n')
        text = lines[2] if lines[0].startswith('Traceback') else lines[0]
        print(label, 'MXNetError', text.replace('MXNetError: ', ''))


call('ok')
for name, shape in [('lda', (2,)), ('lda', (3, 3)), ('lags', (2,)), ('lags', (3, 4)), ('lags', (2, 5)), ('alpha', (3, 1)),
                    ('alpha', (2,)), ('beta', (4,)), ('state', (2, 2)), ('state', (3, 3)), ('marks', (2, 4, 1)),
                    ('marks', (2, 3)), ('valid_length', (2, 1)), ('valid_length', (3,)), ('max_time', (1,))]:
    call('%s %s' % (name, shape), shapes={name: shape})
for name, dtype in [('marks', 'float32'), ('lda', 'float64'), ('alpha', 'float64'), ('lags', 'float16'),
                    ('valid_length', 'int32'), ('max_time', 'float64')]:
    call('%s %s' % (name, dtype), types={name: dtype})
call('float64', types={n: 'float64' for n in names if n != 'marks'})
