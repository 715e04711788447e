"""Module.bind errors list every shape passed on (labels the symbol does not take too); simple_bind refuses an
output dtype inference leaves undecided."""
import logging
import mxnet as mx
from _words import words

logging.getLogger().setLevel(logging.ERROR)
S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        listing = []
        for line in str(e).splitlines():
            if line.startswith(("MXNetError", "Traceback")):
                break
            listing.append(line)
        print(label, "->", listing, words(e))


def regression():
    return S.LinearRegressionOutput(S.FullyConnected(S.var("data"), num_hidden=1, name="fc"), name="lro")


def conv():
    return S.SoftmaxOutput(S.flatten(S.Convolution(S.var("data"), kernel=(3, 3), num_filter=2, name="conv")),
                           name="softmax")


def bind(make, data_shapes, label_shapes):
    mod = mx.mod.Module(make())
    mod.bind(data_shapes=data_shapes, label_shapes=label_shapes)
    return mod.output_shapes


attempt("regression, unknown feature size", lambda: bind(regression, [("data", (2, 0))], [("softmax_label", (2,))]))
attempt("conv, 2-D data, other label", lambda: bind(conv, [("data", (2, 5))], [("lro_label", (2, 1))]))
attempt("conv, 2-D data", lambda: bind(conv, [("data", (2, 5))], [("softmax_label", (2,))]))
attempt("conv, fits", lambda: bind(conv, [("data", (2, 3, 6, 6))], [("softmax_label", (2,))]))
cond = S.var("c", dtype="int32")
picked = S.where(cond, S.var("a"), S.var("b", dtype="float64"), name="w")
attempt("where default dtypes", lambda: picked.simple_bind(mx.cpu(), a=(2, 2), b=(2, 2), c=(2, 2)))
attempt("where typed", lambda: [str(x.dtype) for x in picked.simple_bind(
    mx.cpu(), a=(2, 2), b=(2, 2), c=(2, 2), type_dict={"a": "float64"}).arg_arrays])
attempt("where infer_type", lambda: picked.infer_type(a="float32"))
attempt("where infer_type_partial", lambda: picked.infer_type_partial(a="float32"))
