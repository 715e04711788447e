"""Symbol shape inference over Custom operators whose inputs are partly unknown: MXNet asks the Prop anyway
(an unknown shape as [], an unknown dimension as -1) and reads an empty shape it returns as a known scalar."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from _words import words

SEEN = []


class Twice(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], in_data[0] * 2)

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0] * 2)


def prop(name, infer):
    class Prop(mx.operator.CustomOpProp):
        def list_arguments(self):
            return ['data', 'extra']

        def infer_shape(self, in_shape):
            SEEN.append([list(s) for s in in_shape])
            return infer(in_shape)

        def create_operator(self, ctx, shapes, dtypes):
            return Twice()
    mx.operator.register(name)(Prop)


INFERS = {
    "unchanged": lambda s: (s, [s[0]], []),
    "extra like data": lambda s: ([s[0], s[0]], [s[0]], []),
    "extra per row": lambda s: ([s[0], [s[0][0]] if s[0] else []], [s[0]], []),
    "fixed": lambda s: ([[2, 3], [4]], [[2, 3]], []),
    "output scalar": lambda s: (s, [[]], []),
    "indexes data": lambda s: (s, [[s[0][0], 1]], []),
}
GIVEN = [dict(data=(2, 3)), dict(extra=(2, 3)), dict(), dict(data=(2, 3), extra=(4,)), dict(data=(0, 3)),
         dict(extra=(2,))]


def run(call):
    del SEEN[:]
    printed = io.StringIO()
    with contextlib.redirect_stdout(printed):
        try:
            result = call()
        except Exception as e:
            result = words(e)
    text = printed.getvalue().strip().splitlines()
    tail = f" | printed {text[0]} ... {text[-1]}" if text else ""
    return f"{result} asked {sorted(set(map(str, SEEN)))}{tail}"


for i, (label, infer) in enumerate(INFERS.items()):
    name = f"r22cst_unknown{i}"
    prop(name, infer)
    sym = mx.sym.Custom(mx.sym.var('data'), mx.sym.var('extra'), op_type=name, name='c')
    for given in GIVEN:
        print(label, given, "full:", run(lambda: sym.infer_shape(**given)))
        print(label, given, "partial:", run(lambda: sym.infer_shape_partial(**given)))

# an unknown dimension declared on the variable, and a Custom op after another op
prop("r22cst_after", INFERS["unchanged"])
declared = mx.sym.Custom(mx.sym.var('data', shape=(-1, 3)), mx.sym.var('extra'), op_type="r22cst_after")
print("declared (-1, 3):", run(lambda: declared.infer_shape_partial()))
chained = mx.sym.FullyConnected(mx.sym.Custom(mx.sym.var('data'), mx.sym.var('extra'), op_type="r22cst_after"),
                                num_hidden=4, name='fc')
for given in [dict(data=(2, 3)), dict(data=(2, 3), extra=(5,))]:
    print("then FullyConnected", given, run(lambda: chained.infer_shape_partial(**given)))
    print("then FullyConnected full", given, run(lambda: chained.infer_shape(**given)))
