"""mx.nd.np / mx.sym.np / mx.nd.npx / mx.sym.npx generated operator functions: signatures, binding and nodes."""
import inspect
import json

import mxnet as mx

NAMES = ("all any sometrue max amax min amin sum prod product copy cumsum diag diagflat diagonal trace dot moveaxis "
         "repeat reshape roll squeeze transpose matmul remainder atleast_1d pad").split()
for n in NAMES:
    print("nd.np", n, inspect.signature(getattr(mx.nd.np, n)))
    print("sym.np", n, inspect.signature(getattr(mx.sym.np, n)))
for n in ("reshape", "nonzero", "constraint_check", "softmax", "relu", "batch_norm", "topk", "rnn"):
    print("nd.npx", n, inspect.signature(getattr(mx.nd.npx, n)))
    print("sym.npx", n, inspect.signature(getattr(mx.sym.npx, n)))
print(sorted(set(dir(mx.base.MXNetError)) - set(dir(Exception))))


def show(label, f):
    try:
        r = f()
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).split("\n")[0][:120])
        return
    if isinstance(r, mx.sym.Symbol):
        node = json.loads(r.tojson())["nodes"][-1]
        print(label, node["op"], node["name"], node.get("attrs"), len(node["inputs"]))
    else:
        print(label, r.dtype, r.shape, r.asnumpy().tolist())


x = mx.np.array([[1., 2], [3, 4]])
show("sum by position", lambda: mx.nd.np.sum(x, 1, None, True))
show("sum a=", lambda: mx.nd.np.sum(a=x, axis=0))
show("all data=", lambda: mx.nd.np.all(data=x, axis=0))
show("max keepdims", lambda: mx.nd.np.max(x, 0, True))
show("copy name", lambda: mx.nd.np.copy(x, name="x"))
show("diag k", lambda: mx.nd.np.diag(data=x, k=-1))
show("repeat axis", lambda: mx.nd.np.repeat(x, 2, 0))
show("reshape order", lambda: mx.nd.np.reshape(x, (4,), "F"))
show("cumsum dtype", lambda: mx.nd.np.cumsum(x, 0, "float64"))
show("prod", lambda: mx.nd.np.prod(x, 0, None, True))
show("too many", lambda: mx.nd.np.sum(x, 0, 0, 0, 0, 0, 0, 0))
show("twice", lambda: mx.nd.np.sum(x, 0, axis=1))
o = mx.np.zeros((2,))
show("diag out", lambda: mx.nd.np.diag(x, out=o))
print(o)
show("npx reshape", lambda: mx.nd.npx.reshape(x, (-1,)))
show("npx nonzero", lambda: mx.nd.npx.nonzero(x))
show("npx check", lambda: mx.nd.npx.constraint_check(x > 0, "bad"))

s = mx.sym.var("x").as_np_ndarray()
t = mx.sym.var("y").as_np_ndarray()
sn = mx.sym.np
show("sym all", lambda: sn.all(s, 0, False))
show("sym sometrue", lambda: sn.sometrue(s, 1, False))
show("sym any name", lambda: sn.any(s, axis=None, name="foo"))
show("sym max", lambda: sn.max(s, 0, True, None))
show("sym sum", lambda: sn.sum(s, 0, "float64", True))
show("sym sum none", lambda: sn.sum(s, None, None, False, None))
show("sym sum name", lambda: sn.sum(s, 0, None, False, None, "nm"))
show("sym sum list", lambda: sn.sum(s, axis=[0, 1]))
show("sym product", lambda: sn.product(s, 1, keepdims=True))
show("sym copy name", lambda: sn.copy(s, "cp"))
show("sym cumsum", lambda: sn.cumsum(s, None))
show("sym diag", lambda: sn.diag(s, 0))
show("sym diagonal", lambda: sn.diagonal(s, offset=1))
show("sym trace", lambda: sn.trace(s, 0, 0, 1))
show("sym dot name", lambda: sn.dot(s, t, "dd"))
show("sym moveaxis", lambda: sn.moveaxis(s, [0], [1]))
show("sym repeat", lambda: sn.repeat(s, 2, None))
show("sym reshape", lambda: sn.reshape(s, -1, None))
show("sym roll", lambda: sn.roll(s, 1, None))
show("sym squeeze", lambda: sn.squeeze(s, None))
show("sym transpose", lambda: sn.transpose(s, [1, 0]))
show("sym transpose none", lambda: sn.transpose(s, None))
show("sym too many", lambda: sn.transpose(s, (1, 0), "tt", None, None, 3))
show("sym no input", lambda: sn.transpose())
show("sym lr_mult", lambda: sn.transpose(s, attr={"__lr_mult__": "2"}))
show("sym mean", lambda: sn.mean(s, 0))
show("npx reshape", lambda: mx.sym.npx.reshape(s, (-1,), True, "C", "rr"))
show("npx nonzero", lambda: mx.sym.npx.nonzero(s, "nz"))
show("npx check", lambda: mx.sym.npx.constraint_check(s))
show("npx check msg", lambda: mx.sym.npx.constraint_check(s, msg="bad", name="c"))
show("npx softmax", lambda: mx.sym.npx.softmax(s, None, 1))

# the binary functions of mx.sym.np check NumPy's ufunc keywords as MXNet's wrapper does; the others take none
for n in ("add divide remainder maximum hypot ldexp bitwise_xor lcm true_divide equal less_equal "
          "nan_to_num").split():
    f = getattr(sn, n)
    print(n, inspect.signature(f))
    for kw in ({"foo": 1}, {"dtype": "float32"}, {"casting": "no"}, {"where": True}):
        show(f"{n} {kw}", lambda: f(s, **kw) if n == "nan_to_num" else f(s, t, **kw))

# the modules they belong to, as MXNet's (its package name left out)
for f in (mx.nd.np.sum, mx.nd.np.all, mx.sym.np.sum, mx.sym.np.transpose, mx.nd.npx.reshape, mx.sym.npx.reshape,
          mx.sym.npx.relu, mx.nd._internal._backward_add, mx.sym._internal._backward_add, mx.nd.sparse.sum,
          mx.nd.np.matmul, mx.nd.np.pad, mx.nd.np.atleast_1d, mx.sym.np.add):
    print(f.__name__, f.__module__.split(".", 1)[-1], f.__qualname__)
