# imresize of float32/float64 images holding -0.0, inf and nan: OpenCV's bilinear blends a left-border pixel with
# its right neighbour at weight 0 and copies right-border pixels with one product (signed zeros, inf * 0 = nan).
import hashlib

import numpy as np
import mxnet as mx

rs = np.random.RandomState(0)
for dtype in ("float32", "float64"):
    for special in (np.inf, -np.inf, np.nan, -0.0, 1e38):
        x = rs.uniform(-3, 3, (4, 5, 2)).round(0)
        x[rs.randint(0, 4), rs.randint(0, 5), 0] = special
        x[rs.randint(0, 4), 0, 1] = -0.0
        x[0, rs.randint(0, 5), 1] = np.inf
        x[1, 4, 1] = -0.0
        for interp in (1, 2, 3, 4):
            for w, h in ((9, 7), (3, 2), (2, 5)):
                r = mx.image.imresize(mx.nd.array(x, dtype=dtype), w, h, interp=interp).asnumpy()
                print(dtype, special, interp, (w, h), hashlib.md5(r.tobytes()).hexdigest()[:12],
                      np.isnan(r).sum(), np.signbit(r).sum(), ["%.6g" % v for v in r.ravel()[:6]])
