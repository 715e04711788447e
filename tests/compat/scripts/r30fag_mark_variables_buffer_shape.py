"""mark_variables with a gradient buffer of another shape: backward fails at the check of the summing node, the one reader's backward, the head copy, or the gradient pass, with MXNet's words."""
# recorded on AVX2
import re
import mxnet as mx
from mxnet import nd, autograd as ag

readers = {'x*2': lambda x: x * 2, 'exp': nd.exp, 'x*x': lambda x: x * x, 'x+w': lambda x: x + nd.ones(3),
           'sum': lambda x: x.sum(), 'x+x+x': lambda x: x + x + x, 'head': lambda x: x, 'relu': nd.relu,
           'sin+cos': lambda x: nd.sin(x) + nd.cos(x), 'reshape': lambda x: x.reshape((3, 1)),
           'softmax': nd.softmax, 'log_softmax': nd.log_softmax, '2/x': lambda x: 2 / x, 'sqrt': nd.sqrt}
for shape, dtype in [((4,), 'float32'), ((3, 1), 'float32'), ((2,), 'float64'), ((3,), 'float64')]:
    for name, f in readers.items():
        x = nd.array([1., 2, 3])
        g = nd.ones(shape, dtype=dtype)
        ag.mark_variables([x], [g])
        try:
            with ag.record():
                y = f(x)
            y.backward()
            print(name, shape, dtype, g.asnumpy().ravel().tolist())
        except mx.base.MXNetError as e:
            words = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).strip().splitlines()[0]
            print(name, shape, dtype, type(e).__name__, words)
    x = nd.array([1., 2, 3])
    g = nd.ones(shape, dtype=dtype)
    ag.mark_variables([x], [g], grad_reqs='null')
    with ag.record():
        y = nd.exp(x)
    try:
        y.backward()
    except mx.base.MXNetError as e:
        print("null request", shape, dtype, str(e).strip().splitlines()[-1])
