"""Proposal and MultiProposal give MXNet 1.9.1's boxes and scores bit for bit."""
import os

import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

from proposal_cases import cases

nd = mx.nd
FIXTURE = os.path.join(os.path.dirname(os.path.abspath(__file__)), "data", "proposal_mxnet_1.9.1.npz")
CASES = cases()


@pytest.mark.parametrize("name, op, arrays, attrs", CASES, ids=[c[0] for c in CASES])
def test_boxes_and_scores_equal_mxnet(name, op, arrays, attrs):
    ref = np.load(FIXTURE)
    rois, scores = getattr(nd.contrib, op)(*(nd.array(a) for a in arrays), **attrs)
    np.testing.assert_array_equal(rois.asnumpy(), ref[f"{name}/rois"])
    np.testing.assert_array_equal(scores.asnumpy(), ref[f"{name}/scores"])


def test_base_anchors_are_mxnet_s_for_the_default_scales_and_ratios():
    from distnet.ndarray.ops_proposal import anchors
    base = anchors(16, (8, 16, 32), (0.5, 1, 2))
    assert base[:3].tolist() == [[-84.0, -40.0, 99.0, 55.0], [-176.0, -88.0, 191.0, 103.0],
                                 [-360.0, -184.0, 375.0, 199.0]]
    assert base[4].tolist() == [-120.0, -120.0, 135.0, 135.0]


def test_rois_without_scores_and_symbol_outputs():
    _, op, arrays, attrs = CASES[7]
    rois = nd.contrib.MultiProposal(*(nd.array(a) for a in arrays), **dict(attrs, output_score=False))
    assert isinstance(rois, nd.NDArray) and rois.shape == (2 * attrs["rpn_post_nms_top_n"], 5)
    assert sorted(set(rois.asnumpy()[:, 0].tolist())) == [0.0, 1.0]
    sym = mx.sym.contrib.Proposal(name="p", output_score=True)
    assert sym.list_outputs() == ["p_output", "p_score"]
    assert mx.sym.contrib.Proposal(name="p").list_outputs() == ["p_output"]


def test_proposal_takes_one_image_and_matching_channels():
    cls, bbox, info = (nd.array(a) for a in CASES[6][2])     # two images
    # as MXNet, the kernel finds both (the call returns, reading fails)
    rois = nd.contrib.Proposal(cls, bbox, info, scales=(8, 16), ratios=(0.5, 1, 2), rpn_post_nms_top_n=4)
    assert rois.shape == (4, 5)
    with pytest.raises(MXNetError, match="multiple images each device is not implemented"):
        rois.asnumpy()
    rois = nd.contrib.MultiProposal(cls, bbox, info, rpn_post_nms_top_n=4)    # default 12 anchors, the data has 6
    assert rois.shape == (8, 5)
    with pytest.raises(MXNetError, match="num_anchors == .* \\(6 vs. 12\\)"):
        rois.asnumpy()
    with pytest.raises(MXNetError, match="Shape inconsistent, Provided = \\[2,3,5,4\\], inferred shape=\\(2,24,5,4\\)"):
        nd.contrib.MultiProposal(cls, bbox[:, :3], info)
