# A positional argument after an attribute-less operator's inputs is MXNet's ``out`` (arrays are written, None
# ignored, anything else fails in the front end); attributes given by position are read as by keyword
import mxnet as mx
x = mx.nd.array([[1, -2, 3]])
CALLS = [
    'x.abs(0)',
    'mx.nd.abs(x, 0)',
    'x.abs((1, 0))',
    'mx.nd.abs(x, None)',
    'x.abs(None)',
    'x.exp(1.5)',
    "mx.nd.relu(x, 'a')",
    'mx.nd.abs(x, mx.nd.zeros((1, 3)))',
    'x.abs(mx.nd.zeros((1, 3)))',
    'x.relu(x)',
    'x.sqrt(mx.nd.zeros((1, 3)))',
    'x.shape_array(0)',
    'x.zeros_like(1)',
    'x.sign([1])',
    'x.flatten(0)',
    'x.sum(0)',
    'x.one_hot(1.5)',
    'mx.nd.one_hot(x, 1.5)',
    'mx.nd.one_hot(x, 3)',
    'x.one_hot(3)',
    'x.clip(0, 2)',
    'x.topk(1, 1)',
]
for t in CALLS:
    try:
        r = eval(t); print(t, r.dtype.__name__, r.asnumpy().tolist(), x.asnumpy().tolist())
    except Exception as e:
        print(t, "ERR", type(e).__name__)
