"""A Custom operator whose forward fails: MXNet's engine then skips its backward (whatever the operator
declares it reads), and the gradients carry the forward's error, raised when one is read."""
import contextlib
import io

import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words

# recorded on AVX2

RAN = []


class Failing(mx.operator.CustomOp):
    def forward(self, is_train, req, in_data, out_data, aux):
        raise ValueError("forward failed")

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        RAN.append("backward")
        self.assign(in_grad[0], req[0], in_data[0] * 3)


DEPENDENCIES = {"default": None, "out_grad": lambda og, i, o: og, "in_data": lambda og, i, o: i,
                "out_data": lambda og, i, o: o, "out_grad + in_data": lambda og, i, o: og + i,
                "nothing": lambda og, i, o: []}
for deps, declare in DEPENDENCIES.items():
    for top in (True, False):
        methods = {"__init__": lambda self, top=top: mx.operator.CustomOpProp.__init__(self, need_top_grad=top),
                   "create_operator": lambda self, ctx, shapes, dtypes: Failing()}
        if declare is not None:
            methods["declare_backward_dependency"] = lambda self, og, i, o, declare=declare: declare(og, i, o)
        mx.operator.register(f"r22agf_{deps}_{top}")(type("Prop", (mx.operator.CustomOpProp,), methods))


class Net(gluon.HybridBlock):
    def __init__(self, op_type, **kwargs):
        super().__init__(**kwargs)
        self.op_type = op_type
        with self.name_scope():
            self.dense = gluon.nn.Dense(2, in_units=2)

    def hybrid_forward(self, F, x):
        return F.Custom(self.dense(x), op_type=self.op_type)


def alone(op_type):
    x = nd.ones((2,))
    x.attach_grad()
    with autograd.record():
        y = nd.Custom(x, op_type=op_type)
    y.backward()
    return x.grad


def summed(op_type):
    x = nd.ones((2,))
    x.attach_grad()
    with autograd.record():
        y = nd.Custom(x * 2, op_type=op_type).sum()
    y.backward()
    return x.grad


def in_block(op_type, hybridize):
    net = Net(op_type)
    net.initialize(mx.init.Constant(0.5))
    if hybridize:
        net.hybridize()
    with autograd.record():
        y = net(nd.ones((2, 2)))
    y.backward()
    return net.dense.weight.grad()


CALLS = {"alone": alone, "summed": summed, "block": lambda t: in_block(t, False),
         "hybridized": lambda t: in_block(t, True)}
for deps in DEPENDENCIES:
    for top in (True, False):
        for call, run in CALLS.items():
            del RAN[:]
            printed = io.StringIO()
            with contextlib.redirect_stdout(printed):
                try:
                    grad = run(f"r22agf_{deps}_{top}")
                    try:
                        got = grad.asnumpy().tolist()
                    except Exception as e:
                        got = "when read: " + words(e)
                except Exception as e:
                    got = "at once: " + words(e)
            lines = printed.getvalue().strip().splitlines()
            print(deps, top, call, "| backward ran:", bool(RAN), "|", got[:70], "| printed:", lines[0], lines[-1])
