"""A Custom operator's backward gets only the arrays its Prop's declare_backward_dependency names (the others without storage: shape (), no dtype, reading fails), and forward/backward are called with keywords."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from mxnet import autograd, nd
from _words import words


def printed_errors(fn):
    """Run fn; the last line of each traceback it printed, then its result or its error."""
    out = io.StringIO()
    with contextlib.redirect_stdout(out):
        try:
            result = fn()
        except Exception as e:      # noqa: BLE001 (shown below)
            result = words(e).splitlines()[0]
    shown = [line for line in out.getvalue().splitlines() if line and not line.startswith((" ", "Traceback"))]
    return [line for line in shown if not line.startswith(("Error in", "mxnet.", "distnet."))] + [result]


def reading(a):
    """What the backward sees of one array, and what reading it gives."""
    try:
        value = a.asnumpy().round(3).tolist()
    except Exception as e:          # noqa: BLE001
        value = words(e)
    return (a.shape, a.dtype, a.stype, value)


SEEN = []


class Doubling(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        SEEN.append([("out_grad", reading(out_grad[0])), ("in_data", reading(in_data[0])),
                     ("out_data", reading(out_data[0]))])
        self.assign(in_grad[0], req[0], nd.ones(in_grad[0].shape) * 2)


DECLARED = {"default": None, "nothing": lambda og, i, o: [], "out_grad": lambda og, i, o: og,
            "in_data": lambda og, i, o: i, "out_data": lambda og, i, o: o, "tuple of inputs": lambda og, i, o: tuple(i),
            "twice": lambda og, i, o: og + og + i}
for name, declare in DECLARED.items():
    for top in (True, False):
        methods = {"__init__": lambda self, top=top: mx.operator.CustomOpProp.__init__(self, need_top_grad=top),
                   "create_operator": lambda self, ctx, shapes, dtypes: Doubling()}
        if declare is not None:
            methods["declare_backward_dependency"] = lambda self, og, i, o, declare=declare: declare(og, i, o)
        mx.operator.register(f"r31fop_{name}_{top}")(type("Prop", (mx.operator.CustomOpProp,), methods))

x = nd.array([[-1.5, 0.5, 2.0]])
for name in DECLARED:
    for top in (True, False):
        op_type = f"r31fop_{name}_{top}"
        SEEN.clear()
        a = x.copy()
        a.attach_grad()
        with autograd.record():
            y = nd.Custom(a, op_type=op_type)
        y.backward()
        ex = mx.sym.Custom(mx.sym.var("data"), op_type=op_type).simple_bind(mx.cpu(), data=(1, 3))
        ex.forward(is_train=True, data=x)
        ex.backward(nd.ones((1, 3)))
        print(name, "need_top_grad", top, "| grads", a.grad.asnumpy().tolist(), ex.grad_dict["data"].asnumpy().tolist())
        for kind, seen in SEEN[0]:
            print("   ", kind, seen)
        print("    same in a bound graph:", SEEN[0] == SEEN[1])


class ReadsOutGrad(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] + 1)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 3)


@mx.operator.register("r31fop_reads_undeclared")
class ReadsUndeclaredProp(mx.operator.CustomOpProp):
    def declare_backward_dependency(self, out_grad, in_data, out_data):
        return list(in_data)

    def create_operator(self, ctx, shapes, dtypes):
        return ReadsOutGrad()


def grad_of(op_type):
    a = x.copy()
    a.attach_grad()
    with autograd.record():
        y = nd.Custom(a, op_type=op_type)
    y.backward()
    return a.grad.asnumpy().tolist()


print("backward reading an undeclared output gradient:", printed_errors(lambda: grad_of("r31fop_reads_undeclared")))


@mx.operator.register("r31fop_declares_names")
class DeclaresNamesProp(mx.operator.CustomOpProp):
    def declare_backward_dependency(self, out_grad, in_data, out_data):
        return ["out_grad"]

    def create_operator(self, ctx, shapes, dtypes):
        return Doubling()


@mx.operator.register("r31fop_declares_floats")
class DeclaresFloatsProp(mx.operator.CustomOpProp):
    def declare_backward_dependency(self, out_grad, in_data, out_data):
        return [float(d) for d in out_grad]

    def create_operator(self, ctx, shapes, dtypes):
        return Doubling()


for op_type in ("r31fop_declares_names", "r31fop_declares_floats"):
    print(op_type, "nd:", printed_errors(lambda: nd.Custom(x, op_type=op_type).shape))
    print(op_type, "sym:", printed_errors(lambda: mx.sym.Custom(mx.sym.var("d"), op_type=op_type).list_outputs()))


class OwnNames(mx.operator.CustomOp):
    """forward and backward with parameters named otherwise: MXNet passes them by keyword."""

    def forward(self, is_train, req, inputs, outputs, aux):
        self.assign(outputs[0], req[0], inputs[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux_states):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


class OwnGradientNames(Doubling):
    def backward(self, req, head_grads, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], head_grads[0] * 2)


class OwnBackwardNames(Doubling):
    def backward(self, req, out_grad, in_data, out_data, in_grad, aux_states):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


class KeywordOrder(mx.operator.CustomOp):
    """Parameters in another order: right by keyword."""

    def forward(self, req, is_train, aux, out_data, in_data):
        self.assign(out_data[0], req[0], in_data[0] - 1)

    def backward(self, in_grad, out_grad, req, aux, in_data, out_data):
        self.assign(in_grad[0], req[0], out_grad[0] * 4)


for cls in (OwnNames, OwnGradientNames, OwnBackwardNames, KeywordOrder):
    mx.operator.register("r31fop_" + cls.__name__)(type("Prop", (mx.operator.CustomOpProp,), {
        "create_operator": lambda self, ctx, shapes, dtypes, cls=cls: cls()}))
    print(cls.__name__, "forward:", printed_errors(lambda: nd.Custom(x, op_type="r31fop_" + cls.__name__).asnumpy().tolist()))
    print(cls.__name__, "backward:", printed_errors(lambda: grad_of("r31fop_" + cls.__name__)))
