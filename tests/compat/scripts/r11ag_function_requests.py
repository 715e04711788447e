"""autograd.Function writes input gradients in order until an input asks none (a constant or a 'null' variable), a non-array forward result, and get_symbol's refusals."""
from mxnet import autograd as ag, nd


class Two(ag.Function):
    def forward(self, x, y):
        return x + y, x * y

    def backward(self, da, db):
        return da + db * 2, da + db * 3


class Three(ag.Function):
    def forward(self, x, y, z):
        return x * y * z

    def backward(self, d):
        return d * 2, d * 3, d * 4


class Number(ag.Function):
    def forward(self, x):
        return 3

    def backward(self, d):
        return d


def show(label, fn):
    try:
        print(label, fn())
    except Exception as e:
        print(label, type(e).__name__, str(e).split("\n")[0] if type(e).__name__ != "MXNetError" else "")


def run(marks, out, req="write"):
    xs = [nd.array([1., 2.]) for _ in marks]
    for x, mark in zip(xs, marks):
        if mark:
            x.attach_grad(grad_req=mark if isinstance(mark, str) else req)
    with ag.record():
        y = (Two() if len(marks) == 2 else Three())(*xs)
        y = y[out] if isinstance(y, (list, tuple)) else y
    y.backward()
    return [x.grad for x in xs]


for marks in [(0, 1), (1, 0), (1, 1), (0, 0, 1), (0, 1, 0), (1, 0, 1), (0, 1, 1), (1, "null", 1), ("null", 1, 1)]:
    for out in [0, 1]:
        show("%s output %d" % (marks, out), lambda: run(marks, out))
    show("%s add" % (marks,), lambda: run(marks, 0, "add"))
x = nd.ones(2)
x.attach_grad()
with ag.record():
    show("forward returns a number", lambda: Number()(x))
show("unrecorded forward returns a number", lambda: Number()(x))
show("get_symbol of a number", lambda: ag.get_symbol(3))
show("get_symbol of an unrecorded array", lambda: ag.get_symbol(nd.ones(2)))
