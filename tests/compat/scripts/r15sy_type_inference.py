"""Type inference with partly given dtypes: softmax's dtype names its output and unknown data, fixed-dtype outputs
(shape_array, size_array, multi_sum_sq), Cast and one_hot, and mismatches refused in MXNet's words."""
import warnings

import mxnet as mx
from _words import words

S = mx.sym
d, e, x16 = S.var("d"), S.var("e"), S.var("x", dtype="float16")
cases = [
    ("softmax dtype", S.softmax(d, dtype="float64"), [{}, {"d": "float32"}, {"d": "float16"}]),
    ("log_softmax dtype", S.log_softmax(d, dtype="float16"), [{}, {"d": "float64"}]),
    ("softmin", S.softmin(d), [{}, {"d": "float64"}]),
    ("softmax dtype + var", S.softmax(d, dtype="float16") + x16, [{}]),
    ("softmax dtype clash", S.softmax(d, dtype="float64") + x16, [{}]),
    ("softmax length", S.softmax(d, e, use_length=True, dtype="float64"), [{}, {"e": "int32"}, {"d": "float16"}]),
    ("cast", S.Cast(d, dtype="int8"), [{}, {"d": "float64"}]),
    ("one_hot", S.one_hot(d, depth=3, dtype="int64"), [{}, {"d": "int32"}]),
    ("shape_array", S.shape_array(d) + 1, [{}, {"d": "float16"}]),
    ("size_array", S.size_array(d), [{}, {"d": "int8"}]),
    ("multi_sum_sq", S.multi_sum_sq(d, e, num_arrays=2), [{"d": "float16", "e": "float16"}, {"d": "float32", "e": "int64"}]),
    ("argmax", S.argmax(d, axis=0), [{"d": "float64"}, {"d": "int32"}]),
    ("topk both", S.topk(d, k=1, ret_typ="both", dtype="int32"), [{"d": "float16"}, {}]),
    ("fc", S.FullyConnected(d, num_hidden=2, name="fc"), [{"d": "float64"}, {"fc_weight": "float16"}, {"d": "float32", "fc_bias": "float64"}]),
    ("bn", S.BatchNorm(d, name="bn"), [{"d": "float16"}, {"bn_gamma": "float64"}]),
    ("embedding", S.Embedding(d, input_dim=4, output_dim=2, dtype="float16", name="em"), [{"d": "int32"}, {}]),
    ("where", S.where(d, e, x16), [{"d": "int32"}, {"e": "float32"}]),
]
for label, sym, given_list in cases:
    for given in given_list:
        with warnings.catch_warnings():
            warnings.simplefilter("ignore")
            try:
                print(label, given, "->", sym.infer_type(**given))
            except mx.base.MXNetError as err:
                print(label, given, "->", words(err))
