"""Reductions and broadcasts whose axes fold into more blocks than MXNet's kernel takes fail with MXNet's words,
in a symbol's backward (tile, broadcast_to) as in imperative calls."""
# recorded on AVX2
import mxnet as mx
from _words import words

S = mx.sym
x = S.Variable('data')
SYMBOLS = [('tile', lambda: S.tile(x, reps=(2, 2, 2, 2)), (2, 5, 2, 5)),
           ('tile_ok', lambda: S.tile(x, reps=(1, 2, 1, 2)), (2, 5, 2, 5)),
           ('broadcast_to', lambda: S.broadcast_to(x, shape=(2, 2, 2, 2, 2, 2, 2)), (1, 2, 1, 2, 1, 2, 1)),
           ('broadcast_add', lambda: S.broadcast_add(x, S.ones((1, 2, 1, 2, 1, 2, 1))), (2, 1, 2, 1, 2, 1, 2))]
for label, make, shape in SYMBOLS:
    try:
        ex = make().simple_bind(mx.cpu(), data=shape)
        out = ex.forward(is_train=True)[0]
        print(label, 'forward', out.shape, float(out.sum().asscalar()))
        ex.backward(mx.nd.ones(out.shape))
        print(label, 'backward', float(ex.grad_dict['data'].sum().asscalar()))
    except Exception as e:
        print(label, words(e))
ALTERNATE = (mx.nd.ones((2, 1, 2, 1, 2, 1, 2)), mx.nd.ones((1, 2, 1, 2, 1, 2, 1)))
CALLS = [('broadcast_add', lambda: mx.nd.broadcast_add(*ALTERNATE)),
         ('sum', lambda: mx.nd.sum(mx.nd.ones((2,) * 8), axis=(0, 2, 4, 6))),
         ('sum_ok', lambda: mx.nd.sum(mx.nd.ones((2,) * 8), axis=(0, 1, 2, 3))),
         ('broadcast_to', lambda: mx.nd.broadcast_to(mx.nd.ones((1, 2, 1, 2, 1, 2, 1)), shape=(2,) * 7)),
         ('mean', lambda: mx.nd.mean(mx.nd.ones((2, 3) * 4), axis=(1, 3, 5, 7)))]
for label, call in CALLS:
    try:
        print(label, float(call().sum().asscalar()))
    except Exception as e:
        print(label, words(e))
