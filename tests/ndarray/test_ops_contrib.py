"""Contrib operators: the op table plus values and control-flow structures measured from MXNet 1.9.1."""
import numpy as np
import pytest
from opcheck import Case, run_case

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError

# id, score, xmin, ymin, xmax, ymax
NMS_DATA = np.array([[0, 0.5, 0.1, 0.1, 0.5, 0.5],
                     [1, 0.9, 0.12, 0.1, 0.52, 0.5],
                     [0, 0.8, 0.1, 0.12, 0.5, 0.52],
                     [0, 0.02, 0.6, 0.6, 0.9, 0.9],
                     [1, 0.7, 0.6, 0.62, 0.9, 0.95],
                     [-1, 0.95, 0.0, 0.0, 0.3, 0.3]])
NMS_KEPT = [5, 1, 4]                        # MXNet's kept rows (default attributes), best first
MATCH_SCORES = np.random.RandomState(0).permutation(30).reshape(5, 6) / 32.0
IMG = (np.arange(12).reshape(1, 1, 3, 4) % 5).astype(np.float32)
POOL_IN = (np.arange(35).reshape(1, 1, 5, 7) % 6).astype(np.float32)
ROI_DATA = (np.arange(2 * 2 * 4 * 5).reshape(2, 2, 4, 5) % 7 * 0.5).astype(np.float32)
ROIS = np.array([[0, 0.5, 1.0, 3.2, 2.9], [1, 1.3, 0.2, 4.5, 3.8], [0, 2, 2, 2.5, 2.2]], dtype=np.float32)


def _adaptive_ref(x, oh, ow):
    n, c, h, w = x.shape
    out = np.zeros((n, c, oh, ow))
    for i in range(oh):
        for j in range(ow):
            rows = slice(i * h // oh, -(-(i + 1) * h // oh))
            cols = slice(j * w // ow, -(-(j + 1) * w // ow))
            out[:, :, i, j] = x[:, :, rows, cols].mean(axis=(2, 3))
    return out


def _heads(x, heads, parts):
    length, batch, width = x.shape
    d = width // (heads * parts)
    x = x.reshape(length, batch, heads, parts, d).transpose(3, 1, 2, 0, 4)
    return [p.reshape(batch * heads, length, d) for p in x]


def _qk_ref(x, heads=2):
    q, k, _ = _heads(x, heads, 3)
    return q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])


def _valatt_ref(x, att, heads=2):
    v = _heads(x, heads, 3)[2]
    o = att @ v
    bh, length, d = o.shape
    return o.reshape(bh // heads, heads, length, d).transpose(2, 0, 1, 3).reshape(length, bh // heads, heads * d)


def _encdec_qk_ref(q, kv, heads=2):
    q = _heads(q, heads, 1)[0]
    k = _heads(kv, heads, 2)[0]
    return q @ k.transpose(0, 2, 1) / np.sqrt(q.shape[-1])


def _encdec_valatt_ref(kv, att, heads=2):
    v = _heads(kv, heads, 2)[1]
    o = att @ v
    bh, length, d = o.shape
    return o.reshape(bh // heads, heads, length, d).transpose(2, 0, 1, 3).reshape(length, bh // heads, heads * d)


def _index_copy_ref(old, idx, new):
    out = old.copy()
    out[idx.astype(int)] = new
    return out


CASES = [
    Case("_contrib_boolean_mask", (3, 4), np.array([1, 0, 1]), ref=lambda x, m: x[m != 0]),
    Case("_contrib_index_copy", (5, 3), np.array([4, 1]), (2, 3), ref=_index_copy_ref),
    Case("_contrib_quadratic", (2, 3), a=2.0, b=-1.0, c=0.5, ref=lambda x: 2 * x * x - x + 0.5),
    Case("_contrib_div_sqrt_dim", (2, 4), ref=lambda x: x / 2.0),
    Case("_contrib_gradientmultiplier", (2, 3), ref=lambda x: x),
    Case("_contrib_BilinearResize2D", IMG.astype(np.float64), height=5, width=3,
         ref=lambda x: np.array(RESIZE_SIZE), rtol=1e-4, atol=1e-4),
    Case("_contrib_BilinearResize2D", (1, 2, 3, 4), height=5, width=3, align_corners=False, label="half-pixel"),
    Case("_contrib_BilinearResize2D", (1, 1, 3, 4), scale_height=1.5, scale_width=0.5, label="scale"),
    Case("_contrib_AdaptiveAvgPooling2D", (1, 2, 5, 7), output_size=(2, 3), ref=lambda x: _adaptive_ref(x, 2, 3)),
    Case("_contrib_AdaptiveAvgPooling2D", (1, 1, 3, 4), output_size=(4, 5), ref=lambda x: _adaptive_ref(x, 4, 5),
         label="up"),
    # rois in the data's dtype (float64 in the gradient check): MXNet refuses mixed dtypes
    Case("_contrib_ROIAlign", (1, 2, 4, 5), ROIS[[0, 2]] * np.array([0, 1, 1, 1, 1], np.float64),
         pooled_size=(2, 3), spatial_scale=1.0, grad=(0,)),
    Case("_contrib_ROIAlign", (1, 8, 4, 5), ROIS[:1].astype(np.float64), pooled_size=(2, 2), spatial_scale=1.0,
         position_sensitive=True, grad=(0,), label="ps"),
    Case("_contrib_box_nms", NMS_DATA, overlap_thresh=0.5, ref=lambda d: _nms_expected(d, NMS_KEPT)),
    Case("_contrib_box_iou", np.array([[0.1, 0.1, 0.2, 0.2]]), np.array([[0.5, 0.5, 0.7, 0.8]]), label="disjoint"),
    Case("_contrib_bipartite_matching", MATCH_SCORES, threshold=0.2),
    Case("_contrib_MultiBoxPrior", (1, 3, 2, 3), sizes=(0.5, 0.25), ratios=(1, 2, 0.5), grad=False),  # float32 only
    Case("_contrib_interleaved_matmul_selfatt_qk", (3, 2, 12), heads=2, ref=_qk_ref, grad=False),
    Case("_contrib_interleaved_matmul_selfatt_valatt", (3, 2, 12), (4, 3, 3), heads=2, ref=_valatt_ref, grad=False),
    Case("_contrib_interleaved_matmul_encdec_qk", (2, 2, 8), (3, 2, 16), heads=2, ref=_encdec_qk_ref, grad=False),
    Case("_contrib_interleaved_matmul_encdec_valatt", (3, 2, 16), (4, 2, 3), heads=2, ref=_encdec_valatt_ref, grad=False),
]


def _nms_expected(d, kept):
    out = -np.ones_like(d)
    out[:len(kept)] = d[kept]
    return out


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


# ---- values measured from MXNet 1.9.1 (5 decimals) ----------------------------------------------
RESIZE_SIZE = [[[[0.0, 1.5, 3.0], [2.0, 1.0, 2.5], [4.0, 0.5, 2.0], [3.5, 1.25, 1.5], [3.0, 2.0, 1.0]]]]
RESIZE_SIZE_GRAD = [[[[1.5, 0.5, 0.5, 2.5], [4.0, 2.0, 2.0, 2.0], [0.5, 1.0, 1.0, 3.5]]]]
RESIZE_NOALIGN = [[[[0.16667, 1.5, 2.83333], [1.43333, 1.1, 2.43333], [3.33333, 0.5, 1.83333], [3.23333, 1.4, 1.23333],
                    [3.16667, 2.0, 0.83333]]]]
RESIZE_NOALIGN_GRAD = [[[[1.5, 0.8, 0.93333, 2.16667], [3.0, 2.5, 2.16667, 1.33333], [0.5, 1.2, 1.73333, 3.16667]]]]
RESIZE_SCALE = [[[[0.0, 3.0], [2.66667, 2.33333], [3.66667, 1.66667], [3.0, 1.0]]]]
RESIZE_SCALE_NOALIGN = [[[[0.5, 2.5], [1.4375, 1.875], [2.5625, 1.125], [3.5, 0.5]]]]
RESIZE_ODD = [[[[0.0, 0.42857, 0.85714, 1.28571, 1.71429, 2.14286, 2.57143, 3.0],
                [2.0, 1.35714, 0.71429, 0.78571, 1.21429, 1.64286, 2.07143, 2.5],
                [4.0, 2.28571, 0.57143, 0.28571, 0.71429, 1.14286, 1.57143, 2.0],
                [3.5, 2.85714, 2.21429, 1.57143, 0.92857, 0.64286, 1.07143, 1.5],
                [3.0, 3.42857, 3.85714, 2.85714, 1.14286, 0.14286, 0.57143, 1.0]]]]
POOL_23 = [[[[2.0, 3.33333, 2.0], [3.33333, 2.0, 2.0]]]]
POOL_23_GRAD = [[[[0.0, 0.0, 0.11111, 0.11111, 0.33333, 0.22222, 0.22222],
                  [0.0, 0.0, 0.11111, 0.11111, 0.33333, 0.22222, 0.22222],
                  [0.33333, 0.33333, 0.88889, 0.55556, 1.33333, 0.77778, 0.77778],
                  [0.33333, 0.33333, 0.77778, 0.44444, 1.0, 0.55556, 0.55556],
                  [0.33333, 0.33333, 0.77778, 0.44444, 1.0, 0.55556, 0.55556]]]]
POOL_UP = [[[[0.0, 0.5, 1.5, 2.5, 3.0], [2.0, 1.25, 1.0, 2.0, 2.5], [3.5, 2.75, 1.25, 1.0, 1.5],
             [3.0, 3.5, 2.0, 0.5, 1.0]]]]
ROI_ADAPTIVE = [[[[2.5, 1.38812, 1.5625], [1.55, 2.0, 2.45]], [[2.0, 2.45, 1.52187], [1.05, 1.5, 1.95]]],
                [[[1.83687, 2.07708, 1.07625], [0.69167, 1.225, 1.7]], [[1.78604, 1.84979, 2.2125], [0.74146, 0.725, 1.2]]],
                [[[2.33333, 2.5, 2.66667], [1.83333, 2.0, 2.16667]], [[1.83333, 2.0, 2.16667], [1.33333, 1.5, 1.66667]]]]
ROI_ADAPTIVE_GRAD = [[[[0.0, 0.0, 0.0, 0.0, 0.0], [0.0, 0.00787, 0.07087, 0.07875, 0.0], [0.00862, 0.2055, 4.12733, 4.21604, 0.0],
                       [0.00637, 0.14663, 4.21846, 4.31354, 0.0]],
                      [[0.0, 0.0, 0.0, 0.0, 0.0], [0.01575, 0.35437, 0.41737, 0.315, 0.0],
                       [0.04012, 0.8985, 5.72033, 5.58854, 0.0], [0.01912, 0.42713, 5.39896, 5.40479, 0.0]]],
                     [[[0.0, 0.0455, 0.19571, 0.21408, 0.22721], [0.0, 0.143, 0.61508, 0.67283, 0.71408],
                       [0.0, 0.16088, 0.69071, 0.74983, 0.79108], [0.0, 0.23563, 1.01017, 1.08992, 1.14429]],
                      [[0.0, 0.06825, 0.29196, 0.31208, 0.32521], [0.0, 0.2145, 0.91758, 0.98083, 1.02208],
                       [0.0, 0.23238, 0.99321, 1.05783, 1.09908], [0.0, 0.32988, 1.40892, 1.49592, 1.55029]]]]
ROI_RATIO = [[[[2.16875, 1.81719], [2.54375, 2.19219]], [[2.02969, 2.00625], [2.04375, 2.38125]]],
             [[[2.27812, 1.57563], [1.575, 1.975]], [[1.975, 2.33562], [1.075, 1.475]]],
             [[[2.21875, 1.15625], [2.15625, 1.96875]], [[2.375, 2.625], [1.875, 2.125]]]]
ROI_ALIGNED = [[[[2.38645, 0.82637], [1.90908, 2.12607]], [[2.05529, 2.09441], [1.4125, 1.98838]]],
               [[[1.8075, 1.435], [0.9, 1.67375]], [[2.2, 1.66125], [0.995, 1.2]]],
               [[[1.77813, 1.50937], [1.89688, 1.71563]], [[2.2625, 2.3875], [2.1625, 2.2875]]]]
ROI_PS = [[[[1.06875, 0.725], [1.11875, 0.6625]], [[0.81875, 1.03609], [0.86875, 1.02703]]]]
PRIOR_A = [[[0.0, 0.0, 0.33333, 0.5], [0.08333, 0.125, 0.25, 0.375], [-0.06904, 0.07322, 0.40237, 0.42678],
            [0.04882, -0.10355, 0.28452, 0.60355], [0.71548, 0.39645, 0.95118, 1.10355]]]
PRIOR_B = [[[0.0, 0.0, 0.47667, 0.48], [0.24333, 0.0, 0.77667, 0.48], [0.54333, 0.0, 1.0, 0.48],
            [0.0, 0.08, 0.47667, 0.88], [0.24333, 0.08, 0.77667, 0.88], [0.54333, 0.08, 1.0, 0.88]]]
IOU_CORNER = [[[0.71795, 0.0]], [[0.27692, 0.07692]], [[0.0, 0.0]]]
IOU_CENTER = [[[0.69231, 0.05714]], [[0.48673, 0.2561]], [[0.03333, 0.0]]]


def _grad(fn, *arrays, dy=None):
    """(forward, gradients of every input) of ``fn`` under autograd."""
    xs = [nd.array(a) for a in arrays]
    for x in xs:
        x.attach_grad()
    with autograd.record():
        y = fn(*xs)
    y.backward(None if dy is None else nd.array(dy))
    return y.asnumpy(), [x.grad.asnumpy() for x in xs]


def _close(got, expected, atol=2e-5):
    np.testing.assert_allclose(np.asarray(got, dtype=np.float64), np.asarray(expected, dtype=np.float64),
                               rtol=1e-4, atol=atol)


# ---- box_nms ------------------------------------------------------------------------------------
NONE = [-1.0] * 6


@pytest.mark.parametrize("attrs, kept", [
    (dict(), [5, 1, 4]),
    (dict(valid_thresh=0.1, id_index=0), [1, 2, 4]),                       # id -1 rows are background
    (dict(valid_thresh=0.1, id_index=0, force_suppress=True), [1, 4]),
    (dict(topk=2), [5, 1]),
    (dict(id_index=0, background_id=0), [5, 1, 4]),
    (dict(overlap_thresh=0.5, valid_thresh=0.6, id_index=0), [1, 2, 4]),
])
def test_box_nms_keeps_the_rows_mxnet_keeps(attrs, kept):
    got = nd.contrib.box_nms(nd.array(NMS_DATA), **attrs).asnumpy()
    _close(got, _nms_expected(NMS_DATA.astype(np.float32), kept))


def test_box_nms_center_input_corner_output_and_batches():
    got = nd.contrib.box_nms(nd.array(NMS_DATA), overlap_thresh=0.1, in_format="center").asnumpy()
    _close(got[:2], [[-1, 0.95, -0.15, -0.15, 0.15, 0.15], [1, 0.7, 0.15, 0.145, 1.05, 1.095]])
    assert (got[2:] == -1).all()
    batch = nd.contrib.box_nms(nd.array(np.stack([NMS_DATA, NMS_DATA[::-1]]))).asnumpy()
    assert batch.shape == (2, 6, 6)
    _close(batch[1], batch[0])
    assert nd.contrib.box_non_maximum_suppression(nd.array(NMS_DATA)).shape == (6, 6)


def test_box_nms_gradient_routes_rows_back_to_their_source():
    out, (g,) = _grad(lambda x: nd.contrib.box_nms(x, overlap_thresh=0.5), NMS_DATA, dy=np.arange(36).reshape(6, 6))
    expected = np.zeros((6, 6))
    expected[1], expected[4], expected[5] = np.arange(6, 12), np.arange(12, 18), np.arange(6)
    _close(g, expected)


# ---- box_iou, bipartite_matching, MultiBoxPrior ----------------------------------------------------
IOU_A = np.array([[0.1, 0.1, 0.5, 0.5], [0.2, 0.3, 0.6, 0.9], [0, 0, 0.1, 0.1]])
IOU_B = np.array([[[0.15, 0.1, 0.5, 0.6], [0.5, 0.5, 0.7, 0.7]]])


def test_box_iou_values_and_zero_gradient():
    _close(nd.contrib.box_iou(nd.array(IOU_A), nd.array(IOU_B)), IOU_CORNER)
    _close(nd.contrib.box_iou(nd.array(IOU_A), nd.array(IOU_B), format="center"), IOU_CENTER)
    _, (ga, gb) = _grad(lambda a, b: nd.contrib.box_iou(a, b), IOU_A, IOU_B)
    assert not ga.any() and not gb.any()     # MXNet treats IoU as constant


@pytest.mark.parametrize("attrs, rows, cols", [
    (dict(threshold=0.2), [1, 0, 5, 2, 3], [1, 0, 3, 4, -1, 2]),
    (dict(threshold=0.2, topk=1), [1, -1, 5, -1, -1], [-1, 0, -1, -1, -1, 2]),   # topk + 1 pairs, as MXNet
    (dict(threshold=0.2, topk=3), [1, 0, 5, -1, 3], [1, 0, -1, 4, -1, 2]),
    (dict(threshold=0.625), [1, 0, 5, -1, 3], [1, 0, -1, 4, -1, 2]),
    (dict(threshold=0.4375, is_ascend=True), [0, -1, 4, 1, 2], [0, 3, 4, -1, 2, -1]),
])
def test_bipartite_matching_matches_mxnet(attrs, rows, cols):
    r, c = nd.contrib.bipartite_matching(nd.array(MATCH_SCORES), **attrs)
    assert r.dtype == np.float32 and c.dtype == np.float32
    assert r.asnumpy().tolist() == rows and c.asnumpy().tolist() == cols


def test_bipartite_matching_threshold_is_strict():
    s = nd.array([[0.5, 0.25], [0.25, 0.125]])
    assert [a.asnumpy().tolist() for a in nd.contrib.bipartite_matching(s, threshold=0.5)] == [[-1, -1], [-1, -1]]
    asc = nd.contrib.bipartite_matching(s, threshold=0.5, is_ascend=True)
    assert [a.asnumpy().tolist() for a in asc] == [[-1, 1], [-1, 1]]


def test_multibox_prior_matches_mxnet():
    a = nd.contrib.MultiBoxPrior(nd.zeros((1, 3, 2, 3)), sizes=(0.5, 0.25), ratios=(1, 2, 0.5))
    assert a.shape == (1, 24, 4) and a.dtype == np.float32
    _close(a.asnumpy()[:, [0, 1, 2, 3, 23]], PRIOR_A)
    b = nd.contrib.MultiBoxPrior(nd.zeros((2, 3, 2, 3)), sizes=(0.8,), clip=True, steps=(0.4, 0.3), offsets=(0.2, 0.7))
    _close(b, PRIOR_B)


INTERLEAVED = [("selfatt_qk", [(3, 2, 12)]), ("selfatt_valatt", [(3, 2, 12), (4, 3, 3)]),
               ("encdec_qk", [(2, 2, 8), (3, 2, 16)]), ("encdec_valatt", [(3, 2, 16), (4, 2, 3)])]


@pytest.mark.parametrize("name,shapes", INTERLEAVED, ids=[n for n, _ in INTERLEAVED])
def test_interleaved_attention_gradients_float32(name, shapes):
    """float32 only (as MXNet's CPU kernels): the products are bilinear, so central differences are exact
    up to float32 rounding."""
    op = getattr(nd.contrib, "interleaved_matmul_" + name)
    rs = np.random.RandomState(0)
    xs = [rs.uniform(-1, 1, s).astype(np.float32) for s in shapes]
    arrays = [nd.array(x) for x in xs]
    for a in arrays:
        a.attach_grad()
    with autograd.record():
        y = op(*arrays, heads=2)
    head = rs.uniform(-1, 1, y.shape).astype(np.float32)
    y.backward(nd.array(head))
    for i, x in enumerate(xs):
        numeric = np.zeros(x.size)
        for j in range(x.size):
            for sign in (1, -1):
                probe = [v.copy() for v in xs]
                probe[i].reshape(-1)[j] += sign * np.float32(0.25)
                numeric[j] += sign * float((op(*[nd.array(v) for v in probe], heads=2).asnumpy() * head).sum()) / 0.5
        np.testing.assert_allclose(arrays[i].grad.asnumpy().ravel(), numeric, rtol=1e-3, atol=1e-4)
    wide = op(*[nd.array(x, dtype="float64") for x in xs], heads=2)     # the kernel fails: raised on reading
    with pytest.raises(MXNetError, match=r"kFloat32 \(1 vs. 0\) : Only FP32 is supported on CPU at the moment"):
        wide.asnumpy()


def test_multibox_prior_gradient_is_zero_and_data_float32_only():
    x = nd.ones((1, 2, 3, 3))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.MultiBoxPrior(x, sizes=(0.5,))
    y.backward(nd.ones(y.shape))
    assert x.grad.asnumpy().tolist() == np.zeros((1, 2, 3, 3)).tolist()
    with pytest.raises(MXNetError, match="Unsupported data type 1$"):      # (MXNet's code for float64)
        nd.contrib.MultiBoxPrior(nd.ones((1, 2, 3, 3), dtype="float64"))


BOX_ANCHORS = np.array([[[0.1, 0.1, 0.5, 0.6], [0.2, 0.3, 0.4, 0.9]]])
BOX_OFFSETS = np.array([[[0.1, -0.2, 0.3, 0.5], [1.0, 0.5, -0.3, 2.0]]])


@pytest.mark.parametrize("attrs, expected", [
    (dict(format="corner"), [[0.070028, -0.16218, 0.609972, 0.66218], [0.425918, -1.316717, 0.574082, 3.116717]]),
    (dict(std0=0.1, std1=0.1, std2=0.2, std3=0.2, clip=1.0, format="corner"),
     [[0.091633, 0.063707, 0.516367, 0.616293], [0.225824, 0.182453, 0.414176, 1.077547]]),
    (dict(format="center"), [[-0.187465, -0.514616, 0.487465, 0.474616], [0.451836, -2.575075, 0.748164, 4.075075]]),
])
def test_box_decode_matches_mxnet(attrs, expected):
    _close(nd.contrib.box_decode(nd.array(BOX_OFFSETS), nd.array(BOX_ANCHORS), **attrs), [expected], atol=1e-5)


def test_box_encode_matches_mxnet():
    refs = nd.array([[[0.0, 0.0, 0.3, 0.3], [0.15, 0.05, 0.55, 0.65]]])
    targets, masks = nd.contrib.box_encode(nd.array([[1, -1]]), nd.array([[1, 0]]), nd.array(BOX_ANCHORS), refs,
                                           nd.array([0, 0, 0, 0]), nd.array([0.1, 0.1, 0.2, 0.2]))
    _close(targets, [[[1.25, 0, 0, 0.911607], [0, 0, 0, 0]]], atol=1e-5)
    _close(masks, [[[1, 1, 1, 1], [0, 0, 0, 0]]])


# ---- ROIAlign -----------------------------------------------------------------------------------
def test_roi_align_adaptive_sampling_values_and_gradient():
    dy = np.arange(36).reshape(3, 2, 2, 3) * 0.1
    out, (g, grois) = _grad(lambda x, r: nd.contrib.ROIAlign(x, r, pooled_size=(2, 3), spatial_scale=1.0),
                            ROI_DATA, ROIS, dy=dy)
    _close(out, ROI_ADAPTIVE)
    _close(g, ROI_ADAPTIVE_GRAD, atol=2e-4)
    assert not grois.any()


@pytest.mark.parametrize("attrs, expected", [
    (dict(pooled_size=(2, 2), spatial_scale=0.5, sample_ratio=2), "ROI_RATIO"),
    (dict(pooled_size=(2, 2), spatial_scale=1.0, sample_ratio=2, aligned=True), "ROI_ALIGNED"),
])
def test_roi_align_options_match_mxnet(attrs, expected):
    _close(nd.contrib.ROIAlign(nd.array(ROI_DATA), nd.array(ROIS), **attrs), globals()[expected])


def test_roi_align_position_sensitive_and_negative_batch():
    data = nd.array(np.arange(8 * 4 * 5).reshape(1, 8, 4, 5) % 9 * 0.25)
    ps = nd.contrib.ROIAlign(data, nd.array(ROIS[:1]), pooled_size=(2, 2), spatial_scale=1.0, position_sensitive=True)
    assert ps.shape == (1, 2, 2, 2)
    _close(ps, ROI_PS)
    skipped = nd.contrib.ROIAlign(data, nd.array([[-1, 0, 0, 2, 2]]), pooled_size=(2, 2), spatial_scale=1.0)
    assert skipped.shape == (1, 8, 2, 2) and not skipped.asnumpy().any()


# ---- BilinearResize2D and AdaptiveAvgPooling2D ----------------------------------------------------
def test_bilinear_resize_align_corners_conventions():
    dy = np.arange(15).reshape(1, 1, 5, 3) % 4
    out, (g,) = _grad(lambda x: nd.contrib.BilinearResize2D(x, height=5, width=3), IMG, dy=dy)
    _close(out, RESIZE_SIZE)
    _close(g, RESIZE_SIZE_GRAD)
    out, (g,) = _grad(lambda x: nd.contrib.BilinearResize2D(x, height=5, width=3, align_corners=False), IMG, dy=dy)
    _close(out, RESIZE_NOALIGN)
    _close(g, RESIZE_NOALIGN_GRAD)


def test_bilinear_resize_modes():
    x = nd.array(IMG)
    _close(nd.contrib.BilinearResize2D(x, scale_height=1.5, scale_width=0.5), RESIZE_SCALE)
    _close(nd.contrib.BilinearResize2D(x, scale_height=1.5, scale_width=0.5, align_corners=False), RESIZE_SCALE_NOALIGN)
    _close(nd.contrib.BilinearResize2D(x, scale_height=2, scale_width=2, mode="odd_scale"), RESIZE_ODD)
    assert nd.contrib.BilinearResize2D(x, x[:, :, :2, :2], mode="like").shape == (1, 1, 2, 2)
    shapes = {m: nd.contrib.BilinearResize2D(x, mode=m).shape[2:]
              for m in ("to_even_down", "to_even_up", "to_odd_down", "to_odd_up")}
    assert shapes == {"to_even_down": (2, 4), "to_even_up": (4, 4), "to_odd_down": (3, 3), "to_odd_up": (3, 5)}
    with pytest.raises(MXNetError, match="mode"):
        nd.contrib.BilinearResize2D(x, mode="nearest")


def test_adaptive_avg_pooling_matches_mxnet():
    out, (g,) = _grad(lambda x: nd.contrib.AdaptiveAvgPooling2D(x, output_size=(2, 3)), POOL_IN,
                      dy=np.arange(6).reshape(1, 1, 2, 3))
    _close(out, POOL_23)
    _close(g, POOL_23_GRAD)
    _close(nd.contrib.AdaptiveAvgPooling2D(nd.array(IMG), output_size=(4, 5)), POOL_UP)
    assert nd.contrib.AdaptiveAvgPooling2D(nd.array(POOL_IN)).shape == (1, 1, 1, 1)
    assert nd.contrib.AdaptiveAvgPooling2D(nd.array(POOL_IN), output_size=3).shape == (1, 1, 3, 3)


# ---- masking, copying, index helpers, elementwise ---------------------------------------------------
def test_boolean_mask_values_gradient_and_errors():
    x = np.arange(12).reshape(3, 4)
    out, (g, _) = _grad(lambda a, m: nd.contrib.boolean_mask(a, m), x, np.array([1, 0, 1]), dy=2 * np.ones((2, 4)))
    _close(out, [[0, 1, 2, 3], [8, 9, 10, 11]])
    _close(g, [[2] * 4, [0] * 4, [2] * 4])
    assert nd.contrib.boolean_mask(nd.array(x), nd.array([0, 0, 0])).shape == (0, 4)
    with pytest.raises(MXNetError, match="axis"):
        nd.contrib.boolean_mask(nd.array(x), nd.array([0, 1, 1, 0]), axis=1)


def test_index_copy_values_and_gradients():
    out, (g_old, _, g_new) = _grad(lambda o, i, n: nd.contrib.index_copy(o, i, n), np.zeros((5, 3)),
                                   np.array([4, 1]), np.arange(6).reshape(2, 3), dy=np.arange(15).reshape(5, 3))
    _close(out, [[0, 0, 0], [3, 4, 5], [0, 0, 0], [0, 0, 0], [0, 1, 2]])
    _close(g_old, [[0, 1, 2], [0, 0, 0], [6, 7, 8], [9, 10, 11], [0, 0, 0]])
    _close(g_new, [[12, 13, 14], [3, 4, 5]])


def test_index_array_and_arange_like():
    r = nd.contrib.index_array(nd.zeros((2, 3)))
    assert r.dtype == np.int64 and r.asnumpy().tolist() == [[[0, 0], [0, 1], [0, 2]], [[1, 0], [1, 1], [1, 2]]]
    r = nd.contrib.index_array(nd.zeros((2, 3, 4)), axes=(-1, 0))
    assert r.shape == (2, 3, 4, 2) and r.asnumpy()[1, 2].tolist() == [[0, 1], [1, 1], [2, 1], [3, 1]]
    _close(nd.contrib.arange_like(nd.zeros((2, 3)), start=1, step=0.5, repeat=2), [[1, 1, 1.5], [1.5, 2, 2]])
    _close(nd.contrib.arange_like(nd.zeros((2, 5)), axis=1, repeat=2), [0, 0, 1, 1, 2])
    assert nd.contrib.arange_like(nd.zeros((2, 3), dtype="int32")).dtype == np.int32


def test_allclose_quadratic_gradientmultiplier():
    a, b = nd.array([1, 2, np.nan]), nd.array([1, 2.00001, np.nan])
    r = nd.contrib.allclose(a, b)
    assert r.shape == () and r.dtype == np.uint8 and int(r.asscalar()) == 1
    assert int(nd.contrib.allclose(a, b, equal_nan=False).asscalar()) == 0
    assert int(nd.contrib.allclose(nd.array([2.0]), nd.array([1.0]), rtol=0.5, atol=0).asscalar()) == 0
    assert int(nd.contrib.allclose(nd.array([1.0]), nd.array([2.0]), rtol=0.5, atol=0).asscalar()) == 1
    with pytest.raises(MXNetError, match="shape"):
        nd.contrib.allclose(nd.ones((2, 3)), nd.ones((3,)))
    assert nd.contrib.quadratic(nd.array([1, 2], dtype="int32"), a=2.5).dtype == np.int32
    out, (g,) = _grad(lambda x: nd.contrib.gradientmultiplier(x, scalar=-0.5), np.array([1.0, 2, 3]), dy=[1.0, 2, 3])
    _close(out, [1, 2, 3])
    _close(g, [-0.5, -1, -1.5])


def test_straight_through_and_element_checks():
    out, (g,) = _grad(lambda x: nd.contrib.round_ste(x) * 2, np.array([0.4, 1.6, -2.5]))
    _close(out, [0, 4, -6])
    _close(g, [2, 2, 2])
    _close(nd.contrib.sign_ste(nd.array([0.4, 0, -2.5])), [1, 0, -1])
    _close(nd.contrib.isfinite(nd.array([1, np.inf, np.nan])), [1, 0, 0])
    _close(nd.contrib.isnan(nd.array([1, np.inf, np.nan])), [0, 0, 1])
    _close(nd.contrib.isinf(nd.array([1, -np.inf, np.nan])), [0, 1, 0])


# ---- control flow -------------------------------------------------------------------------------
def _structure(obj):
    """The nesting of lists/tuples/NDArrays, with shapes, for comparing with MXNet's output structure."""
    if isinstance(obj, (list, tuple)):
        return (type(obj).__name__, [_structure(o) for o in obj])
    return obj.shape


def test_foreach_output_structures():
    data, s0 = nd.array(np.arange(6).reshape(3, 2)), nd.array([1.0, 1.0])
    out, st = nd.contrib.foreach(lambda d, s: (d + s[0], [s[0] * 2]), data, [s0])
    _close(out, [[1, 2], [4, 5], [8, 9]])
    assert _structure(st) == ("list", [(2,)]) and st[0].asnumpy().tolist() == [8, 8]
    out, st = nd.contrib.foreach(lambda d, s: (d + s, s * 2), data, s0)
    assert isinstance(out, nd.NDArray) and isinstance(st, nd.NDArray)
    out, st = nd.contrib.foreach(lambda d, s: ([d[0] + s[0][0]], [[s[0][0] * 2], s[1]]), [data, data * 2], [[s0], s0])
    assert _structure(out) == ("list", [(3, 2)]) and _structure(st) == ("list", [("list", [(2,)]), (2,)])
    out, st = nd.contrib.foreach(lambda d, s: ([], s), data, [s0])
    assert out == [] and _structure(st) == ("list", [(2,)])


def test_foreach_gradient():
    _, (gd, gs) = _grad(lambda d, s: _foreach_loss(d, s), np.arange(6).reshape(3, 2), np.array([1.0, 1.0]))
    _close(gd, [[19, 34], [0, 11], [0, 6]])
    _close(gs, [0, 34])


def _foreach_loss(data, s0):
    out, st = nd.contrib.foreach(lambda d, s: (d * s[0], [s[0] * d]), data, [s0])
    return out.sum() + st[0].sum()


def test_while_loop_pads_outputs_to_max_iterations():
    outputs, states = nd.contrib.while_loop(lambda i, s: i <= 5, lambda i, s: ([i + s], [i + 1, s + i]),
                                            (nd.array([0], dtype="int64"), nd.array([1], dtype="int64")),
                                            max_iterations=10)
    assert _structure(outputs) == ("list", [(10, 1)]) and outputs[0].dtype == np.int64
    assert outputs[0].asnumpy()[:6, 0].tolist() == [1, 2, 4, 7, 11, 16]
    assert [s.asnumpy().tolist() for s in states] == [[6], [16]]
    outputs, states = nd.contrib.while_loop(lambda i: i < 3, lambda i: (i, i + 1), nd.array([0.0]), max_iterations=4)
    assert isinstance(outputs, nd.NDArray) and outputs.shape == (4, 1) and isinstance(states, nd.NDArray)
    outputs, states = nd.contrib.while_loop(lambda i: i < 10, lambda i: ([i * 2, [i * 3]], [i + 1]), [nd.array([0.0])],
                                            max_iterations=2)
    assert _structure(outputs) == ("list", [(2, 1), ("list", [(2, 1)])]) and states[0].asnumpy().tolist() == [2]


def test_while_loop_without_steps_or_outputs():
    outputs, states = nd.contrib.while_loop(lambda i: i < 0, lambda i: (i * 2, i + 1), nd.array([0.0]),
                                            max_iterations=5)
    assert outputs == [] and states.asnumpy().tolist() == [0]
    outputs, states = nd.contrib.while_loop(lambda i: i < 3, lambda i: (None, [i + 1]), [nd.array([0.0])],
                                            max_iterations=5)
    assert outputs == [] and _structure(states) == ("list", [(1,)]) and states[0].asnumpy().tolist() == [3]


def test_while_loop_errors():
    with pytest.raises(ValueError, match="max_iterations"):
        nd.contrib.while_loop(lambda i: i < 3, lambda i: (i, i + 1), nd.array([0.0]))
    with pytest.raises(ValueError, match="consistent"):
        nd.contrib.while_loop(lambda i: i < 3, lambda i: (i, [i + 1, i]), [nd.array([0.0])], max_iterations=4)
    with pytest.raises(ValueError, match="should be the same in each step"):      # MXNet's message
        nd.contrib.while_loop(lambda i: i < 3, lambda i: ([i] * int(i.asscalar() + 1), i + 1), nd.array([0.0]),
                              max_iterations=4)


def test_while_loop_gradient():
    x = nd.array([2.0])
    x.attach_grad()
    with autograd.record():
        outputs, states = nd.contrib.while_loop(lambda i, s: i < 3, lambda i, s: (s * x, [i + 1, s * x]),
                                                [nd.array([0.0]), nd.array([1.0])], max_iterations=5)
        loss = outputs.sum() + states[1].sum()
    loss.backward()
    _close(outputs, [[2], [4], [8], [0], [0]])
    _close(x.grad, [29])     # d/dx (x + x^2 + x^3 + x^3) at x = 2


def test_cond_returns_the_branch_result_and_records_it():
    a, b = nd.array([1.0]), nd.array([2.0])
    r = nd.contrib.cond(a < b, lambda: (a + b, a * b), lambda: (a - b, a / b))
    assert isinstance(r, tuple) and [x.asnumpy().tolist() for x in r] == [[3], [2]]
    assert nd.contrib.cond(a > b, lambda: [a - b], lambda: [a + b])[0].asnumpy().tolist() == [3]
    a.attach_grad()
    with autograd.record():
        r = nd.contrib.cond(a < b, lambda: a * b * a, lambda: a - b)
    r.backward()
    _close(a.grad, [4])
    with pytest.raises(ValueError, match="scalar"):
        nd.contrib.cond(nd.array([0.0, 1.0]), lambda: a, lambda: b)


# ---- namespaces and symbols ------------------------------------------------------------------------
def test_contrib_namespaces():
    assert mx.contrib.nd is mx.contrib.ndarray and mx.contrib.sym is mx.contrib.symbol
    assert mx.contrib.nd is not nd.contrib and mx.contrib.sym is not mx.sym.contrib     # (modules of their own)
    assert mx.contrib.nd.box_nms is nd.contrib.box_nms and not hasattr(mx.contrib.nd, "foreach")
    assert nd.contrib.box_nms.op is nd._internal._contrib_box_nms
    assert nd.contrib.box_nms is nd.contrib.box_nms      # one function per name, named as MXNet names it
    for short in ("box_nms", "box_non_maximum_suppression", "ROIAlign", "SparseEmbedding"):
        assert getattr(nd.contrib, short).__name__ == short
        assert repr(getattr(nd.contrib, short)).startswith(f"<function {short} at 0x")
    assert not hasattr(nd, "_contrib_box_nms")      # MXNet's internal names stay in nd._internal
    for name in ("box_nms", "ROIAlign", "BilinearResize2D", "foreach", "while_loop", "cond", "index_copy"):
        assert name in nd.contrib.__all__
    with pytest.raises(AttributeError):
        nd.contrib.no_such_op   # noqa: B018


def test_symbol_contrib_ops_run_and_name_like_mxnet():
    x = mx.sym.var("x")
    with mx.name.NameManager():
        s = mx.sym.contrib.box_nms(x, overlap_thresh=0.5)
        r = mx.sym.contrib.ROIAlign(mx.sym.var("d"), mx.sym.var("r"), pooled_size=(2, 2), spatial_scale=1.0)
    assert (s.name, r.name) == ("box_nms0", "roialign0")
    out = s.bind(mx.cpu(), {"x": nd.array(NMS_DATA)}).forward()[0]
    _close(out, _nms_expected(NMS_DATA.astype(np.float32), NMS_KEPT))
    m = mx.sym.contrib.bipartite_matching(x, threshold=0.2)
    assert len(m.list_outputs()) == 2
    rows, cols = m.bind(mx.cpu(), {"x": nd.array(MATCH_SCORES)}).forward()
    assert rows.asnumpy().tolist() == [1, 0, 5, 2, 3]
    outs, states = mx.sym.contrib.foreach(lambda d, s: (d * 2, s), x, [])     # symbolic control flow
    assert outs.bind(mx.cpu(), {"x": nd.array(MATCH_SCORES)}).forward()[0].asnumpy().tolist() == \
        (MATCH_SCORES * 2).tolist() and states == []
    assert r.infer_shape(d=(1, 2, 4, 5), r=(3, 5))[1] == [(3, 2, 2, 2)]


def test_multibox_target_matches_and_mines_negatives():
    anchors = nd.array([[[0, 0, 0.5, 0.5], [0.5, 0.5, 1, 1], [0, 0, 1, 1], [0.1, 0.1, 0.45, 0.5]]])
    label = nd.array([[[1, 0, 0, 0.5, 0.5], [-1, -1, -1, -1, -1]]])
    cls_pred = nd.array([[[1, 2, 3, 4], [0, 0, 0, 0]]])
    loc, mask, cls = nd.contrib.MultiBoxTarget(anchors, label, cls_pred)
    assert cls.asnumpy().tolist() == [[2, 0, 0, 2]]          # best match, then overlap above 0.5
    assert mask.asnumpy().reshape(4, 4)[:, 0].tolist() == [1, 0, 0, 1]
    assert np.allclose(loc.asnumpy()[0, :4], 0)
    assert np.allclose(loc.asnumpy()[0, 12:], [-0.714286, -1.25, 1.783375, 1.115718])    # MXNet 1.9.1
    _, _, mined = nd.contrib.MultiBoxTarget(anchors, label, cls_pred, negative_mining_ratio=0.5)
    assert mined.asnumpy().tolist() == [[2, 0, -1, 2]]        # one negative: the lowest background prob


def test_multibox_detection_sorts_and_suppresses():
    anchors = nd.array([[[0, 0, 0.5, 0.5], [0, 0, 0.5, 0.52], [0.5, 0.5, 1, 1]]])
    prob = nd.array([[[0.1, 0.2, 0.6], [0.9, 0.8, 0.4]]])
    out = nd.contrib.MultiBoxDetection(prob, nd.zeros((1, 12)), anchors)
    rows = out.asnumpy()[0]
    assert rows[:, 0].tolist() == [0, -1, 0]
    assert np.allclose(rows[:, 1], [0.9, 0.8, 0.4])
    assert np.allclose(rows[2, 2:], [0.5, 0.5, 1, 1])


def test_interleaved_attention_sums_as_mxnets_gemms_on_openblas_prescott(monkeypatch):
    """The interleaved attention operators multiply with BLAS sgemm: on the Prescott kernels their sums are the
    tiles' (hash of scores, output and gradient recorded from MXNet 1.9.1)."""
    import hashlib
    monkeypatch.setenv("DISTNET_OPENBLAS_CORE", "prescott")
    rs = np.random.RandomState(2)
    qkv = nd.array(rs.randn(5, 2, 2 * 3 * 6).astype("float32"))
    qkv.attach_grad()
    with autograd.record():
        s = nd.contrib.interleaved_matmul_selfatt_qk(qkv, heads=2)
        o = nd.contrib.interleaved_matmul_selfatt_valatt(qkv, nd.softmax(s), heads=2)
    o.backward(nd.array(rs.randn(*o.shape).astype("float32")))
    digest = hashlib.md5(s.asnumpy().tobytes() + o.asnumpy().tobytes() + qkv.grad.asnumpy().tobytes())
    assert digest.hexdigest()[:10] == "902ccb07ea"


@pytest.mark.parametrize("call", [
    lambda: nd.contrib.box_nms(nd.array(np.ones((0, 6))), id_index=1),         # its ids clash, but the size is unknown
    lambda: nd.contrib.box_nms(nd.array(np.ones((2, 0, 6))), id_index=6),
    lambda: nd.contrib.box_iou(nd.array(np.ones((0, 4)), dtype="int32"), nd.ones((3, 4), dtype="int32")),
])
def test_box_ops_read_an_empty_input_as_an_unknown_shape(call):
    with pytest.raises(MXNetError, match=r"Operator _contrib_box_(nms|iou) inferring shapes failed"):
        call().asnumpy()


@pytest.mark.parametrize("dtype, text", [("int32", "types, not int32"), ("int8", "types not int8"),
                                         ("uint8", "types not uint8")])
def test_box_ops_refuse_integer_types_in_mxnet_words(dtype, text):
    iou = nd.contrib.box_iou(nd.ones((2, 4), dtype=dtype), nd.ones((3, 4), dtype=dtype))
    assert iou.shape == (2, 3) and iou.dtype == np.dtype(dtype)     # refused by the kernel: when read
    with pytest.raises(MXNetError, match=r"This operation only support floating point " + text):
        iou.asnumpy()


def test_box_iou_checks_widths_and_types_in_mxnet_words():
    with pytest.raises(MXNetError, match=r"Check failed: rdim == 4 \(3 vs. 4\) : last dimension of rhs must be 4"):
        nd.contrib.box_iou(nd.ones((2, 4)), nd.ones((3, 3)))
    with pytest.raises(MXNetError, match=r"Check failed: assign\(&dattr, vec.at\(i\)\): Incompatible attr in node  "
                                         r"at 1-th input: expected float32, got float64"):
        nd.contrib.box_iou(nd.ones((2, 4)), nd.ones((3, 4), dtype="float64"))


def test_multibox_prior_checks_shape_then_type_then_attributes():
    with pytest.raises(MXNetError, match=r"Check failed: dshape.ndim\(\) >= 4 \(3 vs. 4\)"):
        nd.contrib.MultiBoxPrior(nd.ones((1, 3, 3), dtype="float64"), sizes=())
    with pytest.raises(MXNetError, match=r"Unsupported data type 2$"):
        nd.contrib.MultiBoxPrior(nd.ones((1, 1, 3, 3), dtype="float16"), sizes=())
    with pytest.raises(MXNetError, match=r"Check failed: sizes_.size\(\) > 0 \(0 vs. 0\) : $"):
        nd.contrib.MultiBoxPrior(nd.ones((1, 1, 3, 3)), sizes=())
    with pytest.raises(MXNetError, match=r"Check failed: steps_\[0\] \* steps_\[1\] >= 0 \(-0.3 vs. 0\)"):
        nd.contrib.MultiBoxPrior(nd.ones((1, 1, 3, 3)), steps=(-1, 0.3))


def test_multibox_prior_reads_height_and_width_from_axes_2_and_3():
    wide = nd.contrib.MultiBoxPrior(nd.zeros((1, 1, 1, 2, 3)), sizes=(0.5,))
    assert wide.asnumpy().tolist() == nd.contrib.MultiBoxPrior(nd.zeros((1, 1, 1, 2)), sizes=(0.5,)).asnumpy().tolist()


def test_multibox_target_and_detection_check_shapes_in_mxnet_words():
    anchors, labels = nd.ones((1, 4, 4)), nd.array([[[1, 0.1, 0.2, 0.4, 0.5]]])
    with pytest.raises(MXNetError, match=r"Check failed: pshape\[2\] == ashape\[1\] \(5 vs. 4\) : Number of anchors"):
        nd.contrib.MultiBoxTarget(anchors, labels, nd.ones((1, 3, 5)))
    with pytest.raises(MXNetError, match=r"Check failed: variances.ndim\(\) == 4 \(3 vs. 4\) : $"):
        nd.contrib.MultiBoxTarget(anchors, labels, nd.ones((1, 3, 4)), variances=(1, 1, 1))
    with pytest.raises(MXNetError, match=r"Check failed: cshape\[2\] \* 4 == lshape\[1\] \(16 vs. 15\)"):
        nd.contrib.MultiBoxDetection(nd.ones((1, 3, 4)), nd.ones((1, 15)), anchors)
    with pytest.raises(MXNetError, match=r"Provided: Check failed: ashape.ndim\(\) == 3U \(2 vs. 3\) : \[4,4\]"):
        nd.contrib.MultiBoxDetection(nd.ones((1, 3, 4)), nd.ones((1, 16)), anchors[0])


def test_index_copy_checks_shapes_in_mxnet_order():
    old = nd.zeros((5, 3))
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(0\).ndim\(\) == in_attrs->at\(2\).ndim\(\)"):
        nd.contrib.index_copy(old, nd.array([0, 1]), nd.ones((2,)))
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(0\)\[i\] >= in_attrs->at\(2\)\[i\] \(2 vs. 3\)"):
        nd.contrib.index_copy(old[:2], nd.array([0, 1, 0]), nd.ones((3, 3)))
    with pytest.raises(MXNetError, match=r"Check failed: in_attrs->at\(1\)\[0\] == in_attrs->at\(2\)\[0\] \(2 vs. 1\)"):
        nd.contrib.index_copy(old, nd.array([0, 1]), nd.ones((1, 3)))


def test_arange_like_counts_a_negative_axis_from_the_end_and_refuses_others():
    assert nd.contrib.arange_like(nd.ones((2, 3)), axis=-2, start=1).asnumpy().tolist() == [1, 2]
    with pytest.raises(MXNetError, match=r"cannot handle param.axis -3\.$"):
        nd.contrib.arange_like(nd.ones((2, 3)), axis=-3)


def test_index_array_with_no_axes_has_an_empty_last_axis():
    assert nd.contrib.index_array(nd.ones((3, 2)), axes=()).shape == (3, 2, 0)


@pytest.mark.parametrize("name, shape, text", [
    ("fft", (2, 2, 4), r"Check failed: out_shapes.size\(\) == outputs.size\(\) \(0 vs. 1\)"),
    ("ifft", (4,), r"Operator _contrib_ifft inferring shapes failed"),
    ("fft", (1, 2, 3, 4), r"fft is only available for GPU"),
])
def test_fft_infers_shapes_of_2d_and_4d_data_only(name, shape, text):
    with pytest.raises(MXNetError, match=text):
        getattr(nd.contrib, name)(nd.ones(shape))
    inferred = getattr(mx.sym.contrib, name)(mx.sym.var("x")).infer_shape(x=shape)[1]
    assert inferred == ([shape[:-1] + (shape[-1] * 2 if name == "fft" else shape[-1] // 2,)] if len(shape) in (2, 4)
                        else None)


def test_count_sketch_checks_hash_length_against_the_last_axis():
    with pytest.raises(MXNetError, match=r"dshape\[3\] \(3 vs. 4\) : H should be 2D tensor with same length"):
        nd.contrib.count_sketch(nd.ones((2, 2, 2, 4)), nd.zeros((1, 3)), nd.ones((1, 3)), out_dim=3)
    cs = mx.sym.contrib.count_sketch(mx.sym.var("x"), mx.sym.var("h"), mx.sym.var("s"), out_dim=3)
    assert cs.infer_shape(x=(2, 2, 2, 4), h=(1, 4), s=(1, 4))[1] == [(2, 2, 2, 3)]
    with pytest.raises(MXNetError, match=r"Error in operator .*Data should be 2D or 4D!"):
        cs.infer_shape(x=(2, 2, 4), h=(1, 4), s=(1, 4))


@pytest.mark.parametrize("call, text", [
    (lambda: nd.contrib.BilinearResize2D(nd.ones((1, 3, 4)), height=2, width=2),
     r"Check failed: i >= 0 && i < ndim\(\): index = 3 must be in range \[0, 3\)"),
    (lambda: nd.contrib.BilinearResize2D(nd.ones((1, 1, 1, 3, 4)), height=2, width=2),
     r"Check failed: dim == ndim\(\) \(4 vs. 5\) : dimension do not match target dimension 4 vs 5"),
    (lambda: nd.contrib.BilinearResize2D(nd.ones((1, 1, 2, 2)), scale_height=0.5), r"bad optional access$"),
    (lambda: nd.contrib.BilinearResize2D(nd.ones((1, 1, 2, 2)), mode="like"),
     r"Check failed: num_inputs == infered_num_inputs \(1 vs. 2\)"),
    (lambda: nd.contrib.AdaptiveAvgPooling2D(nd.ones((3, 4)), output_size=2),
     r"Check failed: i >= 0 && i < ndim\(\): index = 2 must be in range \[0, 2\)"),
    (lambda: nd.contrib.ROIAlign(nd.ones((1, 2, 4, 4)), nd.ones((2, 4)), pooled_size=(2, 2), spatial_scale=1.0),
     r"Check failed: bshape\[1\] == 5 \(4 vs. 5\) : bbox should be a 2D tensor of shape \[batch, 5\]"),
    (lambda: nd.ROIPooling(nd.ones((1, 2, 4, 4)), nd.ones((2, 5), dtype="float64"), pooled_size=(2, 2),
                           spatial_scale=1.0), r"Check failed: dtype == \(\*in_type\)\[1\] \(0 vs. 1\) :"),
    (lambda: nd.contrib.ROIAlign(nd.ones((1, 6, 4, 4)), nd.ones((2, 5)), pooled_size=(2, 2), spatial_scale=1.0,
                                 position_sensitive=True), r"== 0 \(2 vs. 0\) : Input channels should be divided"),
])
def test_resize_pool_and_roi_checks_read_as_mxnet(call, text):
    with pytest.raises(MXNetError, match=text):
        call().asnumpy()


def test_resize_to_an_empty_size_gives_an_empty_array():
    out = nd.contrib.BilinearResize2D(nd.ones((1, 1, 2, 3)), scale_height=0.4, scale_width=0.3)
    assert out.shape == (1, 1, 0, 0)


def test_adaptive_pooling_with_more_than_two_sizes_pools_globally():
    x = nd.array(np.arange(6).reshape((1, 1, 2, 3)))
    assert nd.contrib.AdaptiveAvgPooling2D(x, output_size=(1, 2, 5)).asnumpy().tolist() == [[[[2.5]]]]


def test_foreach_without_steps_fails_in_pythons_words_as_mxnets_loop():
    with pytest.raises(IndexError, match=r"list index out of range$"):
        nd.contrib.foreach(lambda d, s: (d, s), [], [nd.zeros((2,))])
    with pytest.raises(UnboundLocalError, match=r"cannot access local variable 'out_fmt'"):
        nd.contrib.foreach(lambda d, s: (d, s), nd.array(np.zeros((0, 2))), [nd.zeros((2,))])


def test_while_loop_joins_step_outputs_with_concat():
    def grow(i, s):
        return s, [i + 1, nd.concat(s, s, dim=0)]
    with pytest.raises(mx.base.MXNetError, match=r"Incompatible input shape: expected \[-1,1\], got \[1,2\]"):
        nd.contrib.while_loop(lambda i, s: i < 3, grow, [nd.array([0]), nd.array([1.0])], max_iterations=4)
    with pytest.raises(ValueError, match="The current array is not a scalar"):
        nd.contrib.while_loop(lambda i: i < 3, lambda i: (i, [i + 1]), [nd.array([0])], max_iterations=nd.ones(2))
    outs, _ = nd.contrib.while_loop(lambda i: i < 2, lambda i: ([i * 2, i.astype("int32")], [i + 1]),
                                    [nd.array([0])], max_iterations=3)
    assert outs[0].shape == (3, 1) and outs[1].dtype == np.int32
    assert outs[0].asnumpy()[:2].ravel().tolist() == [0.0, 2.0]


def test_control_flow_refuses_numpy_arrays_where_mxnet_reads_them_as_legacy_arrays():
    from distnet import np as mnp, npx
    npx.set_np()
    try:
        steps = []

        def body(d, t):
            steps.append(d.shape)
            return d * 2, [t[0] + d]
        with pytest.raises(TypeError, match="Operator `stack` registered in backend"):
            nd.contrib.foreach(body, mnp.ones((3, 2)), [mnp.ones(2)])
        assert steps == [(2,)] * 3
        with pytest.raises(AttributeError, match="has no attribute asscalar"):
            nd.contrib.cond(mnp.array([1.0]), lambda: mnp.ones(1), lambda: mnp.zeros(1))
        with pytest.raises(AttributeError, match="has no attribute asscalar"):
            nd.contrib.while_loop(lambda i: i < 3, lambda i: (i, [i + 1]), [mnp.zeros(1)], max_iterations=3)
        assert nd.contrib.cond(True, lambda: mnp.ones(1), lambda: mnp.zeros(1)).asnumpy().tolist() == [1.0]
    finally:
        npx.reset_np()


def test_multibox_target_refuses_too_few_negative_candidates_when_read():
    anchors = nd.array([[[0.1, 0.1, 0.4, 0.4], [0.5, 0.5, 0.9, 0.9], [0.0, 0.0, 1.0, 1.0], [0.2, 0.6, 0.4, 0.9]]])
    labels = nd.array([[[0, 0.1, 0.1, 0.45, 0.45], [1, 0.55, 0.5, 0.9, 0.95], [-1, -1, -1, -1, -1]]])
    # two positives ask for two negatives; only one unmatched anchor overlaps its best box by less than 0.1
    loc, mask, cls = nd.contrib.MultiBoxTarget(anchors, labels, nd.ones((1, 3, 4)), negative_mining_ratio=1,
                                               negative_mining_thresh=0.1)
    with pytest.raises(MXNetError, match=r"Check failed: temp.size\(\) >= num_negative \(1 vs. 2\) : $"):
        cls.asnumpy()


@pytest.mark.parametrize("call, message", [
    (lambda: nd.contrib.interleaved_matmul_selfatt_qk(nd.ones((3, 12)), heads=2),
     r"Check failed: qkv_shape.ndim\(\) == 3U \(2 vs. 3\) : Input queries_keys_values should be 3D in "
     r"seq_length-batch-proj_dim, currently is: 2D$"),
    (lambda: nd.contrib.interleaved_matmul_selfatt_valatt(nd.ones((3, 2, 12)), nd.ones((4, 3, 2)), heads=2),
     r"Check failed: qkv_shape\[0\] == att_shape\[2\] \(3 vs. 2\) : queries_keys_values.shape\[0\] and "
     r"attention.shape\[2\] should be the same, currently are 3 and 2$"),
    (lambda: nd.contrib.interleaved_matmul_selfatt_valatt(nd.ones((3, 2, 10)), nd.ones((4, 3, 3)), heads=2),
     r"Check failed: qkv_shape\[2\] % 3 == 0 \(1 vs. 0\)"),
    (lambda: nd.contrib.interleaved_matmul_encdec_qk(nd.ones((3, 2, 4)), nd.ones((5, 2, 6)), heads=2),
     r"Check failed: q_shape\[2\] \* 2 == kv_shape\[2\] \(8 vs. 6\) : keys_values.shape\[2\] should be equal "
     r"to queries.shape\[2\] \* 2, currently are: 6 and 4$"),
    (lambda: nd.contrib.interleaved_matmul_encdec_qk(nd.ones((3, 2, 4)), nd.ones((5, 3, 8)), heads=2),
     r"Check failed: q_shape\[1\] == kv_shape\[1\] \(2 vs. 3\)"),
    (lambda: nd.contrib.interleaved_matmul_encdec_valatt(nd.ones((5, 2, 8)), nd.ones((4, 3, 4)), heads=2),
     r"Check failed: kv_shape\[0\] == att_shape\[2\] \(5 vs. 4\) : keys_values.shape\[0\] should be equal to "
     r"attention.shape\[2\], currently are 5 and 4$"),
    (lambda: nd.contrib.interleaved_matmul_encdec_valatt(nd.ones((5, 2, 8)), nd.ones((3, 3, 5)), heads=2),
     r"Check failed: kv_shape\[1\] \* params.heads == att_shape\[0\] \(4 vs. 3\) : attention.shape\[0\] "
     r"should be equal to keys_values.shape\[1\] \* heads, currently are: 5 and 2$"),
])
def test_interleaved_attention_checks_shapes_in_mxnet_words(call, message):
    with pytest.raises(MXNetError, match=message):
        call()


def test_interleaved_qk_reads_a_ragged_projection_with_the_head_width_rounded_down():
    # a last axis of 10 for 2 heads: head width 10 // 3 // 2 = 1, rows read 2 * 2 * 3 = 12 elements apart
    x = np.arange(3 * 2 * 10, dtype=np.float32).reshape(3, 2, 10) / 10
    rows = x.reshape(-1)[:3 * 12].reshape(3, 2, 2, 3)           # (L, B, heads, q/k/v), width 1
    q, k = rows[..., 0], rows[..., 1]
    expected = np.einsum("lbh,mbh->bhlm", q, k).reshape(4, 3, 3)
    got = nd.contrib.interleaved_matmul_selfatt_qk(nd.array(x), heads=2).asnumpy()
    np.testing.assert_allclose(got, expected, rtol=1e-6)


def test_symbols_of_operators_without_parameters_take_any_attribute():
    for name in ("div_sqrt_dim", "round_ste", "index_copy", "box_encode"):
        assert getattr(mx.sym.contrib, name)(mx.sym.var("a"), bogus=3).list_arguments()[0] == "a"
    with pytest.raises(MXNetError, match="Cannot find argument 'bogus'"):
        mx.sym.contrib.box_nms(mx.sym.var("a"), bogus=3)


def test_sparse_embedding_data_gradient_fails_when_the_weight_gradient_is_read():
    weight, data = nd.ones((4, 3)), nd.array([0, 2])
    weight.attach_grad(stype="row_sparse")
    data.attach_grad()
    with autograd.record():
        out = nd.contrib.SparseEmbedding(data, weight, input_dim=4, output_dim=3)
    out.backward()
    with pytest.raises(MXNetError, match=r"Check failed: req\[embedding: :kData\] == kNullOp \(1 vs. 0\) : "
                                         r"SparseEmbedding layer doesn't support calculate data gradient$"):
        weight.grad.asnumpy()
    assert data.grad.asnumpy().tolist() == [0, 0]


def test_graph_ops_check_their_inputs_as_mxnet_front_end_does():
    with pytest.raises(AssertionError, match=r"Positional arguments must have NDArray type, but got 1.5$"):
        nd.contrib.dgl_subgraph(1.5)
    with pytest.raises(AssertionError, match=r"Argument data must have NDArray type, but got 1.5$"):
        nd.contrib.dgl_adjacency(1.5)
    with pytest.raises(MXNetError, match=r"value 1 for Parameter num_args should be greater equal to 2\nnum_args: "
                                         r"Number of input NDArray., in operator "
                                         r"_contrib_dgl_csr_neighbor_uniform_sample\(name=\"\", num_args=\"1\""):
        nd.contrib.dgl_csr_neighbor_uniform_sample(nd.ones((2, 2)), bogus=1)
    with pytest.raises(MXNetError, match=r"value 0 for Parameter num_args should be greater equal to 2\n"):
        mx.sym.contrib.dgl_subgraph()
    with pytest.raises(MXNetError, match=r"Check failed: num_inputs == infered_num_inputs \(1 vs. 3\)"):
        nd.contrib.edge_id(nd.ones((2, 2)), bogus=1)         # no parameters: any attribute is ignored


def test_index_copy_checks_no_index_range():
    # MXNet's kernel writes each named row unchecked: a float index is truncated, rows inside the array are
    # replaced and one outside it is no error (its row lands beyond the array)
    out = nd.contrib.index_copy(nd.zeros((4, 3)), nd.array([1.7, 4, -1, 2.2]), nd.arange(12).reshape((4, 3)))
    _close(out, [[0, 0, 0], [0, 1, 2], [9, 10, 11], [0, 0, 0]])
    old, new = nd.zeros((4, 3)), nd.ones((2, 3))
    old.attach_grad()
    new.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.index_copy(old, nd.array([3, 7]), new)
    y.backward(nd.arange(12).reshape((4, 3)))
    _close(old.grad, [[0, 1, 2], [3, 4, 5], [6, 7, 8], [0, 0, 0]])
    _close(new.grad[0], [9, 10, 11])
