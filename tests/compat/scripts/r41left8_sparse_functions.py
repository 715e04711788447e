"""mx.nd.sparse has a function of its own for each operator (not nd's object), with MXNet's signature, keeping sparse."""
import inspect

import mxnet as mx

sp = mx.nd.sparse
for n in sorted(sp.__all__):
    if n == "_ndarray_cls":     # (MXNet's helper on C handles, which distnet has not)
        continue
    f = getattr(sp, n)
    if inspect.isclass(f):
        continue
    print(n, f is getattr(mx.nd, n, None), type(f).__name__, f.__name__, inspect.signature(f))

csr = mx.nd.array([[0, 1, 0], [2, 0, 3]]).tostype("csr")
rsp = mx.nd.array([[0, 0, 0], [1, 2, 3]]).tostype("row_sparse")
dense = mx.nd.ones((2, 3))
for label, call in [("sum csr", lambda: sp.sum(csr)), ("sum csr axis", lambda: sp.sum(csr, axis=1)),
                    ("mean csr axis", lambda: sp.mean(csr, axis=0)), ("norm csr", lambda: sp.norm(csr)),
                    ("slice csr", lambda: sp.slice(csr, begin=(1,), end=(2,))),
                    ("broadcast_mul csr", lambda: sp.broadcast_mul(csr, dense)),
                    ("broadcast_add csr", lambda: sp.broadcast_add(csr, dense)),
                    ("zeros_like rsp", lambda: sp.zeros_like(rsp)), ("exp rsp", lambda: sp.exp(rsp)),
                    ("where", lambda: sp.where(dense, dense, dense)),
                    ("sgd rsp", lambda: sp.sgd_update(rsp.copy(), rsp, lr=0.1)),
                    ("too many", lambda: sp.sum(csr, 1, 1, 1, 1, 1, 1)), ("unknown", lambda: sp.exp(rsp, foo=1))]:
    try:
        r = call()
        print(label, r.stype, r.shape, r.asnumpy().tolist())
    except Exception as e:      # noqa: BLE001
        print(label, type(e).__name__, str(e).split("\n")[0][:100])
print(sorted(set(dir(mx.base.MXNetError)) - set(dir(Exception))))
print([n for n in dir(sp) if not n.startswith("_") or n in ("_STORAGE_AUX_TYPES", "_internal")])
print(sp.spsp is None or sp.spsp.__name__, sp._STORAGE_AUX_TYPES)
