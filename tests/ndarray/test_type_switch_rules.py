"""The type rules MXNet's kernels and type inference follow for other dtypes than float32: the real-type switch's
words, amp_multicast's target type and the order of an optimizer update's type checks."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError
from distnet.ndarray.failures import real_switch_refusal
from distnet.ndarray.ops_misc import multicast_target

nd = mx.nd


@pytest.mark.parametrize("dtype, words", [
    ("bool", "op: Unknown type enum 7"),
    ("int8", "op: This operation only support floating point types not int8"),
    ("uint8", "op: This operation only support floating point types not uint8"),
    ("int32", "op: This operation only support floating point types, not int32"),
    ("int64", "op: This operation only support floating point types, not int64"),
])
def test_real_switch_refusal_names_bool_unknown_and_drops_the_comma_for_one_byte_types(dtype, words):
    assert real_switch_refusal("op", dtype) == words
    assert real_switch_refusal(None, dtype) == words[len("op: "):]


@pytest.mark.parametrize("dtypes, narrow, target", [
    (("float32", "float16"), False, "float32"),
    (("float16", "float16"), False, "float16"),
    (("float64", "float16"), False, "float64"),     # the first input's type when none is float32
    (("int32", "float16"), False, "int32"),
    (("float32", "float16"), True, "float16"),
    (("float64", "float32"), True, "float32"),
])
def test_multicast_target_follows_mxnets_rule(dtypes, narrow, target):
    assert multicast_target(dtypes, narrow) == np.dtype(target)


def test_amp_multicast_casts_only_float16_and_float32_inputs():
    outs = nd.amp_multicast(nd.ones((2,), dtype="float64"), nd.ones((2,), dtype="float16"),
                            nd.ones((2,), dtype="int32"), num_outputs=3)
    assert [o.dtype for o in outs] == [np.float64, np.float64, np.int32]


@pytest.mark.parametrize("name, weight, grad, multi_precision, words", [
    ("sgd", "float16", "float32", False, "at 1-th input: expected float16, got float32"),      # weight first
    ("rmsprop", "float64", "float64", False, "at 2-th input: expected float64, got float32"),   # its float32 state
    ("adagrad", "float16", "float16", False, "at 1-th input: expected float32, got float16"),   # the history first
    ("adamax", "float32", "float64", False, "at 1-th input: expected float64, got float32"),    # the gradient first
    ("groupadagrad", "float64", "float32", False, "at 1-th input: expected float64, got float32"),
    ("lamb", "float16", "float32", True, "Type inconsistent, Provided = float32, inferred type = float16"),
])
def test_optimizer_updates_refuse_other_types_in_the_order_their_operators_check(name, weight, grad, multi_precision,
                                                                                 words):
    opt = mx.optimizer.create(name, learning_rate=0.1, multi_precision=multi_precision)
    w = nd.ones((2, 3), dtype=weight)
    state = opt.create_state_multi_precision(0, w)
    with pytest.raises(MXNetError, match=words):
        opt.update_multi_precision(0, w, nd.ones((2, 3), dtype=grad), state)
