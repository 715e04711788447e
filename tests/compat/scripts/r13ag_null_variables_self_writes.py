"""A 'null' variable after a backward that frees its graph is a plain array (numbered null<n> when recorded again,
then refused as a write target), mark_variables of a lone array asserts a lone buffer, and an array written whole
into itself is left alone (under record too), as MXNet 1.9.1 does."""
import mxnet as mx
from mxnet import autograd, nd


def show(tag, f):
    try:
        print(tag, f())
    except Exception as e:  # noqa: BLE001  (the type is what is compared)
        print(tag, type(e).__name__)


x = nd.array([1.0, 2.0, 3.0])
x.attach_grad(grad_req="null")
z = nd.array([1.0, 1.0, 2.0])
z.attach_grad()
print("null grad before", x.grad)
with autograd.record():
    y = x * z
print(autograd.get_symbol(y).list_arguments())
y.backward()
print("after backward", x.grad, z.grad.asnumpy())
with autograd.record():
    y = x * z
print("recorded again", autograd.get_symbol(y).list_arguments())
y.backward(retain_graph=True)
print("still a constant", z.grad.asnumpy(), autograd.get_symbol(y).list_arguments())
x.attach_grad()
with autograd.record():
    y = x * z
print("marked again", autograd.get_symbol(y).list_arguments())
y.backward()
print(x.grad.asnumpy())

show("lone variable, buffer list", lambda: autograd.mark_variables(nd.ones(2), [nd.zeros(2)]))
show("lone variable, lone buffer", lambda: autograd.mark_variables(nd.ones(2), nd.zeros(2)))


def self_write(module, key, shape=(3,)):
    a = module.ones(shape)
    a.attach_grad()
    with autograd.record():
        b = a * 2
        b[key] = b
        c = b * a
    c.backward()
    return a.grad.asnumpy().ravel().tolist(), c.asnumpy().ravel().tolist()


for key in (slice(None), slice(0, 3), Ellipsis, ()):
    show("nd whole %r" % (key,), lambda: self_write(nd, key))
    show("nd (3, 1) whole %r" % (key,), lambda: self_write(nd, key, (3, 1)))
show("nd (3, 1) [:, 0]", lambda: self_write(nd, (slice(None), 0), (3, 1)))
show("nd reversed", lambda: self_write(nd, slice(None, None, -1)))
show("nd part", lambda: self_write(nd, slice(0, 2)))
plain = nd.array([1.0, 2.0, 3.0])
plain[:] = plain
print("plain", plain.asnumpy())
mx.npx.set_np()
for key in (slice(None), slice(0, 3), Ellipsis, ()):
    show("np whole %r" % (key,), lambda: self_write(mx.np, key))
show("np reversed", lambda: self_write(mx.np, slice(None, None, -1)))
