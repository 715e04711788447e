"""autograd's front-end refusals (grad_req lookups, empty or unsized arguments) and second orders of broadcast/pad/topk/regression ops."""
import re

from mxnet import autograd as ag, nd


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:      # an MXNetError by its essential words (MXNet's carry a C++ trace)
        msg = str(e)
        if type(e).__name__ == "MXNetError":
            op = re.search(r"Operator (\S+) is non-differentiable", msg)
            msg = op.group(0) if op else "no inputs" if "There are no inputs in computation graph" in msg else msg
        print(label, type(e).__name__, msg.split("\n")[0])


for req in [None, ["write"], "WRITE", "inplace"]:
    show("attach_grad %r" % (req,), lambda req=req: nd.ones(2).attach_grad(grad_req=req))
show("mark_variables None", lambda: ag.mark_variables([nd.ones(2)], [nd.zeros(2)], None))
x = nd.array([1., 2.])
x.attach_grad()
with ag.record():
    y = x * x
show("grad no variables", lambda: ag.grad(y, [], retain_graph=True))
show("grad variables tuple", lambda: ag.grad(y, (x,), retain_graph=True))
show("grad heads None", lambda: ag.grad(None, [x]))
show("grad heads generator", lambda: ag.grad((h for h in [y]), [x]))
show("backward heads None", lambda: ag.backward(None))


def second_order(make):
    x = nd.array([[0.3, 0.6]])
    x.attach_grad()
    with ag.record():
        y = make(x)
        g = ag.grad(y, [x], create_graph=True, retain_graph=True)[0]
    g.backward()
    return g, x.grad


cases = {
    "broadcast_to": lambda x: nd.broadcast_to(x, shape=(3, 2)),
    "broadcast_to of reshape": lambda x: nd.broadcast_to(x.reshape((2,)).reshape((1, 2)), shape=(3, 2)),
    "broadcast_to times x": lambda x: nd.broadcast_to(x, shape=(3, 2)) * x,
    "broadcast_axis": lambda x: nd.broadcast_axis(x, axis=0, size=3),
    "broadcast_axis times x": lambda x: nd.broadcast_axis(x, axis=0, size=3) * x,
    "broadcast_like": lambda x: nd.broadcast_like(x, nd.ones((3, 2))),
    "broadcast_like times x": lambda x: nd.broadcast_like(x, nd.ones((3, 2))) * x,
    "broadcast_like axes": lambda x: nd.broadcast_like(x, nd.ones((3, 2)), lhs_axes=(0,), rhs_axes=(0,)),
    "pad": lambda x: nd.pad(x.reshape((1, 1, 1, 2)), mode="constant", pad_width=(0, 0, 0, 0, 0, 0, 1, 1)),
    "pad edge": lambda x: nd.pad(x.reshape((1, 1, 1, 2)), mode="edge", pad_width=(0, 0, 0, 0, 0, 0, 1, 1)),
    "pad of square": lambda x: nd.pad((x * x).reshape((1, 1, 1, 2)), mode="constant", pad_width=(0, 0, 0, 0, 0, 0, 1, 1)),
    "topk value": lambda x: nd.topk(x, ret_typ="value", k=1),
    "topk both": lambda x: nd.topk(x, ret_typ="both", k=1)[0],
    "LinearRegressionOutput": lambda x: nd.LinearRegressionOutput(x, nd.zeros((1, 2))),
    "MAERegressionOutput": lambda x: nd.MAERegressionOutput(x, nd.zeros((1, 2))),
    "LogisticRegressionOutput": lambda x: nd.LogisticRegressionOutput(x, nd.zeros((1, 2))),
    "tile times x": lambda x: nd.tile(x, reps=(2, 1)) * x,
}
for name, make in cases.items():
    show("second order of " + name, lambda make=make: second_order(make))
