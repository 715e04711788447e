"""Legacy binary operators given two bool arrays fail when read: 'Operator X does not support boolean type'."""
import mxnet as mx

nd = mx.nd
a = nd.array([1, 0], dtype="bool")
b = nd.array([1, 1], dtype="bool")


def inplace():
    c = a.copy()
    c += b
    return c


cases = [("a == b", lambda: a == b), ("a + b", lambda: a + b), ("a * b", lambda: a * b),
         ("elemwise_add", lambda: nd.elemwise_add(a, b)), ("elemwise_div", lambda: nd.elemwise_div(a, b)),
         ("broadcast_hypot", lambda: nd.broadcast_hypot(a, b)), ("logical_xor", lambda: nd.logical_xor(a, b)),
         ("broadcast to (2, 2)", lambda: nd.broadcast_add(a, nd.ones((2, 2), dtype="bool"))),
         ("c += b", inplace), ("add_n", lambda: nd.add_n(a, b)), ("a + 1", lambda: a + 1)]
for name, f in cases:
    r = f()
    print(name, "made", r.shape, r.dtype.__name__)
    try:
        print(name, r.asnumpy().tolist())
    except mx.base.MXNetError as e:
        text = str(e)
        words = [w for w in ("does not support boolean type", "Unknown type enum 7") if w in text]
        print(name, "MXNetError", words, ("Operator " + name) in text)
