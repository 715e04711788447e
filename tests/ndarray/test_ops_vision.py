"""Spatial-transform and legacy vision operators: the op table plus values measured from MXNet 1.9.1."""
import numpy as np
import pytest
from opcheck import Case, run_case

from distnet import autograd, nd
from distnet.base import MXNetError, message_of
from distnet.ndarray import registry

THETA = np.array([[1.0, 0.2, 0.1, -0.1, 0.9, 0.05], [0.6, -0.3, 0.2, 0.25, 1.2, -0.1]])
FLOW = np.random.RandomState(5).uniform(-1.5, 1.5, (1, 2, 3, 4))
# grid points kept away from integer pixel positions, where bilinear sampling has a kink
GRID = np.array([[-0.9, -0.2, 0.35, 0.8, 1.1, -1.2], [-0.7, 0.15, 0.55, 0.9, -0.4, 1.05]]).reshape(1, 2, 2, 3)
ROI_DATA = np.random.RandomState(2).permutation(2 * 2 * 5 * 6).reshape(2, 2, 5, 6) / 10.0
ROI_BOXES = np.array([[0, 0.5, 1.0, 3.2, 2.9], [1, 1.5, 0.4, 5.5, 3.8], [1, -2, -1, 1.4, 2.6]])
MOVING = (np.array([0.1, -0.2, 0.3]), np.array([0.5, 1.5, 2.0]))


def ref_base_grid(h, w):
    ys, xs = np.meshgrid(np.linspace(-1, 1, h), np.linspace(-1, 1, w), indexing="ij")
    return np.stack([xs.ravel(), ys.ravel(), np.ones(h * w)])


def ref_affine(theta, h, w):
    return (theta.reshape(-1, 2, 3) @ ref_base_grid(h, w)).reshape(-1, 2, h, w)


def ref_warp(flow):
    _, _, h, w = flow.shape
    ys, xs = np.mgrid[0:h, 0:w]
    return np.stack([(flow[:, 0] + xs) / ((w - 1) / 2) - 1, (flow[:, 1] + ys) / ((h - 1) / 2) - 1], axis=1)


def ref_sample(data, grid):
    """Bilinear sampling point by point, reading zero outside the input."""
    n, c, h, w = data.shape
    out = np.zeros((n, c) + grid.shape[2:])
    for b in range(n):
        for i, j in np.ndindex(*grid.shape[2:]):
            x, y = (grid[b, 0, i, j] + 1) * (w - 1) / 2, (grid[b, 1, i, j] + 1) * (h - 1) / 2
            x0, y0 = int(np.floor(x)), int(np.floor(y))
            for yy, xx in ((y0, x0), (y0, x0 + 1), (y0 + 1, x0), (y0 + 1, x0 + 1)):
                if 0 <= yy < h and 0 <= xx < w:
                    out[b, :, i, j] += data[b, :, yy, xx] * (1 - abs(x - xx)) * (1 - abs(y - yy))
    return out


def ref_roi_pool(data, rois, ph, pw, scale):
    out = np.zeros((len(rois), data.shape[1], ph, pw))
    h, w = data.shape[2:]
    for r, roi in enumerate(rois):
        x1, y1, x2, y2 = (int(np.sign(v) * np.floor(abs(v) + 0.5)) for v in roi[1:] * scale)
        bh, bw = max(y2 - y1 + 1, 1) / ph, max(x2 - x1 + 1, 1) / pw
        for i, j in np.ndindex(ph, pw):
            hs, he = min(max(int(np.floor(i * bh)) + y1, 0), h), min(max(int(np.ceil((i + 1) * bh)) + y1, 0), h)
            ws, we = min(max(int(np.floor(j * bw)) + x1, 0), w), min(max(int(np.ceil((j + 1) * bw)) + x1, 0), w)
            if he > hs and we > ws:
                out[r, :, i, j] = data[int(roi[0]), :, hs:he, ws:we].max(axis=(1, 2))
    return out


def ref_correlation(a, b, k, md, s1, s2, pad, multiply=True):
    a, b = (np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad))) for x in (a, b))
    border, radius = md + (k - 1) // 2, md // s2
    th, tw = (int(np.ceil((s - 2 * border) / s1)) for s in a.shape[2:])
    shifts = [(p * s2, q * s2) for p in range(-radius, radius + 1) for q in range(-radius, radius + 1)]
    out = np.zeros((a.shape[0], len(shifts), th, tw))
    for t, (dy, dx) in enumerate(shifts):
        for i, j in np.ndindex(th, tw):
            y1, x1 = i * s1 + md, j * s1 + md
            pa = a[:, :, y1:y1 + k, x1:x1 + k]
            pb = b[:, :, y1 + dy:y1 + dy + k, x1 + dx:x1 + dx + k]
            out[:, t, i, j] = (pa * pb if multiply else np.abs(pa - pb)).mean(axis=(1, 2, 3))
    return out


def ref_conv2d(x, w, b):
    n, _, h, wd = x.shape
    f, _, kh, kw = w.shape
    out = np.zeros((n, f, h - kh + 1, wd - kw + 1))
    for i, j in np.ndindex(*out.shape[2:]):
        out[:, :, i, j] = np.tensordot(x[:, :, i:i + kh, j:j + kw], w, axes=([1, 2, 3], [1, 2, 3]))
    return out + b[:, None, None]


def ref_pool_v1(x, k, s, pad, kind):
    """Zero padding seen by every pool type; averages divide by the kernel area."""
    xp = np.pad(x, ((0, 0), (0, 0), (pad, pad), (pad, pad)))
    oh, ow = (xp.shape[2] - k) // s + 1, (xp.shape[3] - k) // s + 1
    out = np.zeros(x.shape[:2] + (oh, ow))
    for i, j in np.ndindex(oh, ow):
        win = xp[:, :, i * s:i * s + k, j * s:j * s + k]
        out[:, :, i, j] = win.max(axis=(2, 3)) if kind == "max" else win.sum(axis=(2, 3)) / (k * k)
    return out


def ref_batch_norm(x, g, b, m, v):
    mean, var = x.mean(axis=(0, 2, 3), keepdims=True), x.var(axis=(0, 2, 3), keepdims=True)
    return (x - mean) / np.sqrt(var + 1e-3) * g[:, None, None] + b[:, None, None]


CORR_IN = np.random.RandomState(3).uniform(-1, 1, (2, 1, 2, 5, 6))

# BatchNorm_v1 rows run in training mode (see test_op): batch statistics
CASES = [
    Case("BilinearSampler", (2, 2, 3, 4), GRID.repeat(2, axis=0), ref=ref_sample),
    Case("SpatialTransformer", (2, 2, 4, 5), THETA * 0.9, target_shape=(2, 3), transform_type="affine",
         sampler_type="bilinear", ref=lambda d, t: ref_sample(d, ref_affine(t, 2, 3))),
    Case("ROIPooling", ROI_DATA, ROI_BOXES, grad=(0,), pooled_size=(2, 3), spatial_scale=1.0,
         ref=lambda d, r: ref_roi_pool(d, r, 2, 3, 1.0)),
    Case("ROIPooling", ROI_DATA, ROI_BOXES, grad=(0,), pooled_size=(3, 2), spatial_scale=0.5, label="scale",
         ref=lambda d, r: ref_roi_pool(d, r, 3, 2, 0.5)),
    Case("Correlation", CORR_IN[0], CORR_IN[1], ref=lambda a, b: ref_correlation(a, b, 1, 1, 1, 1, 0)),
    Case("Correlation", CORR_IN[0], CORR_IN[1], kernel_size=3, max_displacement=2, stride1=2, stride2=2, pad_size=2,
         ref=lambda a, b: ref_correlation(a, b, 3, 2, 2, 2, 2)),
    Case("Correlation", CORR_IN[0], CORR_IN[1], kernel_size=3, max_displacement=1, pad_size=1, is_multiply=False,
         ref=lambda a, b: ref_correlation(a, b, 3, 1, 1, 1, 1, multiply=False)),
    Case("Convolution_v1", (2, 3, 4, 5), (2, 3, 3, 3), (2,), kernel=(3, 3), num_filter=2, ref=ref_conv2d),
    Case("Pooling_v1", (1, 2, 5, 5), kernel=(3, 3), stride=(2, 2), pad=(1, 1),
         ref=lambda x: ref_pool_v1(x, 3, 2, 1, "max")),
    Case("Pooling_v1", (1, 2, 5, 5), kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg",
         ref=lambda x: ref_pool_v1(x, 3, 2, 1, "avg")),
    Case("BatchNorm_v1", (4, 3, 2, 2), np.array([0.5, 1.5, 2.0]), (3,), *MOVING, fix_gamma=False, grad=(0, 1, 2),
         ref=ref_batch_norm),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    with autograd.train_mode():
        run_case(case)


# ---- values measured from MXNet 1.9.1 -------------------------------------------------------
def _recorded(op, inputs, head=None, **attrs):
    """Output and input gradients of one recorded call (head gradient ones unless given)."""
    arrays = [nd.array(x) for x in inputs]
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(*arrays, **attrs)
    y.backward(nd.ones(y.shape) if head is None else nd.array(head))
    return y.asnumpy(), [a.grad.asnumpy() for a in arrays]


def test_grid_generator_affine_and_warp_values():
    theta = nd.array([[1.0, 0.2, 0.1, -0.1, 0.9, 0.05]])
    g = nd.GridGenerator(theta, transform_type="affine", target_shape=(3, 4))
    assert g.shape == (1, 2, 3, 4) and g.dtype == np.float32
    np.testing.assert_allclose(g.asnumpy()[0, :, 0], [[-1.1, -0.4333333, 0.23333338, 0.90000004],
                                                      [-0.74999994, -0.81666666, -0.8833333, -0.95]], rtol=1e-6)
    flow = nd.array(np.arange(18).reshape(1, 2, 3, 3) * 0.1 - 0.5)
    w = nd.GridGenerator(flow, transform_type="warp", target_shape=(5, 5)).asnumpy()   # ignored for warp
    np.testing.assert_allclose(w[0, 0, 0], [-1.5, -0.39999998, 0.70000005], rtol=1e-6)
    np.testing.assert_allclose(w[0, 1, 2], [2.0, 2.1, 2.2], rtol=1e-6)


def test_grid_generator_affine_needs_target_shape():
    with pytest.raises(MXNetError, match="target_shape"):
        nd.GridGenerator(nd.ones((1, 6)), transform_type="affine")
    with pytest.raises(MXNetError, match="transform_type"):
        nd.GridGenerator(nd.ones((1, 6)), transform_type="perspective", target_shape=(2, 2))


def test_bilinear_sampler_reads_zero_outside_and_scales_by_size_minus_one():
    data = np.arange(12).reshape(1, 1, 3, 4) + 1.0
    grid = np.array([[-1, 1, 0, 1.2, -1.3, 0.999], [-1, 1, 0.5, 0.3, 0.0, 1.5]]).reshape(1, 2, 1, 6)
    out, (ddata, dgrid) = _recorded("BilinearSampler", [data, grid])
    np.testing.assert_allclose(out.ravel(), [1.0, 12.0, 8.5, 6.439998, 2.7500005, 5.99925], rtol=1e-5)
    np.testing.assert_allclose(ddata[0, 0], [[1, 0, 0, 0], [0.5500001, 0.25, 0.25, 0.4899999],
                                             [0, 0.25, 0.25074995, 1.70925]], rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(dgrid[0, :, 0], [[1.5, -18.0, 1.5, -13.799999, 7.5, 0.75],
                                                [4.0, -12.0, 4.0, 2.7999992, 2.2000003, -11.9985]], rtol=1e-5)


def test_spatial_transformer_is_grid_generator_then_sampler():
    rng = np.random.RandomState(0)
    data = nd.array(rng.uniform(-1, 1, (2, 3, 4, 5)))
    loc = nd.array([[0.9, 0.1, 0.05, -0.2, 1.1, 0.1], [0.5, 0, 0, 0, 0.5, 0.2]])
    st = nd.SpatialTransformer(data, loc, target_shape=(3, 3), transform_type="affine", sampler_type="bilinear")
    two = nd.BilinearSampler(data, nd.GridGenerator(loc, transform_type="affine", target_shape=(3, 3)))
    assert st.shape == (2, 3, 3, 3)
    np.testing.assert_array_equal(st.asnumpy(), two.asnumpy())
    with pytest.raises(MXNetError, match="target_shape"):
        nd.SpatialTransformer(data, loc, transform_type="affine", sampler_type="bilinear")


ROI_MX_DATA = (np.arange(2 * 2 * 6 * 7).reshape(2, 2, 6, 7) * 7 % 11) * 0.5
ROI_MX_BOXES = [[0, 0.5, 1.0, 3.2, 2.9], [1, 1.5, 0.4, 6.5, 5.8], [0, 2.5, 2.5, 2.4, 2.2], [1, -3, -2, 1.4, 2.6],
                [0, 10, 10, 14, 14]]
ROI_MX = {1.0: [[[[3.0, 4.0, 4.5], [3.0, 3.5, 4.5]], [[4.5, 5.0, 3.0], [4.0, 5.0, 3.0]]],
                [[[4.5, 5.0, 4.0], [4.0, 5.0, 3.5]], [[5.0, 4.5, 5.0], [5.0, 4.0, 4.5]]],
                [[[1.5, 1.5, 1.5], [1.5, 1.5, 1.5]], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]],
                [[[0.0, 2.5, 2.5], [0.0, 5.0, 5.0]], [[0.0, 1.0, 4.5], [0.0, 3.5, 4.0]]],
                [[[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]], [[0.0, 0.0, 0.0], [0.0, 0.0, 0.0]]]],
          0.5: [[[[2.5, 0.5, 4.0], [2.5, 0.5, 4.0]], [[1.0, 4.5, 2.5], [1.0, 4.5, 2.5]]],
                [[[3.0, 4.0, 4.5], [2.5, 3.5, 4.0]], [[4.5, 5.0, 3.0], [4.0, 4.5, 2.5]]],
                [[[0.5, 0.5, 0.5], [0.5, 0.5, 0.5]], [[4.5, 4.5, 4.5], [4.5, 4.5, 4.5]]],
                [[[0.0, 2.5, 2.5], [0.0, 5.0, 5.0]], [[0.0, 1.0, 4.5], [0.0, 3.5, 4.5]]],
                [[[2.5, 0.5, 0.0], [0.0, 0.0, 0.0]], [[1.0, 4.5, 0.0], [0.0, 0.0, 0.0]]]]}
ROI_MX_GRAD_AT = [9, 15, 17, 23, 24, 50, 58, 59, 64, 66, 84, 91, 94, 97, 102, 108, 111, 124, 126, 127, 133, 135,
                  138, 141, 146, 152, 157, 160]
ROI_MX_GRAD = [2.0, 5.0, 4.0, 5.0, 20.0, 2.0, 4.0, 6.0, 5.0, 16.0, 7.0, 3.0, 3.0, 5.0, 4.0, 1.0, 3.0, 2.0, 4.0, 5.0,
               2.0, 4.0, 5.0, 3.0, 1.0, 3.0, 2.0, 4.0]


@pytest.mark.parametrize("scale", [1.0, 0.5])
def test_roi_pooling_rounds_half_away_and_zeroes_empty_bins(scale):
    """(2.5, 2.5, 2.4, 2.2) rounds to the one pixel (3, 3); bins left of the map and boxes off it give 0."""
    y = nd.ROIPooling(nd.array(ROI_MX_DATA), nd.array(ROI_MX_BOXES), pooled_size=(2, 3), spatial_scale=scale)
    assert y.dtype == np.float32
    np.testing.assert_array_equal(y.asnumpy(), ROI_MX[scale])


def test_roi_pooling_gradient_goes_to_the_argmax():
    head = np.arange(5 * 2 * 2 * 3).reshape(5, 2, 2, 3) % 5 + 1
    _, (ddata, drois) = _recorded("ROIPooling", [ROI_MX_DATA, np.array(ROI_MX_BOXES)], head=head,
                                  pooled_size=(2, 3), spatial_scale=1.0)
    flat = ddata.ravel()
    assert np.nonzero(flat)[0].tolist() == ROI_MX_GRAD_AT
    np.testing.assert_array_equal(flat[ROI_MX_GRAD_AT], ROI_MX_GRAD)
    assert not drois.any()


def test_roi_pooling_batch_index_out_of_range_gives_zeros():
    y = nd.ROIPooling(nd.array(ROI_MX_DATA), nd.array([[3, 0, 0, 1, 1], [-1, 0, 0, 1, 1]]), pooled_size=(2, 2),
                      spatial_scale=1.0)
    assert y.shape == (2, 2, 2, 2) and not y.asnumpy().any()


# every k-th value of the output, every 5th of each input gradient (head gradient linspace(0.5, 1.5))
CORR_MX = [
    (dict(), (1, 9, 3, 4), 9,
     [0.10075, -0.26655, -0.2682, -0.02715, 0.2758, 0.0009000152, -0.04590001, -0.18375, -0.09854999, -0.2473,
      -0.0225, 0.2839],
     [0.0, 0.0, -1.506378, -1.429159, -1.004626, 0.0, 0.0, 0.0, -0.2760047, -1.001145, 0.9106075, 0.0],
     [-0.1475, -0.3535981, -0.7753972, -1.492149, -0.1091589, -0.3858411, 0.03, -0.07147196, -0.05109817,
      -0.7166121, -0.5468224, -0.4320093]),
    (dict(kernel_size=3, max_displacement=2, stride1=1, stride2=1, pad_size=2), (1, 25, 3, 4), 25,
     [-0.006861111, 0.004477779, 0.02387222, 0.02291667, -0.05899445, 0.04663334, 0.02007223, 0.01861667,
      -0.04771666, 0.04603888, 0.02378334, -0.05353334],
     [0.006351721, -0.1798969, -0.5343293, -0.491388, -0.8450279, -0.1799257, 0.2445104, -0.01672705, -0.1840357,
      -0.3658528, 0.03115384, 0.2134671],
     [-0.3522492, -0.2101291, -0.5935936, -1.031076, -1.442464, 0.009365495, 0.04643628, 0.08742106, -0.164345,
      -0.1858751, -0.5181363, -0.3126625]),
    (dict(kernel_size=1, max_displacement=2, stride1=2, stride2=2, pad_size=1), (1, 9, 2, 2), 3,
     [0.0, -0.01844998, 0.0555, 0.0, 0.0, -0.33, 0.0419, -0.14175, 0.0, 0.0, 0.0, 0.12475], [0.0] * 12, [0.0] * 12),
    (dict(kernel_size=3, max_displacement=1, stride1=2, stride2=1, pad_size=1, is_multiply=False), (1, 9, 2, 2), 3,
     [0.5105555, 0.55, 0.7005556, 0.6794444, 0.5222222, 0.475, 0.6183333, 0.6244444, 0.6844444, 0.6183334,
      0.5927778, 0.6277778],
     [0.3595238, 0.0, -0.4928572, 0.5158731, -0.08888889, 0.5071428, 0.4785714, 0.0, -0.1388889, 1.014286,
      -0.6984125, -0.4071428],
     [-0.03809524, -0.01904762, 0.284127, -0.268254, -0.9777777, 0.2793651, 0.05555555, 0.1031746, -0.431746,
      0.4952381, 0.484127, 0.5174603]),
    (dict(kernel_size=3, max_displacement=2, stride1=3, stride2=2, pad_size=3, is_multiply=False), (1, 9, 2, 2), 3,
     [0.1988889, 0.5305555, 0.3911111, 0.3305556, 0.1988889, 0.6288889, 0.4655555, 0.335, 0.1988889, 0.3905556,
      0.2394445, 0.4988889],
     [0.1769841, 0.0, -0.4928572, 0.2896825, -0.1087302, 0.5071428, 0.4785714, 0.0, -0.2357143, 0.1865079,
      -0.4309524, -0.381746],
     [-0.07460317, -0.1063492, 0.3539683, -0.3555556, 0.04761906, 0.1444444, -0.03174603, 0.1063492, -0.3539683,
      -0.1428571, 0.131746, 0.3984127]),
]


@pytest.mark.parametrize("attrs,shape,every,out,g1,g2", CORR_MX, ids=[str(c[0]) for c in CORR_MX])
def test_correlation_shape_and_values(attrs, shape, every, out, g1, g2):
    rng = np.random.RandomState(3)
    a, b = np.round(rng.uniform(-1, 1, (1, 2, 5, 6)), 2), np.round(rng.uniform(-1, 1, (1, 2, 5, 6)), 2)
    head = np.linspace(0.5, 1.5, int(np.prod(shape))).reshape(shape)
    y, (da, db) = _recorded("Correlation", [a, b], head=head, **attrs)
    assert y.shape == shape
    np.testing.assert_allclose(y.ravel()[::every], out, rtol=1e-5, atol=1e-7)
    np.testing.assert_allclose(da.ravel()[::5], g1, rtol=1e-5, atol=1e-6)
    np.testing.assert_allclose(db.ravel()[::5], g2, rtol=1e-5, atol=1e-6)


def test_correlation_rejects_even_kernel_and_oversized_neighbourhood():
    a = nd.ones((1, 2, 5, 6))
    with pytest.raises(MXNetError, match="odd"):
        nd.Correlation(a, a, kernel_size=2).asnumpy()      # (MXNet's kernel checks it)
    with pytest.raises(MXNetError, match="don't fit in blob$"):
        nd.Correlation(a, a, kernel_size=5, max_displacement=3)


def test_onehot_encode_writes_out_truncating_and_skipping_out_of_range():
    out = nd.ones((4, 4))
    res = nd.onehot_encode(nd.array([1.7, 3.9999, 5, -1]), out)
    expected = [[0, 1, 0, 0], [0, 0, 0, 1], [0, 0, 0, 0], [0, 0, 0, 0]]
    np.testing.assert_array_equal(out.asnumpy(), expected)
    np.testing.assert_array_equal(res.asnumpy(), expected)
    with pytest.raises(MXNetError, match="OneHotEncode shape inconsistent"):
        nd.onehot_encode(nd.array([1, 2, 3]), nd.zeros((2, 4)))


def test_pooling_v1_pads_with_zeros_and_averages_over_the_kernel():
    x = nd.array(-np.arange(1, 26).reshape(1, 1, 5, 5))
    np.testing.assert_array_equal(nd.Pooling_v1(x, kernel=(3, 3), stride=(2, 2), pad=(1, 1)).asnumpy()[0, 0],
                                  [[0, 0, 0], [0, -7, 0], [0, 0, 0]])
    y = nd.Pooling_v1(nd.ones((1, 1, 5, 6)), kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg",
                      pooling_convention="full")
    np.testing.assert_allclose(y.asnumpy()[0, 0], [[4 / 9, 2 / 3, 2 / 3, 2 / 9], [2 / 3, 1, 1, 1 / 3],
                                                   [4 / 9, 2 / 3, 2 / 3, 2 / 9]], rtol=1e-6)
    with pytest.raises(MXNetError, match=r"dshape.ndim\(\) >= 4 \(3 vs. 4\) : Input data should be 4D"):
        nd.Pooling_v1(nd.ones((1, 2, 5)), kernel=(2,))
    with pytest.raises(MXNetError, match=r"dshape.ndim\(\) == 4 \(5 vs. 4\) : Input data should be 4D"):
        nd.Pooling_v1(nd.ones((1, 2, 3, 3, 3)), kernel=(2, 2))
    with pytest.raises(MXNetError, match="3D kernel not implemented"):
        nd.Pooling_v1(nd.ones((1, 2, 3, 3, 3)), kernel=(1, 1, 1)).asnumpy()


# BatchNorm_v1, fix_gamma=False, output_mean_var=True: every 3rd output and data gradient
BN_V1_MX = {
    False: dict(out=[0.0988141, 0.09488574, 0.1736751, -0.9238166, 0.1180355, -0.3626395, 0.8959516, 1.425486],
                mean=[0.1, -0.1, 0.2], var=[1.0, 2.0, 0.5], dgamma=[-0.8326931, 0.951766, 1.081124],
                dx=[-0.2302956, 0.1822866, -0.1561288, 0.7806422, 0.01849142, 0.003329456, 0.2423561, 0.620885],
                mm=[0.1, -0.1, 0.2], mv=[1.0, 2.0, 0.5]),
    True: dict(out=[0.1744535, 0.1672955, -0.7272913, -2.790688, 0.2094771, -0.6663664, 1.078329, 1.132557],
               mean=[0.015864, 0.2249791, 0.4218774], var=[0.3004978, 0.3191852, 0.1786491],
               dgamma=[-0.7969605, 0.3521422, 0.05820191],
               dx=[-0.413862, 0.3373547, -0.396161, 0.7665976, 0.04216629, -0.05324519, 0.6114116, 1.181521],
               mm=[0.0915864, -0.06750208, 0.2221877], mv=[0.9300498, 1.831918, 0.4678649]),
}


@pytest.mark.parametrize("train", [False, True])
def test_batch_norm_v1_outputs_variance_and_legacy_gradient(train):
    rng = np.random.RandomState(0)
    x = rng.uniform(-1, 1, (2, 3, 2, 2))
    dy = rng.uniform(size=x.shape).astype(np.float32)
    args = [nd.array(v) for v in (x, [0.5, 1.5, 2.0], [0.1, 0.2, 0.3], [0.1, -0.1, 0.2], [1.0, 2.0, 0.5])]
    for a in args[:3]:
        a.attach_grad()
    with autograd.record(train_mode=train):
        # (as a bound graph runs it: MXNet's NDArray function takes no moving statistics)
        out, mean, var = registry.invoke(registry.OPS["BatchNorm_v1"], args, dict(fix_gamma=False, output_mean_var=True))
    autograd.backward([out, mean, var], [nd.array(dy), nd.zeros(3), nd.zeros(3)])
    want = BN_V1_MX[train]
    got = dict(out=out.asnumpy().ravel()[::3], mean=mean.asnumpy(), var=var.asnumpy(),
               dgamma=args[1].grad.asnumpy(), dx=args[0].grad.asnumpy().ravel()[::3],
               mm=args[3].asnumpy(), mv=args[4].asnumpy())
    for key, value in want.items():
        np.testing.assert_allclose(got[key], value, rtol=1e-5, atol=1e-6, err_msg=key)


@pytest.mark.parametrize("data, grid, message", [
    ((2, 3), (2, 3), "Check failed: dshape.ndim() == 4U (2 vs. 4) : input data should be 4D in batch-num_filter-y-x"),
    ((1, 2, 4, 4), (2, 3), "Check failed: lshape.ndim() == 4U (2 vs. 4) : Sampler grid should be 4D in batch-2-y-x"),
    ((1, 2, 4, 4), (1, 3, 4, 4), "Check failed: lshape[1] == 2U (3 vs. 2) : incorrect grid shape[1], should be 2"),
    ((1, 2, 4, 4), (2, 2, 4, 4), "Check failed: dshape[0] == lshape[0] (1 vs. 2) : "),
])
def test_bilinear_sampler_checks_its_shapes_in_mxnets_order_and_words(data, grid, message):
    with pytest.raises(MXNetError) as info:
        nd.BilinearSampler(nd.ones(data), nd.ones(grid))
    assert message_of(info.value) == message


def test_correlation_checks_ranks_then_the_output_size_in_mxnets_words():
    with pytest.raises(MXNetError) as info:
        nd.Correlation(nd.ones((1, 2, 5, 5)), nd.ones((2, 3)))
    assert message_of(info.value) == "Check failed: dshape2.ndim() == 4U (2 vs. 4) : data should be a 4D tensor"
    with pytest.raises(MXNetError) as info:
        nd.Correlation(nd.ones((1, 2, 1, 1)), nd.ones((1, 2, 1, 1)), max_displacement=2)
    assert message_of(info.value).startswith("Check failed: top_width_ >= 1U (0 vs. 1) : Correlation cannot be done with "
                                      "current settings.Neighborhood and kernel don't fit in blob")


def test_correlation_with_an_even_kernel_infers_its_shape_and_fails_when_read():
    y = nd.Correlation(nd.ones((1, 2, 5, 5)), nd.ones((1, 2, 5, 5)), kernel_size=2)
    assert y.shape == (1, 9, 3, 3)
    with pytest.raises(MXNetError) as info:
        y.asnumpy()
    assert message_of(info.value).splitlines()[0] == ("Check failed: param_.kernel_size % 2 != 0 (0 vs. 0) : kernel size "
                                               "should be odd number")


@pytest.mark.parametrize("second, words", [
    ((1, 1, 3, 3), "oh%shape[2] == 0U (1 vs. 0) : input height of 3does not divide output height of 4"),
    ((1, 1, 4, 3), "ow%shape[3] == 0U (1 vs. 0) : input width of 3does not divide output width of 4")])
def test_nearest_upsampling_checks_each_input_divides_the_output(second, words):
    with pytest.raises(MXNetError) as info:
        nd.UpSampling(nd.ones((1, 1, 2, 2)), nd.ones(second), scale=2, sample_type="nearest", num_args=2)
    assert message_of(info.value) == "UpSamplingNearest: Check failed: " + words


def test_roi_pooling_rois_type_message_gives_bool_its_code():
    with pytest.raises(MXNetError, match=r"dtype == \(\*in_type\)\[1\] \(0 vs. 7\)"):
        nd.ROIPooling(nd.ones((1, 1, 4, 4)), nd.array([[0, 0, 0, 2, 2]], dtype="bool"), pooled_size=(2, 2),
                      spatial_scale=1.0)


def test_upsampling_sum_of_unequal_channels_words():
    with pytest.raises(MXNetError) as info:
        nd.UpSampling(nd.ones((1, 2, 2, 2)), nd.ones((1, 3, 1, 1)), scale=2, sample_type="nearest", num_args=2,
                      multi_input_mode="sum")
    assert "Check failed: oshape[1] == 0 || oshape[1] == shape[1]: Number of channels must be the same when " \
           "multi_input_mode==sum" in message_of(info.value)


def test_crop_window_kernel_check_words_name_no_operator():
    y = nd.Crop(nd.ones((1, 2, 5, 6)), h_w=(2, 3), offset=(4, 0), num_args=1)
    with pytest.raises(MXNetError) as info:
        y.asnumpy()
    assert message_of(info.value).startswith("Check failed: param_.offset[0] <= data_shape[2]-out_shape[2] (4 vs. 3)")
