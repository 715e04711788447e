"""nd.contrib.SyncBatchNorm's kernel checks, raised when the result is read: data types, parameter sizes, a key's channel count, and data of one axis refused at the call."""
import re

from mxnet import autograd, nd


def essential(e):
    """The line of an error that says what failed, without MXNet's C++ positions."""
    lines = [l for l in str(e).split('\n') if l.strip() and not l.startswith(('Traceback', '  File', 'Stack trace'))]
    line = next((l for l in lines if 'Check failed' in l), lines[0])
    return re.sub(r'\[\d\d:\d\d:\d\d\] \S+: ', '', line).replace('MXNetError: ', '')


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, essential(e))


def run(shape, channels, key, dtype='float32', train=False):
    x = nd.ones(shape, dtype=dtype)
    params = [nd.ones(channels, dtype='float32' if dtype == 'float16' else dtype) for _ in range(4)]
    with autograd.record(train_mode=train):
        y = nd.contrib.SyncBatchNorm(x, *params, key=key)
    print(shape, channels, key, dtype, train, 'called')
    return y.asnumpy().shape


for dtype in ['float64', 'float16', 'int32', 'uint8', 'int64', 'int8']:
    show(f'dtype {dtype}', lambda dtype=dtype: run((2, 3, 2), 3, 'd', dtype))
for shape, channels in [((2, 2, 2), 3), ((2, 4), 3), ((4,), 3), ((2, 3), 3)]:
    show(f'predict {shape} {channels}', lambda shape=shape, channels=channels: run(shape, channels, 'p'))
for shape, channels, key in [((2, 3, 2), 3, 'k'), ((3, 3), 3, 'k'), ((2, 4, 2), 4, 'k'), ((2, 4, 2), 3, 'k'),
                             ((5, 2), 3, 'k'), ((2, 4, 2), 4, 'other'), ((2, 2, 2), 3, 'third'), ((2, 4), 3, 'third')]:
    show(f'train {shape} {channels} {key}', lambda shape=shape, channels=channels, key=key: run(shape, channels, key,
                                                                                              train=True))
