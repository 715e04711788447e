"""The *_like samplers of non-float data check their parameters first, then refuse the type in MXNet's words (no comma for 1-byte types, enum 7 for bool), when the samples are read."""
import mxnet as mx


def show(label, call):
    try:
        out = call()
        print(label, out.dtype.__name__, out.shape, out.asnumpy().ravel().tolist()[:4])
    except mx.base.MXNetError as e:
        print(label, [l for l in str(e).splitlines() if l.strip()][-1].replace('MXNetError: ', '').split(': ', 1)[-1]
              if 'Check failed' not in str(e) else str(e).split('Check failed: ')[-1].splitlines()[0])


mx.random.seed(3)
for dtype in ['uint8', 'int8', 'int32', 'bool', 'float16']:
    data = mx.nd.zeros((2, 3), dtype=dtype)
    show(f'uniform {dtype}', lambda: mx.nd.random.uniform_like(data, low=3, high=1))
    show(f'uniform ok {dtype}', lambda: mx.nd.random.uniform_like(data))
    show(f'exponential {dtype}', lambda: mx.nd.random.exponential_like(data, lam=-1))
    show(f'normal {dtype}', lambda: mx.nd.random.normal_like(data, scale=2))
    show(f'gamma {dtype}', lambda: mx.nd.random.gamma_like(data, alpha=2))
show('after', lambda: mx.nd.random.uniform(shape=3))
