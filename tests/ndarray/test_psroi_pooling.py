"""PSROIPooling and DeformablePSROIPooling against MXNet 1.9.1's recorded outputs and gradients."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

from psroi_cases import CASES, inputs

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "psroi_mxnet_1.9.1.npz")


@pytest.mark.parametrize("name", sorted(CASES))
def test_outputs_and_gradients_match_mxnet(name):
    ref = np.load(FIXTURE)
    op, attrs = CASES[name]
    arrays = {k: nd.array(v) for k, v in inputs(name).items()}
    for a in arrays.values():
        a.attach_grad()
    with mx.autograd.record():
        y = getattr(nd.contrib, op)(*arrays.values(), **attrs)
    y.backward(nd.array(np.random.RandomState(7).rand(*y.shape)))
    np.testing.assert_allclose(y.asnumpy(), ref[f"{name}/y"], rtol=1e-6, atol=1e-6)
    for k, a in arrays.items():
        np.testing.assert_allclose(a.grad.asnumpy(), ref[f"{name}/d{k}"], rtol=1e-5, atol=1e-6, err_msg=k)


def test_psroi_pooling_averages_each_bin_of_its_channel():
    data = nd.arange(16).reshape((1, 4, 2, 2))        # output_dim 1, group 2: channel (gh * 2 + gw)
    y = nd.contrib.PSROIPooling(data, nd.array([[0, 0, 0, 1, 1]]), spatial_scale=1.0, output_dim=1, pooled_size=2)
    # bin (ph, pw) covers pixel (ph, pw) of channel ph * 2 + pw
    assert y.asnumpy().tolist() == [[[[0.0, 5.0], [10.0, 15.0]]]]


def test_symbols_infer_the_pooled_shape():
    p = mx.sym.contrib.PSROIPooling(name="p", output_dim=2, pooled_size=3, spatial_scale=0.5)
    assert p.list_arguments() == ["p_data", "p_rois"]
    assert p.infer_shape(p_data=(1, 18, 7, 7), p_rois=(5, 5))[1] == [(5, 2, 3, 3)]
    d = mx.sym.contrib.DeformablePSROIPooling(name="d", output_dim=2, group_size=2, pooled_size=3, spatial_scale=0.5)
    assert d.list_arguments() == ["d_data", "d_rois", "d_trans"]


def test_channel_count_must_cover_output_dim_and_groups():
    data = nd.arange(160).reshape((1, 10, 4, 4))
    pool = lambda x: nd.contrib.PSROIPooling(x, nd.array([[0, 0, 0, 3, 3]]), spatial_scale=1.0,  # noqa: E731
                                             output_dim=2, pooled_size=2)
    # as MXNet, channels beyond output_dim * group_size^2 are left unread
    assert pool(data).asnumpy().tolist() == pool(data[:, :8]).asnumpy().tolist()
    with pytest.raises(MXNetError, match="output_dim"):
        pool(data[:, :6])
    with pytest.raises(MXNetError, match=r"Check failed: bshape\[1\] == 5 \(4 vs. 5\) : bbox should be a 2D tensor"):
        nd.contrib.PSROIPooling(nd.ones((1, 8, 4, 4)), nd.array([[0, 0, 3, 3]]), spatial_scale=1.0,
                                output_dim=2, pooled_size=2)


def test_deformable_symbol_without_offsets_has_no_trans_input():
    d = mx.sym.contrib.DeformablePSROIPooling(name="d", output_dim=2, group_size=2, pooled_size=3, spatial_scale=0.5,
                                              no_trans=True)
    assert d.list_arguments() == ["d_data", "d_rois"]
    args, outs, _ = d.infer_shape(d_data=(1, 8, 7, 7), d_rois=(4, 5))
    assert outs == [(4, 2, 3, 3)]


def test_rois_of_another_type_and_integer_data_are_refused_as_mxnet():
    rois = nd.array([[0, 0, 0, 3, 3]])
    with pytest.raises(MXNetError, match=r"Check failed: dtype == \(\*in_type\)\[1\] \(0 vs. 1\) :"):
        nd.contrib.PSROIPooling(nd.ones((1, 8, 4, 4)), rois.astype("float64"), spatial_scale=1.0, output_dim=2,
                                pooled_size=2)
    with pytest.raises(MXNetError, match=r"This operation only support floating point types, not int32"):
        nd.contrib.PSROIPooling(nd.ones((1, 8, 4, 4), dtype="int32"), rois.astype("int32"), spatial_scale=1.0,
                                output_dim=2, pooled_size=2)


def test_deformable_pooling_takes_trans_exactly_when_no_trans_is_false():
    attrs = dict(spatial_scale=1.0, output_dim=2, group_size=2, pooled_size=2)
    data, rois = nd.ones((1, 8, 4, 4)), nd.array([[0, 0, 0, 3, 3]])
    with pytest.raises(MXNetError, match=r"expects 2 inputs, but got 3 instead"):
        nd.contrib.DeformablePSROIPooling(data, rois, nd.zeros((1, 4, 2, 2)), no_trans=True, **attrs)
    with pytest.raises(MXNetError, match=r"expects 3 inputs, but got 2 instead"):
        nd.contrib.DeformablePSROIPooling(data, rois, **attrs)
