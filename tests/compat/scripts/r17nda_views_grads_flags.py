"""Views between legacy and mx.np arrays: shared memory, the writable flag, the gradient's class read through
either kind, and which copies leave the flag behind."""
import copy

import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.nd.NDArray):
            r = f"{type(r).__name__} {r.asnumpy().tolist()} {r.context}"
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    for mod in (mx.nd, mx.np):
        name = mod.__name__.split(".")[-1]
        x = mod.array([1., 2.])
        attempt(f"{name} as_np_ndarray is", lambda: x.as_np_ndarray() is x)
        attempt(f"{name} as_nd_ndarray is", lambda: x.as_nd_ndarray() is x)
        x.as_np_ndarray()[0] = 7
        x.as_nd_ndarray()[1] = 8
        attempt(f"{name} written through views", lambda: x)
        x.attach_grad()
        attempt(f"{name} grad", lambda: x.grad)
        attempt(f"{name} grad via np view", lambda: x.as_np_ndarray().grad)
        attempt(f"{name} grad via nd view", lambda: x.as_nd_ndarray().grad)
        x.as_np_ndarray().grad[:] = 3
        attempt(f"{name} grad written via view", lambda: x.grad)
        attempt(f"{name} grad is grad", lambda: x.grad is x.grad)
        y = mod.array([1., 2.])
        y.writable = False
        for label, fn in [("as_np_ndarray", lambda: y.as_np_ndarray()), ("as_nd_ndarray", lambda: y.as_nd_ndarray()),
                          ("as_in_context same", lambda: y.as_in_context(mx.cpu(0))),
                          ("as_in_context other", lambda: y.as_in_context(mx.cpu(1))),
                          ("copyto", lambda: y.copyto(mx.cpu(0))), ("copy()", lambda: y.copy()), ("detach", lambda: y.detach()),
                          ("copy.copy", lambda: copy.copy(y)), ("copy.deepcopy", lambda: copy.deepcopy(y)),
                          ("astype same copy=False", lambda: y.astype("float32", copy=False)),
                          ("astype other", lambda: y.astype("float64")), ("y + 0", lambda: y + 0)]:
            attempt(f"{name} read-only {label} writable", lambda: fn().writable)
        if mod is mx.np:
            attempt("np read-only as_in_ctx writable", lambda: y.as_in_ctx(mx.cpu(0)).writable)
