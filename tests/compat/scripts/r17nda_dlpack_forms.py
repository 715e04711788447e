"""DLPack capsules of legacy, mx.np and sparse arrays of every dtype, what from_dlpack makes of them, and its
refusals (a capsule consumed twice, something that is no capsule)."""
import numpy as np

import mxnet as mx
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        if isinstance(r, mx.nd.NDArray):
            r = f"{type(r).__name__} {r.shape} {np.dtype(r.dtype).name} {r.asnumpy().tolist()} {r.context}"
        print(label, "->", r)
    except Exception as e:
        print(label, "->", words(e))


for np_shape in (False, True):
    print("-- np shape", np_shape)
    if np_shape:
        mx.npx.set_np()
    for mod in (mx.nd, mx.np):
        name = mod.__name__.split(".")[-1]
        for dtype in ("float32", "float64", "float16", "int8", "uint8", "int32", "int64", "bool"):
            attempt(f"{name} {dtype} read", lambda: mx.nd.from_dlpack(mod.array([1, 0], dtype=dtype).to_dlpack_for_read()))
        x = mod.array(np.arange(6.0).reshape(2, 3))
        attempt(f"{name} capsule name", lambda: repr(x.to_dlpack_for_read()).split(" at ")[0])
        attempt(f"{name} write", lambda: mx.nd.from_dlpack(x.to_dlpack_for_write()))
        attempt(f"{name} nd.to_dlpack_for_write", lambda: mx.nd.from_dlpack(mx.nd.to_dlpack_for_write(x)))
        attempt(f"{name} row view", lambda: mx.nd.from_dlpack(x[1].to_dlpack_for_read()))
        attempt(f"{name} on cpu(1)", lambda: mx.nd.from_dlpack(x.as_in_context(mx.cpu(1)).to_dlpack_for_read()))
        capsule = x.to_dlpack_for_read()
        attempt(f"{name} first use", lambda: mx.nd.from_dlpack(capsule))
        attempt(f"{name} second use", lambda: mx.nd.from_dlpack(capsule))
        shared = mx.nd.from_dlpack(x.to_dlpack_for_write())
        shared[:] = 7
        mx.nd.waitall()
        attempt(f"{name} written through", lambda: x)
    attempt("from_dlpack of an int", lambda: mx.nd.from_dlpack(3))
    attempt("from_dlpack of an array", lambda: mx.nd.from_dlpack(mx.nd.ones(2)))
    if not np_shape:
        for stype in ("csr", "row_sparse"):
            s = mx.nd.array([[0, 1.5], [0, 0], [2, 0]]).tostype(stype)
            attempt(f"{stype} read", lambda: mx.nd.from_dlpack(s.to_dlpack_for_read()))
            attempt(f"{stype} write", lambda: mx.nd.from_dlpack(s.to_dlpack_for_write()))
