"""NDArray tutorial follow-up: what an operator does with a scalar, None or a list where an array goes."""
import mxnet as mx

a = mx.nd.array([1., 2.])
calls = [
    ('relu(3)', lambda: mx.nd.relu(3)), ('relu(data=3)', lambda: mx.nd.relu(data=3)),
    ('sqrt(4.0)', lambda: mx.nd.sqrt(4.0)), ('sum(3)', lambda: mx.nd.sum(3)),
    ('relu(np.float32)', lambda: mx.nd.relu(a.asnumpy()[0])), ('pick(x, 1)', lambda: mx.nd.pick(a.reshape((1, 2)), 1)),
    ('where(c, x, 0)', lambda: mx.nd.where(a > 1, a, 0)), ('elemwise_add(x, 1)', lambda: mx.nd.elemwise_add(a, 1)),
    ('logical_not(1)', lambda: mx.nd.logical_not(1)), ('relu([x])', lambda: mx.nd.relu([a])),
    ('concat([x, x])', lambda: mx.nd.concat([a, a])), ('concat(x, 3)', lambda: mx.nd.concat(a, 3)),
    ('relu(None)', lambda: mx.nd.relu(None)), ('dot(x, None)', lambda: mx.nd.dot(a, None)),
    ('add(x, 1)', lambda: mx.nd.add(a, 1)), ('maximum(3, x)', lambda: mx.nd.maximum(3, a)),
    ('logical_and(x, 1)', lambda: mx.nd.logical_and(a, 1)), ('lesser(x, 2)', lambda: mx.nd.lesser(a, 2)),
    ('clip(x, 0, 1)', lambda: mx.nd.clip(a, 0, 1)), ('one_hot(x, 3)', lambda: mx.nd.one_hot(a, 3)),
    ('FullyConnected(bias=None)', lambda: mx.nd.FullyConnected(a.reshape((1, 2)), mx.nd.ones((3, 2)), None,
                                                               num_hidden=3, no_bias=True)),
]
for text, call in calls:
    try:
        print(text, call().asnumpy().tolist())
    except AssertionError as e:
        print(text, "AssertionError", str(e).split("\n")[0])
    except mx.base.MXNetError:
        print(text, "MXNetError")
