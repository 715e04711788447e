"""Bound two-argument symbols over every pairing of default, csr and row_sparse arguments: output and gradient storage types at bind (elemwise, broadcast, dot with transposes, add_n, where, concat, stack), and values of dot(csr, transpose_b) and add_n of csr arrays forward and backward."""
import itertools

import numpy as np
import mxnet as mx

ops = [("add", lambda a, b: mx.sym.elemwise_add(a, b)), ("sub", lambda a, b: mx.sym.elemwise_sub(a, b)),
       ("mul", lambda a, b: mx.sym.elemwise_mul(a, b)), ("div", lambda a, b: mx.sym.elemwise_div(a, b)),
       ("plus", lambda a, b: a + b), ("maximum", lambda a, b: mx.sym.maximum(a, b)),
       ("broadcast_add", lambda a, b: mx.sym.broadcast_add(a, b)), ("dot", lambda a, b: mx.sym.dot(a, b)),
       ("dot_ta", lambda a, b: mx.sym.dot(a, b, transpose_a=True)),
       ("dot_tb", lambda a, b: mx.sym.dot(a, b, transpose_b=True)), ("add_n", lambda a, b: mx.sym.add_n(a, b, a)),
       ("where", lambda a, b: mx.sym.where(a, b, b)), ("concat0", lambda a, b: mx.sym.concat(a, b, dim=0)),
       ("stack", lambda a, b: mx.sym.stack(a, b)), ("hypot", lambda a, b: mx.sym.hypot(a, b))]
for (name, make), sa, sb in itertools.product(ops, ["default", "csr", "row_sparse"], ["default", "csr", "row_sparse"]):
    if sa == sb == "default":
        continue
    a = mx.sym.var("a", stype=sa)
    b = mx.sym.var("b", stype=sb)
    for req in ["null", "write"]:
        e = make(a, b).simple_bind(mx.cpu(), grad_req=req, a=(4, 4), b=(4, 4))
        print(name, sa, sb, req, [o.stype for o in e.outputs], [g.stype if g is not None else None for g in e.grad_arrays])
av = mx.nd.array(np.array([[0, 1, 0, 2], [0, 0, 0, 0], [3, 0, 0, 0], [0, 0, 4, 0]], dtype="float32"))
bv = mx.nd.array(np.arange(16, dtype="float32").reshape(4, 4) / 4)
for name, make, sb in [("dot_tb", lambda a, b: mx.sym.dot(a, b, transpose_b=True), "default"),
                       ("dot_tb", lambda a, b: mx.sym.dot(a, b, transpose_b=True), "csr"),
                       ("add_n", lambda a, b: mx.sym.add_n(a, b, a), "csr"),
                       ("add_n", lambda a, b: mx.sym.add_n(a, b, a), "row_sparse")]:
    e = make(mx.sym.var("a", stype="csr" if sb != "row_sparse" else sb), mx.sym.var("b", stype=sb)).simple_bind(
        mx.cpu(), a=(4, 4), b=(4, 4))
    out = e.forward(is_train=True, a=av.tostype(e.arg_arrays[0].stype), b=bv.tostype(sb))[0]
    e.backward(mx.nd.ones((4, 4)))
    print(name, sb, out.stype, out.asnumpy().tolist())
    print("  grads", [(g.stype, g.asnumpy().tolist()) for g in e.grad_arrays])
