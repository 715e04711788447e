"""An update operator's float parameters are read once per value: a value read again gives what it gave the first
time, a signed zero keeps its sign, and a value the parser refuses is refused every time."""
import math

import numpy as np
import pytest

from distnet.base import MXNetError
from distnet.optimizer.optimizer import listed_float, op_float


@pytest.mark.parametrize("value", [0.1, 1.1, 3e-5, 123456.789, 0.0, -0.0])
def test_a_float_read_again_reads_as_the_first_time(value):
    first = op_float(value)
    assert op_float(value) == first and math.copysign(1, op_float(value)) == math.copysign(1, first)
    assert op_float(np.float64(value)) == first
    listed = listed_float(value, "lrs")
    assert listed_float(value, "lrs") == listed == np.float32(value)


def test_signed_zeros_are_read_apart():
    assert math.copysign(1, op_float(0.0)) == 1 and math.copysign(1, op_float(-0.0)) == -1
    assert math.copysign(1, listed_float(0.0, "wds")) == 1 and math.copysign(1, listed_float(-0.0, "wds")) == -1


@pytest.mark.filterwarnings("ignore:overflow encountered in cast")     # (numpy's, reading 1e39 as a float32)
@pytest.mark.parametrize("read, value", [(op_float, 1e39), (lambda v: listed_float(v, "lrs"), math.inf),
                                         (lambda v: listed_float(v, "lrs"), 1e39)])
def test_a_refused_float_is_refused_every_time(read, value):
    for _ in range(2):
        with pytest.raises(MXNetError):
            read(value)


def test_a_listed_float_names_its_parameter_when_refused():
    with pytest.raises(MXNetError, match="wds"):
        listed_float(math.nan, "wds")
    with pytest.raises(MXNetError, match="lrs"):
        listed_float(math.nan, "lrs")
