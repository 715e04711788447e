"""Binding (de)convolutions to arrays of the wrong shapes fails as MXNet's shape inference does: a convolution's
weight (filters counted per group), then its bias, then its groups; a deconvolution's groups, then its weight."""
import re

import mxnet as mx

S = mx.sym
d = S.var("d")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


def bind(sym, shapes):
    args = {n: mx.nd.zeros(shapes.get(n, (2, 3))) for n in sym.list_arguments()}
    return [o.shape for o in sym.bind(mx.cpu(), args).outputs]


cases = [
    (S.Convolution(d, kernel=(3, 3), num_filter=4, pad=(1, 1), name="n"), dict(d=(2, 4, 6, 6))),
    (S.Convolution(d, kernel=(3, 3), num_filter=4, name="n"), dict(d=(2, 4, 6, 6), n_weight=(4, 4, 3, 3))),
    (S.Convolution(d, kernel=(3,), num_filter=4, num_group=3, name="n"),
     dict(d=(2, 4, 6), n_weight=(3, 1, 3), n_bias=(4,))),
    (S.Convolution(d, kernel=(3,), num_filter=6, num_group=2, name="n"),
     dict(d=(2, 4, 6), n_weight=(6, 2, 3), n_bias=(6,))),
    (S.Deconvolution(d, kernel=(3,), num_filter=4, name="n"), dict(d=(2, 4, 6))),
    (S.Deconvolution(d, kernel=(3,), num_filter=4, num_group=3, name="n"), dict(d=(2, 4, 6), n_weight=(4, 1, 3))),
    (S.Deconvolution(d, kernel=(3,), num_filter=4, no_bias=False, name="n"), dict(d=(2, 4, 6), n_weight=(4, 4, 3))),
]
for sym, shapes in cases:
    for action in (lambda: bind(sym, shapes), lambda: sym.infer_shape(**shapes)):
        try:
            print(sorted(shapes.items()), "->", action())
        except mx.base.MXNetError as e:
            print(sorted(shapes.items()), "raised", essential(e))
