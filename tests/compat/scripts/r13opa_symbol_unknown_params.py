"""Symbol creation refuses an unknown parameter for operators that declare parameters and keeps it for those that declare none (or parse theirs only in backward), as MXNet does."""
import mxnet as mx

x, y = mx.sym.var("x"), mx.sym.var("y")
calls = {
    "BatchNorm_v1": lambda **k: mx.sym.BatchNorm_v1(x, **k),
    "Concat": lambda **k: mx.sym.Concat(x, y, **k),
    "Crop": lambda **k: mx.sym.Crop(x, h_w=(2, 2), **k),
    "L2Normalization": lambda **k: mx.sym.L2Normalization(x, **k),
    "LRN": lambda **k: mx.sym.LRN(x, nsize=3, **k),
    "Pad": lambda **k: mx.sym.Pad(x, mode="edge", pad_width=(0, 0, 0, 0, 1, 1, 1, 1), **k),
    "Reshape": lambda **k: mx.sym.Reshape(x, shape=(-1,), **k),
    "SequenceMask": lambda **k: mx.sym.SequenceMask(x, **k),
    "SwapAxis": lambda **k: mx.sym.SwapAxis(x, **k),
    "add_n": lambda **k: mx.sym.add_n(x, y, **k),
    "argsort": lambda **k: mx.sym.argsort(x, **k),
    "broadcast_to": lambda **k: mx.sym.broadcast_to(x, shape=(2, 3), **k),
    "cumsum": lambda **k: mx.sym.cumsum(x, **k),
    "hard_sigmoid": lambda **k: mx.sym.hard_sigmoid(x, **k),
    "linalg_extractdiag": lambda **k: mx.sym.linalg_extractdiag(x, **k),
    "BlockGrad": lambda **k: mx.sym.BlockGrad(x, **k),
    "Flatten": lambda **k: mx.sym.Flatten(x, **k),
    "abs": lambda **k: mx.sym.abs(x, **k),
    "broadcast_add": lambda **k: mx.sym.broadcast_add(x, y, **k),
    "gather_nd": lambda **k: mx.sym.gather_nd(x, y, **k),
    "linalg_det": lambda **k: mx.sym.linalg_det(x, **k),
    "LinearRegressionOutput": lambda **k: mx.sym.LinearRegressionOutput(x, y, **k),
    "MAERegressionOutput": lambda **k: mx.sym.MAERegressionOutput(x, y, **k),
}
for name, call in calls.items():
    try:
        s = call(bogus_kw=1)
        print(name, "kept", s.attr("bogus_kw"), s.list_arguments())
    except mx.base.MXNetError as e:
        text = str(e).strip()
        print(name, "MXNetError", text[text.index("Cannot find"):].splitlines()[0])
s = mx.sym.LogisticRegressionOutput(x, y, grad_scale="x")
print("LogisticRegressionOutput grad_scale", s.attr("grad_scale"))
try:
    mx.sym.ElementWiseSum(x, y, bogus_kw=1)
except mx.base.MXNetError as e:
    print("ElementWiseSum MXNetError", "Cannot find argument 'bogus_kw'" in str(e))
