"""infer_shape/infer_type with several unknown keywords name the one MXNet meets first in its C++ hash map."""
import pytest

import distnet as mx
from distnet.symbol.attr_order import iteration_order
from distnet.base import message_of


@pytest.mark.parametrize("keys, named", [
    (["x", "a", "b"], "b"),                                  # observed on MXNet 1.9.1
    (["a", "x", "b", "c"], "b"),
    (["b", "a"], "a"),
    (["data2", "data3", "data10"], "data3"),
    ([f"k{i}" for i in range(12)], "k11"),                   # past the first rehash (11 buckets)
    ([f"data{i}" for i in range(1, 30)], "data29"),          # past the second (23 buckets)
])
@pytest.mark.parametrize("method, value", [("infer_shape", (2,)), ("infer_type", "float32")])
def test_the_unknown_keyword_named_follows_the_hash_map_order(keys, named, method, value):
    y = mx.sym.var("x") + 1
    with pytest.raises(mx.base.MXNetError) as info:
        getattr(y, method)(**{k: value for k in keys})
    what = "InferShape" if method == "infer_shape" else "InferType"
    assert message_of(info.value).startswith(f"{what}Keyword argument name {named} not found.\nCandidate arguments:\n\t[0]x\n")


def test_iteration_order_is_insertion_order_reversed_for_distinct_buckets():
    order = iteration_order(["x", "a", "b"])
    assert sorted(order) == ["a", "b", "x"] and order[0] == "b"


def test_a_recurrent_cell_given_too_many_states_names_the_last_unused_one():
    cell = mx.gluon.rnn.RNNCell(3)
    cell.initialize()
    with pytest.raises(ValueError, match="InferShapeKeyword argument name data3 not found"):
        cell(mx.nd.ones((2, 4)), [mx.nd.zeros((2, 3))] * 3)


def test_deferred_initialisation_shows_the_c_api_frame_of_an_unknown_keyword_as_mxnet_does():
    cell = mx.gluon.rnn.LSTMCell(3)
    cell.initialize()
    cell.hybridize()
    with pytest.raises(ValueError) as info:
        cell(mx.nd.ones((2, 4)), [mx.nd.zeros((2, 3))] * 3)
    assert message_of(info.value).startswith(
        "Deferred initialization failed because shape cannot be inferred. Traceback (most recent call last):\n"
        '  File "../src/c_api/c_api_symbolic.cc", line 539\n'
        "MXNetError: InferShapeKeyword argument name data3 not found.\nCandidate arguments:\n\t[0]data0\n")
