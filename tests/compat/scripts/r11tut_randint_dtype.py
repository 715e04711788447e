"""randint's dtype is an enumerated parameter ('None', int32, int64): other types are refused in MXNet's words."""
import mxnet as mx

mx.random.seed(1)
calls = [
    lambda: mx.nd.random_randint(low=0, high=5, shape=(2,), dtype='float64'),
    lambda: mx.nd.random_randint(low=0, high=5, shape=(2,), dtype=None),
    lambda: mx.nd.random_randint(low=0, high=5, shape=(2,), dtype='int64'),
    lambda: mx.sym.random.randint(0, 5, shape=(2,), dtype='uint8'),
    lambda: mx.sym.random.randint(0, 5, shape=(2,), dtype='int64').eval()[0],
    lambda: mx.nd.random_randint(dtype='float64'),
]
for i, call in enumerate(calls):
    try:
        print(i, 'ok', call())
    except mx.base.MXNetError as e:
        print(i, str(e).split('\n')[0].replace('MXNetError: ', ''))
