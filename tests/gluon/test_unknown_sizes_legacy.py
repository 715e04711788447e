"""Under legacy shape semantics a 0 dimension or shape () is unknown: a deferred first call fails as MXNet's
(the operator's check, printed arguments, or the warning of an incomplete inference), a hybridized one too."""
import warnings

import numpy as np
import pytest

from distnet import nd
from distnet.base import MXNetError
from distnet.gluon import nn


def _call(net, shape, hybridize=False):
    net.initialize()
    if hybridize:
        net.hybridize()
    return net(nd.array(np.zeros(shape)))


@pytest.mark.parametrize("hybridize", [False, True])
def test_incomplete_inference_raises_the_recorded_warning(hybridize):
    with pytest.raises(ValueError, match=r"Cannot decide shape for the following arguments .*\n\tdata: \(0, 4\)"):
        _call(nn.Dense(3), (0, 4), hybridize)


@pytest.mark.parametrize("hybridize", [False, True])
def test_incomplete_inference_with_warnings_ignored_fails_on_the_missing_record(hybridize):
    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        with pytest.raises(ValueError, match="shape cannot be inferred. list index out of range$"):
            _call(nn.Dense(3), (0, 4), hybridize)


def test_operator_check_failure_prints_the_arguments(capsys):
    with pytest.raises(ValueError, match="dim_size_is_known"):
        _call(nn.Dense(3), (2, 0))
    assert capsys.readouterr().out == "infer_shape error. Arguments:\n  data: (2, 0)\n"


@pytest.mark.parametrize("shape", [(0, 4), (2, 0), ()])
def test_hybridized_known_shapes_refuse_unknown_sizes(shape):
    with pytest.raises(MXNetError, match=r"Operator Embedding inferring shapes failed\.\ninput shapes:\n"):
        _call(nn.Embedding(5, 2), shape, hybridize=True)
