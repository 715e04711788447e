"""Under NumPy shape semantics a 0 size is known: Sequence* lengths, output labels, pick indices and regression labels are checked against data with 0 sizes, and regression outputs take the data's shape."""
import mxnet as mx


def run(label, fn):
    try:
        print(label, fn())
    except mx.base.MXNetError as e:
        print(label, "MXNetError", str(e).split("\n")[0].split("] ")[-1][:200])


d, l = mx.sym.var("d"), mx.sym.var("l")
with mx.util.np_shape(True):
    for op in ["SequenceMask", "SequenceLast", "SequenceReverse"]:
        s = getattr(mx.sym, op)(d, l, use_sequence_length=True, name="s")
        for ds, ls in [((5, 0, 4), (3,)), ((5, 0, 4), (0,)), ((5, 3, 4), (0,)), ((0, 3, 4), (3,)), ((5, 3, 0), (3,))]:
            run(f"{op} d={ds} l={ls}", lambda: s.infer_shape_partial(d=ds, l=ls))
        run(f"{op} d=(5, -1, 4) l=(3,)", lambda: s.infer_shape_partial(d=(5, -1, 4), l=(3,)))
    for name, s in [("SoftmaxOutput", mx.sym.SoftmaxOutput(d, l, name="s")), ("SVMOutput", mx.sym.SVMOutput(d, l, name="s")),
                    ("softmax", mx.sym.softmax(d, l, use_length=True, axis=-1, name="s")),
                    ("pick", mx.sym.pick(d, l, axis=-1, name="s")),
                    ("LinearRegressionOutput", mx.sym.LinearRegressionOutput(d, l, name="s")),
                    ("MAERegressionOutput", mx.sym.MAERegressionOutput(d, l, name="s"))]:
        for ds, ls in [((0, 3), (2,)), ((0, 3), (0,)), ((2, 0), (2,)), ((2, 0), (2, 0)), ((0, 3), (0, 3)), ((2, 3), (0,)),
                       ((2, 3), (2,)), ((2, 3), (2, 3))]:
            run(f"{name} d={ds} l={ls}", lambda: s.infer_shape_partial(d=ds, l=ls))
for name, s in [("legacy SequenceMask", mx.sym.SequenceMask(d, l, use_sequence_length=True, name="s")),
                ("legacy SoftmaxOutput", mx.sym.SoftmaxOutput(d, l, name="s")),
                ("legacy LinearRegressionOutput", mx.sym.LinearRegressionOutput(d, l, name="s"))]:
    for ds, ls in [((5, 0, 4), (3,)), ((0, 3), (2,)), ((2, 3), (0,)), ((2, 3), (2, 3))]:
        run(f"{name} d={ds} l={ls}", lambda: s.infer_shape_partial(d=ds, l=ls))
