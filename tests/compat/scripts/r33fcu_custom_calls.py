"""Custom symbols and calls: keyword values reach the Prop as text, inputs by keyword (an unknown one is nnvm's Symbol.Compose error), op_type missing or positional, AttrScope attributes on a Custom node, out= arrays of another shape or dtype, re-registration, get_operator_arguments."""
# recorded on AVX2
import contextlib
import io
import mxnet as mx
from mxnet import nd, autograd, gluon
import numpy as np
def case(n, desc, f):
    print("== case %d: %s" % (n, desc))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            r = f()
            nd.waitall()
            if r is not None: print(r)
        except Exception as e:
            lines = [l for l in str(e).splitlines() if l.strip() and not l.startswith((" ", "Traceback", "Stack trace"))]
            print("ERR", type(e).__name__, (lines[0][:250] if lines else "").split("] ")[-1])
    for line in out.getvalue().splitlines():
        if line.strip() and not line.startswith((" ", "Traceback", "mxnet.", "distnet.")):
            print(line.split("] ")[-1])
n = 0
def C(desc):
    def deco(f):
        global n
        n += 1
        case(n, desc, f)
        return f
    return deco
KW = []
class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] + (in_data[1] if len(in_data) > 1 else 0))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        for i in range(len(in_grad)): self.assign(in_grad[i], req[i], out_grad[0])
@mx.operator.register("r33fcu_kw")
class P(mx.operator.CustomOpProp):
    def __init__(self, **kw):
        super().__init__()
        KW.append(sorted(kw.items()))
        self.two = kw.get("two") == "1"
    def list_arguments(self): return ["a", "b"] if self.two else ["data"]
    def create_operator(self, ctx, s, d): return Op()
x = nd.array([[1., 2], [3, 4]])
for val in [1, 1.5, "s", None, True, (1, 2), [1, 2], {"a": 1}, np.float32(2.5), np.int64(3), nd.array([1])]:
    @C(f"nd kwarg {type(val).__name__}")
    def _():
        del KW[:]
        nd.Custom(x, op_type="r33fcu_kw", v=val)
        return KW
    @C(f"sym kwarg {type(val).__name__}")
    def _():
        del KW[:]
        s = mx.sym.Custom(mx.sym.var("d"), op_type="r33fcu_kw", v=val, name="c")
        return KW, s.list_attr()
@C("sym by keyword names")
def _():
    s = mx.sym.Custom(a=mx.sym.var("p"), b=mx.sym.var("q"), op_type="r33fcu_kw", two=1, name="c")
    return s.list_arguments()
@C("sym by keyword names reversed")
def _():
    s = mx.sym.Custom(b=mx.sym.var("q"), a=mx.sym.var("p"), op_type="r33fcu_kw", two=1, name="c")
    return s.list_arguments()
@C("sym missing input")
def _():
    s = mx.sym.Custom(mx.sym.var("p"), op_type="r33fcu_kw", two=1, name="c")
    return s.list_arguments()
@C("sym no inputs")
def _():
    s = mx.sym.Custom(op_type="r33fcu_kw", two=1, name="c")
    return s.list_arguments(), s.infer_shape(c_a=(2, 2), c_b=(2, 2))
@C("sym wrong keyword")
def _():
    s = mx.sym.Custom(zz=mx.sym.var("p"), op_type="r33fcu_kw", name="c")
    return s.list_arguments()
@C("nd keyword inputs")
def _():
    return nd.Custom(a=x, b=x, op_type="r33fcu_kw", two=1).asnumpy()
@C("nd op_type positional")
def _():
    return nd.Custom(x, "r33fcu_kw").asnumpy()
@C("nd op_type missing")
def _():
    return nd.Custom(x)
@C("nd op_type int")
def _():
    return nd.Custom(x, op_type=5)
@C("sym op_type missing")
def _():
    return mx.sym.Custom(mx.sym.var("d"))
@C("sym name auto")
def _():
    s = mx.sym.Custom(mx.sym.var("d"), op_type="r33fcu_kw")
    return s.name, s.list_outputs()
@C("attr scope")
def _():
    with mx.AttrScope(ctx_group="g1", foo="bar"):
        s = mx.sym.Custom(mx.sym.var("d"), op_type="r33fcu_kw", name="c")
    return sorted(s.list_attr().items()), {k: sorted(v.items()) for k, v in s.attr_dict().items()}
@C("nd name kwarg")
def _():
    return nd.Custom(x, op_type="r33fcu_kw", name="hello").asnumpy()
@C("nd out kwarg")
def _():
    o = nd.zeros((2, 2))
    r = nd.Custom(x, op_type="r33fcu_kw", out=o)
    return o.asnumpy(), r is o
@C("nd out wrong shape")
def _():
    o = nd.zeros((3, 2))
    nd.Custom(x, op_type="r33fcu_kw", out=o)
    return o.asnumpy()
@C("nd out wrong dtype")
def _():
    o = nd.zeros((2, 2), dtype='float64')
    nd.Custom(x, op_type="r33fcu_kw", out=o)
    return o.asnumpy(), o.dtype
@C("re-register override")
def _():
    @mx.operator.register("r33fcu_kw_dup")
    class A(mx.operator.CustomOpProp):
        def create_operator(self, ctx, s, d): return Op()
    @mx.operator.register("r33fcu_kw_dup")
    class B(mx.operator.CustomOpProp):
        def create_operator(self, ctx, s, d): return Op()
    return nd.Custom(x, op_type="r33fcu_kw_dup").asnumpy()
@C("get_all_registered includes Custom")
def _():
    ops = mx.operator.get_all_registered_operators()
    return "Custom" in ops, "r33fcu_kw" in ops
@C("get_operator_arguments Custom")
def _():
    return mx.operator.get_operator_arguments("Custom")
