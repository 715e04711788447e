"""UpSampling: nearest inputs that do not fill their part of the output fail when read (MXNet's kernel scales by the height's factor); bilinear float32 values and gradients as MXNet's own Deconvolution kernel sums them."""
# recorded on AVX2
import numpy as np
import mxnet as mx
from mxnet import nd


def first_line(e):
    lines = str(e).splitlines()
    return [l for l in lines if not l.startswith(("Traceback", "  File"))][0] if lines else ""


def nearest(shapes, mode="concat"):
    xs = [nd.array(np.arange(np.prod(s)).reshape(s)) for s in shapes]
    try:
        y = nd.UpSampling(*xs, scale=2, sample_type="nearest", num_args=len(xs), multi_input_mode=mode)
        print(shapes, mode, "shape", y.shape)
        print("  values", y.asnumpy().ravel()[:8].tolist())
    except Exception as e:
        print("  ", type(e).__name__, first_line(e))


nearest([(1, 1, 3, 2), (1, 1, 3, 4)])
nearest([(1, 1, 2, 2), (1, 1, 1, 2)])
nearest([(2, 3, 3, 2), (1, 3, 1, 2)])
nearest([(2, 1, 2, 2), (1, 1, 2, 2)])
nearest([(1, 1, 2, 2), (2, 1, 2, 2)], "sum")
nearest([(1, 1, 2, 2), (1, 1, 4, 2)], "sum")
nearest([(2, 1, 3, 2), (2, 3, 3, 4), (2, 3, 12, 8)])
nearest([(1, 1, 2, 2), (1, 1, 3, 3), (1, 1, 2)])
nearest([(1, 1, 2, 2), (1, 2, 2, 2), (1, 1, 3, 3)], "sum")
nearest([(1, 2, 2, 2), (1, 2, 1, 1)], "sum")

np.random.seed(3)
for shape, scale, workspace in [((2, 2, 3, 5), 1, 512), ((1, 2, 3, 3), 3, 512), ((1, 3, 2, 1), 4, 512),
                                ((2, 3, 2, 1), 3, 512), ((2, 1, 3, 5), 4, 512), ((3, 2, 4, 4), 2, 1)]:
    k = 2 * scale - scale % 2
    x = nd.array(np.random.uniform(-1, 1, shape), dtype="float32")
    w = nd.array(np.random.uniform(-1, 1, (shape[1], 1, k, k)), dtype="float32")
    x.attach_grad()
    w.attach_grad()
    with mx.autograd.record():
        y = nd.UpSampling(x, w, scale=scale, sample_type="bilinear", num_filter=shape[1], workspace=workspace)
    y.backward(nd.array(np.random.uniform(-1, 1, y.shape)))
    print("bilinear", shape, scale, y.shape)
    print("  y", y.asnumpy().ravel().tolist()[:24])
    print("  y sum", float(y.asnumpy().astype(np.float64).sum()))
    print("  dx", x.grad.asnumpy().ravel().tolist()[:12])
    print("  dw", w.grad.asnumpy().ravel().tolist()[:12])
