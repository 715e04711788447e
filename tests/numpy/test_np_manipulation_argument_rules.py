"""mx.np shape functions read their arguments as MXNet 1.9.1 does (errors and accepted forms recorded from it)."""
import pytest

from distnet import np
from distnet.base import MXNetError


pytestmark = pytest.mark.usefixtures("np_semantics")


def _x():
    return np.array([[1.5, -2.0, 0.0], [3.25, -0.0, 4.0]])


def _v():
    return np.array([3., 1., 2., 5., 4.])


@pytest.mark.parametrize("call", [lambda: np.split(_v(), [1.5]), lambda: np.array_split(_v(), (1, 2.0)),
                                  lambda: np.split(_v(), -1), lambda: np.array_split(_v(), -1),
                                  lambda: np.array_split(np.array(2.), 1), lambda: np.roll(_x(), (1, 1), 0),
                                  lambda: np.roll(_x(), [1, 2], [0]), lambda: np.rot90(_x(), 1.5),
                                  lambda: np.squeeze(np.ones((1, 2, 1)), 3), lambda: np.diff(_x(), axis=3),
                                  lambda: np.resize(_x(), 1.5), lambda: np.atleast_1d(),
                                  lambda: np.concatenate([_x(), _x()], 0, np.zeros((2, 2, 3))),
                                  lambda: np.stack([_x(), _x()], out=np.zeros((4, 3))),
                                  lambda: np.concatenate([_x(), _x()], out=np.zeros((4, 3), dtype="float64"))])
def test_bad_arguments_are_mxnet_errors(call):
    with pytest.raises(MXNetError):
        call()


def test_errors_of_other_types_as_mxnet_raises_them():
    with pytest.raises(ValueError, match="array split does not result in an equal division"):
        np.split(_v(), -2)
    with pytest.raises(ValueError, match="hsplit only works on arrays of 1 or more dimensions"):
        np.hsplit(np.array(2.), 1)
    with pytest.raises(TypeError, match="'obj' can not support type <class 'float'>"):
        np.delete(_v(), 1.5)
    with pytest.raises(AssertionError, match="Positional arguments must have NDArray type, but got 1"):
        np.append(_x(), 1, 1)
    with pytest.raises(AssertionError, match="Argument array must have NDArray type"):
        np.broadcast_to([1, 2], (2, 2))


def test_accepted_forms():
    assert np.squeeze(np.ones((1, 2, 1)), [0]).shape == (2, 1)
    assert np.append(_x(), _x(), 1).shape == (2, 6)
    assert np.roll(_x(), 1, (0, 1)).asnumpy().tolist() == [[4.0, 3.25, -0.0], [0.0, 1.5, -2.0]]
    three = np.broadcast_to(3, (2,))
    assert (three.dtype, three.asnumpy().tolist()) == ("float32", [3.0, 3.0])
    assert np.broadcast_to(True, (2,)).dtype == "bool"


@pytest.mark.parametrize("fn", [np.sum, np.mean, np.copy, np.diag, np.transpose, np.argmax])
def test_none_as_the_array_is_a_missing_operator_input(fn):
    with pytest.raises(MXNetError, match="expects 1 inputs, but got 0 instead"):
        fn(None)


def test_missing_arguments_are_python_type_errors_first():
    with pytest.raises(TypeError, match="missing"):
        np.broadcast_to(None)


def test_out_sequences_hold_arrays():
    with pytest.raises(TypeError, match="Operator `_npi_exp` registered in backend is known as `exp` in Python"):
        np.exp(_x(), out=[1., 2.])
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'handle'"):
        np.exp(_x(), out=[None])
    out = [np.zeros((2, 3))]
    assert np.exp(_x(), out=out) is out
    flags = [np.zeros((2, 3), dtype="bool")]
    assert np.isnan(_x(), out=flags) is flags
    with pytest.raises(AttributeError, match="'NoneType' object has no attribute 'handle'"):
        np.isnan(_x(), out=(None,))


def test_bool_shapes_and_odd_positional_arguments():
    assert np.zeros(True).shape == (1,)          # zeros' C API converts the bool; the others parse its text
    with pytest.raises(MXNetError, match="expect Shape"):
        np.ones(True)
    with pytest.raises(TypeError):
        np.row_stack(_x(), _x())
    with pytest.raises(MXNetError, match="return_index expect boolean"):
        np.unique(_x(), [1., 2.])
    with pytest.raises(MXNetError):
        np.einsum(_x(), _x())


@pytest.mark.parametrize("call", [lambda: np.flip(_x(), _x()), lambda: np.squeeze(_x(), _x()),
                                  lambda: np.transpose(_x(), _x()), lambda: np.unique(_x(), axis=_x())])
def test_array_axes_are_attribute_parse_errors(call):
    with pytest.raises(MXNetError, match="Invalid Parameter format"):
        call()


def test_public_names_and_parameter_names_are_mxnets():
    import inspect
    for helper in ("cpp_stable_sort", "c_double", "carried_error", "out_targets", "not_an_array", "with_error"):
        assert not hasattr(np, helper)
    assert not hasattr(np.linalg, "getf2")
    assert list(inspect.signature(np.diag).parameters) == ["array", "k"]
    assert list(inspect.signature(np.linalg.matrix_rank).parameters) == ["A", "tol", "hermitian"]
    # MXNet's generated caller names the array data (its signature shows array): array= is an unknown argument
    assert np.diagflat(data=np.ones(2)).shape == (2, 2)
    with pytest.raises(MXNetError, match="Cannot find argument 'array'"):
        np.diagflat(array=np.ones(2))


def test_integer_binary_functions_refuse_legacy_arrays_before_dtypes():
    import distnet as mx
    with pytest.raises(TypeError):
        np.bitwise_and(_x(), mx.nd.ones((2, 3)))
    with pytest.raises(TypeError):
        np.lcm(_x(), mx.nd.ones((2, 3)))


def test_generators_of_arrays():
    assert np.concatenate(a for a in [_x(), _x()]).shape == (4, 3)
    assert np.hstack(a for a in [_x(), _x()]).shape == (2, 6)
    with pytest.raises(ValueError, match="expected iterable for arrays"):
        np.stack(a for a in [_x(), _x()])


def test_reshape_and_squeeze_write_into_out():
    out = np.zeros((3, 2))
    assert np.reshape(_x(), (3, 2), out=out) is out
    assert out.asnumpy().tolist() == [[1.5, -2.0], [0.0, 3.25], [-0.0, 4.0]]
    row = np.zeros((3,))
    assert np.squeeze(_x()[:1], out=row) is row and row.asnumpy().tolist() == [1.5, -2.0, 0.0]
    with pytest.raises(MXNetError, match=r"Shape inconsistent, Provided = \[1,3\], inferred shape=\[3\]"):
        np.squeeze(_x()[:1], out=np.zeros((1, 3)))
