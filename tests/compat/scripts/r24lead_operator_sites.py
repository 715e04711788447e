# The same check words stand at several places of MXNet's source: the operator raising them decides the file and
# line an error prints first (imperatively, on reading a kernel's error, and inside a graph's error).
# recorded on AVX2
import mxnet as mx
from mxnet import nd, sym

m, i = nd.ones((2, 3)), nd.ones((2, 3), dtype="int32")
CASES = [
    ("BilinearSampler rank", lambda: nd.BilinearSampler(m, m)),
    ("SpatialTransformer rank", lambda: nd.SpatialTransformer(m, m, target_shape=(2, 2), transform_type="affine",
                                                              sampler_type="bilinear")),
    ("Convolution rank", lambda: nd.Convolution(m, nd.ones((2, 3, 3, 3)), kernel=(3, 3), num_filter=2, no_bias=True)),
    ("Convolution no kernel", lambda: nd.Convolution(nd.ones((1, 1, 4, 4)), nd.ones((1, 1, 1, 1)), kernel=(),
                                                     num_filter=1, no_bias=True)),
    ("Deconvolution stride", lambda: nd.Deconvolution(nd.ones((1, 1, 4, 4)), nd.ones((1, 1, 2, 2)), kernel=(2, 2),
                                                      stride=(1,), num_filter=1, no_bias=True)),
    ("Pooling 1-D rank", lambda: nd.Pooling(nd.ones((2, 3, 4, 5)), kernel=(2,), pool_type="max")),
    ("Dropout axes", lambda: nd.Dropout(m, p=0.5, axes=(-5,), mode="always")),
    ("Activation int32", lambda: nd.Activation(i, act_type="relu")),
    ("log_softmax int32", lambda: nd.log_softmax(i)),
    ("Softmax int32", lambda: nd.SoftmaxOutput(i, nd.ones(2, dtype="int32"))),
    ("LinearRegressionOutput int32", lambda: nd.LinearRegressionOutput(i, i)),
    ("BatchNorm int32", lambda: nd.BatchNorm(i, *(nd.ones(3, dtype="int32") for _ in range(4)))),
    ("Dropout int32", lambda: nd.Dropout(i, p=0.5, mode="always")),
    ("sgd_update int32", lambda: nd.sgd_update(i, i, lr=0.1)),
]
for label, fn in CASES:
    try:
        r = fn()
        (r[0] if isinstance(r, (list, tuple)) else r).wait_to_read()
        print(label, "ok")
    except Exception as e:
        print(label, type(e).__name__, repr(str(e)))

# inside a graph: the node's error shows its check's log line (time of day left out here)
data, grid = sym.var("data"), sym.var("grid")
for label, s, shapes in [("BilinearSampler", sym.BilinearSampler(data, grid, name="bs"), {"data": (2, 3), "grid": (2, 3)}),
                         ("Pooling", sym.Pooling(data, kernel=(2,), pool_type="max", name="p"), {"data": (2, 3, 4, 5)})]:
    try:
        s.infer_shape(**shapes)
    except Exception as e:
        text = str(e)
        cut = text.find("] ../")
        print(label, type(e).__name__, repr(text if cut < 0 else text[:text.find("[", 0, cut)] + text[cut + 2:]))
