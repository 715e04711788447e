"""What a backward without retain_graph leaves: heads recorded before it see the freed arrays as constants,
ops on freed arrays alone are not recorded, and backward/grad flags are read as C ints."""
import mxnet as mx
from mxnet import autograd, nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.asnumpy().tolist() if hasattr(r, "asnumpy") else r)
    except Exception as e:
        print(label, "->", words(e))


x = nd.array([1.0, 2.0])
x.attach_grad()
with autograd.record():
    y = x * x
    a, b = y * 2, y * 3
    c = b + x
a.backward()
print("a's gradient", x.grad.asnumpy().tolist())
attempt("b after a freed y", lambda: b.backward())
attempt("a again", lambda: a.backward())
attempt("c reaches x directly", lambda: c.backward())
print("c's gradient", x.grad.asnumpy().tolist())
attempt("grad of c again", lambda: autograd.grad(c, [x]))
with autograd.record():
    z = y * 4
    w = y * x
attempt("z from freed y alone", lambda: z.backward())
attempt("w from freed y and x", lambda: w.backward())
print("w's gradient", x.grad.asnumpy().tolist())
attempt("get_symbol of freed a", lambda: autograd.get_symbol(a).list_outputs())

with autograd.record():
    y = x * x
    a, b = y * 2, y * 3
a.backward(retain_graph=True)
b.backward()
print("retained then freed", x.grad.asnumpy().tolist())
attempt("y itself after", lambda: y.backward())

for flag in (None, "yes", 1.5, 2, True):
    with autograd.record():
        y = x * x
    attempt(f"retain_graph={flag!r}", lambda: y.backward(retain_graph=flag))
    attempt(f"train_mode={flag!r}", lambda: autograd.backward(y, train_mode=flag))
    with autograd.record():
        y = x * x
    attempt(f"grad create_graph={flag!r}", lambda: autograd.grad(y, [x], create_graph=flag)[0])
    with autograd.record():
        y = x * x
    attempt(f"grad retain_graph={flag!r}", lambda: autograd.grad(y, [x], retain_graph=flag)[0])
