"""An attribute an nn operator does not take: MXNet's parser refuses it (the words' first line), except the
regression outputs', which let it pass."""
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones
x4, x2 = o((1, 2, 4, 4)), o((2, 3))
calls = {
    "FullyConnected": lambda **k: nd.FullyConnected(x2, o((2, 3)), o((2,)), num_hidden=2, **k),
    "Convolution": lambda **k: nd.Convolution(x4, o((2, 2, 2, 2)), o((2,)), kernel=(2, 2), num_filter=2, **k),
    "Deconvolution": lambda **k: nd.Deconvolution(x4, o((2, 2, 2, 2)), kernel=(2, 2), num_filter=2, **k),
    "Pooling": lambda **k: nd.Pooling(x4, kernel=(2, 2), **k),
    "BatchNorm": lambda **k: nd.BatchNorm(x4, o((2,)), o((2,)), o((2,)), o((2,)), **k),
    "LayerNorm": lambda **k: nd.LayerNorm(x2, o((3,)), o((3,)), **k),
    "GroupNorm": lambda **k: nd.GroupNorm(x4, o((1,)), o((1,)), **k),
    "LRN": lambda **k: nd.LRN(x4, nsize=3, **k),
    "Embedding": lambda **k: nd.Embedding(o((2,)), o((3, 2)), input_dim=3, output_dim=2, **k),
    "Activation": lambda **k: nd.Activation(x2, act_type="relu", **k),
    "softmax": lambda **k: nd.softmax(x2, **k),
    "SoftmaxOutput": lambda **k: nd.SoftmaxOutput(x2, o((2,)), **k),
    "LinearRegressionOutput": lambda **k: nd.LinearRegressionOutput(x2, x2 * 0.5, **k),
    "LogisticRegressionOutput": lambda **k: nd.LogisticRegressionOutput(x2, x2 * 0.5, **k),
    "MAERegressionOutput": lambda **k: nd.MAERegressionOutput(x2, x2 * 0.5, **k),
    "UpSampling": lambda **k: nd.UpSampling(x4, scale=2, sample_type="nearest", **k),
    "SequenceMask": lambda **k: nd.SequenceMask(x2, **k),
    "linalg.gemm2": lambda **k: nd.linalg.gemm2(o((2, 2)), o((2, 2)), **k),
    "contrib.box_iou": lambda **k: nd.contrib.box_iou(o((2, 4)), o((2, 4)), **k),
}
for name, call in calls.items():
    try:
        r = call(foo=1)
        print(name, "->", r.shape, r.asnumpy().round(4).ravel().tolist()[:3])
    except Exception as e:
        print(name, "->", words(e))
