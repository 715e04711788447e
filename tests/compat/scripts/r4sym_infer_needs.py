"""Shape and type inference with missing information: the ops whose MXNet inference fails instead of
leaving the shapes (dtypes) unknown, and the ones that leave them unknown."""
import warnings

import mxnet as mx

warnings.simplefilter("ignore")


def attempt(label, fn):
    try:
        print(label, fn())
    except Exception as e:      # noqa: BLE001 - the class is what is compared
        print(label, type(e).__name__)


x, y = mx.sym.var('x'), mx.sym.var('y')
ONE_INPUT = {
    "InstanceNorm": mx.sym.InstanceNorm(x), "L2Normalization": mx.sym.L2Normalization(x),
    "SequenceLast": mx.sym.SequenceLast(x), "SequenceMask": mx.sym.SequenceMask(x),
    "SequenceReverse": mx.sym.SequenceReverse(x),
    "Pad": mx.sym.pad(x, mode='constant', pad_width=(0, 0, 0, 0, 1, 1, 1, 1)),
    "UpSampling": mx.sym.UpSampling(x, scale=2, sample_type='nearest'),
    "linalg_makediag": mx.sym.linalg_makediag(x), "linalg_maketrian": mx.sym.linalg_maketrian(x),
    "sort": mx.sym.sort(x), "argsort": mx.sym.argsort(x), "topk": mx.sym.topk(x), "moments": mx.sym.moments(x),
    "Crop": mx.sym.Crop(x, num_args=1, h_w=(1, 1)), "linalg_extractdiag": mx.sym.linalg_extractdiag(x),
    "linalg_extracttrian": mx.sym.linalg_extracttrian(x), "ravel_multi_index": mx.sym.ravel_multi_index(x, shape=(2, 3)),
    "unravel_index": mx.sym.unravel_index(x, shape=(2, 3)), "GroupNorm": mx.sym.GroupNorm(x),
    "broadcast_to": mx.sym.broadcast_to(x, shape=(2, 3)), "diag": mx.sym.diag(x), "linalg_det": mx.sym.linalg_det(x),
    "linalg_inverse": mx.sym.linalg_inverse(x), "linalg_slogdet": mx.sym.linalg_slogdet(x),
    "cumsum axis=1": mx.sym.cumsum(x, axis=1), "sum": mx.sym.sum(x), "relu": mx.sym.relu(x),
    "FullyConnected": mx.sym.FullyConnected(x, num_hidden=2),
}
for name, sym in ONE_INPUT.items():
    attempt(f"{name} infer_shape()", lambda: sym.infer_shape())
    attempt(f"{name} infer_shape_partial()", lambda: sym.infer_shape_partial())
    if name not in ("Pad", "UpSampling", "ravel_multi_index", "unravel_index"):     # rank or size checks of (0, 3, 3)
        attempt(f"{name} infer_shape_partial(x=(0, 3, 3))", lambda: sym.infer_shape_partial(x=(0, 3, 3)))
TWO_INPUTS = {
    "ROIPooling": mx.sym.ROIPooling(x, y, pooled_size=(1, 1), spatial_scale=1.0),
    "softmax_cross_entropy": mx.sym.softmax_cross_entropy(x, y), "ctc_loss": mx.sym.ctc_loss(x, y),
    "Correlation": mx.sym.Correlation(x, y), "batch_take": mx.sym.batch_take(x, y),
    "reshape_like": mx.sym.reshape_like(x, y), "broadcast_add": mx.sym.broadcast_add(x, y),
}
for name, sym in TWO_INPUTS.items():
    attempt(f"{name} infer_shape()", lambda: sym.infer_shape())
    attempt(f"{name} infer_shape_partial(x=(1, 2, 3, 3))", lambda: sym.infer_shape_partial(x=(1, 2, 3, 3)))
    attempt(f"{name} infer_shape_partial(y=(2, 5))", lambda: sym.infer_shape_partial(y=(2, 5)))

TYPED = {
    "MakeLoss": mx.sym.MakeLoss(x), "Dropout": mx.sym.Dropout(x), "SwapAxis": mx.sym.SwapAxis(x),
    "swapaxes": mx.sym.swapaxes(x), "BatchNorm_v1": mx.sym.BatchNorm_v1(x),
    "ROIPooling": mx.sym.ROIPooling(x, y, pooled_size=(1, 1), spatial_scale=1.0),
    "choose_element_0index": mx.sym.choose_element_0index(x, y), "relu": mx.sym.relu(x),
    "IdentityAttachKLSparseReg": mx.sym.IdentityAttachKLSparseReg(x),
}
for name, sym in TYPED.items():
    attempt(f"{name} infer_type()", lambda: sym.infer_type())
    attempt(f"{name} infer_type_partial()", lambda: sym.infer_type_partial())
    for dtype in ("float32", "float64"):
        attempt(f"{name} infer_type(x={dtype})", lambda: sym.infer_type(x=dtype))

for name, sym in {"topk": mx.sym.topk(x), "topk both": mx.sym.topk(x, ret_typ='both'),
                  "topk value": mx.sym.topk(x, ret_typ='value'), "argsort int32": mx.sym.argsort(x, dtype='int32'),
                  "topk both int64": mx.sym.topk(x, ret_typ='both', dtype='int64'), "argmax": mx.sym.argmax(x)}.items():
    attempt(f"{name} infer_type_partial()", lambda: sym.infer_type_partial())
    attempt(f"{name} infer_type(x=float16)", lambda: sym.infer_type(x='float16'))
for name, sym in {"LinearRegressionOutput": mx.sym.LinearRegressionOutput(x),
                  "LogisticRegressionOutput": mx.sym.LogisticRegressionOutput(x),
                  "MAERegressionOutput": mx.sym.MAERegressionOutput(x), "SoftmaxOutput": mx.sym.SoftmaxOutput(x)}.items():
    for shape in ((0, 3), (2, 0), (2, 3)):
        attempt(f"{name} infer_shape_partial(x={shape})", lambda: sym.infer_shape_partial(x=shape))
for name in ("max", "min", "max_axis", "sum", "mean", "prod", "argmax", "norm"):
    for kw in ({}, {"axis": 1}, {"axis": 0, "keepdims": True}):
        sym = getattr(mx.sym, name)(x, **kw)
        attempt(f"{name} {kw} infer_shape_partial (0, 3) / (2, 0)",
                lambda: (sym.infer_shape_partial(x=(0, 3)), sym.infer_shape_partial(x=(2, 0))))
seq = mx.sym.RNN(mx.sym.var('d'), state_size=3, num_layers=1, mode='lstm', name='rnn')
attempt("SequenceLast after RNN, data given", lambda: mx.sym.SequenceLast(seq).infer_shape(d=(4, 2, 5))[1])
attempt("SequenceLast after RNN, nothing given", lambda: mx.sym.SequenceLast(seq).infer_shape_partial())
attempt("sort after FullyConnected", lambda: mx.sym.sort(mx.sym.FullyConnected(x, num_hidden=4)).infer_shape(x=(2, 3))[1])
