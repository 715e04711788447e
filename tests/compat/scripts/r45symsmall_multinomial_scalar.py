"""sample_multinomial of 0-d probabilities: a NumPy-shape 0-d array or a graph-computed 0-d input decides no output without shape= and is refused by index -1 with one."""
import re

import mxnet as mx


def run(call):
    try:
        print(call())
    except Exception as e:      # noqa: BLE001 (printed as MXNet words it)
        print(type(e).__name__, re.sub(r'\[\d\d:\d\d:\d\d\] ', '', str(e)))


x = mx.sym.var('x')
parts = mx.sym.split(x, num_outputs=4, squeeze_axis=1, axis=0)
for kw in [dict(), dict(shape=(2,)), dict(shape=(2, 3)), dict(get_prob=True), dict(shape=(2,), get_prob=True)]:
    print('graph', kw)
    y = mx.sym.sample_multinomial(parts[0], **kw)
    run(lambda: y.infer_shape_partial(x=(4,)))
    run(lambda: y.infer_type(x='float32'))
mx.npx.set_np()
for kw in [dict(), dict(shape=(2,)), dict(shape=(2, 3)), dict(shape=3), dict(get_prob=True)]:
    print('np shape', kw)
    run(lambda: mx.nd.sample_multinomial(mx.nd.array(3), **kw))
    run(lambda: mx.sym.sample_multinomial(x, **kw).infer_shape_partial(x=()))
