"""A Custom symbol's Prop infer_shape is checked against the shapes given for its arguments and auxiliary states:
an inconsistent one fails shape inference naming the operator, as MXNet 1.9.1 checks it."""
import mxnet as mx


@mx.operator.register("r13ag_given_shapes")
class CountingProp(mx.operator.CustomOpProp):
    def list_arguments(self):
        return ["a", "b"]

    def list_outputs(self):
        return ["sum"]

    def list_auxiliary_states(self):
        return ["count"]

    def infer_shape(self, in_shape):
        return [in_shape[0], in_shape[0]], [in_shape[0]], [(1,)]


def attempt(tag, **shapes):
    s = mx.sym.Custom(mx.sym.var("a"), mx.sym.var("b"), mx.sym.var("n"), op_type="r13ag_given_shapes", name="c")
    try:
        print(tag, s.infer_shape(**shapes))
    except mx.base.MXNetError as e:
        print(tag, "MXNetError", str(e).split("\n")[0].replace("MXNetError: ", "")[:90])


attempt("consistent", a=(2, 3), b=(2, 3), n=(1,))
attempt("aux left to inference", a=(2, 3), b=(2, 3))
attempt("aux of another shape", a=(2, 3), b=(2, 3), n=(2, 3))
attempt("argument of another shape", a=(2, 3), b=(3, 2))
attempt("argument of another rank", a=(2, 3), b=(6,))
attempt("second argument only", b=(4,))
