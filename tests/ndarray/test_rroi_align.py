"""RROIAlign gives MXNet 1.9.1's outputs bit for bit; like MXNet's it has no gradient."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

from rroi_cases import CASES, DATA, ROIS

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "rroi_mxnet_1.9.1.npz")


@pytest.mark.parametrize("index", range(len(CASES)))
def test_outputs_equal_mxnet(index):
    out = nd.contrib.RROIAlign(nd.array(DATA), nd.array(ROIS), **CASES[index]).asnumpy()
    np.testing.assert_array_equal(out, np.load(FIXTURE)[str(index)])


def test_unrotated_roi_of_a_constant_map_averages_to_the_constant():
    out = nd.contrib.RROIAlign(nd.full((1, 2, 6, 6), 3.0), nd.array([[0, 3, 3, 2, 2, 0]]), pooled_size=(2, 2),
                               spatial_scale=1.0)
    assert out.shape == (1, 2, 2, 2) and (out.asnumpy() == 3.0).all()


def test_symbol_infers_shape_and_bad_rois_are_refused():
    sym = mx.sym.contrib.RROIAlign(mx.sym.var("d"), mx.sym.var("r"), pooled_size=(3, 2), spatial_scale=1.0)
    assert sym.infer_shape(d=(1, 4, 8, 8), r=(5, 6))[1] == [(5, 4, 3, 2)]
    with pytest.raises(MXNetError, match=r"Check failed: bshape\[1\] == 6U \(5 vs. 6\) : bbox should be a 2D tensor "
                                         r"of shape \[batch, 6\]$"):
        nd.contrib.RROIAlign(nd.ones((1, 2, 4, 4)), nd.ones((1, 5)), pooled_size=(2, 2), spatial_scale=1.0)


def test_shapes_are_checked_before_the_rois_type_then_the_data_type():
    rois = nd.array([[0, 2, 2, 2, 2, 30]])
    with pytest.raises(MXNetError, match=r"Check failed: dshape.ndim\(\) == 4U \(3 vs. 4\) : data should be a 4D"):
        nd.contrib.RROIAlign(nd.ones((2, 4, 4), dtype="int32"), rois, pooled_size=(2, 2), spatial_scale=1.0)
    with pytest.raises(MXNetError, match=r"Check failed: bshape.ndim\(\) == 2U \(1 vs. 2\)"):
        nd.contrib.RROIAlign(nd.ones((1, 2, 4, 4)), rois[0], pooled_size=(2, 2), spatial_scale=1.0)
    with pytest.raises(MXNetError, match=r"Check failed: dtype == \(\*in_type\)\[1\] \(1 vs. 0\) : $"):
        nd.contrib.RROIAlign(nd.ones((1, 2, 4, 4), dtype="float64"), rois, pooled_size=(2, 2), spatial_scale=1.0)


def test_backward_through_it_fails_as_in_mxnet():
    x = nd.ones((1, 2, 4, 4))
    x.attach_grad()
    with mx.autograd.record():
        y = nd.contrib.RROIAlign(x, nd.array([[0, 2, 2, 2, 2, 0]]), pooled_size=(2, 2), spatial_scale=1.0)
    with pytest.raises(MXNetError, match="non-differentiable"):
        y.backward()
