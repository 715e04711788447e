"""Shape inference with an input of unknown rank runs the rank checks MXNet's shape functions make before they
wait (in their words), and ops whose output length does not depend on the sizes (shape_array, size_array,
all_finite, multi_sum_sq) know it anyway; multi_sum_sq takes one dtype and gives float32."""
import json

import mxnet as mx
from _words import words

S = mx.sym
d, e, f = S.var("d"), S.var("e"), S.var("f")
cases = [
    S.InstanceNorm(d, name="n"), S.IdentityAttachKLSparseReg(d, name="n"), S.L2Normalization(d, name="n"),
    S.L2Normalization(d, mode="channel", name="n"), S.SequenceMask(d, name="n"), S.SequenceLast(d, axis=1, name="n"),
    S.UpSampling(d, scale=2, sample_type="nearest", num_args=1, name="n"),
    S.UpSampling(d, scale=2, sample_type="bilinear", num_filter=1, num_args=2, name="n"),
    S.Pad(d, mode="constant", pad_width=(0, 0, 0, 0, 1, 1, 1, 1), name="n"),
    S.ROIPooling(d, e, pooled_size=(2, 2), spatial_scale=1.0, name="n"),
    S.GridGenerator(d, transform_type="warp", name="n"), S.khatri_rao(d, e, name="n"),
    S.depth_to_space(d, block_size=2, name="n"), S.space_to_depth(d, block_size=2, name="n"),
    S.linalg.makediag(d, name="n"), S.linalg.maketrian(d, name="n"),
    S.contrib.arange_like(d, axis=1, name="n"), S.contrib.arange_like(d, name="n"),
    S.contrib.box_decode(d, e, name="n"),
    S.contrib.bipartite_matching(d, threshold=0.5, name="n"), S.contrib.index_copy(d, e, f, name="n"),
    S.contrib.MultiBoxPrior(d, sizes=(0.5,), name="n"), S.contrib.MultiBoxDetection(d, e, f, name="n"),
    S.contrib.MultiBoxTarget(d, e, f, name="n"),
    S.contrib.ROIAlign(d, e, pooled_size=(2, 2), spatial_scale=1.0, name="n"),
    S.contrib.interleaved_matmul_selfatt_qk(d, heads=1, name="n"),
    S.contrib.interleaved_matmul_encdec_valatt(d, e, heads=1, name="n"),
    S.image.flip_left_right(d, name="n"), S.image.random_brightness(d, 0.1, 0.2, name="n"),
    S.image.normalize(d, name="n"), S.image.resize(d, size=(2, 2), name="n"), S.image.crop(d, 0, 0, 1, 1, name="n"),
    S.shape_array(d, name="n"), S.size_array(d, name="n"), S.all_finite(d, name="n"),
    S.multi_sum_sq(d, e, num_arrays=2, name="n"),
]
# (rank unknown only: with a known rank these check sizes first)
unknown_only = [S.GridGenerator(d, transform_type="affine", target_shape=(2, 2), name="n"),
                S.linalg.syevd(d, name="n"), S.contrib.box_iou(d, e, name="n")]
for k, sym in enumerate(cases + unknown_only):
    op = json.loads(sym.tojson())["nodes"][-1]["op"]
    for given in ({}, {"d": (0, 3)}) if k < len(cases) else ({},):
        try:
            print(op, given, "->", sym.infer_shape_partial(**given))
        except mx.base.MXNetError as err:
            print(op, given, "->", words(err))

s = S.multi_sum_sq(d, e, num_arrays=2, name="n")
for types in (("float64", "float64"), ("float16", "float16"), ("float32", "int64")):
    try:
        print(types, s.infer_type(d=types[0], e=types[1]))
    except mx.base.MXNetError as err:
        print(types, words(err))
x = mx.nd.array([[1, 2], [3, 4]], dtype="float64")
out = s.eval(d=x, e=x[0])[0]
print(out, out.dtype)

# sizes read while unknown (as -1) once the rank is known
for sym in (S.ravel_multi_index(d, shape=(2, 3), name="n"), S.unravel_index(d, shape=(2, 3), name="n"),
            S.contrib.box_decode(d, e, name="n"), S.contrib.MultiBoxTarget(d, e, f, name="n")):
    op = json.loads(sym.tojson())["nodes"][-1]["op"]
    for given in ({"d": (0, 0, 0)}, {"d": (0, 3)}):
        try:
            print(op, given, "->", sym.infer_shape_partial(**given))
        except mx.base.MXNetError as err:
            print(op, given, "->", words(err))
