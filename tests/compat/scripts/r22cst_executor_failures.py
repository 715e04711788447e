"""Bound executors over Custom operators that fail: a forward that raises keeps its error with the outputs
and the gradients (raised once, when one is read), and a Prop's wrong output shape fails when backward
copies the head gradient."""
# recorded on AVX2
import contextlib
import io

import mxnet as mx
from _words import words


class Failing(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        raise ValueError("forward failed")

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], out_grad[0])


class Ones(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        self.assign(out_data[0], req[0], mx.nd.ones(out_data[0].shape))

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        self.assign(in_grad[0], req[0], in_data[0] + 1)


@mx.operator.register("r22cst_failing")
class FailingProp(mx.operator.CustomOpProp):
    def create_operator(self, ctx, shapes, dtypes):
        return Failing()


@mx.operator.register("r22cst_wide")
class WideProp(mx.operator.CustomOpProp):
    def infer_shape(self, in_shape):
        return in_shape, [(in_shape[0][0], 7)], []

    def create_operator(self, ctx, shapes, dtypes):
        return Ones()


def scenario(label, steps):
    """Run the steps, each printing its result; what the operator printed (from MXNet's operator thread, at a
    time of its own) is shown after, by its first and last lines."""
    printed, results = io.StringIO(), []
    with contextlib.redirect_stdout(printed):
        for name, call in steps:
            try:
                results.append((name, call()))
            except Exception as e:
                results.append((name, words(e)))
        try:
            mx.nd.waitall()
        except mx.base.MXNetError as e:
            results.append(("waitall", words(e)))
    for name, result in results:
        print(label, name, "->", result)
    text = printed.getvalue().strip().splitlines()
    errors = [line for line in text if line.startswith("Error in")]
    print(label, "printed", errors, text[-1] if text else "")


def failing_graph(kind):
    data = mx.sym.var('data')
    out = mx.sym.Custom(data, op_type="r22cst_failing", name='c')
    return {"alone": out, "times 2": out * 2, "then FullyConnected": mx.sym.FullyConnected(out, num_hidden=2)}[kind]


# (a failed output's or gradient's data is whatever its memory held: only its shape is shown)
READS = {"out": lambda ex: ex.outputs[0].asnumpy().shape, "waitall": lambda ex: mx.nd.waitall(),
         "grad": lambda ex: ex.grad_dict['data'].asnumpy().shape}
for kind in ("alone", "times 2", "then FullyConnected"):
    for order in (("out", "grad", "out"), ("grad", "out", "grad"), ("waitall", "out", "grad")):
        ex = failing_graph(kind).simple_bind(mx.cpu(), data=(2, 3))
        scenario(f"{kind} {order}",
                 [("forward", lambda: ex.forward(is_train=True, data=mx.nd.ones((2, 3))) and None),
                  ("backward", lambda: ex.backward(mx.nd.ones(ex.outputs[0].shape)))]
                 + [(f"read {what}", lambda what=what: READS[what](ex)) for what in order])
    ex = failing_graph(kind).simple_bind(mx.cpu(), data=(2, 3))
    scenario(f"{kind} twice", [("forward", lambda: ex.forward(is_train=True) and None),
                               ("forward again", lambda: ex.forward(is_train=False) and None),
                               ("read out", lambda: READS["out"](ex)), ("read out again", lambda: READS["out"](ex))])

ex = mx.sym.Custom(mx.sym.var('data'), op_type="r22cst_wide", name='w').simple_bind(mx.cpu(), data=(2, 3))
steps = [("forward", lambda: ex.forward(is_train=True, data=mx.nd.ones((2, 3))) and None),
         ("output", lambda: ex.outputs[0].asnumpy().tolist())]
for head in ((2, 3), (2, 7), (7, 2)):
    steps += [(f"backward {head}", lambda head=head: ex.backward(mx.nd.ones(head))),
              (f"gradient after {head}", lambda: ex.grad_dict['data'].asnumpy().tolist())]
scenario("wide", steps + [("inference forward", lambda: ex.forward(is_train=False)[0].shape)])
