"""Leaving a with-block restores the context the Context object last replaced: one object entered again inside its own block stays the default after both, an array's context is a new object at each read, as in MXNet."""
# recorded on AMD AVX2
import mxnet as mx
from mxnet import nd

cur = mx.context.current_context
c = mx.cpu(1)
with c:
    with c:
        print("inner", cur())
    print("outer", cur())
print("after same object twice", cur())

a, b = mx.cpu(2), mx.cpu(3)
with a:
    with b:
        with a:
            print("a in b in a", cur())
        print("left inner a", cur())
    print("left b", cur())
print("left outer a", cur())

with mx.cpu(4):
    with mx.cpu(4):
        print("equal objects", cur())
    print("left one", cur())
print("left both", cur())

e = mx.cpu(6)
e.__enter__()
e.__enter__()
e.__exit__(None, None, None)
print("exited once", cur())
e.__exit__(None, None, None)
print("exited twice", cur())

with mx.cpu(0):
    x = nd.ones((2,), ctx=mx.cpu(5))
    print(x.context is x.context, x.ctx is x.ctx, x.context == x.ctx)
    with x.context:
        with x.context:
            print("array inner", cur(), nd.zeros((1,)).context)
        print("array outer", cur())
    print("array after", cur())
    y = x.as_np_ndarray()
    print(y.ctx is y.ctx, y.ctx)
print("end", cur())
d = mx.cpu(7)
d.__exit__(None, None, None)
print("exit never entered", cur())
