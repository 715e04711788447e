"""Normalisation operators: forward against numpy, backward against finite differences, and
BatchNorm's training behaviour (moving statistics, fix_gamma) measured from MXNet 1.9.1."""
import re

import numpy as np
import pytest
from opcheck import Case, check_grad, run_case

from distnet import autograd, nd
from distnet.base import MXNetError, message_of


# MXNet runs these in float32 only: their gradients are checked in float32, with a wider difference step
FLOAT32_ONLY = ("InstanceNorm", "LRN")
FLOAT32_GRAD = dict(eps=1e-2, grad_rtol=2e-3, grad_atol=2e-4)


def ref_standardize(x, axes, eps):
    return (x - x.mean(axes, keepdims=True)) / np.sqrt(x.var(axes, keepdims=True) + eps)


def ref_batch_norm(x, gamma, beta, mean, var, eps=1e-3, axis=1):
    """Training-mode BatchNorm: batch statistics over every axis but ``axis``."""
    axes = tuple(i for i in range(x.ndim) if i != axis % x.ndim)
    shape = [1] * x.ndim
    shape[axis] = -1
    return ref_standardize(x, axes, eps) * gamma.reshape(shape) + beta.reshape(shape)


def ref_group_norm(x, gamma, beta, groups, eps=1e-5):
    n, c = x.shape[:2]
    xg = ref_standardize(x.reshape(n, groups, -1), (2,), eps)
    return (xg * gamma[None, :, None] + beta[None, :, None]).reshape(x.shape)


def ref_lrn(x, nsize, alpha, beta, knorm):
    sq = x ** 2
    half = (nsize - 1) // 2      # oneDNN's window: an even nsize loses its extra channel
    window = np.stack([sq[:, max(c - half, 0):c + half + 1].sum(1) for c in range(x.shape[1])], 1)
    return x / (knorm + alpha / nsize * window) ** beta


rng = np.random.RandomState(5)
GAMMA3 = rng.uniform(0.5, 1.5, 3)
MOVING = (np.zeros(3), np.ones(3))


def bn_case(x, label, grad=(0, 1, 2), **attrs):
    axis = attrs.get("axis", 1)
    c = x[axis] if isinstance(x, tuple) else x.shape[axis]
    g, b = rng.uniform(0.5, 1.5, c), rng.uniform(-0.5, 0.5, c)
    return Case("BatchNorm", x, g, b, np.zeros(c), np.ones(c), label=label, grad=grad, fix_gamma=False,
                ref=lambda x, g, b, m, v: ref_batch_norm(x, g, b, m, v, axis=axis), **attrs)


# BatchNorm rows run in training mode (see test_op): batch statistics, moving ones updated by backward
CASES = [
    bn_case((4, 3, 2, 2), "nchw"),
    bn_case((5, 3), "2d"),
    bn_case((3, 2, 4), "axis-last", axis=-1),
    Case("BatchNorm", (4, 3, 2), GAMMA3, (3,), *MOVING, label="fix-gamma", grad=(0, 2),
         ref=lambda x, g, b, m, v: ref_batch_norm(x, np.ones(3), b, m, v)),
    Case("BatchNorm", (4, 3, 2), GAMMA3, (3,), np.array([0.1, -0.2, 0.3]), np.array([0.5, 1.5, 2.0]),
         label="global-stats", grad=(0, 1, 2), use_global_stats=True, fix_gamma=False,
         ref=lambda x, g, b, m, v: (x - m[:, None]) / np.sqrt(v[:, None] + 1e-3) * g[:, None] + b[:, None]),
    Case("LayerNorm", (2, 3, 4), (4,), (4,), ref=lambda x, g, b: ref_standardize(x, (-1,), 1e-5) * g + b),
    Case("LayerNorm", (2, 3, 4), (3,), (3,), axis=1,
         ref=lambda x, g, b: ref_standardize(x, (1,), 1e-5) * g[:, None] + b[:, None]),
    Case("InstanceNorm", (2, 3, 2, 3), (3,), (3,), **FLOAT32_GRAD,
         ref=lambda x, g, b: ref_standardize(x, (2, 3), 1e-3) * g[:, None, None] + b[:, None, None]),
    Case("GroupNorm", (2, 4, 3), (2,), (2,), num_groups=2, ref=lambda x, g, b: ref_group_norm(x, g, b, 2)),
    Case("GroupNorm", (2, 3, 2, 2), (1,), (1,), ref=lambda x, g, b: ref_group_norm(x, g, b, 1)),
    Case("L2Normalization", (2, 3, 4), ref=lambda x: x / np.sqrt((x ** 2).sum((1, 2), keepdims=True) + 1e-10)),
    Case("L2Normalization", (2, 3, 4), mode="channel",
         ref=lambda x: x / np.sqrt((x ** 2).sum(1, keepdims=True) + 1e-10)),
    Case("L2Normalization", (2, 3, 2, 2), mode="spatial",
         ref=lambda x: x / np.sqrt((x ** 2).sum((2, 3), keepdims=True) + 1e-10)),
    Case("LRN", (2, 5, 2, 2), nsize=3, alpha=0.1, beta=0.75, knorm=2.0, **FLOAT32_GRAD,
         ref=lambda x: ref_lrn(x, 3, 0.1, 0.75, 2.0)),
    Case("LRN", (1, 4, 3, 1), nsize=5, **FLOAT32_GRAD, ref=lambda x: ref_lrn(x, 5, 1e-4, 0.75, 2.0)),
    Case("LRN", (3, 4), nsize=2, alpha=0.5, **FLOAT32_GRAD, ref=lambda x: ref_lrn(x, 2, 0.5, 0.75, 2.0)),
]


@pytest.mark.parametrize("case", CASES, ids=repr)
def test_op(case):
    with autograd.train_mode():
        if case.op not in FLOAT32_ONLY:
            run_case(case)
            return
        run_case(Case(case.op, *case.inputs, ref=case.ref, grad=False, **case.attrs))
        check_grad(case, getattr(nd, case.op), [x.astype(np.float32) for x in case.arrays()])


# ---- values measured from MXNet 1.9.1 ---------------------------------------------------
# Inputs are det(...) below; outputs and gradients are subsampled (every k-th value).
MX = {'bn_2d': {'dbeta': [-0.25, -0.125, 0.0],
           'dgamma': [0.8866683, -0.9217493, -0.3911771],
           'dx': [-0.06887104, -0.8388246, -0.2522439],
           'gamma': [0.5, 1.25, 2.0],
           'mean': [-0.05, -0.15, 0.075],
           'moving_mean': [0.08499999, 0.165, 0.2775],
           'moving_var': [1.372875, 0.919625, 0.472875],
           'out': [-0.9301974, 1.551767, 0.1203626],
           'var': [2.086278, 2.251601, 2.086278]},
 'bn_axis_last': {'dbeta': [0.375, -0.375],
                  'dgamma': [0.2708512, 0.4484134],
                  'dx': [-0.4280286, -1.014593, -0.1767996, 0.3243946, 0.07442944],
                  'gamma': [0.5, 2.0],
                  'mean': [-0.0625, 0.0],
                  'moving_mean': [0.08374999, 0.27],
                  'moving_var': [1.36862, 0.4736979],
                  'out': [-0.9944969, 1.837417, -0.272227, -2.262362, 0.450043],
                  'var': [2.311264, 2.04989]},
 'bn_global': {'dbeta': [-0.125, -0.625, 0.625],
               'dgamma': [0.07397034, -0.1874063, 0.3532004],
               'dx': [-0.1530421, -0.3123439, -0.3532004, 0.0, 0.3532004, 0.1020281, 0.4685158, -1.059601, -0.3123439,
                      -0.3532004],
               'gamma': [0.5, 1.25, 2.0],
               'mean': [0.1, 0.2, 0.3],
               'moving_mean': [0.1, 0.2, 0.3],
               'moving_var': [1.5, 1.0, 0.5],
               'out': [-0.5468954, 0.2686407, -0.9008814, -0.4958814, 0.8651206, -0.2408112, -0.8245628, 1.218321,
                       -0.04370316, -1.607282],
               'var': [0.8162245, 0.9995004, 1.412802]},
 'bn_predict': {'dbeta': [-0.125, -0.625, 0.625],
                'dgamma': [0.07397034, -0.1874063, 0.3532004],
                'dx': [-0.1485447, -0.2609805, -0.4261228, 0.004304893, 0.2252005, 0.1053704, 0.507081, -1.198617,
                       -0.2646371, -0.4040919],
                'gamma': [0.5, 1.25, 2.0],
                'mean': [0.1, 0.2, 0.3],
                'moving_mean': [0.1, 0.2, 0.3],
                'moving_var': [1.5, 1.0, 0.5],
                'out': [-0.5468954, 0.2686407, -0.9008814, -0.4958814, 0.8651206, -0.2408112, -0.8245628, 1.218321,
                        -0.04370316, -1.607282],
                'var': [0.8162245, 0.9995004, 1.412802]},
 'bn_train': {'dbeta': [-0.125, -0.625, 0.625],
              'dgamma': [0.1213848, -0.8850513, 0.8105206],
              'dx': [-0.3587793, -0.4444911, -0.6204891, 0.01521611, 0.2118176, 0.2562881, 1.074634, -2.245199,
                     -0.542817, -0.4764158],
              'gamma': [0.5, 1.25, 2.0],
              'mean': [-0.140625, -0.09375, 0.15625],
              'moving_mean': [0.07593749, 0.170625, 0.285625],
              'moving_var': [1.37478, 0.9174805, 0.4674805],
              'out': [-0.8108394, 1.447449, -1.041551, -0.685539, 1.939674, -0.05903706, -1.161123, 2.535919,
                      0.702143, -2.234041],
              'var': [2.004806, 2.38498, 2.38498]},
 'bn_train_fix': {'dbeta': [-0.125, -0.625, 0.625],
                  'dgamma': [0.0, 0.0, 0.0],
                  'dx': [-0.7175586, -0.3555929, -0.3102446, 0.03043221, 0.1059088, 0.5125762, 0.8597071, -1.1226,
                         -0.4342536, -0.2382079],
                  'gamma': [1.0, 1.0, 1.0],
                  'mean': [-0.140625, -0.09375, 0.15625],
                  'moving_mean': [0.07593749, 0.170625, 0.285625],
                  'moving_var': [1.37478, 0.9174805, 0.4674805],
                  'out': [-1.421679, 1.167959, -0.3707756, -1.171078, 1.119837, 0.08192588, -0.9188982, 1.417959,
                          0.5717145, -0.9670207],
                  'var': [2.004806, 2.38498, 2.38498]},
 'gn': {'dbeta': [-0.375, 0.375],
        'dgamma': [-0.6249122, 1.071447],
        'dx': [-0.5112911, -0.02483638, 0.6940792, 1.23263, -0.2513847, 0.02865199, 0.7800549, -1.438102],
        'mean': [-0.1875, 0.1875, -0.25, 0.125],
        'mshape': (2, 2),
        'out': [-0.526032, 0.5869138, -2.804128, 1.647655, 0.4216231, -0.3824347, 0.9864925, -2.229739],
        'std': [0.4492582, 0.4492582, 0.3886537, 0.3886537]},
 'in': {'dbeta': [-0.625, 0.0, 0.625],
        'dgamma': [-0.8134728, -0.08064923, 0.9305741],
        'dx': [-0.7982885, -0.1891363, -0.1304171, 0.6822649, 0.09009597, -0.09009597, -0.4329952, -2.686836],
        'out': [-1.128486, 1.128486, -1.692728, 3.539093, 0.8191659, -0.8191659, 2.293665, -2.440497]},
 'l2_channel': {'dx': [-0.2577162, -0.1240856, -0.07727122, 0.2897672, -0.4472136, 0.07244179, 0.2945966, -0.3818018],
                'out': [-0.8017837, 0.2672612, -0.5070925, 0.8451542, 0.0, -0.8451542, 0.5070925, -0.2672612]},
 'l2_instance': {'dx': [-0.2223748, -0.07412493, 0.07412493, 0.2223748, -0.1655212, 0.05668534, 0.13151, -0.2256076],
                 'out': [-0.4447496, 0.1482499, -0.2223748, 0.3706247, 0.0, -0.413803, 0.2482818, -0.1655212]},
 'l2_spatial': {'dx': [-0.3580843, -0.1268215, -0.1046518, 0.1081714, -0.2540002, -0.09217752, 0.04268984,
                       -0.3974522],
                'out': [-0.7385489, 0.246183, -0.4242641, 0.6154574, 0.0, -0.6350006, 0.4866643, -0.2948839]},
 'ln': {'mean': [-0.4166667, 0.04166667, -0.04166667, 0.4166667, -0.2083333, -0.2916667, 0.1666667, 0.08333334],
        'mshape': (2, 4, 1),
        'out': [-0.4313167, 0.2695729, -0.4313166, 0.2695729, 0.2695729, -0.4313167, 0.2695729, -0.4313166],
        'std': [0.3864137, 0.3864137, 0.3864137, 0.3864137, 0.3864137, 0.3864137, 0.3864137, 0.3864137]},
 'lrn': {'dx': [-0.2190343, -0.07324198, 0.07236436, 0.2195645, -0.1484191, 0.002540186, 0.148101, -0.2224545,
                -0.07542969, 0.07431002, 0.2203254, -0.1481814, -0.0001714561, 0.1423389],
         'out': [-0.4414765, 0.1480729, -0.2214641, 0.3666261, 0.0, -0.3666261, 0.2225418, -0.1485349, 0.4393615,
                 0.07416616, -0.294091, 0.294091, -0.07418061, -0.4407123]}}


def det(shape, mul=7, mod=13):
    """Exactly representable inputs (multiples of 1/8) shared with the measurement script."""
    n = int(np.prod(shape))
    return ((np.arange(n) * mul % mod - mod // 2) / 8.0).reshape(shape).astype(np.float32)


def _close(got, expected, step=1):
    np.testing.assert_allclose(np.asarray(got).ravel()[::step], np.ravel(expected), rtol=2e-5, atol=2e-6)


def _bn_step(fix, train=True, bwd_train=True, omv=True, ugs=False, axis=1, shape=(4, 3, 2, 2)):
    """One recorded BatchNorm call and backward, as in the measurement script."""
    c = shape[axis]
    x, g, b = nd.array(det(shape)), nd.array(np.linspace(0.5, 2, c)), nd.array(np.linspace(-0.2, 0.3, c))
    mm, mv = nd.array(np.linspace(0.1, 0.3, c)), nd.array(np.linspace(1.5, 0.5, c))
    for a in (x, g, b):
        a.attach_grad()
    with autograd.record(train_mode=train):
        o = nd.BatchNorm(x, g, b, mm, mv, fix_gamma=fix, output_mean_var=omv, use_global_stats=ugs, axis=axis)
    head = o[0] if omv else o
    head.backward(nd.array(det(shape, 3, 7)), train_mode=bwd_train)
    return dict(out=head, dx=x.grad, dgamma=g.grad, dbeta=b.grad, moving_mean=mm, moving_var=mv, gamma=g,
                **(dict(mean=o[1], var=o[2]) if omv else {}))


BN_RUNS = {"bn_train": dict(fix=False), "bn_train_fix": dict(fix=True), "bn_predict": dict(fix=False, train=False),
           "bn_global": dict(fix=False, ugs=True), "bn_axis_last": dict(fix=False, axis=-1, shape=(3, 4, 2)),
           "bn_2d": dict(fix=False, shape=(5, 3))}


@pytest.mark.parametrize("name", sorted(BN_RUNS))
def test_batch_norm_training_step_matches_mxnet(name):
    got, expected = _bn_step(**BN_RUNS[name]), MX[name]
    for key, want in expected.items():
        step = 5 if key in ("out", "dx") else 1
        _close(got[key].asnumpy(), want, step)


def test_batch_norm_moving_stats_use_biased_variance_and_momentum():
    x = det((4, 3, 2, 2))
    r = _bn_step(False)
    axes = (0, 2, 3)
    _close(r["moving_mean"].asnumpy(), 0.9 * np.linspace(0.1, 0.3, 3) + 0.1 * x.mean(axes))
    _close(r["moving_var"].asnumpy(), 0.9 * np.linspace(1.5, 0.5, 3) + 0.1 * x.var(axes))
    _close(r["var"].asnumpy(), 1 / np.sqrt(x.var(axes) + 1e-3))           # the saved var is 1/std


def test_batch_norm_updates_moving_stats_only_in_a_training_backward():
    x, g, b = nd.array(det((4, 3, 2, 2))), nd.ones(3), nd.zeros(3)
    mm, mv = nd.zeros(3), nd.ones(3)
    x.attach_grad()
    with autograd.train_mode():
        nd.BatchNorm(x, g, b, mm, mv)
    with autograd.record():
        y = nd.BatchNorm(x, g, b, mm, mv)
    assert (mm.asnumpy() == 0).all() and (mv.asnumpy() == 1).all()        # forward alone: untouched
    y.backward(retain_graph=True)
    once = mm.asnumpy().copy()
    _close(once, 0.1 * det((4, 3, 2, 2)).mean((0, 2, 3)))
    y.backward()                                                           # every training backward updates
    _close(mm.asnumpy(), 0.9 * once + 0.1 * det((4, 3, 2, 2)).mean((0, 2, 3)))
    for kwargs in (dict(train=False), dict(bwd_train=False)):
        r = _bn_step(False, **kwargs)
        _close(r["moving_mean"].asnumpy(), np.linspace(0.1, 0.3, 3))


def test_batch_norm_fix_gamma_writes_ones_and_has_no_gamma_gradient():
    r = _bn_step(True)
    np.testing.assert_array_equal(r["gamma"].asnumpy(), [1, 1, 1])
    np.testing.assert_array_equal(r["dgamma"].asnumpy(), [0, 0, 0])
    g = nd.array([0.5, 2.0, -1.0])
    y = nd.BatchNorm(nd.array(det((2, 3))), g, nd.zeros(3), nd.zeros(3), nd.ones(3), fix_gamma=False)
    np.testing.assert_array_equal(g.asnumpy(), [0.5, 2.0, -1.0])
    _close(y.asnumpy(), det((2, 3)) / np.sqrt(1 + 1e-3) * np.array([0.5, 2.0, -1.0]))


def test_batch_norm_outputs_and_defaults():
    x, c = nd.array(det((2, 3, 2))), nd.ones(3)
    y = nd.BatchNorm(x, c, nd.zeros(3), nd.zeros(3), c)
    assert isinstance(y, nd.NDArray) and y.shape == (2, 3, 2)
    _close(y.asnumpy(), det((2, 3, 2)) / np.sqrt(1 + 1e-3))               # eps 1e-3, moving stats
    out, mean, var = nd.BatchNorm(x, c, nd.zeros(3), nd.zeros(3), c, output_mean_var=True)
    assert mean.shape == var.shape == (3,)
    assert nd.BatchNorm(x.astype("float64"), *(a.astype("float64") for a in (c, c, c, c))).dtype == np.float64
    with pytest.raises(MXNetError, match="gamma"):
        nd.BatchNorm(x, nd.ones(2), nd.zeros(3), nd.zeros(3), c, fix_gamma=False)
    # MXNet never reads a fixed gamma, so its shape goes unchecked (measured from 1.9.1)
    assert nd.BatchNorm(x, nd.ones(2), nd.zeros(3), nd.zeros(3), c).shape == (2, 3, 2)
    bad = nd.GroupNorm(nd.ones((1, 6, 2)), nd.ones(6), nd.zeros(6), num_groups=3)     # refused when read
    with pytest.raises(MXNetError, match=re.escape("Check failed: this->shape_.Size() == shape.Size() (6 vs. 3) : "
                                                   "Shape size mismatch 6 v.s. 3")):
        bad.asnumpy()


def test_lrn_even_window_starts_half_below():
    """For even nsize the first channel's window holds only itself (MXNet 1.9.1: 0.2973 for 0.5)."""
    x = nd.array(np.array([0.5, -1.0136, 1.4]).reshape(1, 3, 1, 1))
    assert abs(nd.LRN(x, nsize=2).asnumpy()[0, 0, 0, 0] - 0.5 * (2 + 1e-4 / 2 * 0.25) ** -0.75) < 1e-7


def test_layer_norm_returns_mean_and_std():
    r = MX["ln"]
    out, mean, std = nd.LayerNorm(nd.array(det((2, 4, 3))), nd.array([0.5, 1, 2.0]), nd.array([0, 0.1, -0.1]),
                                  output_mean_var=True)
    assert mean.shape == std.shape == tuple(r["mshape"])
    _close(out.asnumpy(), r["out"], 3)
    _close(mean.asnumpy(), r["mean"])
    _close(std.asnumpy(), r["std"])
    assert isinstance(nd.LayerNorm(nd.ones((2, 3)), nd.ones(3), nd.zeros(3)), nd.NDArray)


def test_group_norm_per_group_gamma_matches_mxnet():
    r = MX["gn"]
    x, g, b = nd.array(det((2, 4, 3))), nd.array([0.5, 2.0]), nd.array([0.1, -0.3])
    for a in (x, g, b):
        a.attach_grad()
    with autograd.record():
        out, mean, std = nd.GroupNorm(x, g, b, num_groups=2, output_mean_var=True)
    out.backward(nd.array(det((2, 4, 3), 3, 7)))
    assert mean.shape == tuple(r["mshape"])
    for got, key, step in ((out, "out", 3), (mean, "mean", 1), (std, "std", 1), (x.grad, "dx", 3),
                           (g.grad, "dgamma", 1), (b.grad, "dbeta", 1)):
        _close(got.asnumpy(), r[key], step)
    with pytest.raises(MXNetError, match="num_groups"):
        nd.GroupNorm(x, g, b, num_groups=3)


def _forward_backward(op, arrays, **attrs):
    xs = [nd.array(a) for a in arrays]
    for a in xs:
        a.attach_grad()
    with autograd.record():
        y = getattr(nd, op)(*xs, **attrs)
    y.backward(nd.array(det(y.shape, 3, 7)))
    return y.asnumpy(), [a.grad.asnumpy() for a in xs]


def test_instance_norm_matches_mxnet():
    r = MX["in"]
    y, (dx, dg, db) = _forward_backward("InstanceNorm", [det((2, 3, 2, 2)), np.array([1, 2, 3.0]),
                                                         np.array([0, 0, 1.0])])
    _close(y, r["out"], 3)
    _close(dx, r["dx"], 3)
    _close(dg, r["dgamma"])
    _close(db, r["dbeta"])


@pytest.mark.parametrize("mode", ["instance", "channel", "spatial"])
def test_l2_normalization_matches_mxnet(mode):
    y, (dx,) = _forward_backward("L2Normalization", [det((2, 3, 4))], mode=mode)
    _close(y, MX["l2_" + mode]["out"], 3)
    _close(dx, MX["l2_" + mode]["dx"], 3)


def test_l2_normalization_channel_mode_needs_3d():
    with pytest.raises(MXNetError, match="At lease 3 dimensions required in channel mode"):
        nd.L2Normalization(nd.array([[3.0, 4.0]]), mode="channel")
    _close(nd.L2Normalization(nd.array([[3.0, 4.0]])).asnumpy(), [0.6, 0.8])


def test_lrn_matches_mxnet():
    y, (dx,) = _forward_backward("LRN", [det((2, 5, 2, 2))], nsize=3, alpha=0.1, beta=0.75, knorm=2)
    _close(y, MX["lrn"]["out"], 3)
    _close(dx, MX["lrn"]["dx"], 3)


def test_gluon_normalisation_layers_update_running_stats():
    from distnet import gluon
    from distnet.gluon import nn
    net = nn.HybridSequential()
    net.add(nn.BatchNorm(in_channels=3), nn.LayerNorm(in_channels=4), nn.InstanceNorm(in_channels=3),
            nn.GroupNorm(num_groups=3))
    net.initialize()
    trainer = gluon.Trainer(net.collect_params(), "sgd", {"learning_rate": 0.1})
    x = nd.array(det((2, 3, 5, 4)))
    with autograd.record():
        loss = (net(x) * nd.array(det((2, 3, 5, 4), 3, 7))).sum()
    loss.backward()
    trainer.step(2)
    _close(net[0].running_mean.data().asnumpy(), 0.1 * det((2, 3, 5, 4)).mean((0, 2, 3)))
    _close(net[0].running_var.data().asnumpy(), 0.9 + 0.1 * det((2, 3, 5, 4)).var((0, 2, 3)))
    eager = net(x).asnumpy()
    net.hybridize()
    np.testing.assert_allclose(net(x).asnumpy(), eager, rtol=1e-5, atol=1e-5)


def test_instance_norm_bits_as_mxnet():
    """Sums added in order, as MXNet 1.9.1's kernel: these are its exact float32 outputs."""
    x = nd.array(np.sin(np.arange(48)).reshape(2, 3, 2, 4) * 2 + 0.5)
    y = nd.InstanceNorm(x, nd.array([1.0, 0.5, 2.0]), nd.array([0.0, 0.1, -0.2]))
    assert y.asnumpy().ravel()[:4].tolist() == [-0.10434090346097946, 1.1641390323638916, 1.266384482383728,
                                                0.10839122533798218]


# ---- what MXNet 1.9.1 refuses: InstanceNorm and LRN are float32 only; LRN takes 2 or 4 dimensions -------
@pytest.mark.parametrize("dtype", ["float16", "float64"])
def test_instance_norm_is_float32_only(dtype):
    x = nd.array(det((2, 3, 4)), dtype=dtype)
    code = {"float64": 1, "float16": 2}[dtype]      # MXNet's type flags
    check = r"Check failed: in_type->at\(i\) == mshadow: :default_type_flag \|\| in_type->at\(i\) == -1: "
    with pytest.raises(MXNetError, match=check + f"Unsupported data type {code}$"):
        nd.InstanceNorm(x, nd.ones(3, dtype=dtype), nd.zeros(3, dtype=dtype))
    # a float32 input with a parameter of another dtype fails too, and (as in MXNet) before the rank check
    with pytest.raises(MXNetError, match=f"Unsupported data type {code}$"):
        nd.InstanceNorm(nd.array(det((2, 3))), nd.ones(3, dtype=dtype), nd.zeros(3))
    out = nd.InstanceNorm(nd.array(det((2, 3))), nd.ones(3), nd.zeros(3))     # MXNet's kernel refuses 2-D data
    with pytest.raises(MXNetError, match=r"InstanceNorm only supports input tensors of rank >= 3\."):
        out.asnumpy()


@pytest.mark.parametrize("shape, dtype, message", [
    ((2, 3, 4, 4), "float64", "data type do not match specified type.Expected: double v.s. given float"),
    ((2, 3, 4, 4), "float16", "data type do not match specified type.Expected: half v.s. given float"),
    ((2, 3, 4, 4), "bool", "data type do not match specified type.Expected: bool v.s. given float"),
    ((2, 3, 4), "float32", "(4 vs. 3) : dimension do not match target dimension 4 vs 3"),
    ((2, 3, 2, 2, 2), "float32", "(4 vs. 5) : dimension do not match target dimension 4 vs 5"),
    ((2, 3), "float64", "(4 vs. 2) : dimension do not match target dimension 4 vs 2"),
    ((5,), "float32", "could not create a descriptor for a lrn forward propagation primitive"),
])
def test_lrn_refuses_what_mxnet_refuses_when_read(shape, dtype, message):
    out = nd.LRN(nd.array(det(shape), dtype=dtype), nsize=3)
    assert out.shape == shape and out.dtype == np.dtype(dtype)
    with pytest.raises(MXNetError) as err:
        out.asnumpy()
    assert message in message_of(err.value)


# LRN of float32 (N, C) data, nsize 3, 2 and 4 (values and gradients for a head of 1.5, from MXNet 1.9.1)
LRN_2D_X = [[1.764052345967664, 0.4001572083672233, 0.9787379841057392],
            [2.240893199201458, 1.8675579901499675, -0.977277879876411]]
LRN_2D = {
    3: ([[1.048869013786316, 0.2379223257303238, 0.5819529891014099],
         [1.3323012590408325, 1.1103252172470093, -0.5810606479644775]],
        [[0.8917838335037231, 0.8918302059173584, 0.8918628096580505],
         [0.8916051983833313, 0.8916694521903992, 0.8918752074241638]]),
    2: ([[1.048850655555725, 0.2379341721534729, 0.5819506645202637],
         [1.332317590713501, 1.1103841066360474, -0.5810825228691101]],
        [[0.8917492032051086, 0.8918972611427307, 0.8918572664260864],
         [0.8916534781455994, 0.8917304873466492, 0.8918574452400208]]),
    4: ([[1.048879623413086, 0.2379254549741745, 0.5819550156593323],
         [1.3323367834091187, 1.1103582382202148, -0.5810686349868774]],
        [[0.891814112663269, 0.8918488621711731, 0.8918734192848206],
         [0.8916803002357483, 0.8917285203933716, 0.8918826580047607]]),
}


@pytest.mark.parametrize("nsize", [3, 2, 4])
def test_lrn_of_2d_data_matches_mxnet(nsize):
    x = nd.array(LRN_2D_X)
    x.attach_grad()
    with autograd.record():
        y = nd.LRN(x, nsize=nsize)
    y.backward(nd.ones(y.shape) * 1.5)
    out, dx = LRN_2D[nsize]
    assert y.shape == (2, 3) and y.dtype == np.float32
    np.testing.assert_allclose(y.asnumpy(), out, rtol=1e-6)
    np.testing.assert_allclose(x.grad.asnumpy(), dx, rtol=1e-6)


# ---- float16: MXNet's own kernels sum in float32, but every operation with a float16 operand rounds ----
# The first: LayerNorm(RandomState(0).randn(4, 16) as float16, ones, zeros), index 6, from MXNet 1.9.1.
def test_float16_layer_norm_rounds_each_step_like_mxnet():
    x = nd.array(np.random.RandomState(0).randn(4, 16), dtype="float16")
    y = nd.LayerNorm(x, nd.ones(16, dtype="float16"), nd.zeros(16, dtype="float16"))
    assert y.dtype == np.float16
    assert y.asnumpy()[0, :8].tolist() == [1.33984375, -0.32275390625, 0.382568359375, 1.9208984375, 1.4658203125,
                                           -2.001953125, 0.34814453125, -0.99560546875]
    data = nd.array(LN16["x"], dtype="float16")
    data.attach_grad()
    with autograd.record():
        out, mean, std = nd.LayerNorm(data, nd.array(LN16["gamma"], dtype="float16"),
                                      nd.array(LN16["beta"], dtype="float16"), output_mean_var=True)
    out.backward()
    assert out.asnumpy().tolist() == LN16["out"]
    assert mean.asnumpy().ravel().tolist() == LN16["mean"] and std.asnumpy().ravel().tolist() == LN16["std"]
    assert data.grad.asnumpy().tolist() == LN16["dx"]


@pytest.mark.parametrize("mode", ["train", "eval"])
def test_float16_batch_norm_matches_mxnet_bits(mode):
    """Forward in ``mode``, backward in training mode (autograd's default): MXNet then updates the
    moving statistics even after an eval forward, and for float16 that changes them."""
    data = nd.array(BN16["x"], dtype="float16")
    gamma, beta = nd.array(BN16["gamma"]), nd.array(BN16["beta"])
    moving_mean, moving_var = nd.array([0.5, -0.25, 1.0]), nd.array([1.5, 0.75, 3.0])
    for a in (data, gamma, beta):
        a.attach_grad()
    with autograd.record(train_mode=mode == "train"):
        out = nd.BatchNorm(data, gamma, beta, moving_mean, moving_var, fix_gamma=False)
    out.backward(nd.array(BN16["head"], dtype="float16"))
    want = BN16[mode]
    assert out.dtype == np.float16 and out.asnumpy().tolist() == want["out"]
    assert data.grad.asnumpy().tolist() == want["dx"]
    assert gamma.grad.asnumpy().tolist() == want["dgamma"]
    assert moving_mean.asnumpy().tolist() == want["moving_mean"]
    assert moving_var.asnumpy().tolist() == want["moving_var"]


LN16 = {
    "x": [[-0.74267578125, 1.072265625, -1.6513671875, 0.53564453125, -2.064453125, -0.662109375, -1.2041015625,
           1.4619140625, 1.7666015625],
          [-0.329345703125, 0.8408203125, -0.179931640625, 0.56787109375, -0.7529296875, -1.7080078125,
           -1.802734375, 0.383056640625, 2.248046875]],
    "gamma": [0.26953125, -0.5244140625, 1.912109375, 0.2373046875, 0.1014404296875, 0.252685546875,
              -0.13232421875, -0.3095703125, -1.4345703125],
    "beta": [0.50146484375, -0.09478759765625, 1.193359375, -0.368896484375, -1.90625, -0.099609375, 1.69921875,
             -0.383544921875, -0.8896484375],
    "out": [[0.38427734375, -0.58349609375, -0.947265625, -0.24365234375, -2.05078125, -0.194091796875,
             1.802734375, -0.7626953125, -2.9765625],
            [0.446044921875, -0.496337890625, 1.037109375, -0.240966796875, -1.962890625, -0.44091796875,
             1.888671875, -0.5029296875, -3.6640625]],
    "mean": [-0.1654052734375, -0.08148193359375],
    "std": [1.328125, 1.2041015625],
    "dx": [[-0.01806640625, -0.01904296875, 0.91943359375, 0.378173828125, -0.5791015625, -0.0040283203125,
            -0.47216796875, 0.2705078125, -0.47607421875],
           [0.12139892578125, -0.2158203125, 1.5263671875, 0.34130859375, -0.134765625, -0.272216796875,
            -0.6181640625, -0.1636962890625, -0.58447265625]],
}
BN16 = {'x': [[[4.3828125, 0.068115234375], [1.0654296875, 1.8154296875], [-0.57763671875, 1.00390625]],
       [[0.998046875, -2.509765625], [3.03515625, 2.201171875], [-0.2509765625, 0.65673828125]]],
 'head': [[[0.50537109375, -0.261474609375], [-0.2427978515625, -1.453125], [0.5546875, 0.1239013671875]],
          [[0.2744140625, -1.5263671875], [1.650390625, 0.154296875], [-0.38720703125, 2.029296875]]],
 'gamma': [-0.04538603127002716, -1.4506787061691284, -0.4052278697490692],
 'beta': [-2.2883150577545166, 1.0493965148925781, -0.416474312543869],
 'train': {'out': [[[-2.35546875, -2.275390625], [3.017578125, 1.486328125], [0.07666015625, -0.916015625]],
                   [[-2.29296875, -2.228515625], [-1.0048828125, 0.6982421875],
                    [-0.12841796875, -0.6982421875]]],
           'dx': [[[0.00547027587890625, -0.0033721923828125], [-1.6240234375, 2.541015625],
                   [-0.206298828125, 0.51171875]],
                  [[-0.00827789306640625, 0.00618743896484375], [-1.044921875, 0.1282958984375],
                   [0.4775390625, -0.78271484375]]],
           'dgamma': [2.8541648387908936, 3.140486240386963, 1.1636724472045898],
           'moving_mean': [0.523480236530304, -0.022070258855819702, 0.9208007454872131],
           'moving_var': [1.958884358406067, 0.72538822889328, 2.74157452583313]},
 'eval': {'out': [[[-2.431640625, -2.271484375], [-1.1513671875, -2.41015625],
                   [-0.047332763671875, -0.41748046875]],
                  [[-2.306640625, -2.177734375], [-4.44921875, -3.052734375],
                   [-0.123779296875, -0.336181640625]]],
          'dx': [[[0.135009765625, -0.0177764892578125], [2.26953125, 5.33203125],
                  [0.039398193359375, 0.106689453125]],
                 [[0.0014104843139648438, -0.07916259765625], [1.8212890625, 3.173828125],
                  [0.252685546875, -0.33154296875]]],
          'dgamma': [5.554694652557373, 2.860363483428955, -0.6276102662086487],
          'moving_mean': [0.5, -0.25, 1.0],
          'moving_var': [1.499997615814209, 0.749997615814209, 3.0000951290130615]}}


def test_lrn_requires_nsize():
    with pytest.raises(MXNetError, match=re.escape('Required parameter nsize of int (non-negative) is not presented, '
                                                   'in operator LRN(name="")')):
        nd.LRN(nd.array(det((2, 3, 2, 2))))


def test_a_fixed_gamma_gets_a_zero_gradient_even_when_gradients_add_up():
    x = nd.array(np.arange(12).reshape(3, 4) / 7.0)
    gamma, beta = nd.array([1.5, 0.5, 2.0, 1.0]), nd.zeros((4,))
    for a in (gamma, beta):
        a.attach_grad(grad_req="add")
        a.grad[:] = 1
    dy = nd.array(np.arange(12).reshape(3, 4) % 5)
    for _ in range(2):
        with autograd.record():
            y = nd.BatchNorm(x, gamma, beta, nd.zeros((4,)), nd.ones((4,)), fix_gamma=True)
        y.backward(dy)
    assert gamma.grad.asnumpy().tolist() == [0, 0, 0, 0]       # MXNet's kernel writes the zeros into the buffer
    assert beta.grad.asnumpy().tolist() == (1 + 2 * dy.asnumpy().sum(axis=0)).tolist()
