"""RROIAlign's shape and type checks, MultiBoxTarget's negative mining check (raised on reading) and the
MultiBox checks whose MXNet message ends in an empty explanation."""
import numpy as np

import mxnet as mx
from mxnet import nd
from _words import words


def attempt(label, fn):
    try:
        r = fn()
        r = r if isinstance(r, (list, tuple)) else [r]
        print(label, "->", [np.round(x.asnumpy().astype(np.float64), 4).tolist() for x in r])
    except Exception as e:
        print(label, "->", repr(words(e)))


def rroi(data_shape, rois, dtype="float32", rois_dtype="float32"):
    return nd.contrib.RROIAlign(nd.ones(data_shape, dtype=dtype), nd.array(rois, dtype=rois_dtype),
                                pooled_size=(2, 2), spatial_scale=1.0)


one = [[0, 2, 2, 2, 2, 30]]
attempt("rroi", lambda: rroi((1, 1, 4, 4), one))
attempt("rroi 5 columns", lambda: rroi((1, 1, 4, 4), [[0, 2, 2, 2, 2]]))
attempt("rroi 1-D rois", lambda: rroi((1, 1, 4, 4), one[0]))
attempt("rroi 3-D data", lambda: rroi((1, 4, 4), one))
attempt("rroi 5-D data", lambda: rroi((1, 1, 1, 4, 4), [[0, 2, 2]]))
attempt("rroi float64 data", lambda: rroi((1, 1, 4, 4), one, "float64"))
attempt("rroi float64 both", lambda: rroi((1, 1, 4, 4), one, "float64", "float64"))
attempt("rroi int32 both", lambda: rroi((1, 1, 4, 4), one, "int32", "int32"))
s = mx.sym.contrib.RROIAlign(mx.sym.var("d"), mx.sym.var("r"), pooled_size=(2, 3), spatial_scale=1.0)
for shapes in [dict(d=(2, 3, 5, 5), r=(4, 6)), dict(d=(2, 3, 5, 5), r=(4, 5)), dict(d=(2, 3, 5), r=(4, 6))]:
    try:
        print("symbol", shapes, "->", s.infer_shape(**shapes)[1])
    except Exception as e:
        print("symbol", shapes, "->", words(e))

anchors = nd.array([[[0.1, 0.1, 0.4, 0.4], [0.5, 0.5, 0.9, 0.9], [0.0, 0.0, 1.0, 1.0], [0.2, 0.6, 0.4, 0.9]]])
labels = nd.array([[[0, 0.1, 0.1, 0.45, 0.45], [1, 0.55, 0.5, 0.9, 0.95], [-1, -1, -1, -1, -1]]])
preds = nd.array(np.random.RandomState(1).rand(1, 3, 4))
for ratio, thresh in [(1, 0.5), (1, 0.1), (3, 0.5), (0.5, 0.1)]:
    out = nd.contrib.MultiBoxTarget(anchors, labels, preds, negative_mining_ratio=ratio, negative_mining_thresh=thresh)
    attempt(f"target ratio {ratio} thresh {thresh}", lambda: out[2])
    attempt("  then its offsets", lambda: out[0])
attempt("prior no sizes", lambda: nd.contrib.MultiBoxPrior(nd.ones((1, 1, 2, 2)), sizes=()))
attempt("prior no ratios", lambda: nd.contrib.MultiBoxPrior(nd.ones((1, 1, 2, 2)), ratios=()))
attempt("prior one offset", lambda: nd.contrib.MultiBoxPrior(nd.ones((1, 1, 2, 2)), offsets=(0.5,)))
attempt("prior offset 2", lambda: nd.contrib.MultiBoxPrior(nd.ones((1, 1, 2, 2)), offsets=(0.5, 2)))
attempt("prior offset -1", lambda: nd.contrib.MultiBoxPrior(nd.ones((1, 1, 2, 2)), offsets=(-1, 0.5)))
attempt("target 2 variances", lambda: nd.contrib.MultiBoxTarget(anchors, labels, preds, variances=(0.1, 0.2)))
attempt("detection 5-wide anchors", lambda: nd.contrib.MultiBoxDetection(nd.ones((1, 3, 4)), nd.ones((1, 16)),
                                                                          nd.ones((1, 4, 5))))
attempt("detection 2 variances", lambda: nd.contrib.MultiBoxDetection(nd.ones((1, 3, 4)), nd.ones((1, 16)), anchors,
                                                                       variances=(1, 1)))
