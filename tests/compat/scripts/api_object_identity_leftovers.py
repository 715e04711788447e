"""Array identity and late-registered operators: fresh gradient handles over one buffer, executor outputs
that are bound variables aliasing them, mx.nd.op.Custom, and histogram with symbolic bin edges."""
import mxnet as mx

# x.grad: a new array on every read, over the same gradient buffer
x = mx.nd.ones(2)
x.attach_grad()
g = x.grad
print("grad is grad:", g is x.grad)
g[:] = 5
print("write via first read:", x.grad.asnumpy())
x.grad[:] = 3
print("write via second read:", g.asnumpy())
with mx.autograd.record():
    y = (x * x * 2).sum()
y.backward()
print("after backward:", g.asnumpy(), x.grad.asnumpy())
own = mx.nd.zeros(2)
z = mx.nd.array([1.0, 2.0])
mx.autograd.mark_variables([z], [own])
print("marked buffer is grad:", z.grad is own)
own[:] = 7
print("marked buffer write:", z.grad.asnumpy())

# an executor output that is a bound variable shares its memory; computed outputs do not
a, b = mx.sym.var("a"), mx.sym.var("b")
x = mx.nd.ones(2)
ex = a.bind(mx.cpu(), {"a": x})
print("before forward:", ex.outputs[0].asnumpy())
y = ex.forward()[0]
x[:] = -1
print("bare variable output:", y.asnumpy())
y[:] = 7
print("arg after output write:", x.asnumpy())
ex = mx.sym.Group([a, a * 2, b]).bind(mx.cpu(), {"a": x, "b": mx.nd.zeros(3)})
outs = ex.forward()
x[:] = 2
print("group outputs:", [o.asnumpy().tolist() for o in outs])
ex.forward(a=mx.nd.array([4, 5]))
print("after forward with kwargs:", outs[0].asnumpy(), x.asnumpy())
ex = mx.sym.BlockGrad(a).bind(mx.cpu(), {"a": x})
y = ex.forward()[0]
x[:] = 9
print("BlockGrad output:", y.asnumpy())

# operators registered late are in every namespace
print("Custom:", hasattr(mx.nd.op, "Custom"), hasattr(mx.nd, "Custom"), hasattr(mx.sym.op, "Custom"),
      hasattr(mx.sym, "Custom"))

# histogram with an array of bin edges, symbolic or not
data = mx.nd.array([1, 2, 3, 4, 0.5])
s = mx.sym.histogram(mx.sym.var("x"), bins=mx.sym.var("e"))
print("histogram arguments:", s.list_arguments(), s.infer_shape(x=(5,), e=(3,)))
counts, edges = s.eval(x=data, e=mx.nd.array([0, 2, 5]))
print("histogram counts:", counts.asnumpy(), counts.dtype, edges.asnumpy())
s = mx.sym.histogram(mx.sym.var("x"), bins=4, range=(0, 4))
print("histogram bin_cnt arguments:", s.list_arguments())
print("histogram bin_cnt counts:", s.eval(x=data)[0].asnumpy())
counts, edges = mx.nd.histogram(data, bins=mx.nd.array([0, 1, 5]))
print("nd histogram:", counts.asnumpy(), edges.asnumpy())
