"""Deconvolution reads target_shape as MXNet's shape inference does (a number is one entry, extra entries unread, a short one fails reading the entry it lacks), and reverse with axis=None fails at its kernel check's line."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd


def words(e):
    text = str(e)
    cut = text.find("] ../")
    return repr(text if cut < 0 else text[:text.find("[", 0, cut)] + text[cut + 2:])


x, w = nd.ones((1, 1, 2, 2)), nd.ones((1, 1, 2, 2))
for target in [(2,), (3, 3, 3), (5, 5), (0, 5), (1,), (), (2, 2, 2, 2), 4, "(2,)", "(5, 5, 1)"]:
    try:
        print(target, nd.Deconvolution(x, w, kernel=(2, 2), num_filter=1, no_bias=True, target_shape=target,
                                       stride=(2, 2)).asnumpy().shape)
    except Exception as e:
        print(target, type(e).__name__, words(e))
    s = mx.sym.Deconvolution(mx.sym.var("x"), kernel=(2, 2), num_filter=1, no_bias=True, target_shape=target,
                             stride=(2, 2), name="d")
    try:
        print(" symbol", s.infer_shape(x=(1, 1, 2, 2))[1])
    except Exception as e:
        print(" symbol", type(e).__name__, words(e))
for target in [(2, 3), (5,)]:
    try:
        print(target, nd.Deconvolution(nd.ones((1, 1, 2)), nd.ones((1, 1, 2)), kernel=(2,), num_filter=1,
                                       no_bias=True, target_shape=target).asnumpy().shape)
    except Exception as e:
        print(target, type(e).__name__, words(e))
for call in [lambda: nd.reverse(nd.ones((2, 3)), axis=None), lambda: nd.flip(nd.ones((2, 3)), axis="None")]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, words(e))
