"""The rules an operator's call is checked by, kept per operator, decide as they would read afresh."""
import distnet as mx
from distnet.ndarray.registry import OPS


def _ops():
    return {id(op): op for op in OPS.values()}.values()


def test_a_plain_call_takes_leading_array_inputs_only():
    x = mx.nd.ones((1,))
    for op in _ops():
        for given in range(len(op.positional_names) + 2):
            inputs = (x,) * given
            leading = given <= len(op.arg_names) and op.positional_names[:given] == op.arg_names[:given]
            assert op._takes_plainly(inputs, {}) == leading, (op.name, given)


def test_a_plain_call_gives_no_input_dtype_or_ctx_by_key():
    for op in _ops():
        for key in (*op.arg_names, "dtype", "ctx"):
            assert not op._takes_plainly((), {key: 1}), (op.name, key)
        assert op._takes_plainly((), {"an_attribute": (1, 2.5, "text", None, True, [1])}) is True
        assert not op._takes_plainly((), {"an_attribute": mx.nd.ones((1,))})


def test_attributes_come_in_the_front_end_order_whatever_their_order_before():
    op = OPS["FullyConnected"]
    for _ in range(2):      # (the order kept from the first call is the one sorted afresh)
        assert list(op._front_end_order({"flatten": True, "no_bias": False, "num_hidden": 3})) == \
            ["num_hidden", "no_bias", "flatten"]
        given = {"num_hidden": 3, "flatten": True}
        assert op._front_end_order(given) is given
        assert list(op._front_end_order({"undeclared": 1, "flatten": True, "num_hidden": 3})) == \
            ["undeclared", "num_hidden", "flatten"]
