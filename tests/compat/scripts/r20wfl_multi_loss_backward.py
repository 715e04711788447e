"""Several losses from one recording, each given its own backward: what a constant shared between their graphs
does (the first backward frees it), and how retain_graph, one joint backward or a new recording avoid it."""
import mxnet as mx
from mxnet import autograd, gluon, nd
from _words import words


def attempt(label, fn):
    try:
        print(label, "->", fn())
    except Exception as e:
        print(label, "->", words(e))


def two_heads(shared_label, how):
    a = nd.array([[1.0, 2.0, 0.5], [0.0, -1.0, 3.0]])
    b = a * 2
    a.attach_grad()
    b.attach_grad()
    y1 = nd.array([0, 2])
    y2 = y1 if shared_label else nd.array([0, 2])
    loss = gluon.loss.SoftmaxCrossEntropyLoss()
    with autograd.record():
        l1, l2 = loss(a, y1), loss(b, y2)
    if how == "each":
        l1.backward()
        l2.backward()
    elif how == "retain":
        l1.backward(retain_graph=True)
        l2.backward()
    else:
        autograd.backward([l1, l2])
    return [round(v, 5) for v in a.grad.asnumpy().ravel().tolist() + b.grad.asnumpy().ravel().tolist()]


for shared in (False, True):
    for how in ("each", "retain", "joint"):
        attempt(f"shared={shared} {how}", lambda: two_heads(shared, how))

x = nd.array([[0.5, -1.0], [2.0, 1.5]])
w1, w2 = nd.array([[1.0], [2.0]]), nd.array([[-1.0], [0.5]])
w1.attach_grad()
w2.attach_grad()
with autograd.record():
    first, second = nd.dot(x, w1).sum(), nd.dot(x, w2).sum()
first.backward()
attempt("first grad", lambda: w1.grad.asnumpy().ravel().tolist())
attempt("second backward", lambda: second.backward())
with autograd.record():
    second = nd.dot(x, w2).sum()
second.backward()
attempt("recorded again", lambda: w2.grad.asnumpy().ravel().tolist())

ctx = [mx.cpu(0), mx.cpu(1)]
net = gluon.nn.Dense(2, in_units=2)
net.initialize(mx.init.One(), ctx=ctx)
label = nd.array([1, 0])
for per_device_label in (True, False):
    def step():
        xs = gluon.utils.split_and_load(nd.array([[1.0, 2.0], [3.0, 4.0], [0.5, 0.5], [1.0, -1.0]]), ctx)
        ys = [label.copyto(c) for c in ctx] if per_device_label else [label, label]
        with autograd.record():
            losses = [gluon.loss.SoftmaxCrossEntropyLoss()(net(part), y) for part, y in zip(xs, ys)]
        for l in losses:
            l.backward()
        return [round(v, 5) for c in ctx for v in net.weight.grad(c).asnumpy().ravel().tolist()]
    attempt(f"two devices, label per device={per_device_label}", step)
