"""mx.sym.<op> asserts its positional array inputs are Symbols, as MXNet 1.9.1 (None leaves an input open)."""
import pytest

import distnet as mx

D = mx.sym.var("d")

REFUSED = [  # (call, MXNet 1.9.1's message)
    (lambda: mx.sym.relu(mx.nd.ones(2)), "Argument data must be Symbol instances"),
    (lambda: mx.sym.relu(3), "Argument data must be Symbol instances, but got 3"),
    (lambda: mx.sym.FullyConnected(D, 4), "Argument weight must be Symbol instances, but got 4"),
    (lambda: mx.sym.broadcast_add(D, 1), "Argument rhs must be Symbol instances, but got 1"),
    (lambda: mx.sym.elemwise_add(D, 2.0), "Argument rhs must be Symbol instances, but got 2.0"),
    (lambda: mx.sym.dot(D, [1, 2]), r"Argument rhs must be Symbol instances, but got \[1, 2\]"),
    (lambda: mx.sym.concat(D, 3), "Positional arguments must be Symbol instances, but got 3"),
    (lambda: mx.sym.add_n([D, D]), "Positional arguments must be Symbol instances"),
]


@pytest.mark.parametrize("case", range(len(REFUSED)))
def test_non_symbol_positional_inputs_are_refused(case):
    call, message = REFUSED[case]
    with pytest.raises(AssertionError, match=message):
        call()


def test_none_leaves_an_input_open_and_attributes_follow_by_position():
    with mx.name.NameManager():
        fc = mx.sym.FullyConnected(D, None, None, 4)
        assert fc.list_arguments() == ["d", "fullyconnected0_weight", "fullyconnected0_bias"]
        assert fc.attr_dict()["fullyconnected0"] == {"num_hidden": "4"}
        assert mx.sym.relu(None).list_arguments() == ["relu0_data"]
