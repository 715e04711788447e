"""where checks shapes first (x and y alike; the condition of x's shape or 1-D with one value per row), then that
x and y share a dtype, then its kernel refuses bool."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


def test_x_and_y_shapes_differing_leave_the_output_unknown():
    with pytest.raises(MXNetError) as e:
        nd.where(nd.ones((2,)), nd.ones((2,)), nd.zeros((3,), dtype="int32"))
    shown = "Operator where inferring shapes failed.\ninput shapes:\n[2]\n[2]\n[3]\noutput shapes:\nNone\n"
    assert shown in message_of(e.value)


def test_a_condition_neither_of_x_shape_nor_1d_fails_inference():
    with pytest.raises(MXNetError, match=r"inferring shapes failed.\ninput shapes:\n\[2,1\]\n\[2,3\]\n\[2,3\]"):
        nd.where(nd.array([[1.], [0.]]), nd.ones((2, 3)), nd.zeros((2, 3)))


def test_a_1d_condition_needs_one_value_per_row():
    with pytest.raises(MXNetError, match=r"\(3 vs. 2\)"):
        nd.where(nd.array([1., 0., 1.]), nd.ones((2, 3)), nd.zeros((2, 3)))
    r = nd.where(nd.array([1., 0.]), nd.ones((2, 3)), nd.zeros((2, 3)))
    assert r.asnumpy().tolist() == [[1.] * 3, [0.] * 3]


def test_x_and_y_need_one_dtype():
    with pytest.raises(MXNetError, match="infer_type_success"):
        nd.where(nd.ones((2,)), nd.ones((2,)), nd.zeros((2,), dtype="int32"))


def test_a_bool_condition_fails_when_read():
    r = nd.where(nd.array([1, 0], dtype="bool"), nd.ones((2,)), nd.zeros((2,)))
    with pytest.raises(MXNetError, match="Unknown type enum 7"):
        r.asnumpy()
    assert np.dtype(r.dtype) == np.float32
