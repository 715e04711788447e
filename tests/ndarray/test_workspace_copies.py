"""The four temp space copies MXNet gives in turn: a failed op's copy holds its error for the op taking it next."""
import numpy as np

from distnet.ndarray.workspace import COPIES, _Copies, backward_copies, graph_copies, takes_copy


def test_a_held_copy_reaches_the_op_four_takes_later():
    copies, failure = _Copies(), object()
    copies.take()
    copies.hold(failure)
    assert [copies.take() for _ in range(COPIES)] == [None] * (COPIES - 1) + [failure]


def test_a_bulk_of_four_copies_holds_them_all():
    copies, failure = _Copies(), object()
    copies.take(7)
    copies.hold(failure, 7)
    assert copies.take() is failure
    copies.forget(failure)
    assert copies.take(COPIES) is None and not copies.held


def test_which_operators_take_a_copy():
    assert takes_copy("_random_uniform") and takes_copy("FullyConnected") and takes_copy("sum")
    assert not takes_copy("softmax") and not takes_copy("transpose") and takes_copy("reshape")
    assert graph_copies(["reshape", "_plus_scalar", "RNN", "softmax"]) == 3


def test_arithmetic_takes_a_copy_by_its_operator():
    assert takes_copy("elemwise_add") and takes_copy("_maximum") and not takes_copy("elemwise_div")
    assert not takes_copy("broadcast_add") and takes_copy("broadcast_add", numpy=True)
    assert takes_copy("broadcast_maximum", with_number=True)
    assert not takes_copy("broadcast_div", numpy=True, with_number=True)
    assert not takes_copy("negative") and not takes_copy("log") and takes_copy("identity")
    assert graph_copies(["_npi_add", "broadcast_add", "elemwise_mul", "_np_reshape"]) == 2


def test_backward_copies_by_operator_and_operands():
    x = np.ones(2)
    assert backward_copies("relu", (x,)) == 1 and backward_copies("softmax", (x,)) == 0
    assert backward_copies("elemwise_add", (x, x)) == 2 and backward_copies("broadcast_mul", (x, x)) == 1
    assert backward_copies("broadcast_sub", (x, 1.0)) == 1 and backward_copies("broadcast_sub", (1.0, x)) == 0
    assert backward_copies("broadcast_mul", (2, x)) == 1 and backward_copies("broadcast_power", (x, 2.0)) == 0
