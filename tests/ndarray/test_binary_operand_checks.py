"""Binary operators: shapes are checked before dtypes, bool is 'unknown' to MXNet's type checks, and the Python
operators an NDArray lacks refuse numpy scalars with Python's words."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


@pytest.mark.parametrize("f", [
    lambda a, b: nd.broadcast_add(a, b), lambda a, b: a * b, lambda a, b: a >= b, lambda a, b: nd.maximum(a, b),
])
def test_shapes_that_do_not_broadcast_are_refused_before_dtypes(f):
    with pytest.raises(MXNetError, match=r"could not be broadcast together with shapes \[2,3\] \[4\]"):
        f(nd.ones((2, 3)), nd.ones((4,), dtype="int32"))


def test_elemwise_shapes_are_refused_before_dtypes():
    with pytest.raises(MXNetError, match=r"expected \[2,3\], got \[3\]"):
        nd.elemwise_mul(nd.ones((2, 3)), nd.ones((3,), dtype="float64"))


def test_in_place_shapes_are_refused_before_dtypes():
    x = nd.ones((2, 3))
    with pytest.raises(MXNetError, match="could not be broadcast"):
        x += nd.ones((4,), dtype="int32")


def test_bool_is_unknown_to_type_checks():
    flags = nd.array([1, 0], dtype="bool")
    with pytest.raises(MXNetError, match="expected unknown, got float32"):
        flags + nd.ones((2,))
    with pytest.raises(MXNetError, match="expected float32, got unknown"):
        nd.ones((2,)) - flags
    with pytest.raises(MXNetError, match="Provided = unknown, inferred type = int64"):
        flags += 2
    assert flags.asnumpy().tolist() == [True, False]


@pytest.mark.parametrize("f, text", [
    (lambda x: x // np.int32(3), "unsupported operand type(s) for //: 'NDArray' and 'int'"),
    (lambda x: np.float64(2.5) // x, "unsupported operand type(s) for //: 'numpy.float64' and 'NDArray'"),
    (lambda x: x & np.bool_(True), "unsupported operand type(s) for &: 'NDArray' and 'bool'"),
    (lambda x: np.uint8(1) << x, "unsupported operand type(s) for <<: 'numpy.uint8' and 'NDArray'"),
    (lambda x: divmod(np.int32(2), x), "unsupported operand type(s) for divmod(): 'numpy.int32' and 'NDArray'"),
])
def test_missing_operators_with_numpy_scalars_raise_pythons_type_error(f, text):
    with pytest.raises(TypeError) as e:
        f(nd.array([1., 2.]))
    assert message_of(e.value) == text


@pytest.mark.parametrize("f, name", [(lambda x: None - x, "broadcast_sub"), (lambda x: None / x, "broadcast_div"),
                                     (lambda x: None ** x, "broadcast_power"), (lambda x: None % x, "broadcast_mod")])
def test_none_on_the_left_is_a_missing_input(f, name):
    with pytest.raises(MXNetError, match=rf"Check failed: num_inputs == infered_num_inputs \(1 vs. 2\) : Operator "
                                         rf"{name} expects 2 inputs, but got 1 instead.$"):
        f(nd.ones((2,)))


def test_np_matmul_with_none_is_a_missing_input():
    from distnet import np as mnp
    for f in (lambda x: x @ None, lambda x: None @ x):
        with pytest.raises(MXNetError, match=r"Check failed: num_inputs == infered_num_inputs \(1 vs. 2\) : "
                                             r"Operator _npi_matmul expects 2 inputs, but got 1 instead.$"):
            f(mnp.ones((2, 2)))


def test_ctx_and_context_each_name_themselves_when_assigned():
    x = nd.ones((2,))
    for name in ("ctx", "context"):
        with pytest.raises(AttributeError, match=f"^property '{name}' of 'NDArray' object has no setter$"):
            setattr(x, name, None)


def test_elemwise_shape_refusal_shows_a_legacy_zero_size_as_unknown():
    # legacy shape semantics hold a 0 size as unknown: MXNet's check prints it as -1
    with pytest.raises(MXNetError, match=r"expected \[1,1\], got \[-1\]"):
        nd.elemwise_add(nd.ones((1, 1)), nd.array(np.zeros((0,))))
    # its unknown sizes are filled from the other input's up to the first conflicting size
    with pytest.raises(MXNetError, match=r"expected \[2,3\], got \[2,4\]"):
        nd.elemwise_add(nd.array(np.zeros((0, 3))), nd.ones((2, 4)))
    with pytest.raises(MXNetError, match=r"expected \[2,-1,4\], got \[1,1,4\]"):
        nd.elemwise_add(nd.array(np.zeros((2, 0, 4))), nd.ones((1, 1, 4)))
    with mx.util.np_shape(True):
        with pytest.raises(MXNetError, match=r"expected \[1,1\], got \[0\]"):
            nd.elemwise_add(nd.ones((1, 1)), nd.zeros((0,)))
