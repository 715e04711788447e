"""linspace, logspace and indices refuse a bool dtype naming their operator's call; bincount checks its input's
rank before its type."""
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")

VALID = "{'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'}"


@pytest.mark.parametrize("call, tail", [
    (lambda: np.linspace(0, 5, 4, dtype="bool"),
     '_linspace(name="", ctx="cpu(0)", dtype="bool", stop="5", start="0", endpoint="True", num="4")'),
    (lambda: np.logspace(0.5, 2, 3, base=2, dtype="bool"),
     '_npi_logspace(name="", base="2", ctx="cpu(0)", endpoint="True", num="3", dtype="bool", stop="2", start="0.5")'),
    (lambda: np.indices([2, 3], dtype="bool"), '_npi_indices(name="", dtype="bool", ctx="cpu(0)", dimensions="[2, 3]")'),
])
def test_bool_dtype_refusal_names_the_call(call, tail):
    with pytest.raises(mx.MXNetError) as e:
        call()
    assert message_of(e.value) == f"Invalid Input: 'bool', valid values are: {VALID}, in operator {tail}"


def test_bincount_checks_rank_before_type():
    with pytest.raises(mx.MXNetError, match=r"ndim\(\) <= 1U \(2 vs. 1\) : Input only accept 1d array"):
        np.bincount(np.ones((2, 2)))
    with pytest.raises(mx.MXNetError, match="Input data should be int type"):
        np.bincount(np.array([True, False]))
