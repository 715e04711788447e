"""Custom operator failures as MXNet reports them: op_type and input-count checks, failed call-back checks."""
import contextlib
import io

import mxnet as mx
import numpy as np


def attempt(label, fn):
    printed = io.StringIO()
    try:
        with contextlib.redirect_stdout(printed):
            result = fn()
        print(label, "->", result)
    except Exception as e:
        # a native check's message follows "MXNetError: " after MXNet's C++ trace
        lines = [l[12:] for l in str(e).splitlines() if l.startswith("MXNetError: ")] or str(e).splitlines()
        print(label, "raises", type(e).__name__, lines[0] if lines else "")
    if printed.getvalue():
        print(label, "printed", printed.getvalue().split(": Traceback")[0])


class Identity(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0])

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0])


@mx.operator.register("r10misc_identity")
class IdentityProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return Identity()


x = mx.nd.ones((2,))
attempt("no op_type", lambda: mx.nd.Custom(x))
attempt("empty op_type", lambda: mx.nd.Custom(x, op_type=""))
attempt("unknown op_type", lambda: mx.nd.Custom(x, op_type="r10misc_nope"))
attempt("number op_type", lambda: mx.sym.Custom(mx.sym.var("x"), op_type=3))
attempt("symbol no op_type", lambda: mx.sym.Custom(mx.sym.var("x")))
attempt("two inputs", lambda: mx.nd.Custom(x, x, op_type="r10misc_identity"))
attempt("no input", lambda: mx.nd.Custom(op_type="r10misc_identity"))
attempt("register a number", lambda: mx.operator.register(3)(IdentityProp))


def breaking(method):
    def broken(self, *args, **kwargs):
        raise ValueError("broken " + method)
    return broken


for method in ("list_arguments", "list_outputs", "list_auxiliary_states", "declare_backward_dependency",
               "infer_shape", "infer_type", "create_operator"):
    mx.operator.register("r10misc_" + method)(type("Broken", (IdentityProp,), {method: breaking(method)}))
    attempt(method, lambda: mx.nd.Custom(x, op_type="r10misc_" + method).asnumpy())


class BrokenOp(Identity):
    forward = breaking("forward")


class BrokenBackwardOp(Identity):
    backward = breaking("backward")


@mx.operator.register("r10misc_broken_forward")
class BrokenForwardProp(IdentityProp):
    def create_operator(self, ctx, shapes, dtypes):
        return BrokenOp()


@mx.operator.register("r10misc_broken_backward")
class BrokenBackwardProp(IdentityProp):
    def create_operator(self, ctx, shapes, dtypes):
        return BrokenBackwardOp()


attempt("forward", lambda: mx.nd.Custom(x, op_type="r10misc_broken_forward").asnumpy())


def backward():
    a = mx.nd.ones((2,))
    a.attach_grad()
    with mx.autograd.record():
        y = mx.nd.Custom(a, op_type="r10misc_broken_backward")
    y.backward()
    return a.grad.asnumpy()


attempt("backward", backward)


def returning(method, value):
    def returned(self, given):
        return value(given)
    return returned


for label, method, value in [("too few output shapes", "infer_shape", lambda s: (s, [], [])),
                             ("too few input shapes", "infer_shape", lambda s: ([], s, [])),
                             ("aux shapes", "infer_shape", lambda s: (s, s, s)),
                             ("one list of shapes", "infer_shape", lambda s: (s,)),
                             ("too many output types", "infer_type", lambda t: (t, t + t))]:
    name = "r10misc_" + label.replace(" ", "_")
    mx.operator.register(name)(type("Returning", (IdentityProp,), {method: returning(method, value)}))
    attempt(label, lambda: mx.nd.Custom(x, op_type=name).asnumpy())

# infer_type may not change the arrays' own types, and names each type by its numpy class
for label, value in [("float64 inputs", lambda t: ([np.float64], [np.float64], [])),
                     ("text type", lambda t: (["int32"], [np.float32], [])),
                     ("dtype object", lambda t: (t, [np.dtype("float16")], [])),
                     ("float16 output", lambda t: (t, [np.float16], []))]:
    name = "r10misc_" + label.replace(" ", "_")
    mx.operator.register(name)(type("Typing", (IdentityProp,), {"infer_type": returning("infer_type", value)}))
    for dtype in ("float32", "float64"):
        attempt(f"{label} on {dtype}", lambda: mx.nd.Custom(mx.nd.ones((2,), dtype=dtype), op_type=name).dtype)
