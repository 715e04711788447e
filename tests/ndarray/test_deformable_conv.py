"""Deformable convolutions against MXNet 1.9.1's recorded outputs and gradients, and finite differences."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

from deformable_cases import CASES, inputs

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "deformable_mxnet_1.9.1.npz")
@pytest.mark.parametrize("name", sorted(CASES))
def test_outputs_and_gradients_match_mxnet(name):
    ref = np.load(FIXTURE)
    arrays = {k: nd.array(v) for k, v in inputs(name).items()}
    for a in arrays.values():
        a.attach_grad()
    op = nd.contrib.ModulatedDeformableConvolution if name == "modulated" else nd.contrib.DeformableConvolution
    with mx.autograd.record():
        y = op(*arrays.values(), **CASES[name])
    np.testing.assert_allclose(y.asnumpy(), ref[f"{name}/y"], rtol=1e-5, atol=1e-5)
    if name == "modulated":
        y.backward()        # MXNet's CPU backward kernel fails, raised when a gradient is read
        with pytest.raises(MXNetError, match="only implemented in GPU$"):
            arrays["data"].grad.asnumpy()
        return
    y.backward(nd.array(np.random.RandomState(7).rand(*y.shape)))
    for k, a in arrays.items():
        np.testing.assert_allclose(a.grad.asnumpy(), ref[f"{name}/d{k}"], rtol=1e-5, atol=1e-5, err_msg=k)


def test_gradients_match_finite_differences():
    rng = np.random.RandomState(0)
    x = rng.uniform(-1, 1, (1, 2, 4, 4))
    # fractional offsets away from pixel boundaries, where the sampling is smooth
    off = rng.randint(-1, 2, (1, 8, 3, 3)) + rng.uniform(0.2, 0.8, (1, 8, 3, 3))
    w, b = rng.uniform(-1, 1, (3, 2, 2, 2)), rng.uniform(-1, 1, 3)
    proj = rng.uniform(-1, 1, (1, 3, 3, 3))
    values = [x, off, w, b]

    def loss(*vals):
        y = nd.contrib.DeformableConvolution(*(nd.array(v, dtype="float64") for v in vals), kernel=(2, 2), num_filter=3)
        return float((y.asnumpy() * proj).sum())

    arrays = [nd.array(v, dtype="float64") for v in values]
    for a in arrays:
        a.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.DeformableConvolution(*arrays, kernel=(2, 2), num_filter=3)
    y.backward(nd.array(proj, dtype="float64"))
    for value, a in zip(values, arrays):
        flat, numeric = value.reshape(-1), np.zeros(value.size)
        for i in range(value.size):
            keep = flat[i]
            flat[i] = keep + 1e-5
            up = loss(*values)
            flat[i] = keep - 1e-5
            numeric[i] = (up - loss(*values)) / 2e-5
            flat[i] = keep
        np.testing.assert_allclose(a.grad.asnumpy().reshape(-1), numeric, rtol=1e-5, atol=1e-7)


def test_zero_offsets_give_a_plain_convolution():
    rng = np.random.RandomState(2)
    x, w, b = nd.array(rng.rand(2, 4, 5, 5)), nd.array(rng.randn(6, 2, 3, 3)), nd.array(rng.rand(6))
    attrs = dict(kernel=(3, 3), pad=(1, 1), stride=(2, 2), num_filter=6, num_group=2)
    y = nd.contrib.DeformableConvolution(x, nd.zeros((2, 18, 3, 3)), w, b, **attrs)
    np.testing.assert_allclose(y.asnumpy(), nd.Convolution(x, w, b, **attrs).asnumpy(), rtol=1e-5, atol=1e-6)


def test_symbol_infers_weight_and_bias_from_data_and_offset():
    sym = mx.sym.contrib.DeformableConvolution(name="dc", kernel=(3, 3), num_filter=2, pad=(1, 1))
    assert sym.list_arguments() == ["dc_data", "dc_offset", "dc_weight", "dc_bias"]
    args, outs, _ = sym.infer_shape(dc_data=(1, 4, 6, 6), dc_offset=(1, 18, 6, 6))
    assert args == [(1, 4, 6, 6), (1, 18, 6, 6), (2, 4, 3, 3), (2,)] and outs == [(1, 2, 6, 6)]


@pytest.mark.parametrize("bad, match", [
    (dict(layout="NHWC"), "layout"),
    (dict(num_deformable_group=3), r"num_deformable_group == 0U \(1 vs. 0\) : input num_filter must divide deformable"),
    (dict(num_filter=5), r"Shape inconsistent, Provided = \[6,2,3,3\], inferred shape=\(4,2,3,3\)"),
])
def test_bad_attributes_are_refused(bad, match):
    attrs = dict(kernel=(3, 3), pad=(1, 1), num_filter=6, num_group=2, num_deformable_group=2)
    attrs.update(bad)
    with pytest.raises(MXNetError, match=match):
        nd.contrib.DeformableConvolution(nd.ones((1, 4, 5, 5)), nd.zeros((1, 36, 5, 5)), nd.ones((6, 2, 3, 3)),
                                         nd.zeros(6), **attrs)
    with pytest.raises(MXNetError, match=r"Check failed: offsetshape\[1\] % \(param_.kernel\[0\] \* "
                                         r"param_.kernel\[1\]\) == 0U \(1 vs. 0\) : offset filter must divide"):
        nd.contrib.DeformableConvolution(nd.ones((1, 4, 5, 5)), nd.zeros((1, 10, 5, 5)), nd.ones((6, 4, 3, 3)),
                                         nd.zeros(6), kernel=(3, 3), pad=(1, 1), num_filter=6)


def test_gluon_layer_runs_hybridized_through_the_operator():
    from distnet.gluon.contrib import cnn
    x = nd.array(np.random.RandomState(3).uniform(-1, 1, (2, 3, 5, 5)))
    layer = cnn.DeformableConvolution(4, kernel_size=3, padding=1, in_channels=3,
                                      offset_weight_initializer=mx.init.Uniform(0.5))
    layer.initialize()
    eager = layer(x).asnumpy()
    layer.hybridize()
    np.testing.assert_allclose(layer(x).asnumpy(), eager, rtol=1e-6, atol=1e-6)
    assert layer.offset_weight.grad_req == "write"


def test_shape_and_type_checks_follow_mxnet_order():
    x, w, b = nd.ones((1, 2, 5, 5)), nd.ones((3, 2, 3, 3)), nd.ones(3)
    with pytest.raises(MXNetError, match=r"Check failed: oshape\[2\] == offsetshape\[2\] \(3 vs. 2\) : output height"):
        nd.contrib.DeformableConvolution(x, nd.ones((1, 18, 2, 3)), w, b, kernel=(3, 3), num_filter=3)
    with pytest.raises(MXNetError, match=r"== param_.num_deformable_group \(2 vs. 1\) : offset filter must divide"):
        nd.contrib.DeformableConvolution(x, nd.ones((1, 36, 3, 3)), w, b, kernel=(3, 3), num_filter=3)
    with pytest.raises(MXNetError, match=r"value 0 for Parameter num_filter should be greater equal to 1"):
        nd.contrib.DeformableConvolution(x, nd.ones((1, 18, 3, 3)), w, b, kernel=(3, 3), num_filter=0)
    with pytest.raises(MXNetError, match=r"\(1 vs. 0\) : This layer requires uniform type. Expected 'float32' v.s. "
                                         r"given 'float64' at 'mask'"):
        nd.contrib.ModulatedDeformableConvolution(x, nd.ones((1, 18, 3, 3)), nd.ones((1, 9, 3, 3), dtype="float64"),
                                                  w, b, kernel=(3, 3), num_filter=3)


@pytest.mark.parametrize("make", [
    lambda x: mx.sym.contrib.DeformableConvolution(x, x, num_filter=0, kernel=(1, 1)),
    lambda x: mx.sym.contrib.ModulatedDeformableConvolution(x, x, x, num_filter=0, kernel=(1, 1))])
def test_zero_filters_are_refused_when_the_symbol_is_made(make):
    with pytest.raises(MXNetError, match="value 0 for Parameter num_filter should be greater equal to 1$"):
        make(mx.sym.var("x"))
