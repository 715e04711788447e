# Corners of nd.contrib / nd.image / nd.sparse: integer div_sqrt_dim, normalize's defaults, BilinearResize2D's
# inputs, sparse.dot of dense vectors, required parameters of the sparse and image functions
import mxnet as mx, numpy as np
rng = np.random.RandomState(0)
x4 = mx.nd.array(rng.rand(2, 3, 4, 5)); x3 = mx.nd.array(rng.rand(3, 1, 2))
for t in ["mx.nd.image.normalize(x4)", "mx.nd.image.normalize(x3)", "mx.nd.image.normalize(x4, mean=(0.1,0.2,0.3), std=(1,2,3))",
          "mx.nd.image.normalize(mx.nd.array(rng.rand(3, 4, 5)))", "mx.nd.image.normalize(mx.nd.array(rng.rand(1, 4, 5)))",
          "mx.nd.image.normalize(mx.nd.array(rng.rand(2, 4, 5)))", "mx.nd.image.normalize(mx.nd.array(rng.rand(4, 4, 5)))",
          "mx.nd.contrib.BilinearResize2D(x4, x4)", "mx.nd.contrib.BilinearResize2D(x4, x4, mode='like')", "mx.nd.contrib.BilinearResize2D(x4, height=2, width=3)",
          "mx.nd.sparse.dot(mx.nd.array([1, 2]), mx.nd.array([3, 4]))", "mx.nd.dot(mx.nd.array([1, 2]), mx.nd.array([3, 4]))",
          "mx.nd.sparse.clip(x3)", "mx.nd.sparse.slice(x3)", "mx.nd.image.crop(x3)", "mx.nd.sparse.cast_storage(x3)",
          "mx.nd.contrib.div_sqrt_dim(mx.nd.array([[1, 2, 3, 7, -7]], dtype='int32'))", "mx.nd.contrib.div_sqrt_dim(mx.nd.array([[1, 2, 3, 7, -7, 9, 11, 12, 13]], dtype='int32'))",
          "mx.nd.contrib.div_sqrt_dim(mx.nd.array([[1, 2, 3, 7, -7]], dtype='int8'))", "mx.nd.contrib.div_sqrt_dim(mx.nd.array([[1, 2, 3, 7]], dtype='float16'))",
          "mx.nd.contrib.div_sqrt_dim(mx.nd.array([[1, 2, 3, 7, -7]], dtype='uint8'))"]:
    try:
        r = eval(t); r = r if isinstance(r, (list, tuple)) else [r]
        print(t, [(a.dtype.__name__, a.shape, a.asnumpy().round(4).reshape(-1)[:6].tolist()) for a in r])
    except Exception as e:
        print(t, "ERR", type(e).__name__)
