"""infer_shape refusals of shape, indexing, sorting, linalg and normalisation operators carry MXNet's check words
(the checked expression, its values and message) on their first line."""
import re

import mxnet as mx

S = mx.sym
a, b, c, d = S.var("a"), S.var("b"), S.var("c"), S.var("d")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


cases = [
    (S.transpose(d, axes=(0, 1), name="n"), dict(d=(2, 3, 4))),
    (S.transpose(d, axes=(0, 1, 3), name="n"), dict(d=(2, 3, 4))),
    (S.transpose(d, axes=(0, 1, -1), name="n"), dict(d=(2, 3, 4))),
    (S.expand_dims(d, axis=4, name="n"), dict(d=(2, 3))),
    (S.expand_dims(d, axis=-4, name="n"), dict(d=(2, 3))),
    (S.expand_dims(d, axis=-3, name="n"), dict(d=(2, 3))),
    (S.swapaxes(d, dim1=3, dim2=0, name="n"), dict(d=(2, 3, 4))),
    (S.swapaxes(d, dim1=0, dim2=-5, name="n"), dict(d=(2, 3, 4))),
    (S.squeeze(d, axis=0, name="n"), dict(d=(2, 1))),
    (S.squeeze(d, axis=(1, -2), name="n"), dict(d=(1, 3))),
    (S.broadcast_to(d, shape=(2, 3), name="n"), dict(d=(1, 7))),
    (S.broadcast_to(d, shape=(2, 3, 7), name="n"), dict(d=(1, 7))),
    (S.broadcast_like(a, b, name="n"), dict(a=(2, 7), b=(2, 3))),
    (S.broadcast_like(a, b, name="n"), dict(a=(1, 3), b=(2, 2, 3))),
    (S.pick(d, c, axis=2, name="n"), dict(d=(4, 3), c=(4,))),
    (S.take(a, c, axis=-3, name="n"), dict(a=(4, 3), c=(2,))),
    (S.slice(d, begin=(None, 1), end=(2,), name="n"), dict(d=(2, 3))),
    (S.slice(d, begin=(0, 0, 0), end=(1, 1, 1), name="n"), dict(d=(2, 3))),
    (S.slice(d, begin=(0, 0), end=(1, 1), step=(1,), name="n"), dict(d=(2, 3))),
    (S.slice(d, begin=(0, 0), end=(1, 1), step=(1, 0), name="n"), dict(d=(2, 3))),
    (S.gather_nd(d, c, name="n"), dict(d=(3, 4), c=(3, 2))),
    (S.gather_nd(d, c, name="n"), dict(d=(3, 4), c=(2,))),
    (S.topk(d, axis=2, name="n"), dict(d=(5, 3))),
    (S.topk(d, axis=-3, k=2, name="n"), dict(d=(5, 3))),
    (S.topk(d, k=5, name="n"), dict(d=(2, 3))),
    (S.topk(d, axis=None, k=20, name="n"), dict(d=(5, 3))),
    (S.sort(d, axis=2, name="n"), dict(d=(5, 3))),
    (S.argsort(d, axis=-3, name="n"), dict(d=(5, 3))),
    (S.linalg.gemm2(a, b, axis=-3, name="n"), dict(a=(2, 3), b=(3, 2))),
    (S.linalg.gemm2(a, b, axis=1, name="n"), dict(a=(2, 3), b=(3, 2))),
    (S.linalg.gemm2(a, b, transpose_a=True, name="n"), dict(a=(2, 3), b=(3, 1))),
    (S.linalg.gemm2(a, b, name="n"), dict(a=(2, 2, 3), b=(3, 3, 2))),
    (S.linalg.gemm(a, b, c, name="n"), dict(a=(2, 3), b=(3, 2), c=(2, 3))),
    (S.reshape_like(a, b, name="n"), dict(a=(2, 3), b=(4,))),
    (S.GroupNorm(d, num_groups=3, name="n"), dict(d=(5, 4, 7))),
    (S.L2Normalization(d, mode="channel", name="n"), dict(d=(3, 4))),
    (S.Crop(a, b, num_args=2, name="n"), dict(a=(1, 1, 4, 4), b=(1, 1))),
    (S.UpSampling(d, scale=2, sample_type="nearest", num_args=1, name="n"), dict(d=(1, 2, 3))),
    (S.RNN(d, a, b, mode="gru", state_size=4, num_layers=1, name="n"), dict(d=(5, 2, 3, 1))),
    (S.LayerNorm(d, name="n"), dict(d=(2, 3), n_gamma=(2,))),
    (S.split(d, num_outputs=2, axis=3, name="n"), dict(d=(2, 4, 3))),
    (S.split(d, num_outputs=2, axis=-4, name="n"), dict(d=(2, 4, 3))),
]
for sym, shapes in cases:
    try:
        print(shapes, "->", sym.infer_shape(**shapes))
    except mx.base.MXNetError as e:
        print(shapes, "raised", essential(e))
