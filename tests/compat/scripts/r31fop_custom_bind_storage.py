"""Binding a graph with a Custom node asks its Prop's infer_storage_type_backward (gradients undefined) only when gradients are bound, and a failure there fails the bind naming the node."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import nd


def shown(fn):
    """What fn prints (tracebacks cut to their last line) and returns, or its error (without times)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            result = fn()
        except Exception as e:      # noqa: BLE001 (shown below)
            result = type(e).__name__ + ": " + " | ".join(line.split("] ", 1)[-1] for line in str(e).splitlines())
    lines = [line for line in out.getvalue().splitlines() if line and not line.startswith((" ", "Traceback"))]
    return [line for i, line in enumerate(lines) if not i or lines[i - 1] != line] + [result]


class Double(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


BACKWARD = {
    "as given": lambda og, i, o, ig, a: (og, i, o, ig, a),
    "dense": lambda og, i, o, ig, a: (og, i, o, ["default"] * len(ig), a),
    "four lists": lambda og, i, o, ig, a: (og, i, o, ["default"] * len(ig)),
    "raises": lambda og, i, o, ig, a: 1 / 0,
}
for name, backward in BACKWARD.items():
    mx.operator.register("r31fop_bind_" + name)(type("Prop", (mx.operator.CustomOpProp,), {
        "create_operator": lambda self, ctx, shapes, dtypes: Double(),
        "infer_storage_type_backward": lambda self, *stypes, backward=backward: (print("asked", stypes),
                                                                                  backward(*stypes))[1]}))

x = nd.array([[1.0, -2.0, 3.0]])
for name in BACKWARD:
    s = mx.sym.Custom(mx.sym.var("d"), op_type="r31fop_bind_" + name, name="c")

    def trained(grad_req):
        ex = s.simple_bind(mx.cpu(), d=(1, 3), grad_req=grad_req)
        ex.forward(is_train=True, d=x)
        ex.backward(nd.ones((1, 3)))
        return ex.grad_dict["d"].asnumpy().tolist() if grad_req != "null" else ex.outputs[0].asnumpy().tolist()

    print(name, "write:", shown(lambda: trained("write")))
    print(name, "null:", shown(lambda: trained("null")))
    print(name, "bind:", shown(lambda: s.bind(mx.cpu(), {"d": x}, args_grad={"d": nd.zeros((1, 3))}).forward()[0]
                               .asnumpy().tolist()))
