"""A recorded Custom op's backward first asks its Prop's infer_storage_type_backward (dense gradients, the inputs' storage types) and checks it: a sparse input refused by the default one, wrong counts, unknown or undefined names, exceptions, each naming the recorded node."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import autograd, nd
from _words import words


def shown(fn):
    """What fn prints (tracebacks cut to their last line) and returns, or its error (without its time)."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            result = fn()
        except Exception as e:      # noqa: BLE001 (shown below)
            result = type(e).__name__ + ": " + str(e).splitlines()[0].split("] ", 1)[-1]
    lines = [line for line in out.getvalue().splitlines() if line and not line.startswith((" ", "Traceback"))]
    return lines + [result]


class Scaled(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], nd.sparse.dot(in_data[0], in_data[1]))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        print("backward ran")
        self.assign(in_grad[1], req[1], nd.dot(in_data[0].tostype("default").T, out_grad[0]))


BACKWARD = {
    "inherited": None,
    "as given": lambda og, i, o, ig, a: (og, i, o, ig, a),
    "four lists": lambda og, i, o, ig, a: (og, i, o, ig),
    "four as a list": lambda og, i, o, ig, a: [og, i, o, ig],
    "one list": lambda og, i, o, ig, a: (og,),
    "short inputs": lambda og, i, o, ig, a: (og, i[:1], o, ig, a),
    "undefined": lambda og, i, o, ig, a: (og, i, o, ["undefined"] * len(ig), a),
    "unknown name": lambda og, i, o, ig, a: (og, i, o, ["sparse"] * len(ig), a),
    "row_sparse gradients": lambda og, i, o, ig, a: (og, i, o, ["row_sparse"] * len(ig), a),
    "raises": lambda og, i, o, ig, a: og[5],
}
for name, backward in BACKWARD.items():
    methods = {"list_arguments": lambda self: ["data", "weight"],
               "infer_shape": lambda self, s: (s, [(s[0][0], s[1][1])], []),
               "infer_storage_type": lambda self, st: (st, ["default"], []),
               "create_operator": lambda self, ctx, shapes, dtypes: Scaled()}
    if backward is not None:
        methods["infer_storage_type_backward"] = \
            lambda self, *stypes, backward=backward: (print("asked", stypes), backward(*stypes))[1]
    mx.operator.register("r31fop_bst_" + name)(type("Prop", (mx.operator.CustomOpProp,), methods))

x = nd.array([[0, 1.5, 0], [2, 0, 0], [0, 0, 3], [0, 0, 0]])
w = nd.array([[1, 2], [3, 4], [5, 6]])


def weight_grad(op_type, stype):
    weight = w.copy()
    weight.attach_grad()
    with autograd.record():
        y = nd.Custom(x.tostype(stype), weight, op_type=op_type)
    y.backward()
    return weight.grad.asnumpy().tolist()


for name in BACKWARD:
    for stype in ("default", "csr"):
        print(name, stype, shown(lambda: weight_grad("r31fop_bst_" + name, stype)))
