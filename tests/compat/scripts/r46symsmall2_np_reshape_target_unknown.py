"""Under NumPy shape semantics a legacy Reshape told a target_shape with a -1 leaves that size unknown: partial inference shows -1 and full inference warns and gives None, as MXNet's shape pass does."""
import warnings

import mxnet as mx


def show(label, call):
    try:
        print(label, call())
    except Exception as e:
        print(label, type(e).__name__, str(e).split('\n')[0].split(']')[-1])


mx.npx.set_np()
x = mx.sym.var('x')
for told in [(2, 3), (-1, 3), (2, -1), (3, -1, 2), (6,)]:
    net = mx.sym.Reshape(x, target_shape=told)
    for given in [(2, 3), (-1, 3), (3, 2, 1)]:
        show(f'target_shape={told} x={given}', lambda: net.infer_shape_partial(x=given))
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter('always')
        show(f'target_shape={told} full', lambda: net.infer_shape(x=(2, 3)))
    print('  warned', [str(w.message).split('\n')[0] for w in caught])
chained = mx.sym.relu(mx.sym.Reshape(x, target_shape=(-1, 3)) + 1)
show('chained partial', lambda: chained.infer_shape_partial(x=(2, 3)))
show('chained full', lambda: chained.infer_shape(x=(2, 3)))
show('fc after', lambda: mx.sym.FullyConnected(mx.sym.Reshape(x, target_shape=(2, -1)), num_hidden=4,
                                               name='fc').infer_shape_partial(x=(2, 3)))
