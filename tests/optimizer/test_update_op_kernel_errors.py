"""Update ops on integer arrays fail in their kernels: the error waits for the first read of an array they write."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd
from distnet.base import MXNetError


def ints(values=(1, 2, 3)):
    return nd.array(values, dtype="int32")


def test_sgd_mom_update_error_is_raised_by_the_first_read_of_the_momentum_then_forgotten():
    weight, grad, mom = ints(), ints(), ints()
    out = nd.sgd_mom_update(weight, grad, mom, lr=0.1)          # no error at the call
    with pytest.raises(MXNetError, match="only support floating point types, not int32"):
        mom.asnumpy()
    assert mom.asnumpy().tolist() == [1, 2, 3]                  # the kernel never ran
    assert out.shape == (3,) and weight.asnumpy().tolist() == [1, 2, 3]


def test_reset_arrays_error_is_kept_with_the_arrays_it_writes():
    a, b = ints(), ints((4, 5))
    assert nd.reset_arrays(a, b, num_arrays=2) == []
    with pytest.raises(MXNetError):
        b.asnumpy()
    assert a.asnumpy().tolist() == [1, 2, 3]


@pytest.mark.parametrize("call", [
    lambda: nd.multi_sum_sq(ints(), ints(), num_arrays=2),
    lambda: nd.all_finite(ints()),
    lambda: nd.multi_lars(ints(), ints(), ints(), ints(), eta=1., eps=1.),
    lambda: nd.lamb_update_phase1(ints(), ints(), ints(), ints(), t=1, wd=0.),
    lambda: nd.multi_sgd_update(ints(), ints(), lrs=(0.1,), wds=(0.,), out=[ints()]),
])
def test_integer_kernels_fail_at_waitall_not_at_the_call(call):
    call()
    with pytest.raises(MXNetError):
        nd.waitall()
    nd.waitall()        # raised once


def test_reset_arrays_refuses_zero_dim_arrays_in_np_shape():
    with mx.util.np_shape(True):
        with pytest.raises(MXNetError, match="reset_arrays inferring shapes failed"):
            nd.reset_arrays(nd.array(1.0), num_arrays=1)


def test_multi_sgd_mom_update_takes_zero_dim_weights_in_np_shape():
    with mx.util.np_shape(True):
        weight, mom = nd.array(1.0), nd.array(0.5)
        nd.multi_sgd_mom_update(weight, nd.array(2.0), mom, lrs=(0.1,), wds=(0.,), momentum=0.9, out=[weight])
    # mom = 0.9 * 0.5 - 0.1 * 2 = 0.25; weight = 1 + 0.25
    assert (weight.shape, mom.shape) == ((), ())
    assert np.isclose(mom.asscalar(), 0.25) and np.isclose(weight.asscalar(), 1.25)


def test_an_out_array_keeps_its_data_when_the_kernel_refuses_the_dtype():
    target = ints((7, 8, 9))
    nd.sgd_update(ints(), ints(), lr=0.1, out=target)
    with pytest.raises(MXNetError):
        target.asnumpy()
    assert target.asnumpy().tolist() == [7, 8, 9]


def test_all_finite_sets_its_out_array_to_one_before_its_kernel_refuses_the_dtype():
    target = nd.array([5.])
    nd.all_finite(ints(), out=target)
    with pytest.raises(MXNetError):
        target.asnumpy()
    assert target.asnumpy().tolist() == [1.0]
