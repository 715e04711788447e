"""Operators of the older interface over a legacy zero (unknown) batch set their output shape (-1 where unknown) whatever an out= array's shape: the output check after inference refuses an out= array of any rank or size, printing the unknown size as -1."""
import mxnet as mx
import numpy as np

nd = mx.nd


def first_line(e):
    lines = [l for l in str(e).split('\n') if l.strip()]
    for l in lines:
        if l.startswith('MXNetError:') or 'Check failed' in l:
            return l[:220]
    return lines[-1][:220] if lines else ''


def show(tag, f):
    try:
        y = f()
        y = y[0] if isinstance(y, (list, tuple)) else y
        print(tag, '->', y.shape, y.asnumpy().sum())
    except Exception as e:
        print(tag, '->', type(e).__name__, first_line(e))


def full(shape, dtype='float32'):
    return nd.array(np.full(shape, 1.5), dtype=dtype)


x = full((0, 2, 4, 4))
layers = {
    'Pooling max': lambda o: nd.Pooling(x, kernel=(2, 2), pool_type='max', out=o),
    'Pooling avg': lambda o: nd.Pooling(x, kernel=(2, 2), pool_type='avg', out=o),
    'Pooling global': lambda o: nd.Pooling(x, kernel=(2, 2), global_pool=True, out=o),
    'Dropout': lambda o: nd.Dropout(x, out=o),
    'LeakyReLU': lambda o: nd.LeakyReLU(x, out=o),
    'LayerNorm': lambda o: nd.LayerNorm(x, full((4,)), full((4,)), out=o),
    'BatchNorm': lambda o: nd.BatchNorm(x, full((2,)), full((2,)), full((2,)), full((2,)), out=o),
    'L2Normalization': lambda o: nd.L2Normalization(x, out=o),
    'UpSampling': lambda o: nd.UpSampling(x, scale=2, sample_type='nearest', out=o),
}
for name, f in layers.items():
    for oshape in [(1, 2, 4, 4), (1, 2, 2, 2), (0, 2, 2, 2), (0, 2, 4, 4), (2, 2), (1,)]:
        show(f'{name} out={oshape}', lambda: f(full(oshape)))
    show(f'{name} out=(1, 2, 2, 2) float64', lambda: f(full((1, 2, 2, 2), 'float64')))
