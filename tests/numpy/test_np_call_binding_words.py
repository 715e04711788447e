"""How mx.np functions bind a call as MXNet's do: a None array is a missing input of the function's operator,
binary functions (matmul too) bind x1 and x2 and check NumPy's ufunc keywords, each alias under its own name."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("fn, op", [(np.sum, "_np_sum"), (np.argmax, "_npi_argmax"), (np.average, "_npi_average"),
                                    (np.sort, "sort"), (np.nonzero, "_npx_nonzero"), (np.linalg.inv, "_linalg_inverse"),
                                    (np.linalg.svd, "_npi_svd"), (np.zeros_like, "_npi_full_like")])
def test_none_is_a_missing_input_of_the_operator(fn, op):
    with pytest.raises(MXNetError) as e:
        fn(None)
    assert message_of(e.value) == (f"Check failed: num_inputs == infered_num_inputs (0 vs. 1) : Operator {op} expects 1 "
                            "inputs, but got 0 instead.")


@pytest.mark.parametrize("name", ["divide", "true_divide", "mod", "remainder", "matmul"])
def test_binary_functions_bind_x1_and_x2_under_their_own_name(name):
    with pytest.raises(TypeError) as e:
        getattr(np, name)(np.ones((2, 2)))
    assert message_of(e.value) == f"{name}() missing 1 required positional argument: 'x2'"


def test_matmul_checks_ufunc_keywords():
    a = np.ones((2, 2))
    with pytest.raises(TypeError) as e:
        np.matmul(a, a, bogus=1)
    assert message_of(e.value) == "bogus is an invalid keyword to function 'matmul'"
    with pytest.raises(NotImplementedError) as e:
        np.matmul(a, a, dtype='float64')
    assert message_of(e.value) == "dtype=float64 is not implemented yet"
    assert np.matmul(x1=a, x2=a).tolist() == [[2.0, 2.0], [2.0, 2.0]]


def test_windows_name_their_call():
    with pytest.raises(MXNetError) as e:
        np.hamming(2.5)
    assert message_of(e.value) == ("Invalid Parameter format for M expect  but value='2.5', in operator _npi_hamming(name=\"\", "
                            "dtype=\"float32\", ctx=\"cpu(0)\", M=\"2.5\")")
    with pytest.raises(MXNetError) as e:
        np.hanning(None)
    assert message_of(e.value) == "Check failed: param.M.has_value(): missing 1 required positional argument: 'M'"


@pytest.mark.parametrize("name, label", [("sum", "a"), ("amax", "a"), ("min", "a"), ("average", "a"),
                                         ("cumsum", "a"), ("std", "a"), ("histogram", "data")])
def test_the_array_is_checked_before_the_attributes(name, label):
    with pytest.raises(AssertionError) as e:
        getattr(np, name)([1, 2], np.ones((2,)))
    assert message_of(e.value) == f"Argument {label} must have NDArray type, but got [1, 2]"


def test_matmul_of_one_non_array_misses_x2():
    with pytest.raises(TypeError) as e:
        np.matmul([1.5, 2.0])
    assert message_of(e.value) == "matmul() missing 1 required positional argument: 'x2'"


@pytest.mark.parametrize("name", ["as_method", "fails_when_read", "legacy_refusal", "KERNEL_MAX_DIMS", "math",
                                  "permuted", "operator_text", "cpp_sort"])
def test_internal_helpers_are_not_mx_np_names(name):
    assert not hasattr(np, name)
    with pytest.raises(AttributeError) as e:
        getattr(np, name)
    assert message_of(e.value) == f"module 'mxnet.numpy' has no attribute '{name}'"
