"""Bound symbols of one csr or row_sparse argument: the storage types MXNet's inference gives outputs and gradients, summed ones too (scalar comparisons, clip, slice, concat, BlockGrad, unary and scalar ops), and the forward values and gradients they hold."""
import numpy as np
import mxnet as mx

dense = np.array([[0, 1.5, 0, -2], [0, 0, 0, 0], [3, 0, -0.5, 0]], dtype="float32")
cases = [("gt0", lambda a: a > 0), ("gt-1", lambda a: a > -1), ("lt0", lambda a: a < 0), ("ge0", lambda a: a >= 0),
         ("le0", lambda a: a <= 0), ("ne0", lambda a: a != 0), ("gt1", lambda a: a > 1), ("eq0", lambda a: a == 0),
         ("eq1", lambda a: a == 1), ("clip01", lambda a: mx.sym.clip(a, 0, 1)), ("clip-10", lambda a: mx.sym.clip(a, -1, 0)),
         ("slice", lambda a: mx.sym.slice(a, begin=(0, 0), end=(2, 4))),
         ("slice_col", lambda a: mx.sym.slice(a, begin=(1, 1), end=(3, 3))),
         ("slice_step", lambda a: mx.sym.slice(a, begin=(0, 0), end=(3, 4), step=(2, 1))),
         ("slice_axis", lambda a: mx.sym.slice_axis(a, axis=0, begin=0, end=2)),
         ("concat0", lambda a: mx.sym.concat(a, a, a, dim=0)), ("concat1", lambda a: mx.sym.concat(a, a, dim=1)),
         ("blockgrad", lambda a: mx.sym.BlockGrad(a)), ("stop_gradient", lambda a: mx.sym.stop_gradient(a) * 2),
         ("maximum0", lambda a: mx.sym.maximum(a, 0)), ("abs", lambda a: mx.sym.abs(a)), ("mul2", lambda a: a * 2),
         ("relu", lambda a: mx.sym.relu(a)), ("zeros_like", lambda a: mx.sym.zeros_like(a)),
         ("add_self", lambda a: a + a), ("relu_plus_self", lambda a: mx.sym.relu(a) + a), ("mul_self", lambda a: a * a),
         ("add_n3", lambda a: mx.sym.add_n(a, a, mx.sym.abs(a)))]
for stype in ["csr", "row_sparse"]:
    value = mx.nd.array(dense).tostype(stype)
    for name, make in cases:
        for req in ["null", "write"]:
            a = mx.sym.var("a", stype=stype)
            e = make(a).simple_bind(mx.cpu(), grad_req=req, a=(3, 4))
            out = e.forward(is_train=req == "write", a=value)[0]
            line = [stype, name, req, out.stype, out.asnumpy().tolist()]
            if req == "write":
                e.backward(mx.nd.ones(out.shape))
                line += [e.grad_arrays[0].stype, e.grad_arrays[0].asnumpy().tolist()]
            print(*line)
