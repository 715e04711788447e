"""mx.np.set_printoptions takes precision and threshold only, refusing the others in MXNet's words."""
import numpy as onp
import pytest

from distnet import np
from distnet.base import message_of


@pytest.mark.parametrize("options", [dict(suppress=True), dict(linewidth=30), dict(precision=3, sign="+")])
def test_other_numpy_options_are_refused(options):
    with pytest.raises(NotImplementedError) as e:
        np.set_printoptions(**options)
    assert message_of(e.value) == "mxnet.numpy.set_printoptions only supports parameters precision and threshold for now."


def test_precision_and_threshold_are_numpys():
    saved = onp.get_printoptions()
    try:
        np.set_printoptions(precision=2, threshold=4)
        assert onp.get_printoptions()["precision"] == 2 and onp.get_printoptions()["threshold"] == 4
    finally:
        onp.set_printoptions(**saved)
