# Spatial operators: GridGenerator, BilinearSampler, SpatialTransformer, Correlation, ROIPooling, resize modes.
import numpy as np
import mxnet as mx
from mxnet import nd


def show(tag, f):
    try:
        r = f()
        if isinstance(r, (list, tuple)):
            for x in r:
                print(tag, x.shape, x.dtype.__name__, np.round(x.asnumpy(), 4).tolist())
        else:
            print(tag, r.shape, r.dtype.__name__, np.round(r.asnumpy(), 4).tolist())
    except Exception as e:
        print(tag, "error", type(e).__name__)


rng = np.random.RandomState(0)
img = nd.array(rng.rand(1, 2, 4, 5))
theta = nd.array([[0.9, 0.1, 0.05, -0.1, 1.1, 0.02]])
show("grid_affine", lambda: nd.GridGenerator(theta, transform_type="affine", target_shape=(3, 4)))
show("grid_warp", lambda: nd.GridGenerator(nd.array(rng.rand(1, 2, 3, 4)), transform_type="warp"))
grid = nd.GridGenerator(theta, transform_type="affine", target_shape=(3, 4))
show("bilinear_sampler", lambda: nd.BilinearSampler(img, grid))
show("bilinear_sampler_out", lambda: nd.BilinearSampler(img, nd.array(rng.rand(1, 2, 2, 2) * 3 - 1.5)))
show("spatial_transformer", lambda: nd.SpatialTransformer(img, theta, target_shape=(3, 4), transform_type="affine", sampler_type="bilinear"))
a = nd.array(rng.rand(1, 2, 5, 5))
b = nd.array(rng.rand(1, 2, 5, 5))
show("correlation", lambda: nd.Correlation(a, b, kernel_size=1, max_displacement=1, stride1=1, stride2=1, pad_size=1))
show("correlation_sub", lambda: nd.Correlation(a, b, kernel_size=3, max_displacement=1, stride1=1, stride2=1, pad_size=2, is_multiply=False))
feat = nd.arange(2 * 1 * 6 * 6).reshape((2, 1, 6, 6))
rois = nd.array([[0, 0, 0, 3, 3], [1, 1, 1, 5, 4], [0, 2.4, 0.6, 4.5, 5.5]])
show("roipool", lambda: nd.ROIPooling(feat, rois, pooled_size=(2, 2), spatial_scale=1.0))
show("roipool_scale", lambda: nd.ROIPooling(feat, rois, pooled_size=(3, 2), spatial_scale=0.5))
show("roialign", lambda: nd.contrib.ROIAlign(feat, rois, pooled_size=(2, 2), spatial_scale=1.0))
show("roialign_pos", lambda: nd.contrib.ROIAlign(feat, rois, pooled_size=(2, 3), spatial_scale=0.5, sample_ratio=2, aligned=True))
x = nd.arange(2 * 3 * 5).reshape((1, 2, 3, 5))
for mode in ["size", "odd_scale", "like", "to_even_down", "to_even_up", "to_odd_down", "to_odd_up"]:
    kw = dict(height=4, width=7) if mode == "size" else dict(scale_height=1.5, scale_width=0.5)
    args = (x, nd.zeros((1, 1, 2, 9))) if mode == "like" else (x,)
    show(("resize2d", mode), lambda: nd.contrib.BilinearResize2D(*args, mode=mode, **({} if mode == "like" else kw)))
show("resize2d_align", lambda: nd.contrib.BilinearResize2D(x, height=5, width=3, align_corners=False))
show("adaptive", lambda: nd.contrib.AdaptiveAvgPooling2D(nd.arange(49).reshape((1, 1, 7, 7)), output_size=3))
show("UpSampling_nearest", lambda: nd.UpSampling(x, scale=2, sample_type="nearest"))
