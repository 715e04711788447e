"""infer_shape refusals of FullyConnected, Embedding, Convolution, Concat, split, dot, batch_dot and Pad carry MXNet's
check words on their first line (the explanation, if any, follows on the next)."""
import re

import mxnet as mx

S = mx.sym
a, b, d = S.var("a"), S.var("b"), S.var("d")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


cases = [
    (S.FullyConnected(d, num_hidden=4, name="n"), dict(d=(2, 3), n_weight=(5, 3))),
    (S.FullyConnected(d, num_hidden=4, name="n"), dict(d=(2, 3), n_bias=(5,))),
    (S.FullyConnected(d, num_hidden=4, flatten=False, name="n"), dict(d=(2, 5, 3), n_weight=(4, 15))),
    (S.Embedding(d, input_dim=10, output_dim=4, name="n"), dict(d=(2, 3), n_weight=(3, 4))),
    (S.Embedding(d, input_dim=10, output_dim=4, name="n"), dict(d=(2, 3), n_weight=(4,))),
    (S.Convolution(d, kernel=(3,), num_filter=2, name="n"), dict(d=(1, 2, 6), n_weight=(2, 1, 3))),
    (S.Convolution(d, kernel=(1, 1), num_filter=2, name="n"), dict(d=(1, 2, 6, 6), n_bias=(3,))),
    (S.Concat(a, b, dim=0, name="n"), dict(a=(2, 1), b=(2, 3))),
    (S.Concat(a, b, dim=1, name="n"), dict(a=(2, 1), b=(3, 3, 1))),
    (S.split(d, num_outputs=3, axis=-2, name="n"), dict(d=(2, 4, 3))),
    (S.split(d, num_outputs=1, axis=-2, squeeze_axis=True, name="n"), dict(d=(2, 4, 3))),
    (S.split(d, num_outputs=2, axis=0, squeeze_axis=True, name="n"), dict(d=(4, 3))),
    (S.dot(a, b, name="n"), dict(a=(2, 3), b=(4, 5))),
    (S.dot(a, b, transpose_a=True, transpose_b=True, name="n"), dict(a=(2, 3, 4), b=(4, 5))),
    (S.dot(a, b, name="n"), dict(a=(3,), b=(4,))),
    (S.batch_dot(a, b, name="n"), dict(a=(2, 3, 4), b=(2, 5, 5))),
    (S.batch_dot(a, b, transpose_b=True, name="n"), dict(a=(2, 2, 3, 4), b=(2, 4, 2, 5))),
    (S.batch_dot(a, b, name="n"), dict(a=(2, 3, 4), b=(3, 4, 5))),
    (S.Pad(d, mode="constant", pad_width=(1, 0, 0, 0, 1, 1, 1, 1), name="n"), dict(d=(1, 1, 2, 2))),
    (S.Pad(d, mode="edge", pad_width=(0, 0, 0, 0, 1, 1), name="n"), dict(d=(1, 1, 2, 2))),
    (S.Pad(d, mode="reflect", pad_width=(0, 0, 0, 0, 2, 2, 1, 1), name="n"), dict(d=(1, 1, 2, 2))),
    (S.Pad(d, mode="constant", pad_width=(0, 0, 0, 0), name="n"), dict(d=(2, 3))),
]
for sym, shapes in cases:
    for infer in (sym.infer_shape, sym.infer_shape_partial):
        try:
            print(shapes, "->", infer(**shapes))
        except mx.base.MXNetError as e:
            print(shapes, "raised", essential(e))
