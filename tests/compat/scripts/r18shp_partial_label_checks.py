"""Labels, indices and lengths given with unknown (0) sizes are checked against the data, as are broadcast operands."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


ops = {
    "SoftmaxOutput": lambda d, l: S.SoftmaxOutput(d, l, name="n"),
    "SVMOutput": lambda d, l: S.SVMOutput(d, l, name="n"),
    "softmax_length": lambda d, l: S.softmax(d, l, use_length=True, name="n"),
    "SequenceMask": lambda d, l: S.SequenceMask(d, l, use_sequence_length=True, name="n"),
    "pick": lambda d, l: S.pick(d, l, axis=1, name="n"),
    "pick_keep": lambda d, l: S.pick(d, l, axis=0, keepdims=True, name="n"),
    "LinearRegressionOutput": lambda d, l: S.LinearRegressionOutput(d, l, name="n"),
    "MAERegressionOutput": lambda d, l: S.MAERegressionOutput(d, l, name="n"),
    "broadcast_add": lambda d, l: S.broadcast_add(d, l, name="n"),
    "broadcast_equal": lambda d, l: S.broadcast_equal(d, l, name="n"),
}
for name, make in ops.items():
    for data, label in [((2, 3), (0, 3)), ((2, 3), (2, 0)), ((3, 4), (2, 0)), ((3,), (0, 3)), ((2, 3, 4), (0, 3)),
                        ((0, 3), (2, 3)), ((2,), (2, 0)), ((4,), (1,))]:
        sym = make(S.var("d"), S.var("l"))
        attempt(f"{name} {data} {label} partial", lambda: sym.infer_shape_partial(d=data, l=label))
        attempt(f"{name} {data} {label}", lambda: sym.infer_shape(d=data, l=label))
