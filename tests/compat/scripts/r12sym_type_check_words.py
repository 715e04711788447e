"""infer_type's refusals carry MXNet's checks (uniform-type, Concat, elementwise and index-type checks, ROIPooling's
rois), where and the samplers leave a dtype conflict unsolved, and given dtypes are read through numpy.dtype."""
import re
import warnings

import numpy as np

import mxnet as mx

S = mx.sym
d, i, l = S.var("d"), S.var("i"), S.var("l")


def essential(error):
    lines = [line for line in str(error).split("\n") if line and not line.startswith((" ", "Traceback"))]
    text = re.sub(r"^MXNetError: ", "", lines[0] if lines else "")
    return re.sub(r"\[[\d:]+\] \S+:\d+: ", "", text)


def show(tag, call):
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        try:
            result = call()
            print(tag, "->", tuple(None if g is None else [None if t is None else np.dtype(t).name for t in g]
                                   for g in result))
        except Exception as e:          # the type and first line are what MXNet shows
            print(tag, "raised", type(e).__name__, essential(e))
    for w in caught:
        print("   warned", repr(str(w.message)))


rnn = S.RNN(d, i, l, mode="gru", state_size=2, num_layers=1, name="n")
cases = {
    "conv weight": (S.Convolution(d, kernel=(1,), num_filter=2, name="n"), dict(d="float32", n_weight="float16")),
    "conv bool": (S.Convolution(d, kernel=(1,), num_filter=2, name="n"), dict(d="bool", n_bias="float16")),
    "softmax label": (S.SoftmaxOutput(d, name="n"), dict(d="float32", n_label="float16")),
    "rnn params": (rnn, dict(d="float16", i="float32")),
    "rnn no data": (rnn, dict(i="int8")),
    "upsampling weight": (S.UpSampling(d, i, scale=2, sample_type="bilinear", num_filter=1, num_args=2, name="n"),
                          dict(d="float16", i="float32")),
    "upsampling nearest": (S.UpSampling(d, i, scale=2, sample_type="nearest", num_args=2, name="n"),
                           dict(d="float16", i="float32")),
    "batchnorm gamma": (S.BatchNorm(d, name="n"), dict(d="float16", n_gamma="float16")),
    "batchnorm int8": (S.BatchNorm(d, name="n"), dict(d="int8")),
    "batchnorm int64": (S.BatchNorm(d, name="n"), dict(d="int64")),
    "batchnorm mean": (S.BatchNorm(d, name="n"), dict(d="float64", n_moving_mean="float32")),
    "batchnorm var": (S.BatchNorm(d, name="n"), dict(d="float64", n_moving_var="float32")),
    "batchnorm axis": (S.BatchNorm(d, axis=3, name="n"), dict(d="float32")),
    "concat": (S.Concat(d, i, l, name="n"), dict(l="float32", i="int8")),
    "concat bool": (S.Concat(d, i, name="n"), dict(d="bool", i="float16")),
    "fc bias": (S.FullyConnected(d, num_hidden=2, name="n"), dict(n_weight="float32", n_bias="bool")),
    "add_n": (S.add_n(d, i, l, name="n"), dict(l="float16", i="float32")),
    "compare": (d > i, dict(d="float32", i="float64")),
    "embedding": (S.Embedding(d, input_dim=3, output_dim=2, name="n"), dict(n_weight="float32")),
    "take": (S.take(d, i, name="n"), dict(d="float32")),
    "one_hot": (S.one_hot(d, depth=3, name="n"), {}),
    "sequence mask": (S.SequenceMask(d, name="n"), {}),
    "dropout": (S.Dropout(d, name="n"), {}),
    "where": (S.where(l, d, i, name="n"), dict(d="float16", i="float32")),
    "where cond": (S.where(l, d, i, name="n"), dict(l="bool", d="float16", i="float32")),
    "sample_normal": (S.sample_normal(d, i, name="n"), dict(d="float16", i="float32")),
    "sample agrees": (S.sample_normal(d, i, name="n"), dict(i="int32")),
}
for tag, (sym, given) in cases.items():
    show(tag, lambda: sym.infer_type_partial(**given))
    show(tag + " full", lambda: sym.infer_type(**given))

for shape in ((2, 3, 4), (2, 3)):
    try:
        print("batchnorm/groupnorm", shape, S.BatchNorm(d, axis=3, name="n").infer_shape(d=shape))
    except mx.base.MXNetError as e:
        print("batchnorm", shape, "raised", essential(e))
    try:
        print("groupnorm", shape, S.GroupNorm(d, num_groups=1, name="n").infer_shape(d=shape))
    except mx.base.MXNetError as e:
        print("groupnorm", shape, "raised", essential(e))

roi = S.ROIPooling(d, i, pooled_size=(2, 2), spatial_scale=1.0, name="n")
for given in ({}, dict(d="float32"), dict(i="float32"), dict(d="float16", i="float32"), dict(d="int32", i="int32")):
    show(f"roi {given}", lambda: roi.infer_type_partial(**given))

both = d + i
show("positional", lambda: both.infer_type("float32"))
show("positional None", lambda: both.infer_type(None, "float16"))
show("positional complex", lambda: both.infer_type("complex64"))
show("keyword complex", lambda: both.infer_type_partial(d="complex64"))
show("keyword int16 unknown name", lambda: both.infer_type_partial(d=np.int16, bogus="int16"))
show("keyword tuple", lambda: both.infer_type(d=(2, 3), bogus="float32"))
show("keyword bad name", lambda: both.infer_type(d="float32", bogus="foo"))
show("keyword None", lambda: both.infer_type(d=None))
show("mixed", lambda: both.infer_type("float32", i="float32"))
