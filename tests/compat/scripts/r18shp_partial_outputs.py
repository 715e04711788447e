"""Output shapes of pick, SoftmaxOutput, SVMOutput, the regression outputs and gather_nd over partly known data."""
import mxnet as mx
from _words import words

S = mx.sym


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


ops = {
    "pick": lambda d, l: S.pick(d, l, axis=1, name="n"),
    "pick_keep": lambda d, l: S.pick(d, l, axis=0, keepdims=True, name="n"),
    "SoftmaxOutput": lambda d, l: S.SoftmaxOutput(d, l, name="n"),
    "SVMOutput": lambda d, l: S.SVMOutput(d, l, name="n"),
    "LogisticRegressionOutput": lambda d, l: S.LogisticRegressionOutput(d, l, name="n"),
    "gather_nd": lambda d, l: S.gather_nd(d, l, name="n"),
}
for name, make in ops.items():
    sym = make(S.var("d"), S.var("l"))
    for data, label in [((0, 3), None), ((2, 0), None), ((0, 3), (3,)), ((0, 3), (2,)), ((2, 0), (1, 3)),
                        ((0, 3), (0, 3)), ((2, 0), (2, 0)), ((0, 3, 4), (0, 4)), ((2, 3), (2, 0))]:
        given = {k: v for k, v in (("d", data), ("l", label)) if v is not None}
        attempt(f"{name} {data} {label}", lambda: sym.infer_shape_partial(**given))
