"""test_utils rules MXNet follows: the default context kept as given, collapse_sum_like's broadcast check,
and the bare asserts (no message) of its argument checks."""
import numpy as np
import pytest

import distnet as mx
from distnet import test_utils as tu
from distnet.base import MXNetError, message_of


@pytest.fixture
def default_context():
    yield
    tu.set_default_context(mx.cpu())


@pytest.mark.parametrize("given", ["cpu(1)", "cpu", 7, None])
def test_set_default_context_keeps_what_it_is_given(default_context, given):
    tu.set_default_context(given)
    assert tu.default_context() == given and mx.current_context() == given


def test_operators_parse_a_text_default_context_and_allocations_refuse_it(default_context):
    tu.set_default_context("cpu(1)")
    assert mx.nd.ones(2).context == mx.cpu(1) and mx.np.zeros(2).ctx == mx.cpu(1)
    assert mx.nd.random.uniform(shape=2).context == mx.cpu(1)
    with pytest.raises(AttributeError, match="^'str' object has no attribute 'device_typeid'$"):
        mx.nd.array([1, 2])
    tu.set_default_context("cpu")
    with pytest.raises(MXNetError, match="Invalid context string cpu$"):
        mx.nd.zeros(2)
    tu.set_default_context(None)
    with pytest.raises(MXNetError, match="Invalid context string None$"):
        mx.nd.arange(2)
    with pytest.raises(AttributeError, match="^'NoneType' object has no attribute 'device_typeid'$"):
        mx.nd.empty(2)


def test_a_with_block_restores_a_default_set_as_text(default_context):
    tu.set_default_context("cpu(3)")
    with mx.cpu(1):
        assert mx.nd.array([1]).context == mx.cpu(1)
    assert mx.current_context() == "cpu(3)"


@pytest.mark.parametrize("shape, like", [((2, 3), (1, 3)), ((2, 3), (3,)), ((2, 3), (2, 1)), ((2, 3), ()),
                                         ((2, 1, 3), (1, 1)), ((2, 3), (2, 3))])
def test_collapse_sum_like_sums_the_broadcast_axes(shape, like):
    a = np.arange(np.prod(shape), dtype=np.float64).reshape(shape)
    got = tu.collapse_sum_like(a, like)
    assert got.shape == like
    for index in np.ndindex(*like):         # each element is the sum of its copies in the broadcast
        mask = np.zeros(like, bool)
        mask[index] = True
        assert got[index] == a[np.broadcast_to(mask, shape)].sum()


@pytest.mark.parametrize("like", [(4,), (2, 2), (1, 2, 3)])
def test_collapse_sum_like_refuses_a_shape_that_does_not_broadcast(like):
    with pytest.raises(AssertionError, match="^$"):
        tu.collapse_sum_like(np.ones((2, 3)), like)


def test_argument_checks_are_bare_asserts():
    x = mx.sym.var("x")
    with pytest.raises(AssertionError, match="^$"):
        tu.check_symbolic_backward(x * 2, {"x": np.ones(2)}, np.ones(2), [np.full(2, 2.0)])
    with pytest.raises(AssertionError, match="^$"):
        tu.rand_sparse_ndarray((3, 2), "row_sparse", rsp_indices=np.arange(4))
    if tu.ss is not None:       # (without scipy the check refuses first)
        with pytest.raises(AssertionError, match="^$"):
            tu.chi_square_check(lambda n: np.zeros(n), [(0, 2), (1, 3)], [0.5, 0.5], 10)


def test_cuda_compute_capability_fails_loading_the_cuda_driver():
    with pytest.raises(OSError, match="could not load any of: libcuda.so libcuda.dylib cuda.dll$"):
        tu.get_cuda_compute_capability(mx.gpu(0))


def test_assert_exception_catches_its_own_failure_when_the_type_covers_it():
    assert tu.assert_exception(lambda: 1, Exception) is None
    assert tu.assert_exception(lambda: 1, AssertionError) is None
    with pytest.raises(AssertionError, match="^$"):
        tu.assert_exception(lambda: 1, ValueError)


def test_retry_checks_its_count_and_drops_the_result():
    with pytest.raises(AssertionError, match="^$"):
        tu.retry(0)
    calls = []

    def flaky():
        calls.append(1)
        assert len(calls) > 2
        return "dropped"
    wrapped = tu.retry(3)(flaky)
    assert wrapped() is None and len(calls) == 3 and wrapped.__name__ == "wrapper"
    with pytest.raises(AssertionError):
        tu.retry(1)(lambda: tu.assert_exception(lambda: 1, ValueError))()


def test_buckets_need_a_positive_count():
    with pytest.raises(AssertionError, match="^$"):
        tu.gen_buckets_probs_with_ppf(lambda x: x, 0)
    assert tu.gen_buckets_probs_with_ppf(lambda x: 2 * x, 2) == ([(0.0, 1.0), (1.0, 2.0)], [0.5, 0.5])


@pytest.mark.parametrize("a, b, expected", [
    (mx.nd.array([1, 2]), mx.nd.array([1, 2]), True),
    (mx.nd.array([[1, 2]]), mx.nd.array([[1, 3]]), False),
    (mx.nd.array([1, 2]), mx.nd.array([1, 2], dtype="float64"), False),      # == refuses mixed dtypes
    (mx.nd.array([1, 0], dtype="bool"), mx.nd.array([1, 0], dtype="bool"), False),    # and bool arrays
    (mx.nd.array([1, 2]), np.array([1, 2], dtype="float32"), False),        # numpy sees nested NDArrays
    (mx.np.array([1, 2]), mx.nd.array([1, 2]), False),
    (mx.nd.array([1, 2]), mx.nd.array([[1, 2]]), False),
    (np.array([1.0, 2.0]), np.array([1, 2]), True),
    (mx.np.array([1, 2]), mx.np.array([1, 2]), True),
])
def test_same_compares_nd_arrays_as_numpy_sees_them(a, b, expected):
    assert tu.same(a, b) is expected


def test_numeric_gradient_wants_grad_stypes_as_a_dict():
    with pytest.raises(AssertionError, match="^grad_stype_dict must be a dict$"):
        tu.check_numeric_gradient(mx.sym.square(mx.sym.var("x")), {"x": np.ones(2)}, grad_stype_dict=["x"])


def test_a_zero_size_sparse_array_fails_legacy_shape_inference_in_mxnets_report():
    with pytest.raises(MXNetError) as err:
        tu.rand_ndarray((0, 3), "row_sparse", density=0.5)
    assert message_of(err.value) == ("Operator _zeros inferring shapes failed.\ninput shapes:\noutput shapes:\n[-1,3]\n"
                              "operator attributes:\ndtype : float32\nctx : cpu(0)\nshape : (0, 3)\n\n")
    with pytest.raises(MXNetError) as err:
        mx.nd.array(np.zeros((0, 2))).tostype("csr")
    assert message_of(err.value) == ("Operator cast_storage inferring shapes failed.\ninput shapes:\n[-1,2]\noutput shapes:\n"
                              "[-1,2]\noperator attributes:\nstype : csr\n\n")
