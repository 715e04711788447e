"""mx.np shape functions check their arguments in MXNet's order and words (moveaxis, expand_dims, swapaxes, tile),
and flip's kernel checks of its axes surface when the result is read."""
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

np = mx.np


pytestmark = pytest.mark.usefixtures("np_semantics")


@pytest.mark.parametrize("call, text", [
    (lambda x: np.moveaxis(x, [0], [1, 2]), "Check failed: param.source.ndim() == param.destination.ndim() (1 vs. 2) "
                                            ": source and destination not equal."),
    (lambda x: np.moveaxis(x, 0, 3), "Check failed: static_cast<size_t>(param.destination[i]) < ndim (3 vs. 3) : "),
    (lambda x: np.moveaxis(x, 3, 0), "Check failed: static_cast<size_t>(param.source[i]) < ndim (3 vs. 3) : "),
    (lambda x: np.moveaxis(x, [0, -3], [1, 2]), "Check failed: real_src[i] != real_src[j] (0 vs. 0) : repeated axis "
                                                "in `source` argument"),
    (lambda x: np.moveaxis(x, [0, 1], [2, 2]), "Check failed: real_des[i] != real_des[j] (2 vs. 2) : repeated axis "
                                               "in `destination` argument"),
    (lambda x: np.expand_dims(x, 4), "Check failed: axis >= 0 && axis <= indim: axis must be in the range [-3, 3] "
                                     "(4 provided)"),
    (lambda x: np.expand_dims(x, (0, 1)), "Invalid Parameter format for axis expect int but value='(0, 1)', in "
                                          'operator expand_dims(name="", axis="(0, 1)")'),
    (lambda x: np.swapaxes(x, 0, 1.5), "Invalid Parameter format for dim2 expect int but value='1.5', in operator "
                                       'SwapAxis(name="", dim2="1.5", dim1="0")'),
    (lambda x: np.tile(x, (2, -2)), "Check failed: dim_size >= -1 (-8 vs. -1) : shape dim size must be >= -1, while "
                                    "received -8"),
    (lambda x: np.tile(x, 1.5), "Invalid Parameter format for reps expect Shape(tuple) but value='1.5', in operator "
                                'tile(name="", reps="1.5")'),
])
def test_argument_checks(call, text):
    with pytest.raises(MXNetError) as e:
        call(np.ones((2, 3, 4)))
    assert message_of(e.value) == text


def test_moveaxis_and_expand_dims_take_axes_from_the_end():
    x = np.ones((2, 3, 4))
    assert np.moveaxis(x, -1, 0).shape == (4, 2, 3) and np.expand_dims(x, -4).shape == (1, 2, 3, 4)
    assert np.tile(x, (2, 1, 1, 1)).shape == (2, 2, 3, 4)


@pytest.mark.parametrize("call, shape, text", [
    (lambda: np.flip(np.ones((2, 3, 4)), -1), (2, 3, 4), "Check failed: i >= 0 && i < ndim(): index = -1 must be "
                                                          "in range [0, 3)"),
    (lambda: np.flip(np.ones((2, 3, 4)), (0, 3)), (2, 3, 4), "Check failed: axis < ishape.ndim() (3 vs. 3) : axis 3 "
                                                             "is out of bounds for array of dimension 3\n"),
    (lambda: np.fliplr(np.ones(3)), (3,), "Check failed: axis < ishape.ndim() (1 vs. 1) : axis 1 is out of bounds "
                                          "for array of dimension 1\n"),
])
def test_flip_axes_fail_when_read(call, shape, text):
    r = call()
    assert r.shape == shape
    with pytest.raises(MXNetError) as e:
        r.asnumpy()
    assert message_of(e.value) == text


def test_moveaxis_without_destination_misses_the_parameter():
    with pytest.raises(MXNetError) as e:
        np.moveaxis(np.ones((2, 3)), 1)
    assert message_of(e.value) == ('Required parameter destination of Shape(tuple) is not presented, in operator '
                            '_np_moveaxis(name="", source="1")')


def test_refused_attributes_name_the_call_given():
    x = np.ones((2, 3))
    with pytest.raises(MXNetError) as e:
        np.repeat(x, [1, 2], axis=0)
    assert message_of(e.value) == ("Invalid Parameter format for repeats expect int but value='[1, 2]', in operator "
                            'repeat(name="", axis="0", repeats="[1, 2]")')
    with pytest.raises(MXNetError) as e:
        np.clip(x, None, np.ones(3))
    assert message_of(e.value) == ("Invalid Parameter format for a_max expect float but value='[1. 1. 1.]', in operator "
                            'clip(name="", a_max="[1. 1. 1.]", a_min="-inf")')
    with pytest.raises(MXNetError) as e:
        np.atleast_1d()
    assert message_of(e.value) == ("value 0 for Parameter num_args should be greater equal to 1\nnum_args: Number of input "
                            'arrays., in operator _np_atleast_1d(name="", num_args="0")')


def test_bool_clip_fails_when_read():
    r = np.clip(np.ones((2,), dtype='bool'), 0, 1)
    with pytest.raises(MXNetError) as e:
        r.asnumpy()
    assert message_of(e.value) == "Unknown type enum 7"
