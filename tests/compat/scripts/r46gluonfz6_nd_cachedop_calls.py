"""mx.nd.CachedOp is a class with MXNet's slots whose calls check keywords, handles, output and input counts and contexts, and give mx.np outputs for an mx.np symbol, as MXNet does."""
import mxnet as mx
from mxnet import autograd, nd


def show(name, f):
    try:
        r = f()
        if isinstance(r, nd.NDArray):
            r = (type(r).__name__, r.shape, r.asnumpy().tolist())
        print(name, r)
    except Exception as e:
        print(name, type(e).__name__, str(e).replace("\n", " | "))


a, b = mx.sym.var('a'), mx.sym.var('b')
op = nd.CachedOp(mx.sym.relu(a * 2 + b, name='r'))
x, y = nd.array([1., -2.]), nd.array([3., 4.])
print(type(op).__name__, nd.CachedOp is mx.nd.op.CachedOp, isinstance(op, nd.CachedOp))
print(nd.CachedOp.__slots__, [n for n in dir(op) if not n.startswith('__')], op.is_np_sym)
show("call", lambda: op(x, y))
show("keywords", lambda: op(x, y, default_ctx=mx.cpu(), foo=1))
show("no inputs", lambda: op())
show("three inputs", lambda: op(x, y, x))
show("an int input", lambda: op(x, 3))
show("a None input", lambda: op(None))
show("out count", lambda: op(x, y, out=[nd.zeros(2), nd.zeros(2)]))
show("out int", lambda: op(x, y, out=3))
o = nd.zeros(2)
show("out kept", lambda: op(x, y, out=o) is o)
show("out value", lambda: o)
show("out np", lambda: op(x, y, out=mx.np.zeros(2)))
show("contexts", lambda: op(x.copyto(mx.cpu(1)), y))
show("np inputs", lambda: op(x.as_np_ndarray(), y.as_np_ndarray()))
q = mx.sym.var('q').as_np_ndarray()
show("np symbol", lambda: type(nd.CachedOp(q * 2)(x)).__name__)
show("no variables", lambda: nd.CachedOp(mx.sym.zeros((2,))))
show("not a symbol", lambda: nd.CachedOp('x'))
show("flags", lambda: nd.CachedOp(a, [('static_alloc', 'yes')]))
show("slot", lambda: setattr(op, 'foo', 1))
x.attach_grad()
with autograd.record():
    z = op(x, y)
z.backward()
show("grad", lambda: x.grad)
seen = []
op._register_op_hook(lambda name, op_name, handle: seen.append((name, op_name, type(handle).__name__)))
op(x, y)
print(seen)
