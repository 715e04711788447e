"""mx.image.imrotate's input check: MXNet compares the dtype by identity with np.float32."""
import numpy as np
import pytest

import distnet as mx


def test_legacy_float32_image_rotates_a_quarter_turn():
    src = mx.nd.array(np.arange(9, dtype=np.float32).reshape(1, 3, 3))
    out = mx.image.imrotate(src, 90).asnumpy()[0]
    assert np.allclose(out, np.rot90(src.asnumpy()[0], k=1), atol=1e-4) or \
        np.allclose(out, np.rot90(src.asnumpy()[0], k=-1), atol=1e-4)


@pytest.mark.parametrize("make", [lambda: np.ones((3, 4, 5), np.float32), lambda: mx.nd.ones((3, 4, 5), dtype="float64"),
                                  lambda: mx.np.ones((3, 4, 5))])
def test_numpy_and_np_arrays_and_other_dtypes_are_type_errors(make):
    with pytest.raises(TypeError, match="Only `float32` images"):
        mx.image.imrotate(make(), 90)
