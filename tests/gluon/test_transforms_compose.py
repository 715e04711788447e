"""transforms.Compose groups consecutive HybridBlocks into hybridized HybridSequentials, as MXNet's does."""
import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError
from distnet.gluon.data.vision import transforms as T
from distnet.gluon.nn import HybridSequential


def _image():
    return nd.array((np.arange(36) * 7 % 256).reshape(3, 4, 3), dtype="uint8")


def test_runs_of_hybrid_blocks_become_one_hybridized_group():
    c = T.Compose([T.Resize(2), T.CenterCrop(1), T.ToTensor(), T.Normalize(0.5, 0.25)])
    assert [type(b).__name__ for b in c] == ["Resize", "CenterCrop", "HybridSequential"]
    assert isinstance(c[2], HybridSequential) and c[2]._active


def test_hybridized_group_computes_what_the_steps_compute_one_by_one():
    img = _image()
    c = T.Compose([T.Cast(), T.ToTensor(), T.Normalize((0.1, 0.2, 0.3), (0.5, 0.25, 2.0))])
    expected = (img.asnumpy().astype(np.float32).transpose(2, 0, 1) / 255 - np.array([0.1, 0.2, 0.3], np.float32)
                [:, None, None]) / np.array([0.5, 0.25, 2.0], np.float32)[:, None, None]
    np.testing.assert_allclose(c(img).asnumpy(), expected, rtol=1e-6)
    # a second shape runs through the same group
    np.testing.assert_allclose(c(img[:2]).asnumpy(), expected[:, :2], rtol=1e-6)


def test_a_failing_step_is_named_as_its_graph_node():
    c = T.Compose([T.Cast(), T.ToTensor(), T.Normalize(0.1, 0.2)])
    with pytest.raises(MXNetError, match=r"Error in operator normalize\d+_normalize0"):
        c(_image()[:, :, :2])


def test_a_bool_image_fails_when_the_result_is_read():
    out = T.Compose([T.ToTensor(), T.Normalize(0.5, 0.5)])(nd.ones((2, 2, 3), dtype="bool"))
    assert out.shape == (3, 2, 2)
    with pytest.raises(MXNetError, match="Unknown type enum 7"):
        out.asnumpy()
