"""The kvstore front end takes keys and values in MXNet's forms, refusing the others as MXNet's Python code does."""
import numpy as np
import pytest

import distnet as mx
from distnet import nd


@pytest.mark.parametrize("kind", ["local", "device"])
@pytest.mark.parametrize("shape", [(), (0,), (2, 0)])
def test_zero_dim_and_empty_values_round_trip(kind, shape):
    kv = mx.kv.create(kind)
    data = np.arange(int(np.prod(shape)), dtype=np.float32).reshape(shape) + 1.5
    kv.init(0, nd.array(data))
    kv.push(0, [nd.array(data), nd.array(data * 2)])
    out = nd.array(np.zeros(shape))
    kv.pull(0, out=out)
    assert out.shape == shape and out.asnumpy().tolist() == (data * 3).tolist()


@pytest.mark.parametrize("call, words", [
    (lambda kv: kv.push(0, 3.0), "'float' object is not iterable"),
    (lambda kv: kv.pull(0, out=3), "'int' object is not iterable"),
    (lambda kv: kv.push(0, iter([nd.ones((2,))])), "object of type 'list_iterator' has no len()"),
    (lambda kv: kv.push([0, 1], 3), "object of type 'int' has no len()"),
    (lambda kv: kv.push([0, 1], [nd.ones((2,)), 3]), "'int' object is not iterable"),
    (lambda kv: kv.broadcast(9, nd.ones((2,)), None), "'NoneType' object is not iterable"),
])
def test_values_that_are_not_iterable_are_type_errors(call, words):
    kv = mx.kv.create("local")
    kv.init([0, 1], [nd.ones((2,)), nd.ones((2,))])
    with pytest.raises(TypeError, match=f"{words}$".replace("(", r"\(").replace(")", r"\)")):
        call(kv)


def test_any_iterable_of_arrays_is_a_list_and_an_empty_one_pushes_nothing():
    kv = mx.kv.create("local")
    kv.init(0, nd.ones((2,)))
    kv.push(0, (nd.ones((2,)) * 2, nd.ones((2,)) * 3))
    kv.push(0, {})
    out = nd.zeros((2,))
    kv.pull(0, out=out)
    assert out.asnumpy().tolist() == [5.0, 5.0]


def test_key_lists_nest_with_their_values():
    kv = mx.kv.create("local")
    kv.init([7, [8, 10]], [nd.ones((2,)), [nd.ones((1,)) * 8, nd.ones((1,)) * 10]])
    out = nd.zeros((1,))
    kv.pull(10, out=out)
    assert out.asnumpy().tolist() == [10.0]
    with pytest.raises(AssertionError, match="^$"):
        kv.push([7, [8]], [nd.ones((2,)), nd.ones((2,))])
    with pytest.raises(AssertionError, match="inconsistent types of keys detected."):
        kv.push([7, ["a"]], [nd.ones((2,)), [nd.ones((2,))]])
