"""Normalisation operators give MXNet 1.9.1's float32 bits: outputs and every input gradient.

The expected bit patterns in data/norm_bits_mxnet_1.9.1.json (base64 float32 bytes) were measured
from MXNet 1.9.1 on the inputs made by ``inputs`` below; running this file with MXNet's Python
writes them again (``python tests/ndarray/test_norm_bits.py``). float64 gradients are checked
against central differences.
"""
import base64
import json
import os
import zlib

import numpy as np
import pytest

FIXTURE = os.path.join(os.path.dirname(__file__), "data", "norm_bits_mxnet_1.9.1.json")

# name: (operator, data shape, attributes, mode); mode "train" records and differentiates in
# training mode, "eval" in prediction mode
CASES = {
    "ln_2x3": ("LayerNorm", (2, 3), {}, "train"),
    "ln_5x33": ("LayerNorm", (5, 33), {}, "train"),
    "ln_4x40_eps": ("LayerNorm", (4, 40), {"eps": 1e-2, "output_mean_var": True}, "train"),
    "ln_7": ("LayerNorm", (7,), {"axis": 0}, "train"),
    "ln_3x4x5_axis1": ("LayerNorm", (3, 4, 5), {"axis": 1}, "train"),
    "ln_3x5_axis0": ("LayerNorm", (3, 5), {"axis": 0}, "train"),
    "in_2x3x4x5": ("InstanceNorm", (2, 3, 4, 5), {}, "train"),
    "in_3x2x60": ("InstanceNorm", (3, 2, 60), {"eps": 1e-5}, "train"),
    "gn_2x6x4x4": ("GroupNorm", (2, 6, 4, 4), {"num_groups": 3, "output_mean_var": True}, "train"),
    "gn_2x4x2x2x3": ("GroupNorm", (2, 4, 2, 2, 3), {"num_groups": 4}, "train"),
    "bn_4x16x3x3": ("BatchNorm", (4, 16, 3, 3), {"fix_gamma": False, "output_mean_var": True}, "train"),
    "bn_4x16x3x3_fix": ("BatchNorm", (4, 16, 3, 3), {}, "train"),
    "bn_4x16x3x3_eval": ("BatchNorm", (4, 16, 3, 3), {"fix_gamma": False}, "eval"),
    "bn_4x8x3x3_global": ("BatchNorm", (4, 8, 3, 3), {"fix_gamma": False, "use_global_stats": True}, "train"),
    "bn_2x3": ("BatchNorm", (2, 3), {"fix_gamma": False}, "train"),
    "bn_5x7": ("BatchNorm", (5, 7), {"fix_gamma": False}, "train"),
    "bn_4x3x5_axis_last": ("BatchNorm", (4, 3, 5), {"fix_gamma": False, "axis": -1}, "train"),
    "bn_2x3x4x5x2": ("BatchNorm", (2, 3, 4, 5, 2), {"fix_gamma": False}, "train"),
    "bn_7x3x7x1_b_tiny": ("BatchNorm", (7, 3, 7, 1), {}, "train"),
    "bn_7x3x7x1_e_tiny": ("BatchNorm", (7, 3, 7, 1), {"eps": 1e-5, "momentum": 0.7}, "train"),
    # the same data with eps=1e-3 given: MXNet's default is the float 1e-3f, another double
    "bn_7x3x7x1_b_tiny_explicit": ("BatchNorm", (7, 3, 7, 1), {"eps": 1e-3}, "train"),
    "l2_instance_4x16": ("L2Normalization", (4, 16), {}, "train"),
    "l2_channel_2x5x3x3": ("L2Normalization", (2, 5, 3, 3), {"mode": "channel"}, "train"),
    "l2_spatial_2x5x3x3x2": ("L2Normalization", (2, 5, 3, 3, 2), {"mode": "spatial", "eps": 1e-4}, "train"),
    "lrn_2x16x3x3": ("LRN", (2, 16, 3, 3), {"nsize": 5}, "train"),
    "lrn_2x20x3x3": ("LRN", (2, 20, 3, 3), {"nsize": 5, "alpha": 1.0, "knorm": 1.0}, "train"),
    "lrn_2x6x3x3_beta": ("LRN", (2, 6, 3, 3), {"nsize": 5, "alpha": 0.5, "beta": 0.6, "knorm": 1.5}, "train"),
    "lrn_2x5x2x2_even": ("LRN", (2, 5, 2, 2), {"nsize": 2, "alpha": 0.3}, "train"),
}
WITH_PARAMS = ("LayerNorm", "InstanceNorm", "GroupNorm", "BatchNorm")
# cases also measured in float64 (MXNet keeps eps and momentum as C floats there too)
FLOAT64 = ["ln_5x33", "ln_3x4x5_axis1", "gn_2x6x4x4", "bn_4x16x3x3", "bn_4x16x3x3_eval", "bn_5x7",
           "l2_spatial_2x5x3x3x2"]


def _param_count(op, shape, attrs):
    if op == "LayerNorm":
        return shape[attrs.get("axis", -1)]
    if op == "GroupNorm":
        return attrs["num_groups"]
    return shape[attrs.get("axis", 1)]


def inputs(name):
    """Data, parameters (and BatchNorm's moving statistics) and a head gradient for case ``name``."""
    op, shape, attrs, _ = CASES[name]
    rng = np.random.RandomState(zlib.crc32(name.replace("_explicit", "").encode()))
    x = (rng.randn(*shape) * 1.5 + 0.3).astype(np.float32)
    if name == "bn_2x3":
        x[1, 1] = x[0, 1] + np.float32(0.02)        # a variance far below eps
    if name.endswith("_tiny") or name.endswith("_tiny_explicit"):
        x *= np.float32(1e-3)                        # all variances far below eps
    if op not in WITH_PARAMS:
        return [x], rng.randn(*shape).astype(np.float32)
    c = _param_count(op, shape, attrs)
    params = [rng.uniform(0.5, 1.5, c), rng.uniform(-0.5, 0.5, c)]
    if op == "BatchNorm":
        params += [rng.uniform(-0.2, 0.2, c), rng.uniform(0.5, 2, c)]
    return [x] + [p.astype(np.float32) for p in params], rng.randn(*shape).astype(np.float32)


def run(mx, name, dtype="float32"):
    """Outputs, gradients and moving statistics of case ``name`` computed by library ``mx``."""
    op, _, attrs, mode = CASES[name]
    arrays, head = inputs(name)
    nd = mx.nd
    xs = [nd.array(a, dtype=dtype) for a in arrays]
    for a in xs[:3]:
        a.attach_grad()
    train = mode == "train"
    with mx.autograd.record(train_mode=train):
        outs = getattr(nd, op)(*xs, **attrs)
    outs = list(outs) if isinstance(outs, (list, tuple)) else [outs]
    outs[0].backward(nd.array(head, dtype=dtype), train_mode=train)
    got = {f"out{i}": o.asnumpy() for i, o in enumerate(outs)}
    got.update({f"grad{i}": a.grad.asnumpy() for i, a in enumerate(xs[:3])})
    if op == "BatchNorm":
        got.update(moving_mean=xs[3].asnumpy(), moving_var=xs[4].asnumpy())
    return got


def _bits(a):
    """Values as base64 of their little-endian bytes (the fixture's form)."""
    return base64.b64encode(np.ascontiguousarray(a, a.dtype.newbyteorder("<")).tobytes()).decode()


def _unbits(text, dtype):
    return np.frombuffer(base64.b64decode(text), "<u4" if dtype == np.float32 else "<u8")


@pytest.fixture(scope="module")
def expected():
    with open(FIXTURE) as f:
        return json.load(f)


@pytest.mark.parametrize("name", sorted(CASES) + [f"{n}@float64" for n in FLOAT64])
def test_bits_match_mxnet(name, expected):
    import distnet as mx
    case, _, dtype = name.partition("@")
    dtype = np.dtype(dtype or "float32")
    got = run(mx, case, dtype.name)
    want = expected[name]
    assert sorted(got) == sorted(want)
    for key, bits in want.items():
        a = got[key]
        assert a.dtype == dtype, key
        diff = np.flatnonzero(a.ravel().view(_unbits(bits, dtype).dtype) != _unbits(bits, dtype))
        assert diff.size == 0, f"{name} {key}: {diff.size} of {a.size} values differ, first at {diff[:5]}"


def _numeric_grads(f, arrays, eps=1e-6):
    """Central differences of the scalar ``f(*arrays)`` with respect to every array."""
    grads = []
    for a in arrays:
        g = np.zeros_like(a)
        for i in np.ndindex(a.shape):
            keep = a[i]
            a[i] = keep + eps
            hi = f(*arrays)
            a[i] = keep - eps
            lo = f(*arrays)
            a[i] = keep
            g[i] = (hi - lo) / (2 * eps)
        grads.append(g)
    return grads


# InstanceNorm and LRN take float32 only (as MXNet); their gradients are checked in test_ops_norm.py
@pytest.mark.parametrize("name", ["ln_3x5_axis0", "ln_3x4x5_axis1", "ln_2x3", "gn_2x4x2x2x3", "bn_5x7",
                                  "bn_4x16x3x3_eval", "l2_spatial_2x5x3x3x2", "l2_instance_4x16"])
def test_float64_gradients_match_finite_differences(name):
    import distnet as mx
    op, _, attrs, mode = CASES[name]
    arrays, head = inputs(name)
    arrays, head = [a.astype(np.float64) for a in arrays], head.astype(np.float64)
    train = mode == "train"
    params, moving = arrays[:3], arrays[3:]      # BatchNorm's moving statistics: fresh copies each call

    def loss(*xs):
        with mx.autograd.train_mode() if train else mx.autograd.predict_mode():
            out = getattr(mx.nd, op)(*[mx.nd.array(a, dtype="float64") for a in list(xs) + moving], **attrs)
        out = out[0] if isinstance(out, (list, tuple)) else out
        return float((out.asnumpy() * head).sum())

    want = _numeric_grads(loss, [p.copy() for p in params])
    xs = [mx.nd.array(a, dtype="float64") for a in params + moving]
    for a in xs[:3]:
        a.attach_grad()
    with mx.autograd.record(train_mode=train):
        out = getattr(mx.nd, op)(*xs, **attrs)
    out = out[0] if isinstance(out, (list, tuple)) else out
    out.backward(mx.nd.array(head, dtype="float64"), train_mode=train)
    for a, w in zip(xs[:3], want):
        assert a.grad.dtype == np.float64
        np.testing.assert_allclose(a.grad.asnumpy(), w, rtol=1e-6, atol=1e-7)


def test_mixed_float_types_are_refused_as_mxnet_does():
    from distnet import nd
    from distnet.base import MXNetError
    x64 = nd.array(np.ones((2, 4, 3)), dtype="float64")
    g, b = nd.ones(4), nd.zeros(4)
    with pytest.raises(MXNetError, match="Incompatible attr in node  at 1-th input: expected float64, got float32"):
        nd.LayerNorm(nd.array(np.ones((2, 3, 4)), dtype="float64"), g, b)
    with pytest.raises(MXNetError, match="Incompatible attr in node  at 1-th input: expected float64, got float32"):
        nd.GroupNorm(x64, nd.ones(2), nd.zeros(2), num_groups=2)
    with pytest.raises(MXNetError, match="requires uniform type. Expected 'float64' v.s. given 'float32' at 'gamma'"):
        nd.BatchNorm(x64, g, b, nd.zeros(4), nd.ones(4))
    with pytest.raises(MXNetError, match="Unsupported data type"):
        nd.InstanceNorm(x64, g, b)
    x16, g16 = x64.astype("float16"), g.astype("float16")
    with pytest.raises(MXNetError, match="Expected 'float32' v.s. given 'float16' at 'gamma'"):
        nd.BatchNorm(x16, g16, b, nd.zeros(4), nd.ones(4))
    assert nd.BatchNorm(x16, g, b, nd.zeros(4), nd.ones(4)).dtype == np.float16   # float32 parameters
    with pytest.raises(MXNetError, match=r"dshape.ndim\(\) >= 3U \(2 vs. 3\) : $"):
        nd.GroupNorm(nd.ones((3, 4)), nd.ones(2), nd.zeros(2), num_groups=2)
    assert nd.LayerNorm(nd.ones((2, 3), dtype="float64"), *(nd.ones(3, dtype="float64"),) * 2).dtype == np.float64


def _write_fixture():
    """Measure every case with the running MXNet and write the fixture."""
    import mxnet as mx
    data = {name: {k: _bits(v) for k, v in run(mx, name).items()} for name in sorted(CASES)}
    data.update({f"{name}@float64": {k: _bits(v) for k, v in run(mx, name, "float64").items()} for name in FLOAT64})
    with open(FIXTURE, "w") as f:
        json.dump(data, f, separators=(",", ":"))


if __name__ == "__main__":
    _write_fixture()
