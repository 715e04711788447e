"""Samplers' corner rules: wide randint ranges, out= dtypes, integer parameters, multinomial past a row's total, check order."""
import numpy as np
import mxnet as mx
from mxnet import autograd, nd


def show(label, f):
    try:
        r = f()
        rs = r if isinstance(r, (list, tuple)) else [r]
        print(label, [(x.shape, x.dtype.__name__ if hasattr(x.dtype, '__name__') else str(x.dtype), x.asnumpy().tolist()) for x in rs])
    except Exception as e:
        lines = [l for l in str(e).splitlines() if l.strip()]
        if lines and lines[0].startswith('Traceback'):
            lines = [l for l in lines if l.startswith('MXNetError: ')] or lines[-1:]
        text = lines[0] if lines else ''
        while text.startswith('MXNetError: '):
            text = text[len('MXNetError: '):]
        print(label, type(e).__name__, text.split(', in operator')[0].split(' : ')[0][:90])


def seeded(f, seed=5):
    def run():
        mx.random.seed(seed)
        return f()
    return run


for low, high, dtype in [(-5, 8589934587, 'int32'), (-5, 8589934587, 'int64'), (2 ** 62, 2 ** 63 - 1, 'int64'),
                         (-2 ** 63, 2 ** 63 - 1, 'int64'), (-2 ** 63, 2 ** 63 - 1, 'int32')]:
    show(f'randint {low} {high} {dtype}', seeded(lambda: nd.random.randint(low, high, shape=3, dtype=dtype)))
    show(f'np randint {low} {high} {dtype}', seeded(lambda: mx.np.random.randint(low, high, size=3, dtype=dtype)))

A, B = nd.array([1, 2]), nd.array([3, 4])
show('sample_uniform out float64', seeded(lambda: nd.sample_uniform(A, B, out=nd.zeros(2, dtype='float64'))))
show('random.uniform arrays out float64', seeded(lambda: nd.random.uniform(A, B, out=nd.zeros(2, dtype='float64'))))
show('sample_normal out float16', seeded(lambda: nd.sample_normal(A, B, shape=2, out=nd.zeros((2, 2), dtype='float16'))))
show('sample_poisson out float64', seeded(lambda: nd.sample_poisson(A, shape=3, out=nd.zeros((2, 3), dtype='float64'))))
show('uniform out int32', seeded(lambda: nd.random.uniform(shape=2, out=nd.zeros(2, dtype='int32'))))
show('uniform dtype vs out', seeded(lambda: nd.random_uniform(shape=2, dtype='float32', out=nd.zeros(2, dtype='float16'))))
show('randint out int8', seeded(lambda: nd.random_randint(low=0, high=5, shape=2, out=nd.zeros(2, dtype='int8'))))
show('randint out int64', seeded(lambda: nd.random_randint(low=0, high=5, shape=2, out=nd.zeros(2, dtype='int64'))))
show('sample dtype vs out', seeded(lambda: nd.sample_uniform(A, B, dtype='float16', out=nd.zeros(2, dtype='int32'))))
show('sample out int32', seeded(lambda: nd.sample_uniform(A, B, out=nd.zeros(2, dtype='int32'))))
show('multinomial out float32', seeded(lambda: nd.random.multinomial(nd.array([0.5, 0.5]), shape=3, out=nd.zeros(3))))
show('multinomial out int32', seeded(lambda: nd.sample_multinomial(nd.array([0.5, 0.5]), shape=3, out=nd.zeros(3, dtype='int32'))))
show('draw after refusals', seeded(lambda: [nd.random.uniform(shape=1) for _ in range(1)][0], 5))
for dtype in ['int32', 'uint8', 'int64']:
    show(f'negative_binomial {dtype} params', seeded(lambda: [nd.sample_negative_binomial(
        nd.array([1, 3, 0], dtype=dtype), nd.array([0, 1, 2], dtype=dtype), shape=2), nd.random.uniform(shape=2)], 3))

for dtype in ['float32', 'float64', 'float16']:
    mx.random.seed(4)
    x = nd.array([[0.1, 0.2, 0.05], [0.3, 0.1, 0.2], [0.25, 0.25, 0.5]], dtype=dtype)
    x.attach_grad()
    with autograd.record():
        s, p = nd.random.multinomial(x, shape=6, get_prob=True)
        loss = (p * nd.arange(18, dtype=dtype).reshape((3, 6))).sum()
    loss.backward()
    show(f'multinomial past the total {dtype}', lambda: [s, p, x.grad])
for k in [7, 11]:
    show(f'multinomial half {k}', seeded(lambda: nd.random.multinomial(
        nd.array(np.full((4, k), 1.0 / k), dtype='float16'), shape=40), 0))

E = nd.array([])
show('zero size shape', lambda: nd.random.uniform(-2.5, 1, shape=(0,)))
show('zero size shape before check', lambda: nd.random.uniform(3, 1, shape=(2, 0)))
show('randint zero size', lambda: nd.random.randint(0, 4, shape=(0,)))
show('sample zero size', lambda: nd.random.uniform(A, B, shape=(2, 0)))
show('sample negative size', lambda: nd.random.uniform(A, nd.array([3, 4, 5]), shape=(-1,)))
show('sample empty params', lambda: nd.random.uniform(E, E, shape=2))
show('sample empty poisson', lambda: nd.random.poisson(E))
show('dtype int32 uniform', lambda: nd.random_uniform(shape=2, dtype='int32'))
show('dtype uint8 sample', lambda: nd.sample_normal(A, B, dtype='uint8'))
show('dtype float16 randint', lambda: nd.random_randint(low=0, high=5, dtype='float16'))
show('dtype int64 multinomial', lambda: nd.random.multinomial(nd.array([0.5, 0.5]), dtype='int64'))
for axes in [(2,), (0,)]:
    try:
        nd.Dropout(nd.ones((2, 3), dtype='int32'), p=0.5, axes=axes, mode='always')
    except mx.base.MXNetError as e:
        print('dropout int32 axes', axes, 'axis check' if 'index = 2 must be in range [0, 2)' in str(e) else
              'type check' if 'only support floating point types, not int32' in str(e) else 'other')
