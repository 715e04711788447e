"""The random samplers' attributes as MXNet's NDArray front end sends them: dtype names, the current context,
the order its parameter errors list them in, and C's integer promotion of narrow parameter types."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of


def _refusal(call):
    with pytest.raises(MXNetError) as err:
        call()
    return message_of(err.value)


def test_every_float_sampler_refuses_an_integer_dtype_naming_every_attribute_in_the_map_order():
    text = _refusal(lambda: mx.nd.random_normal(loc=0, scale=1, shape=2, ctx=mx.cpu(), dtype="int32"))
    assert text == ("Invalid Input: 'int32', valid values are: {'None', 'float16', 'float32', 'float64'}, in operator "
                    '_random_normal(name="", ctx="cpu(0)", shape="2", scale="1", dtype="int32", loc="0")')
    # nd.random names the current context when none is given
    text = _refusal(lambda: mx.nd.random.uniform(0, 1, shape=2, dtype="int64"))
    assert text.endswith('in operator _random_uniform(name="", dtype="int64", shape="2", ctx="cpu(0)", high="1", '
                         'low="0")')
    text = _refusal(lambda: mx.nd.sample_gamma(mx.nd.ones(2), mx.nd.ones(2), shape=3, dtype="uint8"))
    assert text.endswith('in operator _sample_gamma(name="", dtype="uint8", shape="3")')
    text = _refusal(lambda: mx.nd.random.multinomial(mx.nd.array([0.5, 0.5]), dtype="int64"))
    assert text.startswith("Invalid Input: 'int64', valid values are: {'float16', 'float32', 'float64', 'int32', "
                           "'uint8'}")


def test_an_ndarray_call_lists_its_attributes_as_a_map_reserved_for_one_more():
    x, w = mx.nd.ones((1, 1, 4, 4)), mx.nd.ones((1, 1, 3, 3))
    text = _refusal(lambda: mx.nd.Convolution(x, w, kernel=(3, 3), num_filter=1, no_bias=True, layout="XX"))
    assert text.endswith('Convolution(name="", layout="XX", no_bias="True", num_filter="1", kernel="(3, 3)")')


def test_a_dtype_is_sent_by_numpy_name():
    mx.random.seed(3)
    wide = mx.nd.random_gamma(alpha=2, beta=1, shape=(3,), dtype="float")
    mx.random.seed(3)
    assert wide.dtype == np.float64
    assert (wide.asnumpy() == mx.nd.random_gamma(alpha=2, beta=1, shape=(3,), dtype="float64").asnumpy()).all()


@pytest.mark.parametrize("dtype", ["uint8", "int8"])
def test_narrow_integer_bounds_take_their_range_as_c_ints(dtype):
    low, high = np.array([2, 7], dtype), np.array([1, 3], dtype)
    mx.random.seed(5)
    got = mx.nd.sample_uniform(mx.nd.array(low, dtype=dtype), mx.nd.array(high, dtype=dtype), shape=4).asnumpy()
    mx.random.seed(5)
    unit = mx.nd.sample_uniform(mx.nd.zeros(2), mx.nd.ones(2), shape=4).asnumpy()
    want = low.astype(np.float32)[:, None] + (high.astype(np.int32) - low.astype(np.int32))[:, None] * unit
    assert (got == want.astype(np.float32)).all()
    assert (got <= low[:, None]).all() and (got >= high[:, None]).all()
