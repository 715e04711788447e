"""Symbol broadcast ops on a csr lhs and a dense rhs of every broadcast shape: output and gradient storage types at bind, forward values (broadcast_mul/div keep csr as MXNet's storage inference does), for null and write requests."""
import numpy as np
import mxnet as mx

av = mx.nd.array([[0, 1, 0, 2], [3, 0, 0, 0], [0, 0, 0, 0]]).tostype("csr")
for op in ["broadcast_mul", "broadcast_div", "broadcast_add", "broadcast_sub"]:
    for sa, sb, shb in [("csr", "default", (3, 1)), ("csr", "default", (1, 4)), ("csr", "default", (3, 4)),
                        ("csr", "default", (1, 1)), ("default", "csr", (3, 4)), ("csr", "csr", (3, 4)),
                        ("row_sparse", "default", (3, 1)), ("row_sparse", "row_sparse", (3, 4))]:
        a = mx.sym.var("a", stype=sa)
        b = mx.sym.var("b", stype=sb)
        for req in ["null", "write"]:
            e = getattr(mx.sym, op)(a, b).simple_bind(mx.cpu(), a=(3, 4), b=shb, grad_req=req)
            print(op, sa, sb, shb, req, e.outputs[0].stype, [g.stype if g is not None else None for g in e.grad_arrays])
for op in ["broadcast_mul", "broadcast_div"]:
    for shb in [(3, 1), (1, 4), (3, 4), (1, 1)]:
        e = getattr(mx.sym, op)(mx.sym.var("a", stype="csr"), mx.sym.var("b")).simple_bind(mx.cpu(), a=(3, 4), b=shb,
                                                                                          grad_req="null")
        try:
            o = e.forward(a=av, b=mx.nd.array(np.arange(1, 1 + np.prod(shb)).reshape(shb)))[0]
            print(op, shb, o.stype, o.asnumpy().round(4).tolist(), o.indices.asnumpy().tolist())
        except mx.base.MXNetError as err:
            print(op, shb, type(err).__name__, str(err).strip().split("\n")[-1])
