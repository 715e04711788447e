"""mx.np.ndarray methods have MXNet's parameters and are named ndarray.<method> in argument errors."""
import numpy as onp
import pytest

import distnet as mx
from distnet import np
from distnet.base import message_of

pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("call, words", [
    (lambda a: a.argmax(keepdims=True), r"ndarray.argmax\(\) got an unexpected keyword argument 'keepdims'"),
    (lambda a: a.mean(initial=1), r"ndarray.mean\(\) got an unexpected keyword argument 'initial'"),
    (lambda a: a.squeeze(out=a), r"ndarray.squeeze\(\) got an unexpected keyword argument 'out'"),
    (lambda a: a.swapaxes(0), r"ndarray.swapaxes\(\) missing 1 required positional argument: 'axis2'"),
    (lambda a: a.nonzero(0), r"ndarray.nonzero\(\) takes 1 positional argument but 2 were given"),
    (lambda a: a.transpose(axes=(1, 0)), r"ndarray.transpose\(\) got an unexpected keyword argument 'axes'"),
    (lambda a: a.argsort(is_ascend=False), r"ndarray.argsort\(\) got an unexpected keyword argument 'is_ascend'"),
    (lambda a: a.clip(a_min=0), r"ndarray.clip\(\) got an unexpected keyword argument 'a_min'"),
    (lambda a: a.reshape((3, 1), order="C", copy=False), r"function takes at most 1 keyword argument$"),
    (lambda a: a.cumsum(keepdims=True), r"ndarray.cumsum\(\) got an unexpected keyword argument 'keepdims'$"),
    (lambda a: a.max(foo=1), r"ndarray.max\(\) got an unexpected keyword argument 'foo'$"),
    (lambda a: a.copyto(mx.nd.ones((1, 3))), r"copyto does not support type <class 'mxnet.ndarray.ndarray.NDArray'>$"),
])
def test_argument_errors_name_the_method(call, words):
    with pytest.raises(TypeError, match=words):
        call(np.ones((1, 3)))


def test_methods_still_compute_with_their_parameters():
    a = np.array([[1., 5., 2.]])
    assert a.var(1, None, None, 1).tolist() == pytest.approx([13 / 3])
    assert a.squeeze(0).shape == (3,) and a.swapaxes(axis1=0, axis2=1).shape == (3, 1)
    assert a.repeat(repeats=2, axis=1).shape == (1, 6) and int(a.argmax(1)[0]) == 1


@pytest.mark.parametrize("shape, words", [
    ((4, 2), "Check failed: src.Size() == dst->Size() (6 vs. 8) : Cannot reshape array of size 6 into shape [4,2]"),
    ((4, -1), "Check failed: src.Size() % known_dim_size_prod == 0 (2 vs. 0) : Cannot reshape array of size 6 into "
              "shape [4,-1]"),
    ((0, -1), "Check failed: known_dim_size_prod != 0 (0 vs. 0) : Cannot reshape array of size 6 into shape [0,-1]"),
    ((-1, -2), "Check failed: param.newshape[i] == -1 (-2 vs. -1) : The shape dimension size to inferred must be -1"),
    ((-1, -1), "Check failed: !has_unknown_dim_size: Can only specify one unknown dimension"),
])
def test_reshape_refusals_in_mxnet_check_words(shape, words):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.ones((2, 3)).reshape(shape)
    assert message_of(e.value) == words


@pytest.mark.parametrize("shape, words", [
    ((3,), "Check failed: ishape.ndim() <= param.shape.ndim() (2 vs. 1) : shape [2,3] is not broadcastable to [3]"),
    ((2, 1), "Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape [2,3] is not broadcastable to [2,1]"),
    ((2, -1), "Check failed: ishape[j] == pshape[i] || ishape[j] == 1: shape [2,3] is not broadcastable to [2,-1]"),
    ((1, 2, -1), "Check failed: mxnet: :shape_is_known(pshape): the objective shape for broadcasting array must be "
                 "known"),
])
def test_broadcast_to_refusals_in_mxnet_check_words(shape, words):
    from distnet.base import MXNetError
    a = np.ones((2, 1)) if shape == (1, 2, -1) else np.ones((2, 3))
    with pytest.raises(MXNetError) as e:
        a.broadcast_to(shape)
    assert message_of(e.value) == words


@pytest.mark.parametrize("axis, words", [
    ((2, 1), "Check failed: dshape[axes[i]] == 1 (3 vs. 1) : cannot select an axis to squeeze out which has size=3 "
             "not equal to one"),       # the axes are checked in the order given
    (5, "Check failed: axes[i] < dndim (5 vs. 3) : axis 5 is out of bounds for array of dimension 3"),
    (-5, "Check failed: axes[i] >= 0 (-2 vs. 0) : axis -5 is out of bounds for array of dimension 3"),
])
def test_squeeze_refusals_in_mxnet_check_words(axis, words):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.ones((1, 2, 3)).squeeze(axis=axis)
    assert message_of(e.value) == words


def test_swapaxes_names_the_axis_out_of_range():
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        np.ones((2, 3)).swapaxes(-3, 0)
    assert message_of(e.value) == ("axis1: Check failed: axis1 >= 0 && axis1 < shape0.ndim(): axis -3 is out of bounds for "
                            "array of ndim 2")


def test_take_out_of_bound_in_raise_mode_fails_when_read():
    from distnet.base import MXNetError
    y = np.ones((2, 3)).take(np.array([5]), axis=1)
    assert y.shape == (2, 1)
    with pytest.raises(MXNetError, match="Check failed: is_valid: take operator contains indices out of bound$"):
        y.asnumpy()


@pytest.mark.parametrize("shape, axis, shape_out", [((0,), None, (2,)), ((0,), 0, (2,)), ((2, 0, 3), 1, (2, 2, 3)),
                                                    ((2, 0, 3), None, (2,))])
def test_take_from_an_empty_axis_in_raise_mode_fails_when_read(shape, axis, shape_out):
    from distnet.base import MXNetError
    y = np.zeros(shape).take(np.array([0, 1]), axis=axis)
    assert y.shape == shape_out
    with pytest.raises(MXNetError, match="Check failed: is_valid: take operator contains indices out of bound$"):
        y.asnumpy()


@pytest.mark.parametrize("call, op", [(lambda a: a.dot(None), "_np_dot"), (lambda a: a.take(None), "take"),
                                      (lambda a: np.take(a, None, axis=0), "take")])
def test_a_none_operand_is_a_missing_input_of_two(call, op):
    from distnet.base import MXNetError
    with pytest.raises(MXNetError) as e:
        call(np.ones((2, 3)))
    assert message_of(e.value) == (f"Check failed: num_inputs == infered_num_inputs (1 vs. 2) : Operator {op} expects 2 "
                            "inputs, but got 1 instead.")


@pytest.mark.parametrize("axis", [None, 0])
def test_legacy_indices_are_refused_by_take_itself(axis):
    with pytest.raises(TypeError, match="Operator `_npi_take` registered in backend is known as `take` in Python"):
        np.ones((2, 3)).take(mx.nd.array([1]), axis=axis)


@pytest.mark.parametrize("call, op", [(lambda a, o: a.std(0, out=o), "_npi_std"), (lambda a, o: a.round(out=o), "_npi_around"),
                                      (lambda a, o: a.clip(2, 4, out=o), "_npi_clip"), (lambda a, o: a.any(out=o), "_np_any"),
                                      (lambda a, o: a.dot(a.T, o), "_np_dot")])
@pytest.mark.parametrize("out", [mx.nd.zeros((3,)), onp.zeros((3,), "float32")])
def test_a_method_refuses_an_out_of_another_kind_as_its_operator(call, op, out):
    with pytest.raises(TypeError, match=f"Operator `{op}` registered in backend"):
        call(np.ones((2, 3)), out)


def test_a_methods_out_may_be_a_one_array_list_returned_as_given():
    a = np.array([[1., 5.], [4., 3.]])
    target = [np.zeros((2, 2))]
    assert a.dot(a.T, out=target) is target and target[0].tolist() == [[26., 19.], [19., 25.]]
    with pytest.raises(TypeError, match=r"ndarray.take\(\) got an unexpected keyword argument 'out'$"):
        a.take(np.array([0]), out=np.zeros((1,)))
    with pytest.raises(ValueError, match="subok must be equal to True$"):
        a.astype("int32", subok=False)


def test_the_constructor_takes_a_handle_only():
    with pytest.raises(TypeError, match=r"NDArrayBase.__init__\(\) missing 1 required positional argument: 'handle'$"):
        np.ndarray()
    with pytest.raises(AssertionError):
        np.ndarray((2, 3))


@pytest.mark.parametrize("call, kind, words", [
    (lambda a: a.argmax(1, 0, True), TypeError, r"ndarray.argmax\(\) takes from 1 to 3 positional arguments but 4 "
                                                r"were given$"),
    (lambda a: a.cumsum(1, 1, 0, True), TypeError, r"ndarray.cumsum\(\) takes from 1 to 4 positional arguments"),
    (lambda a: a.mean(1, 0, True), TypeError, r"Cannot interpret '0' as a data type$"),
    (lambda a: a.sum(axis=1, dtype='foo', out=3), TypeError, r"data type 'foo' not understood$"),
    (lambda a: a.sum(1.5, 'uint8'), mx.base.MXNetError, r"Invalid Input: 'uint8', valid values are: \{None, 'bool', "),
    (lambda a: a.std(1.5, None, None, 1, 'x'), mx.base.MXNetError, r"Invalid Parameter format for keepdims expect "
                                                                   r"boolean but value='x'"),
    (lambda a: a.swapaxes(1.5, 1.5), mx.base.MXNetError, r"Invalid Parameter format for dim2 expect int "),
])
def test_python_then_the_front_end_dtype_then_attributes_in_the_operators_order(call, kind, words):
    with pytest.raises(kind, match=words):
        call(np.ones((2, 3)))
