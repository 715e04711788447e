"""Convolution, Deconvolution, Pooling and UpSampling: forward against direct loops, backward against
finite differences, and values measured from MXNet 1.9.1."""
import itertools
import time

import numpy as np
import pytest
from opcheck import Case, run_case

from distnet import autograd, nd
from distnet.base import MXNetError


# ---- direct-loop references ----------------------------------------------------------
def ref_conv(x, w, b=None, stride=None, pad=None, dilate=None, groups=1):
    """Convolution by explicit loops over outputs, channels and kernel offsets."""
    k = w.shape[2:]
    n = len(k)
    stride, pad, dilate = stride or (1,) * n, pad or (0,) * n, dilate or (1,) * n
    xp = np.pad(x, [(0, 0), (0, 0)] + [(p, p) for p in pad])
    out = [(xp.shape[2 + i] - dilate[i] * (k[i] - 1) - 1) // stride[i] + 1 for i in range(n)]
    f, cg = w.shape[0], w.shape[1]
    y = np.zeros((x.shape[0], f) + tuple(out))
    for o in itertools.product(*map(range, out)):
        for kk in itertools.product(*map(range, k)):
            idx = tuple(o[i] * stride[i] + kk[i] * dilate[i] for i in range(n))
            for fi in range(f):
                g = fi // (f // groups)
                patch = xp[(slice(None), slice(g * cg, (g + 1) * cg)) + idx]
                y[(slice(None), fi) + o] += patch @ w[(fi, slice(None)) + kk]
    if b is not None:
        y += b.reshape((1, -1) + (1,) * n)
    return y


def ref_deconv(x, w, b=None, stride=None, pad=None, adj=None, groups=1):
    """Transposed convolution by scattering every input element times the kernel."""
    k = w.shape[2:]
    n = len(k)
    stride, pad, adj = stride or (1,) * n, pad or (0,) * n, adj or (0,) * n
    full = [(x.shape[2 + i] - 1) * stride[i] + k[i] for i in range(n)]
    cg, fg = x.shape[1] // groups, w.shape[1]
    buf = np.zeros((x.shape[0], fg * groups) + tuple(f + a for f, a in zip(full, adj)))
    for i in itertools.product(*map(range, x.shape[2:])):
        for c in range(x.shape[1]):
            g = c // cg
            region = tuple(slice(i[d] * stride[d], i[d] * stride[d] + k[d]) for d in range(n))
            buf[(slice(None), slice(g * fg, (g + 1) * fg)) + region] += (
                x[(slice(None), c) + i][:, None, ...].reshape((-1, 1) + (1,) * n) * w[c])
    out = buf[(slice(None), slice(None)) + tuple(slice(p, f + a - p) for p, f, a in zip(pad, full, adj))]
    if b is not None:
        out = out + b.reshape((1, -1) + (1,) * n)
    return out


def ref_pool(x, kernel, stride=None, pad=None, pool_type="max", full=False, include_pad=True, p=2):
    """Pooling by explicit loops over windows (MXNet's conventions for padding and 'full')."""
    n = len(kernel)
    stride, pad = stride or (1,) * n, pad or (0,) * n
    sp = x.shape[2:]
    rnd = np.ceil if full else np.floor
    out = [int(rnd((sp[i] + 2 * pad[i] - kernel[i]) / stride[i])) + 1 for i in range(n)]
    y = np.zeros(x.shape[:2] + tuple(out))
    for o in itertools.product(*map(range, out)):
        lo = [o[i] * stride[i] - pad[i] for i in range(n)]
        hi = [lo[i] + kernel[i] for i in range(n)]
        region = tuple(slice(max(lo[i], 0), min(hi[i], sp[i])) for i in range(n))
        win = x[(slice(None), slice(None)) + region].reshape(x.shape[:2] + (-1,))
        if pool_type == "max":
            y[(...,) + o] = win.max(-1)
        elif pool_type == "sum":
            y[(...,) + o] = win.sum(-1)
        elif pool_type == "lp":
            total = (win ** p).sum(-1)
            y[(...,) + o] = np.cbrt(total) if p == 3 else total ** (1 / p)
        else:
            count = np.prod([min(hi[i], sp[i] + pad[i]) - lo[i] for i in range(n)]) if include_pad else win.shape[-1]
            y[(...,) + o] = win.sum(-1) / count
    return y


def ref_nearest(scale, *xs, mode="concat"):
    h, w = xs[0].shape[2] * scale, xs[0].shape[3] * scale
    ups = [x.repeat(h // x.shape[2], 2).repeat(w // x.shape[3], 3) for x in xs]
    return sum(ups) if mode == "sum" else np.concatenate(ups, 1)


def bilinear_weight(scale, channels):
    """MXNet's bilinear upsampling kernel (what initializer.Bilinear fills)."""
    k = 2 * scale - scale % 2
    f = np.ceil(k / 2.0)
    c = (2 * f - 1 - f % 2) / (2.0 * f)
    r = 1 - np.abs(np.arange(k) / f - c)
    return np.tile(np.outer(r, r), (channels, 1, 1, 1))


rng = np.random.RandomState(3)
POS = rng.uniform(0.2, 1.0, (1, 2, 4, 4))                  # Lp pooling: away from a zero norm
BILINEAR = bilinear_weight(2, 2)

CASES = [
    Case("Convolution", (1, 2, 5, 4), (3, 2, 3, 3), (3,), kernel=(3, 3), pad=(1, 1), num_filter=3,
         ref=lambda x, w, b: ref_conv(x, w, b, pad=(1, 1))),
    Case("Convolution", (1, 4, 6, 5), (4, 2, 2, 2), (4,), kernel=(2, 2), stride=(2, 1), dilate=(2, 2), num_group=2,
         num_filter=4, ref=lambda x, w, b: ref_conv(x, w, b, stride=(2, 1), dilate=(2, 2), groups=2)),
    Case("Convolution", (2, 3, 7), (2, 3, 3), (2,), kernel=(3,), stride=(2,), pad=(1,), num_filter=2,
         ref=lambda x, w, b: ref_conv(x, w, b, stride=(2,), pad=(1,))),
    Case("Convolution", (1, 2, 4, 3, 4), (2, 2, 2, 2, 2), kernel=(2, 2, 2), num_filter=2, no_bias=True,
         ref=lambda x, w: ref_conv(x, w)),
    Case("Convolution", (1, 1, 4, 4), (2, 1, 3, 3), (2,), kernel="(3, 3)", stride="(1, 1)", pad="(1, 1)",
         num_filter=2, label="string-attrs", ref=lambda x, w, b: ref_conv(x, w, b, pad=(1, 1))),
    Case("Deconvolution", (1, 2, 3, 3), (2, 3, 3, 3), kernel=(3, 3), stride=(2, 2), pad=(1, 1), adj=(1, 1),
         num_filter=3, ref=lambda x, w: ref_deconv(x, w, stride=(2, 2), pad=(1, 1), adj=(1, 1))),
    Case("Deconvolution", (1, 4, 2, 3), (4, 1, 3, 2), (2,), kernel=(3, 2), stride=(1, 2), num_group=2, num_filter=2,
         no_bias=False, ref=lambda x, w, b: ref_deconv(x, w, b, stride=(1, 2), groups=2)),
    Case("Deconvolution", (2, 2, 4), (2, 2, 3), kernel=(3,), stride=(3,), num_filter=2,
         ref=lambda x, w: ref_deconv(x, w, stride=(3,))),
    Case("Deconvolution", (1, 2, 3, 3), (2, 1, 3, 3), kernel=(3, 3), stride=(2, 2), pad=(1, 1), target_shape=(5, 5),
         num_filter=1, ref=lambda x, w: ref_deconv(x, w, stride=(2, 2), pad=(1, 1))),
    Case("Pooling", (1, 2, 5, 5), kernel=(3, 3), stride=(2, 2), pad=(1, 1),
         ref=lambda x: ref_pool(x, (3, 3), (2, 2), (1, 1))),
    # MXNet's backward divides overhanging 'full' windows by the whole kernel: not the forward's derivative
    Case("Pooling", (1, 2, 5, 4), kernel=(2, 3), stride=(2, 2), pad=(1, 1), pool_type="avg", grad=False,
         pooling_convention="full", ref=lambda x: ref_pool(x, (2, 3), (2, 2), (1, 1), "avg", full=True)),
    Case("Pooling", (1, 2, 5, 5), kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type="avg", count_include_pad=False,
         ref=lambda x: ref_pool(x, (3, 3), (2, 2), (1, 1), "avg", include_pad=False)),
    Case("Pooling", (2, 2, 7), kernel=(3,), stride=(2,), pool_type="sum", pooling_convention="full",
         ref=lambda x: ref_pool(x, (3,), (2,), None, "sum", full=True)),
    Case("Pooling", POS, kernel=(2, 2), stride=(2, 2), pool_type="lp", p_value=2,
         ref=lambda x: ref_pool(x, (2, 2), (2, 2), None, "lp", p=2)),
    Case("Pooling", POS, kernel=(2, 2), stride=(1, 1), pool_type="lp", p_value=3,
         ref=lambda x: ref_pool(x, (2, 2), (1, 1), None, "lp", p=3)),
    Case("Pooling", (1, 1, 4, 3, 4), kernel=(2, 2, 2), stride=(2, 1, 2),
         ref=lambda x: ref_pool(x, (2, 2, 2), (2, 1, 2))),
    Case("Pooling", (2, 3, 3, 4), global_pool=True, pool_type="avg", kernel=(1, 1),
         ref=lambda x: x.mean(axis=(2, 3), keepdims=True)),
    Case("Pooling", (1, 6, 2), kernel=(2,), stride=(2,), layout="NWC",
         ref=lambda x: ref_pool(x.transpose(0, 2, 1), (2,), (2,)).transpose(0, 2, 1)),
    Case("UpSampling", (1, 2, 2, 3), scale=2, sample_type="nearest", ref=lambda x: ref_nearest(2, x)),
    Case("UpSampling", (1, 1, 2, 2), (1, 2, 4, 4), scale=2, sample_type="nearest", num_args=2,
         ref=lambda a, b: ref_nearest(2, a, b)),
    Case("UpSampling", (1, 2, 2, 2), (1, 2, 4, 4), scale=2, sample_type="nearest", num_args=2,
         multi_input_mode="sum", ref=lambda a, b: ref_nearest(2, a, b, mode="sum")),
    Case("UpSampling", (1, 2, 3, 2), BILINEAR, scale=2, sample_type="bilinear", num_filter=2, num_args=2,
         ref=lambda x, w: ref_deconv(x, w, stride=(2, 2), pad=(1, 1), groups=2)),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    run_case(case)


# ---- values measured from MXNet 1.9.1 ---------------------------------------------------
# Inputs are det(...) below; outputs and gradients are subsampled (every k-th value).
MX = {'conv': {'db': [0.5, 0.0, -0.5, -0.125, 0.25, -0.25],
          'dw': [0.046875, 0.03125, 0.625, -0.265625, -0.453125, 0.5, 0.203125, 0.78125, 0.140625, -0.25, 0.21875,
                 0.578125, 0.640625, 0.34375, 0.28125],
          'dx': [-0.015625, -0.125, 0.296875, 0.046875, -0.109375, -0.109375, 0.3125, 0.015625, -0.15625, 0.28125,
                 -0.203125, 0.265625, -0.40625, 0.0, -0.40625, -0.140625, 0.0625, -0.078125, -0.203125, -0.140625,
                 0.140625, -0.15625, 0.28125, -0.015625, -0.40625, -0.21875, -0.140625],
          'out': [0.53125, 0.171875, -0.625, 0.046875, -0.21875, -0.640625, 0.546875, 2.4375, 1.640625, -1.0625,
                  -0.515625, 0.171875, -0.234375, -0.125, -0.65625, 0.296875, 0.796875, 1.546875, 1.71875, -0.8125,
                  -0.46875],
          'shape': (2, 6, 4, 3)},
 'deconv': {'db': [-0.375, 0.0, 0.375, -0.125, 0.25, -0.25],
            'dw': [0.296875, -0.0625, -0.703125, 0.15625, -0.140625, 0.4375, -0.1875, -0.078125, 0.109375, -0.046875,
                   0.0, 0.1875, 0.25, -0.015625, -0.3125, 0.03125],
            'dx': [-0.328125, 0.203125, -0.3125, -0.03125, -0.3125, 0.125, 0.0, -0.078125, 0.125, 0.125, 0.71875,
                   0.0625, -0.546875, 0.0625, -0.375, -0.171875, -0.078125, 0.15625],
            'out': [-0.6875, 0.5, -0.328125, 0.5, 0.515625, 1.328125, 1.015625, 2.28125, 1.734375, 1.8125, 2.890625,
                    3.375, 3.03125, 3.28125, 4.234375, 3.890625, 4.125, 4.375, 4.75, 5.3125],
            'shape': (1, 6, 6, 6)},
 'deconv_target': {'out': [0.015625, 0.09375, -0.015625, 0.0625, 0.15625, 0.125, 0.875, -0.109375, -0.015625, 0.0625,
                           0.125, 0.0, -0.71875, 0.171875, 0.265625, -0.171875, -0.78125, 0.40625, 0.359375,
                           -0.234375, -0.578125, 0.109375, 0.40625, -0.125, -0.4375],
                   'shape': (1, 1, 5, 5)},
 'pool_avg_False': {'dx': [-0.09375, 0.09375, -0.086805559694767, 0.0520833320915699, 0.02777777798473835,
                           0.01041666604578495, -0.0763888880610466, -0.03125, 0.0, -0.02083333395421505,
                           0.0520833320915699, -0.006944446824491024, -0.0277777798473835, -0.0625,
                           0.0763888880610466, 0.0, 0.03125],
                    'out': [-0.15625, -0.0625, 0.03125, 0.0416666679084301, 0.0, -0.0416666679084301, -0.03125,
                            0.0625, 0.15625, -0.21875, -0.125, -0.03125, -0.02083333395421505, 0.02777777798473835,
                            -0.1041666641831398, -0.09375, 0.0, 0.09375]},
 'pool_avg_True': {'dx': [-0.0416666679084301, 0.0416666679084301, -0.0277777798473835, 0.01388888992369175,
                          0.02777777798473835, 0.0, -0.0416666679084301, -0.0277777798473835, 0.0,
                          -0.013888888992369175, 0.01388888992369175, -0.013888890855014324, -0.013888888992369175,
                          -0.0416666679084301, 0.0555555559694767, 0.0, 0.0277777798473835],
                   'out': [-0.0694444477558136, -0.0416666679084301, 0.013888888992369175, 0.02777777798473835, 0.0,
                           -0.02777777798473835, -0.013888888992369175, 0.0416666679084301, 0.0694444477558136,
                           -0.0972222238779068, -0.0833333358168602, -0.013888888992369175, -0.013888888992369175,
                           0.02777777798473835, -0.0694444477558136, -0.0416666679084301, 0.0, 0.0416666679084301]},
 'pool_max_True': {'dx': [0.0, 0.0, 0.0, 0.125, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, -0.25, 0.0, 0.0, 0.0, 0.0, 0.25],
                   'out': [0.375, 0.5, 0.625, 0.75, 0.75, 0.625, 0.5, 0.625, 0.75, 0.375, 0.5, 0.5, 0.625, 0.75, 0.5,
                           0.5, 0.625, 0.625]},
 'pool_sum_True': {'dx': [-0.375, 0.375, -0.25, 0.125, 0.25, 0.0, -0.375, -0.25, 0.0, -0.125, 0.125, -0.125, -0.125,
                          -0.375, 0.5, 0.0, 0.25],
                   'out': [-0.625, -0.375, 0.125, 0.25, 0.0, -0.25, -0.125, 0.375, 0.625, -0.875, -0.75, -0.125,
                           -0.125, 0.25, -0.625, -0.375, 0.0, 0.375]}}


def det(shape, mul=7, mod=13):
    """Exactly representable inputs (multiples of 1/8) shared with the measurement script."""
    n = int(np.prod(shape))
    return ((np.arange(n) * mul % mod - mod // 2) / 8.0).reshape(shape).astype(np.float32)


def _run(op, arrays, head_mul=3, head_mod=7, **attrs):
    """Forward, then backward with a deterministic head gradient; returns output and input gradients."""
    xs = [nd.array(a) for a in arrays]
    for a in xs:
        a.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(*xs, **attrs)
    y.backward(nd.array(det(y.shape, head_mul, head_mod)))
    return y.asnumpy(), [a.grad.asnumpy() for a in xs]


def _close(got, expected, step=1):
    np.testing.assert_allclose(np.asarray(got).ravel()[::step], expected, rtol=1e-5, atol=1e-6)


def test_grouped_dilated_convolution_matches_mxnet():
    r = MX["conv"]
    y, (dx, dw, db) = _run("Convolution", [det((2, 4, 6, 5)), det((6, 2, 3, 2), 5, 11),
                                           np.array([0.5, -0.25, 0, 1, 2, -1], np.float32)],
                           kernel=(3, 2), stride=(1, 2), dilate=(2, 1), pad=(1, 1), num_filter=6, num_group=2)
    assert y.shape == r["shape"]
    _close(y, r["out"], 7)
    _close(dx, r["dx"], 9)
    _close(dw, r["dw"], 5)
    _close(db, r["db"])


def test_grouped_deconvolution_with_adj_matches_mxnet():
    r = MX["deconv"]
    y, (dx, dw, db) = _run("Deconvolution", [det((1, 4, 3, 3)), det((4, 3, 3, 3), 5, 11), np.arange(6.0)],
                           kernel=(3, 3), stride=(2, 2), pad=(1, 1), adj=(1, 1), num_filter=6, num_group=2,
                           no_bias=False)
    assert y.shape == r["shape"]
    _close(y, r["out"], 11)
    _close(dx, r["dx"], 2)
    _close(dw, r["dw"], 7)
    _close(db, r["db"])


def test_deconvolution_target_shape_matches_mxnet():
    y = nd.Deconvolution(nd.array(det((1, 2, 3, 3))), nd.array(det((2, 1, 3, 3), 5, 11)), kernel=(3, 3),
                         stride=(2, 2), pad=(1, 1), target_shape=(5, 5), num_filter=1)
    assert y.shape == MX["deconv_target"]["shape"]
    _close(y.asnumpy(), MX["deconv_target"]["out"])


@pytest.mark.parametrize("pool_type,include_pad", [("max", True), ("avg", True), ("avg", False), ("sum", True)])
def test_full_convention_pooling_matches_mxnet(pool_type, include_pad):
    r = MX[f"pool_{pool_type}_{include_pad}"]
    y, (dx,) = _run("Pooling", [det((1, 2, 5, 5))], kernel=(3, 3), stride=(2, 2), pad=(1, 1), pool_type=pool_type,
                    pooling_convention="full", count_include_pad=include_pad)
    assert y.shape == (1, 2, 3, 3)
    _close(y, r["out"])
    _close(dx, r["dx"], 3)


# (kernel, stride, pad, length) -> output length, measured for 'valid' and 'full'
POOL_SHAPES = {(3, 2, 0, 7): (3, 3), (3, 2, 1, 8): (4, 5), (2, 3, 0, 7): (2, 3), (3, 1, 1, 5): (5, 5),
               (3, 2, 0, 6): (2, 3), (2, 2, 0, 5): (2, 3), (4, 3, 1, 10): (3, 4)}


@pytest.mark.parametrize("geom", sorted(POOL_SHAPES), ids=str)
def test_pooling_output_shapes_follow_convention(geom):
    k, s, p, n = geom
    for convention, expected in zip(("valid", "full"), POOL_SHAPES[geom]):
        y = nd.Pooling(nd.zeros((1, 1, n)), kernel=(k,), stride=(s,), pad=(p,), pooling_convention=convention)
        assert y.shape == (1, 1, expected), convention


def test_avg_pooling_count_include_pad():
    x = nd.arange(1, 7).reshape((1, 1, 6))
    kw = dict(kernel=(3,), stride=(2,), pad=(1,), pool_type="avg")
    np.testing.assert_allclose(nd.Pooling(x, **kw).asnumpy().ravel(), [1, 3, 5])
    full = dict(kw, pooling_convention="full")
    np.testing.assert_allclose(nd.Pooling(x, count_include_pad=True, **full).asnumpy().ravel(), [1, 3, 5, 3])
    np.testing.assert_allclose(nd.Pooling(x, count_include_pad=False, **full).asnumpy().ravel(), [1.5, 3, 5, 6])
    nopad = dict(kernel=(3,), stride=(2,), pool_type="avg", pooling_convention="full")
    np.testing.assert_allclose(nd.Pooling(x, **nopad).asnumpy().ravel(), [2, 4, 5.5])


def test_lp_pooling_uses_signed_roots():
    x = nd.array([[[1.0, -2.0, 3.0, -4.0]]])
    x.attach_grad()
    with autograd.record():
        y3 = nd.Pooling(x, kernel=(2,), stride=(2,), pool_type="lp", p_value=3)
    y3.backward()
    _close(y3.asnumpy(), [-1.9129312, -3.3322217])
    _close(x.grad.asnumpy(), [0.27327588, 1.0931035, 0.81054044, 1.440961])
    with autograd.record():
        y2 = nd.Pooling(x, kernel=(2,), stride=(2,), pool_type="lp", p_value=2)
    y2.backward()
    _close(y2.asnumpy(), [2.236068, 5.0])
    _close(x.grad.asnumpy(), [0.4472136, -0.8944272, 0.6, -0.8])
    y1 = nd.Pooling(x, kernel=(2,), stride=(2,), pool_type="lp", p_value=1)
    _close(y1.asnumpy(), [-1.0, -1.0])
    with pytest.raises(MXNetError, match="p_value"):
        nd.Pooling(x, kernel=(2,), pool_type="lp")


def test_max_pooling_gradient_goes_to_first_maximum():
    x = nd.ones((1, 1, 2, 2))
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, kernel=(2, 2), stride=(1, 1))
    y.backward()
    np.testing.assert_array_equal(x.grad.asnumpy()[0, 0], [[1, 0], [0, 0]])


def test_pooling_padding_and_empty_windows():
    neg = -nd.ones((1, 1, 2, 2))
    np.testing.assert_array_equal(nd.Pooling(neg, kernel=(2, 2), stride=(1, 1), pad=(1, 1)).asnumpy(),
                                  -np.ones((1, 1, 3, 3)))
    avg = nd.Pooling(neg, kernel=(2, 2), stride=(1, 1), pad=(1, 1), pool_type="avg").asnumpy()[0, 0]
    np.testing.assert_allclose(avg, [[-0.25, -0.5, -0.25], [-0.5, -1, -0.5], [-0.25, -0.5, -0.25]])
    # a 'full' window that lies entirely past the input: the lowest float in 1-D and 2-D
    y = nd.Pooling(nd.arange(5).reshape((1, 1, 5)), kernel=(2,), stride=(2,), pad=(1,), pooling_convention="full")
    np.testing.assert_array_equal(y.asnumpy().ravel(), [0, 2, 4, np.finfo(np.float32).min])
    y2 = nd.Pooling(nd.ones((1, 1, 5, 5)), kernel=(2, 2), stride=(2, 2), pad=(1, 1), pooling_convention="full")
    assert y2.shape == (1, 1, 4, 4) and (y2.asnumpy()[0, 0, 3] == np.finfo(np.float32).min).all()


def test_global_pooling_ignores_kernel_and_stride():
    x = nd.arange(1, 7).reshape((1, 1, 6))
    assert nd.Pooling(x, global_pool=True, pool_type="sum", kernel=(2,), pad=(1,), stride=(3,)).asnumpy().item() == 21
    _close(nd.Pooling(x, global_pool=True, pool_type="lp", p_value=2).asnumpy(), [9.539392])
    assert nd.Pooling(nd.ones((2, 3, 4, 5)), global_pool=True).shape == (2, 3, 1, 1)


def test_same_convention_fails_as_in_mxnet():
    # MXNet 1.9.1 (CPU, with or without MKLDNN) cannot run 'same': 1-D fails on an index check, others on ndim
    for pool_type in ("max", "avg", "sum"):
        with pytest.raises(MXNetError, match=r"index = 1 must be in range \[0, 1\)"):
            nd.Pooling(nd.arange(1, 8).reshape((1, 1, 7)), kernel=(3,), stride=(2,), pool_type=pool_type,
                       pooling_convention="same")
    with pytest.raises(MXNetError, match="Currently 'same' supports Max Pooling 1-D"):
        nd.Pooling(nd.ones((1, 1, 5, 6)), kernel=(2, 2), stride=(2, 2), pooling_convention="same")


def test_pooling_defaults_and_errors():
    assert nd.Pooling(nd.ones((1, 1, 5, 5)), kernel=(2, 2)).shape == (1, 1, 4, 4)      # stride 1, max
    with pytest.raises(MXNetError, match="exceeds input"):
        nd.Pooling(nd.ones((1, 1, 6)), kernel=(7,))
    with pytest.raises(MXNetError, match="Invalid Input: 'median', valid values are"):
        nd.Pooling(nd.ones((1, 1, 6)), kernel=(2,), pool_type="median")


# input length -> Deconvolution output for a 3x3 kernel on 5x5 data, measured
DECONV_SHAPES = [
    (dict(), (7, 7)), (dict(stride=(2, 2)), (11, 11)), (dict(stride=(2, 2), pad=(1, 1)), (9, 9)),
    (dict(stride=(2, 2), pad=(1, 1), adj=(1, 1)), (10, 10)), (dict(stride=(2, 2), pad=(1, 1), adj=(1, 0)), (10, 9)),
    (dict(stride=(2, 2), pad=(1, 1), target_shape=(10, 10)), (10, 10)),
    (dict(stride=(2, 2), pad=(1, 1), target_shape=(9, 9)), (9, 9)),
    (dict(stride=(2, 2), target_shape=(11, 11)), (11, 11)),
    (dict(stride=(2, 2), pad=(1, 1), target_shape=(10, 10), adj=(1, 1)), (10, 10)),
    (dict(stride=(2, 2), pad=(1, 1), dilate=(2, 2)), (11, 11)),
]


@pytest.mark.parametrize("attrs,spatial", DECONV_SHAPES, ids=str)
def test_deconvolution_shapes_with_adj_and_target_shape(attrs, spatial):
    y = nd.Deconvolution(nd.ones((1, 2, 5, 5)), nd.ones((2, 3, 3, 3)), kernel=(3, 3), num_filter=3, **attrs)
    assert y.shape == (1, 3) + spatial


@pytest.mark.parametrize("attrs", [dict(stride=(2, 2), pad=(1, 1), target_shape=(11, 10)),
                                   dict(stride=(2, 2), target_shape=(9, 9)), dict(stride=(2, 2), pad=(2, 2),
                                                                                  target_shape=(9, 9))])
def test_deconvolution_target_shape_needing_another_pad_fails_as_in_mxnet(attrs):
    # MXNet 1.9.1: the call returns an array of the target shape; reading it raises oneDNN's refusal
    y = nd.Deconvolution(nd.ones((1, 2, 5, 5)), nd.ones((2, 3, 3, 3)), kernel=(3, 3), num_filter=3, **attrs)
    assert y.shape == (1, 3) + attrs["target_shape"]
    with pytest.raises(MXNetError, match="descriptor"):
        y.wait_to_read()


def test_avg_full_pooling_backward_divides_by_the_kernel():
    """MXNet 1.9.1: forward averages the clipped window, backward spreads dy / kernel size."""
    x = nd.ones((1, 1, 6, 6))
    x.attach_grad()
    with autograd.record():
        y = nd.Pooling(x, pool_type="avg", kernel=(3, 3), stride=(2, 2), pooling_convention="full")
    y.backward(nd.ones_like(y))
    assert y.asnumpy().tolist() == [[[[1.0] * 3] * 3]]
    _close(x.grad.asnumpy()[0, 0, 0], [1 / 9, 1 / 9, 2 / 9, 1 / 9, 2 / 9, 1 / 9])


def test_cpu_refusals_as_in_mxnet():
    out = nd.Convolution(nd.ones((1, 4, 4, 2)), nd.ones((3, 3, 3, 2)), nd.zeros(3), kernel=(3, 3), num_filter=3,
                         layout="NHWC")
    assert out.shape == (1, 2, 2, 3)            # the primitive fails in the kernel: on reading
    with pytest.raises(MXNetError, match="could not create a descriptor for a dilated convolution forward "
                                         "propagation primitive$"):
        out.asnumpy()
    pooled = nd.Pooling(nd.ones((1, 1, 4, 4), dtype="int32"), kernel=(2, 2))
    assert pooled.shape == (1, 1, 3, 3)         # the kernel's type switch fails: on reading
    with pytest.raises(MXNetError, match="only support floating point types, not int32"):
        pooled.asnumpy()
    with pytest.raises(MXNetError, match="2 inputs"):
        nd.Deconvolution(nd.ones((1, 2, 5, 5)), nd.ones((2, 3, 3, 3)), nd.ones(3), kernel=(3, 3), num_filter=3)
    with pytest.raises(MXNetError, match="channels"):
        nd.UpSampling(nd.ones((1, 2, 2, 2)), nd.ones((1, 1, 4, 4)), scale=2, sample_type="nearest", num_args=2,
                      multi_input_mode="sum")


def test_deconvolution_shape_errors_and_defaults():
    x, w = nd.ones((1, 2, 5)), nd.ones((2, 3, 3))
    with pytest.raises(MXNetError, match="adj"):
        nd.Deconvolution(x, w, kernel=(3,), stride=(2,), adj=(2,), num_filter=3)
    assert nd.Deconvolution(x, w, kernel=(3,), stride=(2,), pad=(1,), adj=(1,), num_filter=3).shape == (1, 3, 10)
    # no_bias defaults to True for Deconvolution (False for Convolution)
    assert nd.Deconvolution(x, w, kernel=(3,), num_filter=3).shape == (1, 3, 7)
    with pytest.raises(MXNetError, match=r"Check failed: num_inputs == infered_num_inputs \(2 vs. 3\) : Operator "
                                         r"Convolution expects 3 inputs, but got 2 instead.$"):
        nd.Convolution(nd.ones((1, 2, 5)), nd.ones((3, 2, 3)), kernel=(3,), num_filter=3)


def test_convolution_errors_name_the_problem():
    x = nd.ones((1, 2, 3, 3))
    with pytest.raises(MXNetError, match=r"\(5 vs. 3\) : kernel size exceed input$"):
        nd.Convolution(x, nd.ones((1, 2, 5, 5)), nd.zeros(1), kernel=(5, 5), num_filter=1)
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[3,2,2,2\], inferred shape=\(2,2,2,2\)$"):
        nd.Convolution(x, nd.ones((3, 2, 2, 2)), nd.zeros(2), kernel=(2, 2), num_filter=2)
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[3,1,2,2\], inferred shape=\(2,1,2,2\)$"):
        nd.Convolution(x, nd.ones((3, 1, 2, 2)), nd.zeros(3), kernel=(2, 2), num_filter=3, num_group=2)


def test_convolution_keeps_dtype():
    y = nd.Convolution(nd.ones((1, 2, 3, 3), dtype="float64"), nd.ones((1, 2, 2, 2), dtype="float64"),
                       nd.zeros(1, dtype="float64"), kernel=(2, 2), num_filter=1)
    assert y.dtype == np.float64 and y.shape == (1, 1, 2, 2)
    assert nd.Pooling(nd.ones((1, 1, 4)), kernel=(2,)).dtype == np.float32


def test_upsampling_nearest_matches_mxnet():
    a = nd.arange(4).reshape((1, 1, 2, 2))
    b = nd.arange(16).reshape((1, 1, 4, 4)) * 10
    y = nd.UpSampling(a, b, scale=2, sample_type="nearest", num_args=2, multi_input_mode="sum")
    np.testing.assert_array_equal(y.asnumpy()[0, 0], [[0, 10, 21, 31], [40, 50, 61, 71], [82, 92, 103, 113],
                                                      [122, 132, 143, 153]])
    assert nd.UpSampling(b, a, scale=2, sample_type="nearest", num_args=2).shape == (1, 2, 8, 8)
    a.attach_grad()
    with autograd.record():
        y = nd.UpSampling(a, scale=3, sample_type="nearest")
    y.backward(nd.arange(36).reshape((1, 1, 6, 6)))
    np.testing.assert_array_equal(a.grad.asnumpy()[0, 0], [[63, 90], [225, 252]])


def test_upsampling_bilinear_matches_mxnet():
    y = nd.UpSampling(nd.arange(4).reshape((1, 1, 2, 2)), nd.ones((1, 1, 4, 4)), scale=2, sample_type="bilinear",
                      num_filter=1)
    np.testing.assert_array_equal(y.asnumpy()[0, 0], [[0, 1, 1, 1], [2, 6, 6, 4], [2, 6, 6, 4], [2, 5, 5, 3]])


def test_gluon_convolution_and_pooling_layers_run():
    from distnet.gluon import nn
    net = nn.HybridSequential()
    net.add(nn.Conv2D(4, 3, padding=1, in_channels=2), nn.MaxPool2D(ceil_mode=True),
            nn.Conv2DTranspose(3, 3, strides=2, padding=1, output_padding=1), nn.GlobalAvgPool2D())
    net.initialize()
    x = nd.array(rng.uniform(-1, 1, (2, 2, 5, 5)))
    eager = net(x)
    net.hybridize()
    assert eager.shape == (2, 3, 1, 1)
    np.testing.assert_allclose(net(x).asnumpy(), eager.asnumpy(), rtol=1e-5, atol=1e-6)


def test_conv2d_timing_report():
    """Batch 32, 3->16 channels, 28x28, 3x3: forward + backward time (printed, not asserted)."""
    x = nd.array(rng.uniform(-1, 1, (32, 3, 28, 28)))
    w, b = nd.array(rng.uniform(-1, 1, (16, 3, 3, 3))), nd.zeros(16)
    for a in (x, w, b):
        a.attach_grad()
    runs = []
    for _ in range(5):
        start = time.perf_counter()
        with autograd.record():
            y = nd.Convolution(x, w, b, kernel=(3, 3), pad=(1, 1), num_filter=16)
        y.backward()
        runs.append(time.perf_counter() - start)
    assert y.shape == (32, 16, 28, 28)
    print(f"\nConvolution 32x3x28x28 -> 16, 3x3: forward+backward {min(runs) * 1e3:.1f} ms (best of 5)")
