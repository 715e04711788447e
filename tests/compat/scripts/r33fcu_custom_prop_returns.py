"""What a Custom Prop returns from infer_shape/infer_type/list_*/declare_backward_dependency is checked as MXNet's call backs check it (float or negative dimensions, changed input types, None lists), for nd.Custom, its gradient, symbol inference and simple_bind."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import nd, autograd, gluon
import numpy as np
np.set_printoptions(precision=8)
LOG = []
def case(n, desc, f):
    print("== case %d: %s" % (n, desc))
    out = io.StringIO()
    with contextlib.redirect_stdout(out):       # (the call backs' printed tracebacks: their last lines only)
        try:
            r = f()
            nd.waitall()
            if r is not None:
                print(r)
        except Exception as e:      # noqa: BLE001 (shown)
            lines = [l for l in str(e).splitlines() if l.strip() and not l.startswith((" ", "Traceback", "Stack"))]
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

class Ident(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        for i, o in enumerate(out_data):
            self.assign(o, req[i], in_data[0].astype(o.dtype).reshape(o.shape) if o.size == in_data[0].size else nd.zeros(o.shape, dtype=o.dtype))
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        for i, g in enumerate(in_grad):
            self.assign(g, req[i], nd.ones(g.shape, dtype=g.dtype))

def prop(name, **methods):
    cls = type(name, (mx.operator.CustomOpProp,), dict(methods, create_operator=lambda self, ctx, s, d: Ident()))
    mx.operator.register(name)(cls)

x = nd.array([[1., 2, 3], [4, 5, 6]])
prop("shape_flat", infer_shape=lambda self, s: (s, [(int(np.prod(s[0])),)], []))
prop("shape_bad_in", infer_shape=lambda self, s: ([(5, 5)], [s[0]], []))
prop("shape_two_ret", infer_shape=lambda self, s: (s, [s[0]]))
prop("shape_one_ret", infer_shape=lambda self, s: (s,))
prop("shape_wrong_nout", infer_shape=lambda self, s: (s, [s[0], s[0]], []))
prop("shape_neg", infer_shape=lambda self, s: (s, [(-1, 3)], []))
prop("shape_list_of_lists", infer_shape=lambda self, s: ([list(s[0])], [list(s[0])], []))
prop("shape_float", infer_shape=lambda self, s: (s, [(2.0, 3.0)], []))
prop("shape_none", infer_shape=lambda self, s: None)
prop("type_f64", infer_type=lambda self, t: (t, [np.float64], []))
prop("type_str", infer_type=lambda self, t: (t, ['float64'], []))
prop("type_int", infer_type=lambda self, t: (t, [np.int32], []))
prop("type_change_in", infer_type=lambda self, t: ([np.float64], [np.float64], []))
prop("type_bad", infer_type=lambda self, t: (t, [np.complex64], []))
prop("type_two_ret", infer_type=lambda self, t: (t, [t[0]]))
prop("args_tuple", list_arguments=lambda self: ("a", "b"))
prop("args_str", list_arguments=lambda self: "ab")
prop("outs_none", list_outputs=lambda self: None)
prop("outs_dup", list_outputs=lambda self: ["o", "o"])
prop("dep_empty", declare_backward_dependency=lambda self, og, i, o: [])
prop("dep_none", declare_backward_dependency=lambda self, og, i, o: None)

for name in ["shape_flat", "shape_bad_in", "shape_two_ret", "shape_one_ret", "shape_wrong_nout", "shape_neg",
             "shape_list_of_lists", "shape_float", "shape_none", "type_f64", "type_str", "type_int", "type_change_in",
             "type_bad", "type_two_ret", "args_tuple", "args_str", "outs_none", "outs_dup", "dep_empty", "dep_none"]:
    @C("nd " + name)
    def _():
        r = nd.Custom(x, op_type=name) if not name.startswith("args") else nd.Custom(x, x, op_type=name)
        rs = r if isinstance(r, list) else [r]
        return [(o.shape, o.dtype.__name__, o.asnumpy().tolist()) for o in rs]
    @C("nd grad " + name)
    def _():
        a = x.copy(); a.attach_grad()
        with autograd.record():
            r = nd.Custom(a, op_type=name) if not name.startswith("args") else nd.Custom(a, a, op_type=name)
        rs = r if isinstance(r, list) else [r]
        autograd.backward(rs)
        return a.grad.asnumpy().tolist()
    @C("sym infer " + name)
    def _():
        s = mx.sym.Custom(mx.sym.var("d"), op_type=name, name="c") if not name.startswith("args") else mx.sym.Custom(mx.sym.var("d"), mx.sym.var("e"), op_type=name, name="c")
        return s.list_arguments(), s.list_outputs(), s.infer_shape(d=(2, 3)), s.infer_type(d=np.float32)
    @C("sym bind " + name)
    def _():
        s = mx.sym.Custom(mx.sym.var("d"), op_type=name, name="c") if not name.startswith("args") else mx.sym.Custom(mx.sym.var("d"), mx.sym.var("d"), op_type=name, name="c")
        ex = s.simple_bind(mx.cpu(), d=(2, 3))
        ex.forward(is_train=True, d=x)
        ex.backward([nd.ones(o.shape, dtype=o.dtype) for o in ex.outputs])
        return [o.asnumpy().tolist() for o in ex.outputs], ex.grad_dict["d"].asnumpy().tolist()


class Fill(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        out_data[0][:] = 5


prop("zero_d", create_operator=lambda self, ctx, s, d: Fill())


@C("nd on a 0-d array")
def _():
    return nd.Custom(nd.array(3), op_type="zero_d").asnumpy()
