"""sort, argsort, topk and moments infer shapes with unknown sizes or ranks as MXNet (its axis checks, then every size
needed), moments refuses empty axes in MXNet's words, and SoftmaxOutput(multi_output) takes MXNet's label shapes."""
import re
import warnings

import mxnet as mx

warnings.simplefilter("ignore")
S = mx.sym
d = S.var("d")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


syms = [("moments0", S.moments(d, axes=(0,), name="t")), ("moments1", S.moments(d, axes=(1,), name="t")),
        ("momentsk", S.moments(d, axes=(1,), keepdims=True, name="t")), ("momentsN", S.moments(d, name="t")),
        ("topk", S.topk(d, k=1, name="t")), ("topk0", S.topk(d, k=1, axis=0, name="t")),
        ("topkN", S.topk(d, k=1, axis=None, name="t")), ("topk ax5", S.topk(d, k=1, axis=5, name="t")),
        ("sort", S.sort(d, name="t")), ("sortN", S.sort(d, axis=None, name="t")),
        ("argsort ax-3", S.argsort(d, axis=-3, name="t")), ("topk both", S.topk(d, k=1, ret_typ="both", name="t"))]
for name, sym in syms:
    for given in [dict(d=(2, 0)), dict(d=(0, 3)), dict(), dict(d=(2, 3))]:
        try:
            print(name, given, sym.infer_shape_partial(**given))
        except mx.base.MXNetError as e:
            print(name, given, "raised", essential(e))
multi = S.SoftmaxOutput(d, multi_output=True, name="t")
for given in [dict(d=(2, 3)), dict(d=(2, 3, 4, 5)), dict(d=(2, 3, 4, 5), t_label=(2, 4, 5)),
              dict(d=(2, 3, 4, 5), t_label=(2, 1, 4, 5)), dict(d=(2, 3, 4, 5), t_label=(2, 5)),
              dict(d=(2, 3, 4), t_label=(2, 4))]:
    try:
        print("multi", given, multi.infer_shape(**given))
    except mx.base.MXNetError as e:
        print("multi", given, "raised", essential(e))
for label in [(2, 4), (2, 1, 4), (2, 3)]:
    try:
        print("nd multi", label, mx.nd.SoftmaxOutput(mx.nd.ones((2, 3, 4)), mx.nd.zeros(label), multi_output=True).shape)
    except mx.base.MXNetError as e:
        print("nd multi", label, "raised", essential(e).split(": ", 1)[-1])
