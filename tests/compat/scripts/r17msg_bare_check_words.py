"""Refusals read exactly as MXNet's checks: no words after them (bool arrays in kernels without a bool case,
input counts against no_bias, a missing required parameter, dropout axes, mixed where branches)."""
import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn, read=True):
    try:
        r = fn()
        if read:
            (r[0] if isinstance(r, list) else r).asnumpy()
        print(label, "-> ok")
    except Exception as e:
        print(label, "->", words(e))


b = nd.ones((2, 2), dtype="bool")
for name in ["abs", "exp", "relu", "sigmoid", "square", "negative", "sign", "round", "transpose", "sort", "topk"]:
    attempt(name + " bool", lambda: getattr(nd, name)(b))
attempt("where bool", lambda: nd.where(b, b, b))
attempt("clip bool", lambda: nd.clip(b, 0, 1))
attempt("pick bool", lambda: nd.pick(b, nd.array([0, 1])))
attempt("one_hot bool", lambda: nd.one_hot(nd.ones((2,), dtype="bool"), 3))
attempt("shuffle bool", lambda: nd.random.shuffle(b))
attempt("split bool", lambda: nd.split(b, 2))
attempt("Dropout bool", lambda: nd.Dropout(b, mode="always"))
attempt("Dropout int32", lambda: nd.Dropout(nd.ones((3,), dtype="int32"), mode="always"))
attempt("uniform_like int32", lambda: nd.random.uniform_like(nd.ones((2,), dtype="int32")))
attempt("normal bool params", lambda: nd.random.normal(nd.ones((2,), dtype="bool"), nd.ones((2,), dtype="bool")))
attempt("SequenceMask bool", lambda: nd.SequenceMask(b))
attempt("image flip bool", lambda: nd.image.flip_left_right(nd.ones((2, 2, 3), dtype="bool")))
attempt("FullyConnected int32", lambda: nd.FullyConnected(nd.ones((2, 2), dtype="int32"), nd.ones((2, 2), dtype="int32"),
                                                          num_hidden=2, no_bias=True))
x, w, bias = nd.ones((1, 2, 3, 3)), nd.ones((2, 2, 2, 2)), nd.ones((2,))
attempt("Convolution no bias given", lambda: nd.Convolution(x, w, kernel=(2, 2), num_filter=2))
attempt("Convolution bias with no_bias", lambda: nd.Convolution(x, w, bias, kernel=(2, 2), num_filter=2, no_bias=True))
attempt("Deconvolution no bias given", lambda: nd.Deconvolution(x, w, kernel=(2, 2), num_filter=2, no_bias=False))
attempt("Deconvolution bias with no_bias", lambda: nd.Deconvolution(x, w, bias, kernel=(2, 2), num_filter=2))
attempt("Activation without act_type", lambda: nd.Activation(x))
attempt("cast without dtype", lambda: nd.cast(x))
attempt("Cast without dtype", lambda: nd.Cast(x))
attempt("Dropout axis 5", lambda: nd.Dropout(nd.ones((2, 3, 4)), axes=(5,), mode="always"))
attempt("Dropout axis -1", lambda: nd.Dropout(nd.ones((2, 3, 4)), axes=(0, -1), mode="always"))
attempt("where int32/float32", lambda: nd.where(nd.ones((2,)), nd.ones((2,), dtype="int32"), nd.ones((2,))))
attempt("where float64/float16", lambda: nd.where(nd.ones((2,)), nd.ones((2,), dtype="float64"),
                                                   nd.ones((2,), dtype="float16")))
