"""nd.tile with negative and zero reps: the output sizes are checked in order up to the first unknown one (a 0 or -1 in legacy shapes), as MXNet does."""
import re
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        print(tag, 'ok', f())
    except Exception as e:
        print(tag, type(e).__name__, re.sub(r"\[\d\d:\d\d:\d\d\] ", "", str(e)).replace('\n', ' | '))


x = nd.arange(6).reshape((2, 3))
for reps in ((-1,), (2, -1), (-2, 2), (0, -1), (-1, -2), (0, -1, 2), (-1, 0, 2), (1, 0, -2), (3, -1, 0), (2, 2)):
    show(f'tile {reps}', lambda: nd.tile(x, reps=reps).shape)
    show(f'tile.asnumpy {reps}', lambda: nd.tile(x, reps=reps).asnumpy().tolist())
    if 0 not in reps and -1 not in reps[:1]:
        show(f'sym tile {reps}', lambda: mx.sym.tile(mx.sym.var('x'), reps=reps).infer_shape(x=(2, 3)))
