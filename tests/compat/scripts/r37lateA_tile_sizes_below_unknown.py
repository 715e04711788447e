"""Legacy shape inference of tile with a 0 before a negative rep: sizes below -1 refused by the ops that copy them, else at the pass's end."""
import re

import mxnet as mx


def shown(fn):
    try:
        return fn()
    except Exception as e:
        text = re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e))      # (the time of the check)
        return f"{type(e).__name__}: {text!r}"


x = mx.sym.var('x')
for reps in [(0, -1), (-1, 0, -2), (0, -1, 2), (1, 0, -1), (2, -1), (0, 0), (-1,)]:
    t = mx.sym.tile(x, reps=reps)
    cases = {'tile': t, 'sum': mx.sym.sum(t), 'mul': t * 2, 'plusx': t + x, 'relu': mx.sym.relu(t),
             'bplus': mx.sym.broadcast_add(t, t), 'group': mx.sym.Group([t, x + 1]), 'reshape': mx.sym.reshape(t, shape=(-1,)),
             'tile2': mx.sym.tile(t, reps=(1, 1)), 'trans': mx.sym.transpose(t), 'exp': mx.sym.expand_dims(t, axis=0),
             'swap': mx.sym.swapaxes(t, 0, 1), 'fc': mx.sym.FullyConnected(t, num_hidden=4),
             'fcnf': mx.sym.FullyConnected(t, num_hidden=4, flatten=False)}
    for k, y in cases.items():
        print(reps, k, 'partial', shown(lambda: y.infer_shape_partial(x=(2, 3))))
    print(reps, 'full', shown(lambda: t.infer_shape(x=(2, 3))))
    print(reps, 'nd', shown(lambda: mx.nd.tile(mx.nd.ones((2, 3)), reps=reps).shape))
