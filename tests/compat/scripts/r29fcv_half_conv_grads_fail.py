"""float16 Convolution/Deconvolution backward on CPU: MXNet's own kernel fails (FP16 gemm) writing no gradient, the first gradient read raises the error and the others read zeros; a float16 3-D Deconvolution fails its FP16 gemm first, a float64 one at its native-kernel check."""
# recorded on AVX2
import numpy as np

import mxnet as mx


def shown(e):
    return type(e).__name__ + ": " + " | ".join(line.strip() for line in str(e).splitlines() if line.strip())


y = mx.nd.Deconvolution(mx.nd.ones((1, 8, 3, 3, 3), dtype="float64"), mx.nd.ones((8, 4, 3, 3, 3), dtype="float64"),
                        kernel=(3, 3, 3), num_filter=4)
try:
    y.asnumpy()
except mx.MXNetError as e:
    print("Deconvolution float64 3", shown(e))
rs = np.random.RandomState(17)
CASES = [("Convolution", "float16", (1, 8, 3, 3), (4, 8, 3, 3), ("xwb", "bxw", "wbx")),
         ("Deconvolution", "float16", (1, 8, 3, 3), (8, 4, 3, 3), ("xwb", "bxw")),
         ("Deconvolution", "float16", (1, 8, 3, 3, 3), (8, 4, 3, 3, 3), ("y",))]
for op, dtype, dshape, wshape, orders in CASES:
    for order in orders:
        x = mx.nd.array(rs.uniform(-1, 1, dshape), dtype=dtype)
        w = mx.nd.array(rs.uniform(-1, 1, wshape), dtype=dtype)
        b = mx.nd.array(rs.uniform(-1, 1, (4,)), dtype=dtype)
        for a in (x, w, b):
            a.attach_grad()
        kwargs = dict(kernel=wshape[2:], num_filter=4)
        if op == "Deconvolution":
            kwargs["no_bias"] = False
        with mx.autograd.record():
            y = getattr(mx.nd, op)(x, w, b, **kwargs)
        y.backward()
        for name in order:
            try:
                value = y if name == "y" else dict(x=x, w=w, b=b)[name].grad
                print(op, dtype, len(dshape) - 2, order, name, float(value.asnumpy().astype("float64").sum()))
            except mx.MXNetError as e:
                print(op, dtype, len(dshape) - 2, order, name, shown(e))
