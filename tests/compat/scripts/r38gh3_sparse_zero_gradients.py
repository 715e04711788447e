"""simple_bind gives an argument whose gradient MXNet's pass makes a zeros_like of it (zeros_like, where's condition, round, BlockGrad, ...) a gradient array of the argument's own storage type; a copy (identity) keeps a sparse storage both ways."""
import mxnet as mx
import numpy as np

a = mx.sym.var("a", stype="csr")
r = mx.sym.var("r", stype="row_sparse")
d = mx.sym.var("d")
cases = {
    "zeros_like(csr)": mx.sym.zeros_like(a), "zeros_like(rsp)": mx.sym.zeros_like(r),
    "ones_like(rsp)": mx.sym.ones_like(r), "where(csr, d, d)": mx.sym.where(a, d, d),
    "round(csr)": mx.sym.round(a), "floor(rsp)": mx.sym.floor(r), "ceil(rsp) + d": mx.sym.ceil(r) + d,
    "BlockGrad(rsp)": mx.sym.BlockGrad(r), "stop_gradient(csr)": mx.sym.stop_gradient(a),
    "zeros_like(rsp) + rsp": mx.sym.sparse.elemwise_add(mx.sym.zeros_like(r), r),
    "zeros_like(csr) * d": mx.sym.sparse.elemwise_mul(mx.sym.zeros_like(a), d),
    "relu(rsp)": mx.sym.relu(r), "sign(csr)": mx.sym.sign(a),
    "identity(rsp)": mx.sym.identity(r), "identity(csr)": mx.sym.identity(a),
    "zeros_like(identity(rsp)) + rsp": mx.sym.sparse.elemwise_add(mx.sym.zeros_like(mx.sym.identity(r)), r),
    "identity(rsp) * 2": mx.sym.identity(r) * 2,
}
for name, s in cases.items():
    args = s.list_arguments()
    shapes = {k: (3, 4) for k in args}
    try:
        ex = s.simple_bind(mx.cpu(), **shapes)
        for k, v in ex.arg_dict.items():
            dense = mx.nd.array(np.arange(12).reshape(3, 4) % 3 - 0.6)
            v[:] = dense.tostype(v.stype) if v.stype != "default" else dense
        outs = ex.forward(is_train=True)
        ex.backward([mx.nd.ones(o.shape) for o in outs])
        grads = {k: (g.stype, float(g.asnumpy().sum())) for k, g in ex.grad_dict.items() if g is not None}
        print(name, [o.stype for o in outs], grads)
    except Exception as e:
        print(name, type(e).__name__, str(e).strip().split("\n")[-1][:120])
