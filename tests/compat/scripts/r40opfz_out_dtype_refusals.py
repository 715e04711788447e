"""out= arrays of the wrong dtype (and of the right one) for contrib/linalg/AMP ops: each refusal in its op's own words."""
# recorded on AVX2
import mxnet as mx
import numpy as np

x = mx.nd.array(np.random.RandomState(0).rand(3, 3) + 1)
cases = [('boolean_mask', lambda o: mx.nd.contrib.boolean_mask(x, mx.nd.array([1, 0, 1]), out=o), (2, 3)),
         ('det', lambda o: mx.nd.linalg.det(x, out=o), (1,)),
         ('slogdet', lambda o: mx.nd.linalg.slogdet(x, out=[o, mx.nd.zeros((1,))]), (1,)),
         ('inverse', lambda o: mx.nd.linalg.inverse(x, out=o), (3, 3)),
         ('sumlogdiag', lambda o: mx.nd.linalg.sumlogdiag(x, out=o), (1,)),
         ('amp_multicast', lambda o: mx.nd.amp_multicast(x, num_outputs=1, out=o), (3, 3)),
         ('all_finite', lambda o: mx.nd.all_finite(x, out=o), (1,)),
         ('potrf', lambda o: mx.nd.linalg.potrf(x, out=o), (3, 3)),
         ('extractdiag', lambda o: mx.nd.linalg.extractdiag(x, out=o), (3,)),
         ('makediag', lambda o: mx.nd.linalg.makediag(mx.nd.ones(3), out=o), (3, 3)),
         ('gemm2', lambda o: mx.nd.linalg.gemm2(x, x, out=o), (3, 3)),
         ('syrk', lambda o: mx.nd.linalg.syrk(x, out=o), (3, 3)),
         ('trmm', lambda o: mx.nd.linalg.trmm(x, x, out=o), (3, 3)),
         ('index_copy', lambda o: mx.nd.contrib.index_copy(x, mx.nd.array([0]), mx.nd.ones((1, 3)), out=o), (3, 3)),
         ('box_iou', lambda o: mx.nd.contrib.box_iou(mx.nd.ones((2, 4)), mx.nd.ones((2, 4)), out=o), (2, 2)),
         ('arange_like', lambda o: mx.nd.contrib.arange_like(x, out=o), (3, 3)),
         ('div_sqrt_dim', lambda o: mx.nd.contrib.div_sqrt_dim(x, out=o), (3, 3)),
         ('index_array', lambda o: mx.nd.contrib.index_array(x, out=o), (3, 3, 2)),
         ('quantize_v2', lambda o: mx.nd.contrib.quantize_v2(x, out=[o, mx.nd.zeros((1,)), mx.nd.zeros((1,))]), (3, 3)),
         ('diag', lambda o: mx.nd.diag(x, out=o), (3,)),
         ('multi_all_finite', lambda o: mx.nd.multi_all_finite(x, x, num_arrays=2, out=o), (1,)),
         ('sum', lambda o: mx.nd.sum(x, axis=0, out=o), (3,)),
         ('exp', lambda o: mx.nd.exp(x, out=o), (3, 3)),
         ('norm', lambda o: mx.nd.norm(x, out=o), (1,)),
         ('cumsum', lambda o: mx.nd.cumsum(x, axis=1, out=o), (3, 3)),
         ('shape_array', lambda o: mx.nd.shape_array(x, out=o), (2,)),
         ('swapaxes', lambda o: mx.nd.swapaxes(x, 0, 1, out=o), (3, 3)),
        ]
for name, f, shape in cases:
    for dtype in ["float64", "float32", "float16"]:
        o = mx.nd.zeros(shape, dtype=dtype)
        try:
            f(o)
            print(name, dtype, "ok", o.asnumpy().ravel()[:4].tolist())
        except mx.base.MXNetError as e:
            print(name, dtype, [line for line in str(e).split("\n") if line.strip()][-1])
