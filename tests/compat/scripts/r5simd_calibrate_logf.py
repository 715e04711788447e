# calibrate_entropy's KL divergences take the C library's logf, as MXNet's kernel
import mxnet as mx, numpy as np
rs = np.random.RandomState(0)
for n in [255, 511, 2001]:
    data = rs.standard_normal(20000) * rs.uniform(0.5, 2)
    hist, edges = np.histogram(data, bins=n, range=(-8, 8))
    for q in [255, 127]:
        if q > n:
            continue
        r = mx.nd.contrib.calibrate_entropy(mx.nd.array(hist.astype('float32')), mx.nd.array(edges.astype('float32')), num_quantized_bins=q)
        print(n, q, [v.asnumpy().tobytes().hex() for v in r])
