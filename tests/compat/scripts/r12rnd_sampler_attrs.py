"""Random samplers' dtype refusals name every attribute in MXNet's order, 'float' is float64, and narrow integer bounds subtract as C ints."""
import mxnet as mx


def show(call):
    try:
        out = call()
        print(out.dtype, out.shape, out.asnumpy().tolist())
    except mx.base.MXNetError as e:
        print(str(e).split('\n')[0].replace('MXNetError: ', ''))


mx.random.seed(4)
show(lambda: mx.nd.random.uniform(0, 1, shape=2, dtype='int32'))
show(lambda: mx.nd.random.normal(1, 2, shape=(2, 3), dtype='uint8', ctx=mx.cpu(1)))
show(lambda: mx.nd.random_normal(loc=0, scale=1, shape=2, ctx=mx.cpu(), dtype='int32'))
show(lambda: mx.nd.random_exponential(lam=1, shape=2, dtype='bool'))
show(lambda: mx.nd.random.gamma(2, 1, shape=3, dtype='int64'))
show(lambda: mx.nd.random.poisson(3, shape=3, dtype='int32'))
show(lambda: mx.nd.random.negative_binomial(3, 0.5, shape=3, dtype='int32'))
show(lambda: mx.nd.random.generalized_negative_binomial(2, 0.5, shape=3, dtype='uint8'))
show(lambda: mx.nd.sample_normal(mx.nd.zeros(2), mx.nd.ones(2), shape=3, dtype='int32'))
show(lambda: mx.nd.random.multinomial(mx.nd.array([0.5, 0.5]), shape=2, dtype='int64'))
show(lambda: mx.nd.random_gamma(alpha=0.01, beta=1, shape=2, dtype='float'))
show(lambda: mx.nd.random.normal(mx.nd.array([1, 2]), mx.nd.array([3, 1]), shape=2, dtype='float'))
show(lambda: mx.nd.Convolution(mx.nd.ones((1, 1, 4, 4)), mx.nd.ones((1, 1, 3, 3)), kernel=(3, 3), num_filter=1,
                               no_bias=True, stride=(1, 1), pad=(0, 0), layout='XX'))
for dtype in ('uint8', 'int8', 'int32'):
    show(lambda: mx.nd.random.uniform(mx.nd.array([2, 9], dtype=dtype), mx.nd.array([1, 3], dtype=dtype), shape=3))
show(lambda: mx.nd.sample_uniform(mx.nd.array([255], dtype='uint8'), mx.nd.array([2], dtype='uint8'), shape=(3, 1)))
