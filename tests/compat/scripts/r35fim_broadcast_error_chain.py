"""Broadcast shape refusals (color_normalize, binary ops, in-place ops) are MXNet errors with no Python error chained to them."""
# recorded on AVX2
import mxnet as mx


def attempt(what, make):
    try:
        make()
        print(what, 'ok')
    except mx.base.MXNetError as e:
        shown = e.__cause__ is not None or (e.__context__ is not None and not e.__suppress_context__)
        print(what, str(e).split('\n')[-1][:160], 'chained' if shown else 'alone')


img = mx.nd.ones((4, 4, 3))
a, b = mx.nd.ones((2, 3)), mx.nd.ones((4,))


def inplace_add():
    x = mx.nd.ones((2, 3))
    x += b


attempt('color_normalize mean', lambda: mx.image.color_normalize(img, mx.nd.array([1, 2])))
attempt('color_normalize std', lambda: mx.image.color_normalize(img, mx.nd.array([1, 2, 3]), mx.nd.array([1, 2])))
attempt('a + b', lambda: a + b)
attempt('broadcast_mul', lambda: mx.nd.broadcast_mul(a, b))
attempt('a += b', inplace_add)
attempt('a - b', lambda: a - b)
