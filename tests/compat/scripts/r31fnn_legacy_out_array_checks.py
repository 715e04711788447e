"""An out= array of the wrong shape or dtype given to the legacy nn operators (sequence ops, UpSampling, Crop, samplers, ROI ops, Correlation, InstanceNorm, LRN, im2col) is refused in MXNet's words for each operator's interface."""
# recorded on AVX2
import mxnet as mx
from mxnet import nd

x4 = nd.ones((1, 2, 4, 4))
calls = {
    "SequenceLast": lambda o: nd.SequenceLast(nd.ones((2, 3)), out=o),
    "SequenceReverse": lambda o: nd.SequenceReverse(nd.ones((2, 3)), out=o),
    "SequenceMask": lambda o: nd.SequenceMask(nd.ones((2, 3)), out=o),
    "UpSampling": lambda o: nd.UpSampling(x4, scale=2, sample_type="nearest", out=o),
    "Crop": lambda o: nd.Crop(x4, h_w=(2, 2), out=o),
    "GridGenerator": lambda o: nd.GridGenerator(nd.ones((1, 6)), transform_type="affine", target_shape=(2, 2), out=o),
    "BilinearSampler": lambda o: nd.BilinearSampler(x4, nd.zeros((1, 2, 3, 3)), out=o),
    "SpatialTransformer": lambda o: nd.SpatialTransformer(x4, nd.ones((1, 6)), target_shape=(2, 2), transform_type="affine",
                                                          sampler_type="bilinear", out=o),
    "ROIPooling": lambda o: nd.ROIPooling(x4, nd.array([[0, 0, 0, 2, 2]]), pooled_size=(2, 2), spatial_scale=1.0, out=o),
    "ROIAlign": lambda o: nd.contrib.ROIAlign(x4, nd.array([[0, 0, 0, 2, 2]]), pooled_size=(2, 2), spatial_scale=1.0,
                                              out=o),
    "Correlation": lambda o: nd.Correlation(x4, x4, out=o),
    "InstanceNorm": lambda o: nd.InstanceNorm(x4, nd.ones((2,)), nd.ones((2,)), out=o),
    "LRN": lambda o: nd.LRN(x4, nsize=3, out=o),
    "L2Normalization": lambda o: nd.L2Normalization(x4, out=o),
    "im2col": lambda o: nd.im2col(x4, kernel=(2, 2), out=o),
    "col2im": lambda o: nd.col2im(nd.ones((1, 8, 9)), output_size=(4, 4), kernel=(2, 2), out=o),
    "depth_to_space": lambda o: nd.depth_to_space(nd.ones((1, 4, 2, 2)), block_size=2, out=o),
    "ctc_loss": lambda o: nd.ctc_loss(nd.ones((3, 1, 4)), nd.array([[1]]), out=o),
}


def words(e):
    return [l for l in str(e).splitlines() if "Check" in l or "nconsistent" in l][:1]


for name, f in calls.items():
    shape = f(None).shape
    try:
        f(nd.zeros((7, 5)))
        print(name, "shape accepted")
    except Exception as e:
        print(name, "shape", type(e).__name__, words(e))
    try:
        r = f(nd.zeros(shape, dtype="float64"))
        print(name, "dtype accepted", r.dtype)
    except Exception as e:
        print(name, "dtype", type(e).__name__, words(e))
