"""gluon.utils.clip_global_norm computes with MXNet's legacy dot: mx.np arrays are refused with TypeError."""
import pytest

import distnet as mx
from distnet import gluon, np


def test_np_arrays_refused_and_left_unchanged():
    arrays = [mx.nd.ones(3), np.ones(2) * 2]
    with pytest.raises(TypeError, match="dot"):
        gluon.utils.clip_global_norm(arrays, 1.0)
    assert arrays[0].asnumpy().tolist() == [1.0, 1.0, 1.0]
    assert gluon.utils.clip_global_norm([mx.nd.ones(3), mx.nd.ones(2) * 2], 1.0) == pytest.approx(11 ** 0.5)
