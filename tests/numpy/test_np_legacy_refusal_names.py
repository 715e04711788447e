"""mx.np functions refuse legacy NDArrays, and out= values that are not mx.np arrays, naming the backend operator
MXNet 1.9.1 hands them to (measured on MXNet), before reading any attribute."""
import pytest

import distnet as mx

np, nd = mx.np, mx.nd
A, B = np.ones((2, 2)), nd.ones((2, 2))

REFUSED_BY = {
    "_npi_abs": lambda: np.abs(B),
    "_npi_absolute": lambda: np.absolute(B),
    "_np_sum": lambda: np.sum(B),
    "_np_all": lambda: np.all(B, B),              # before the axis text is read
    "_npi_argsort": lambda: np.argsort(B, B),
    "_npi_stack": lambda: np.stack([A, B]),
    "_npi_concatenate": lambda: np.append(B, B),
    "_npi_vstack": lambda: np.row_stack([B]),
    "_np_dot": lambda: np.dot(B),                 # before the missing operand
    "_npi_full_like": lambda: np.ones_like(B),
    "_npi_nonzero": lambda: np.where(B),
    "_npi_reshape": lambda: np.take(B, A),        # flattened first without an axis
    "_npi_take": lambda: np.take(B, A, axis=0),
    "_npi_inv": lambda: np.linalg.inv(B),
    "_npi_exp": lambda: np.exp(A, out=3),
    "_npi_add": lambda: np.add(A, A, out=B),
    "_npi_mean": lambda: np.mean(A, out=[3]),
    "_npi_add_scalar": lambda: np.add(1, B),
    "_npi_rsubtract_scalar": lambda: np.subtract(1, B),
    "_npi_less_scalar": lambda: np.greater(1, B),
    "_npx_relu": lambda: mx.npx.relu(B),
}


@pytest.mark.parametrize("backend", sorted(REFUSED_BY))
def test_refusal_names_the_backend_operator_and_its_python_name(backend):
    known = backend.split("_", 2)[2]
    with pytest.raises(TypeError, match=f"Operator `{backend}` registered in backend is known as `{known}` in "
                                        "Python. This is a numpy operator which can only accept MXNet numpy "
                                        "ndarrays, while received a legacy ndarray."):
        REFUSED_BY[backend]()


def test_two_mixed_arrays_fail_on_the_second_ones_type():
    with pytest.raises(TypeError, match=r"type <class '.*NDArray'> not supported$"):
        np.add(A, B)
    with pytest.raises(TypeError, match=r"type <class '.*numpy.ndarray'> not supported$"):
        np.maximum(B, A)


def test_legacy_array_as_an_attribute_fails_as_its_text():
    with pytest.raises(mx.base.MXNetError, match="Invalid Parameter format for axis"):
        np.sometrue(A, B)


def test_rounding_and_flipping_refuse_legacy_arrays_in_python():
    for fn in (np.around, np.round, np.flip, np.fliplr):
        with pytest.raises(TypeError, match="type <class '.*NDArray'> not supported$"):
            fn(B)


def test_missing_arguments_are_pythons_own_words():
    with pytest.raises(TypeError, match=r"append\(\) missing 1 required positional argument: 'values'$"):
        np.append(B)
    with pytest.raises(TypeError, match=r"fliplr\(\) takes 1 positional argument but 2 were given$"):
        np.fliplr(B, B)


def test_out_that_is_never_written_is_not_checked():
    assert np.zeros_like(A, out=B).shape == (2, 2)
