"""Layers given an out= array of another type refuse it in their own type check's words, and the output layers
of a vector take a 0-d label (inferred as ())."""
import numpy as np
import mxnet as mx
from mxnet import nd, autograd
from _words import words


def out64(*shape):
    return nd.zeros(shape, dtype="float64")


calls = {
    "SoftmaxOutput": lambda: nd.SoftmaxOutput(nd.ones((2, 3)), nd.zeros((2,)), out=out64(2, 3)),
    "SVMOutput": lambda: nd.SVMOutput(nd.ones((2, 3)), nd.zeros((2,)), out=out64(2, 3)),
    "MakeLoss": lambda: nd.MakeLoss(nd.ones((2, 3)), out=out64(2, 3)),
    "SequenceMask": lambda: nd.SequenceMask(nd.ones((3, 2)), out=out64(3, 2)),
    "SequenceReverse": lambda: nd.SequenceReverse(nd.ones((3, 2)), out=out64(3, 2)),
    "SequenceLast": lambda: nd.SequenceLast(nd.ones((3, 2)), out=out64(2)),
    "UpSampling": lambda: nd.UpSampling(nd.ones((1, 1, 2, 2)), scale=2, sample_type="nearest", out=out64(1, 1, 4, 4)),
    "LRN": lambda: nd.LRN(nd.ones((1, 3, 2, 2)), nsize=3, out=out64(1, 3, 2, 2)),
    "InstanceNorm": lambda: nd.InstanceNorm(nd.ones((2, 3, 2)), nd.ones((3,)), nd.ones((3,)), out=out64(2, 3, 2)),
    "GridGenerator": lambda: nd.GridGenerator(nd.ones((1, 6)), transform_type="affine", target_shape=(2, 2),
                                              out=out64(1, 2, 2, 2)),
    "BilinearSampler": lambda: nd.BilinearSampler(nd.ones((1, 1, 2, 2)), nd.zeros((1, 2, 2, 2)),
                                                  out=out64(1, 1, 2, 2)),
    "ROIPooling": lambda: nd.ROIPooling(nd.ones((1, 1, 4, 4)), nd.array([[0, 0, 0, 2, 2]]), pooled_size=(2, 2),
                                        spatial_scale=1.0, out=out64(1, 1, 2, 2)),
    "L2Normalization": lambda: nd.L2Normalization(nd.ones((2, 3)), out=out64(2, 3)),
    "im2col": lambda: nd.im2col(nd.ones((1, 1, 3, 3)), kernel=(2, 2), out=out64(1, 4, 4)),
    "col2im": lambda: nd.col2im(nd.ones((1, 4, 4)), output_size=(3, 3), kernel=(2, 2), out=out64(1, 1, 3, 3)),
    "depth_to_space": lambda: nd.depth_to_space(nd.ones((1, 4, 1, 1)), block_size=2, out=out64(1, 1, 2, 2)),
    "space_to_depth": lambda: nd.space_to_depth(nd.ones((1, 1, 2, 2)), block_size=2, out=out64(1, 4, 1, 1)),
    "Correlation": lambda: nd.Correlation(nd.ones((1, 1, 3, 3)), nd.ones((1, 1, 3, 3)), out=out64(1, 9, 1, 1)),
    "CTCLoss": lambda: nd.CTCLoss(nd.ones((3, 1, 3)), nd.array([[1, 2]]), out=out64(1)),
}
for name, call in calls.items():
    try:
        call()
        print(name, "taken")
    except Exception as e:
        print(name, words(e))
x = nd.array([0.5, -1.0, 2.0])
for op in ["SoftmaxOutput", "SVMOutput"]:
    print(op, getattr(mx.sym, op)(mx.sym.var("d"), name="o").infer_shape(d=(3,)))
    for kw in [{}, {"preserve_shape": True}] if op == "SoftmaxOutput" else [{}]:
        print(op, kw, "predict", getattr(nd, op)(x, nd.array(np.array(1.0)), **kw).asnumpy().round(4).tolist())
        with autograd.record():
            print(op, kw, "train", getattr(nd, op)(x, nd.array(np.array(1.0)), **kw).asnumpy().round(4).tolist())
    try:
        getattr(nd, op)(x, nd.array([1.0]))
    except Exception as e:
        print(op, "label (1,)", words(e))
g = nd.array([0.5, -1.0, 2.0])
g.attach_grad()
with autograd.record():
    y = nd.SoftmaxOutput(g, nd.array(np.array(1.0)), preserve_shape=True, grad_scale=2.0)
y.backward()
print("preserve_shape vector gradient", g.grad.asnumpy().round(4).tolist())
