"""A sparse argument bound to a Custom node whose Prop keeps the default infer_storage_type (or declares dense inputs) fails the bind naming the node, in simple_bind, bind with and without gradients and nd.Custom; a dense value computed from a sparse one passes."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import nd
class Op(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        print("fwd", [a.stype for a in in_data])
        self.assign(out_data[0], req[0], in_data[0].tostype('default') * 2)
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)
@mx.operator.register("r33fcu_fb_default")
class P(mx.operator.CustomOpProp):
    def create_operator(self, ctx, s, d): return Op()
@mx.operator.register("r33fcu_fb_dense")
class P2(mx.operator.CustomOpProp):
    def infer_storage_type(self, st): return ['default'] * len(st), ['default'], []
    def create_operator(self, ctx, s, d): return Op()
x = nd.array([[1., 0], [0, 2]])


def run(op, how):
    try:
        if how == "simple_bind":
            ex = mx.sym.Custom(mx.sym.var("d", stype="csr"), op_type=op, name="c").simple_bind(mx.cpu(), d=(2, 2))
            ex.forward(d=x.tostype('csr'))
        elif how.startswith("bind"):
            ex = mx.sym.Custom(mx.sym.var("d"), op_type=op, name="c").bind(
                mx.cpu(), {"d": x.tostype('csr')}, args_grad=None if how == "bind_null" else {"d": nd.zeros((2, 2))})
            ex.forward()
        elif how == "nd":
            return nd.Custom(x.tostype('csr'), op_type=op).asnumpy().tolist()
        else:
            s = mx.sym.Custom(mx.sym.dot(mx.sym.var("a", stype="csr"), mx.sym.var("w")), op_type=op, name="c")
            ex = s.simple_bind(mx.cpu(), a=(2, 2), w=(2, 2))
            ex.forward(a=x.tostype('csr'), w=nd.ones((2, 2)))
        return op, how, ex.outputs[0].asnumpy().tolist()
    except Exception as e:      # noqa: BLE001 (shown)
        return op, how, type(e).__name__, [line.split("] ")[-1] for line in str(e).splitlines()
                                           if line.strip() and not line.startswith((" ", "Trace"))][-1][:200]
for op in ["r33fcu_fb_default", "r33fcu_fb_dense"]:
    for how in ["simple_bind", "bind", "bind_null", "nd", "sym_then_dot"]:
        printed = io.StringIO()
        with contextlib.redirect_stdout(printed):
            shown = run(op, how)
        print(*[line for line in printed.getvalue().splitlines() if line and not line.startswith((" ", "Traceback"))],
              sep="\n")
        print(shown)
