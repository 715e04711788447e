"""NDArray methods read their attributes as the nd functions do (MXNet's methods call them), an array given by
position as an attribute is read from its text, and of several unreadable attributes MXNet's parser names the first
in its map's iteration order."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError

nd = mx.nd
X = nd.arange(12).reshape((3, 4))


@pytest.mark.parametrize("call, message", [
    (lambda: X.slice_axis(axis=1.5, begin=0, end=2), "Invalid Parameter format for axis expect int but value='1.5'"),
    (lambda: X.one_hot(depth=2.5), "Invalid Parameter format for depth expect int but value='2.5'"),
    (lambda: X.split(num_outputs=2.0), "Invalid Parameter format for num_outputs expect int but value='2.0'"),
    (lambda: X.repeat(repeats=1.5), "Invalid Parameter format for repeats expect int but value='1.5'"),
    (lambda: X.tile(reps=2.5), r"Invalid Parameter format for reps expect Shape\(tuple\) but value='2.5'"),
])
def test_method_refuses_what_the_function_refuses(call, message):
    with pytest.raises(MXNetError, match=message):
        call()


def test_first_unreadable_attribute_in_parser_order():
    with pytest.raises(MXNetError, match="Invalid Parameter format for end expect int or None but value='2.0', in "
                                         "operator slice_axis"):
        nd.slice_axis(X, axis=0, begin=0.0, end=2.0)
    with pytest.raises(MXNetError, match="for end expect int or None"):
        mx.io.NDArrayIter(X, batch_size=2.0).next()


def test_array_attribute_is_read_from_its_text():
    with pytest.raises(MXNetError, match=r"Invalid Parameter format for scale expect float but value='\[1. 1.\]'"):
        nd.random_normal(mx.np.ones((2,)), mx.np.ones((2,)))


def test_methods_with_readable_attributes_still_compute():
    assert X.slice_axis(axis="1", begin=0, end=2).shape == (3, 2)
    assert X.one_hot(depth=3).shape == (3, 4, 3)


def test_enumerated_attribute_given_an_array_fails_as_its_text():
    with pytest.raises(MXNetError, match=r"Invalid Input: '\[\[1. 1.\]"):
        nd.Activation(nd.ones((2, 2)), mx.np.ones((2, 2)))


def test_an_out_given_by_position_is_checked_as_out():
    target = mx.np.zeros((2, 2))
    with pytest.raises(TypeError, match="Operator `Flatten` .* legacy operator which can only write to legacy"):
        nd.Flatten(nd.ones((2, 2)), target)
    assert target.asnumpy().tolist() == [[0., 0.], [0., 0.]]


@pytest.mark.parametrize("call, message", [
    (lambda: nd.sum(X, 1.5), "Invalid Parameter format for axis expect Shape or None but value='1.5'"),
    (lambda: nd.argmax(X, 0.5), "Invalid Parameter format for axis expect int or None but value='0.5'"),
    (lambda: nd.sum(X, mx.np.ones((2,))), r"Invalid Parameter format for axis expect Shape or None but value='\[1. 1.\]'"),
])
def test_attribute_given_by_position_is_read_as_by_keyword(call, message):
    with pytest.raises(MXNetError, match=message):
        call()
    assert nd.sum(X, 1).asnumpy().tolist() == nd.sum(X, axis=1).asnumpy().tolist() == [6., 22., 38.]


@pytest.mark.parametrize("call, message", [
    (lambda: X.argmax('x'), "Invalid Parameter format for axis expect int or None but value='x', in operator "
                            'argmax\\(name="", axis="x"\\)$'),
    (lambda: X.sum(1.5), "Invalid Parameter format for axis expect Shape or None but value='1.5'$"),
    (lambda: X.norm(1, True), "Invalid Parameter format for axis expect Shape or None but value='True'"),
    (lambda: X.norm(None), "Invalid Parameter format for ord expect int but value='None'"),
])
def test_method_reads_attributes_given_by_position_as_the_function_does(call, message):
    with pytest.raises(MXNetError, match=message):
        call()
    assert X.sum(1).asnumpy().tolist() == [6., 22., 38.] and X.argmax(1).asnumpy().tolist() == [3., 3., 3.]


def test_method_passes_a_dtype_through_numpy_as_the_function_does():
    assert X.topk(dtype=None).dtype == np.float64     # (numpy's default type for None)
    assert X.argsort(1, True, None).dtype == np.float64
    assert X.softmax(dtype=None).dtype == np.float64 and X.one_hot(2, dtype=float).dtype == np.float64
    with pytest.raises(TypeError, match="data type 'foo' not understood$"):
        X.argsort(dtype='foo')
    with pytest.raises(TypeError, match="Cannot interpret '0' as a data type$"):
        X.argsort(1, 1, 0, True)        # (before the out= given by position)


def test_diag_method_takes_only_its_offset_by_position():
    with pytest.raises(TypeError, match=r"NDArray.diag\(\) takes from 1 to 2 positional arguments but 3 were given$"):
        X.diag(1, 2)
    assert X.diag(1).asnumpy().tolist() == [1., 6., 11.]
    assert X.diag(k=-1, axis1=1, axis2=0).asnumpy().tolist() == [1., 6., 11.]


def test_transpose_hands_a_lone_axes_argument_on_as_given():
    with pytest.raises(MXNetError, match="Invalid Parameter format for axes expect Shape\\(tuple\\) but value='x', in "
                                         'operator transpose\\(name="", axes="x"\\)$'):
        X.transpose('x')
    with pytest.raises(MXNetError, match="value='True'"):
        X.transpose(True)
    assert X.transpose((1, 0)).shape == X.transpose(axes=(1, 0)).shape == (4, 3)


def test_reshape_of_a_positional_none_is_pythons_integer_refusal():
    with pytest.raises(TypeError, match="'NoneType' object cannot be interpreted as an integer$"):
        X.reshape(None)
    with pytest.raises(AssertionError, match="Shape must be provided.$"):
        X.reshape(shape=None)
