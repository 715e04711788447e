"""A Custom operator's Prop is asked infer_storage_type (nd.Custom at each call, a bound graph at bind) and what it returns is checked: wrong counts, unknown names, exceptions, and a sparse input refused by the default one."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import autograd, nd
from _words import words


def shown(fn):
    """What fn prints (tracebacks cut to their last line) and returns, or its error."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            result = fn()
        except Exception as e:      # noqa: BLE001 (shown below)
            result = words(e).splitlines()[0]
    lines = [line for line in out.getvalue().splitlines() if line and not line.startswith((" ", "Traceback"))]
    # (a graph bound for inference alone asks again in MXNet's subgraph passes: each line is shown once in a row)
    return [line for i, line in enumerate(lines) if not i or lines[i - 1] != line] + [result]


class Copy(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        print("forward sees", [a.stype for a in in_data], [a.stype for a in out_data])
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


STORAGE = {
    "inherited": None,
    "as given": lambda st: (st, ["default"], []),
    "two lists": lambda st: (st, ["default"]),
    "no outputs": lambda st: (st, [], []),
    "no inputs": lambda st: ([], ["default"], []),
    "an aux state": lambda st: (st, ["default"], ["default"]),
    "unknown name": lambda st: (st, ["dense"], []),
    "one list": lambda st: (st,),
    "raises": lambda st: {}["missing"],
}
for name, storage in STORAGE.items():
    methods = {"create_operator": lambda self, ctx, shapes, dtypes: Copy()}
    if storage is not None:
        methods["infer_storage_type"] = \
            lambda self, st, storage=storage: (print("infer_storage_type", st), storage(st))[1]
    mx.operator.register("r31fop_st_" + name)(type("Prop", (mx.operator.CustomOpProp,), methods))

x = nd.array([[-1.5, 0.5, 2.0], [0.0, 3.0, 1.0]])


def imperative(op_type, data):
    return nd.Custom(data, op_type=op_type).asnumpy().tolist()


def recorded(op_type):
    a = x.copy()
    a.attach_grad()
    with autograd.record():
        y = nd.Custom(a, op_type=op_type)
    y.backward()
    return a.grad.asnumpy().tolist()


def bound(op_type, **kwargs):
    s = mx.sym.Custom(mx.sym.var("d"), op_type=op_type, name="c")
    ex = s.simple_bind(mx.cpu(), d=(2, 3), **kwargs)
    return ex.forward(is_train=False, d=x)[0].asnumpy().tolist()


for name in STORAGE:
    op_type = "r31fop_st_" + name
    print("==", name)
    print("  nd:", shown(lambda: imperative(op_type, x)))
    print("  recorded:", shown(lambda: recorded(op_type)))
    print("  simple_bind:", shown(lambda: bound(op_type)))
    print("  simple_bind grad_req null:", shown(lambda: bound(op_type, grad_req="null")))
    print("  bind:", shown(lambda: mx.sym.Custom(mx.sym.var("d"), op_type=op_type, name="c").bind(
        mx.cpu(), {"d": x}).forward()[0].asnumpy().tolist()))
    print("  infer_shape:", shown(lambda: mx.sym.Custom(mx.sym.var("d"), op_type=op_type).infer_shape(d=(2, 3))))

for stype in ("csr", "row_sparse"):
    print("a", stype, "input to the inherited infer_storage_type:",
          shown(lambda: imperative("r31fop_st_inherited", x.tostype(stype))))
    print("a", stype, "input to one that lists no outputs:",
          shown(lambda: imperative("r31fop_st_no outputs", x.tostype(stype))))
