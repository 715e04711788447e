"""Behaviours found by running MXNet 1.x's test_ndarray.py; expected values measured on MXNet 1.9.1."""
import numpy as np
import pytest

import distnet as mx
from distnet import autograd, nd
from distnet.base import MXNetError


def test_onehot_encode_takes_out_by_keyword():
    out = nd.zeros((3, 4))
    res = nd.onehot_encode(nd.array([2, 0, 3]), out=out)
    assert res is out
    np.testing.assert_array_equal(out.asnumpy(), [[0, 0, 1, 0], [1, 0, 0, 0], [0, 0, 0, 1]])


def test_broadcast_like_refuses_empty_axes():
    with pytest.raises(MXNetError, match="Empty axes tuple is not allowed"):
        nd.broadcast_like(nd.ones((1, 2)), nd.ones((3, 2)), lhs_axes=(), rhs_axes=())


def test_moveaxis_out_of_range_is_a_value_error_with_mxnets_arguments():
    x = nd.ones((2, 2, 3))
    with pytest.raises(ValueError) as e:
        nd.moveaxis(x, 0, 3)
    assert e.value.args == ('Destination should verify 0 <= destination < tensor.ndim (3).', 'Got 3')
    with pytest.raises(ValueError) as e:
        nd.moveaxis(x, -4, 0)
    assert e.value.args == ('Source should verify 0 <= source < tensor.ndimGot -4',)
    assert nd.moveaxis(x, 2, 0).shape == (3, 2, 2)


def test_setitem_of_a_recorded_value_is_refused_while_recording():
    x = nd.zeros((3, 4))
    y = nd.ones((4,))
    y.attach_grad()
    with pytest.raises(MXNetError, match=r"Inplace operations \(\+=, -=, x\[:\]=, etc\) are not supported "
                                         r"when recording with autograd"):
        with autograd.record():
            x[0] = y
    assert x.asnumpy()[0].tolist() == [1, 1, 1, 1]     # MXNet writes, then refuses to record the write
    with pytest.raises(MXNetError, match="already in a computational graph"):
        with autograd.record():      # the refused write entered x in the graph
            x[1] = nd.ones((4,))
    fresh = nd.zeros((3, 4))
    with autograd.record():          # a value outside the graph may be written
        fresh[1] = nd.ones((4,))
    assert fresh.asnumpy()[1].tolist() == [1, 1, 1, 1]


def test_setitem_broadcasts_a_one_element_sequence_into_one_element():
    x = nd.zeros((2, 3, 4), dtype="int32")
    x[1, 2, 3] = [-7]
    x[0, 0, 0] = np.array([5], dtype=np.int32)
    assert x.asnumpy()[1, 2, 3] == -7 and x.asnumpy()[0, 0, 0] == 5
    assert x.asnumpy().sum() == -2


def test_arrays_of_a_freed_graph_act_as_constants_in_a_new_recording():
    x = nd.ones((3,))
    x.attach_grad()
    b = nd.ones((3,))
    with autograd.record():
        b = b + 1
        o = x * b
    o.backward()
    with autograd.record():          # ``b`` belongs to the freed graph: a constant here
        b = b + 1
        o = (x * b) * 2
        o.backward(retain_graph=True)
        o.backward()
    np.testing.assert_array_equal(x.grad.asnumpy(), [6, 6, 6])


def test_backward_of_an_array_from_a_freed_graph_fails():
    x = nd.ones((3,))
    x.attach_grad()
    with autograd.record():
        y = x * 2
        z = y * 3
    z.backward()
    np.testing.assert_array_equal(x.grad.asnumpy(), [6, 6, 6])
    for head in (z, y):
        with pytest.raises(MXNetError, match="Cannot differentiate node because it is not in a computational graph"):
            head.backward()
    with autograd.record():
        w = y * 4
    with pytest.raises(MXNetError, match="Cannot differentiate node"):
        w.backward()


def test_sign_of_nan_is_zero_and_so_is_the_gradient_of_abs_there():
    x = nd.array([np.nan, np.inf, -2.0, 0.0])
    assert nd.sign(x).asnumpy().tolist() == [0.0, 1.0, -1.0, 0.0]
    x.attach_grad()
    with autograd.record():
        y = nd.abs(x)
    y.backward()
    assert x.grad.asnumpy().tolist() == [0.0, 1.0, -1.0, 0.0]


def test_float16_and_float32_scalar_ops_keep_the_dtype_and_overflow_to_inf():
    # MXNet casts the scalar to the array's dtype: no promotion to a wider float
    r = nd.array([1.5, -2.5], dtype="float16") * 1e5
    assert r.dtype == np.float16 and r.asnumpy().tolist() == [np.inf, -np.inf]
    r = nd.array([1.5, -2.5]) + 1e39
    assert r.dtype == np.float32 and r.asnumpy().tolist() == [np.inf, np.inf]
    r = nd.array([1.5], dtype="float16") + 0.1
    assert r.dtype == np.float16 and r.asnumpy().tolist() == [np.float16(1.5) + np.float16(0.1)]


def test_one_hot_refuses_a_negative_depth_and_stack_mixed_dtypes():
    with pytest.raises(MXNetError, match="depth, must be a non-negative integer"):
        nd.one_hot(nd.array([1]), -1)
    assert nd.one_hot(nd.array([1]), 0).shape == (1, 0)
    with pytest.raises(MXNetError, match="expected float32, got float64"):
        nd.stack(nd.ones(2), nd.ones(2, dtype="float64"))


def test_zero_slice_step_and_equality_with_none_fail_as_mxnet():
    x = nd.array([1.5, -2.5, 3.5])
    with pytest.raises(ValueError, match="slice step cannot be zero"):
        x[::0]
    with pytest.raises(TypeError, match="type <class 'NoneType'> not supported"):
        x == None  # noqa: E711
    with pytest.raises(TypeError, match="not supported"):
        x != None  # noqa: E711


def test_whole_array_assignment_of_a_recorded_value_is_a_recorded_copy():
    # MXNet 1.9.1: w[:] = u copies (broadcast, cast) u into w as a recorded op; w joins the graph
    w = nd.zeros((2, 3))
    u = nd.array([1.0, 2.0, 3.0])
    u.attach_grad()
    with autograd.record():
        w[:] = u
        z = (w * nd.array([[1.0, 2.0, 3.0], [4.0, 5.0, 6.0]])).sum()
    z.backward()
    np.testing.assert_array_equal(w.asnumpy(), [[1, 2, 3], [1, 2, 3]])
    np.testing.assert_array_equal(u.grad.asnumpy(), [5, 7, 9])
    w64 = nd.zeros((3,), dtype="float64")
    with autograd.record():
        w64[:] = u
    assert w64.dtype == np.float64 and w64.asnumpy().tolist() == [1, 2, 3]


def test_recorded_value_assigned_through_an_index_array_is_refused():
    y = nd.ones((2, 2))
    y.attach_grad()
    for key in (np.array([0, 2]), nd.array([1, 3]), [0, 1]):
        x = nd.zeros((4, 2))
        with pytest.raises(MXNetError, match="Inplace operations"):
            with autograd.record():
                x[key] = y
        assert x.asnumpy().sum() == 4       # written before the recording refused it


@pytest.mark.parametrize("name", ["broadcast_add", "broadcast_sub", "broadcast_mul", "broadcast_div", "broadcast_mod",
                                  "broadcast_power", "broadcast_maximum", "broadcast_minimum", "broadcast_hypot",
                                  "broadcast_equal", "broadcast_lesser", "broadcast_logical_xor", "add", "maximum",
                                  "true_divide", "elemwise_add"])
def test_binary_operators_take_lhs_and_rhs_by_keyword(name):
    x, y = nd.array([1.0, 2.0]), nd.array([3.0, 1.0])
    op = getattr(nd, name)
    expected = op(x, y).asnumpy()
    np.testing.assert_array_equal(op(lhs=x, rhs=y).asnumpy(), expected)
    np.testing.assert_array_equal(op(x, rhs=y).asnumpy(), expected)


def test_power_logical_not_and_split_v2_take_mxnets_keywords():
    x, y = nd.array([1.0, 2.0]), nd.array([3.0, 1.0])
    assert nd.power(base=x, exp=y).asnumpy().tolist() == [1.0, 2.0]
    assert nd.power(2, x).asnumpy().tolist() == [2.0, 4.0]
    assert nd.logical_not(data=x).asnumpy().tolist() == [0.0, 0.0]
    assert nd.split_v2(ary=nd.ones((4,)), indices_or_sections=2)[0].shape == (2,)
    with mx.name.NameManager():
        assert mx.sym.broadcast_add(mx.sym.var("x")).list_arguments() == ["x", "broadcast_add0_rhs"]


def test_l2_norm_of_integers_uses_mxnets_truncating_scaled_sum():
    # MXNet 1.9.1: scale and sum of squares in the integer dtype, ratios truncated: sqrt(107) comes out as 9
    assert nd.norm(nd.array([7, -7, 3], dtype="int32")).asnumpy().tolist() == [9]
    x = nd.array([[3, 4, 12], [-5, 0, 1]], dtype="int64")
    assert nd.norm(x, axis=1).asnumpy().tolist() == [12, 5]
    assert nd.norm(nd.zeros((2,), dtype="int32")).asnumpy().tolist() == [0]
