"""Shape inference with unknown (0) sizes runs the checks MXNet makes before it waits for sizes (axes, ranks,
parameters: swapaxes, expand_dims, transpose, UpSampling, Embedding, L2Normalization, slice, GroupNorm, gemm2, repeat,
Pad) and waits where MXNet waits; grouped (de)convolution, broadcasting and slice_axis refuse in MXNet's words."""
import re
import warnings

import mxnet as mx

S = mx.sym
a, b, c, d = S.var("a"), S.var("b"), S.var("c"), S.var("d")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


cases = [
    (S.swapaxes(d, dim1=3, dim2=0, name="n"), dict(d=(2, 3, 0))),
    (S.swapaxes(d, dim1=1, dim2=0, name="n"), dict(d=(2, 3, 0))),
    (S.expand_dims(d, axis=4, name="n"), dict(d=(0, 3))),
    (S.expand_dims(d, axis=1, name="n"), dict(d=(0, 3))),
    (S.transpose(d, axes=(1, 0, 2), name="n"), dict(d=(7, 3, 4, 0))),
    (S.transpose(d, axes=(1, 0, 2), name="n"), dict(d=(7, 0, 4))),
    (S.UpSampling(d, scale=2, sample_type="nearest", num_args=1, name="n"), dict(d=(0, 3, 3))),
    (S.Embedding(d, input_dim=10, output_dim=4, name="n"), dict(d=(0, 3), n_weight=(10, 1))),
    (S.L2Normalization(d, mode="channel", name="n"), dict(d=(0, 4))),
    (S.slice(d, begin=(1,), end=(None, None), name="n"), dict(d=(2, 0))),
    (S.slice(d, begin=(0, 0), end=(1, 1), step=(1, 0), name="n"), dict(d=(0, 3))),
    (S.GroupNorm(d, num_groups=3, name="n"), dict(d=(2, 4, 0))),
    (S.linalg.gemm2(a, b, axis=-3, name="n"), dict(a=(2, 5), b=(3, 0))),
    (S.repeat(d, repeats=2, axis=2, name="n"), dict(d=(2, 0))),
    (S.Pad(d, mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1), name="n"), dict(d=(1, 0, 2, 3, 3))),
    (S.slice_axis(d, axis=0, begin=-1, end=2, name="n"), dict(d=(0, 3))),
    (S.gather_nd(d, c, name="n"), dict(d=(0, 4), c=(3, 2))),
    (S.SpatialTransformer(d, c, target_shape=(2, 2), transform_type="affine", sampler_type="bilinear", name="n"),
     dict(d=(0, 3, 3), c=(1, 5))),
    (S.Convolution(d, kernel=(3,), num_filter=4, num_group=3, name="n"), dict(d=(2, 4, 6))),
    (S.Convolution(d, kernel=(3, 3), num_filter=6, num_group=4, name="n"), dict(d=(2, 4, 6, 6))),
    (S.Deconvolution(d, kernel=(3,), num_filter=4, num_group=3, name="n"), dict(d=(2, 4, 6))),
    (S.Deconvolution(d, kernel=(3, 3), num_filter=3, num_group=3, name="n"), dict(d=(2, 4, 6, 6))),
    (S.Deconvolution(d, kernel=(1, 1, 1), num_filter=6, num_group=4, name="n"), dict(d=(2, 4, 6, 6, 6))),
    (S.broadcast_add(a, b, name="n"), dict(a=(2, 3), b=(2, 2))),
    (S.broadcast_mul(a, b, name="n"), dict(a=(4, 2, 3), b=(2, 2))),
    (S.slice_axis(d, axis=-3, begin=0, end=1, name="n"), dict(d=(2, 3))),
    (S.slice_axis(d, axis=1, begin=0, end=5, name="n"), dict(d=(2, 3))),
    (S.slice_axis(d, axis=1, begin=5, end=None, name="n"), dict(d=(2, 3))),
    (S.slice_axis(d, axis=1, begin=-5, end=None, name="n"), dict(d=(2, 3))),
    (S.where(c, a, b, name="n"), dict(c=(3,), a=(7, 3))),
]
for sym, shapes in cases:
    for infer in (sym.infer_shape, sym.infer_shape_partial):
        with warnings.catch_warnings(record=True) as caught:
            warnings.simplefilter("always")
            try:
                print(shapes, "->", infer(**shapes))
            except mx.base.MXNetError as e:
                print(shapes, "raised", essential(e))
        for w in caught:
            print("   warned", repr(str(w.message)))
