"""Legacy shape semantics in a bound executor, as MXNet's: a 0-d input runs (the graph's inference took its
shape), while a 0 dimension is unknown (-1) and fails bind when a node's output would keep it."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

UNKNOWN = "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"


def _scalar(v):
    return mx.nd.array(np.array(v))


def test_a_0d_input_runs_forward_and_backward():
    x = mx.sym.var("x")
    ex = mx.sym.square(x).bind(mx.cpu(), {"x": _scalar(3.0)}, args_grad={"x": _scalar(0.0)})
    assert ex.forward(is_train=True)[0].shape == ()
    ex.backward([_scalar(1.0)])
    assert ex.grad_arrays[0].asnumpy().tolist() == 6.0      # d(x^2)/dx at 3
    ex = mx.sym.sum(x).bind(mx.cpu(), {"x": _scalar(2.0)})
    assert ex.forward()[0].asnumpy().tolist() == [2.0]      # a legacy sum over all axes is (1,)


def test_an_imperative_op_still_refuses_a_0d_input():
    with pytest.raises(MXNetError) as e:
        mx.nd.square(_scalar(3.0))
    assert message_of(e.value) == ("Operator square inferring shapes failed.\ninput shapes:\nNone\noutput shapes:\n"
                                   "None\noperator attributes:\n\n")


@pytest.mark.parametrize("make", [lambda x: mx.sym.square(x), lambda x: mx.sym.sum(mx.sym.square(x)),
                                  lambda x: mx.sym.FullyConnected(x, num_hidden=1, name="fc")])
def test_bind_refuses_a_node_output_of_unknown_size(make):
    with pytest.raises(MXNetError) as err:
        make(mx.sym.var("x")).bind(mx.cpu(), {"x": mx.nd.array(np.zeros((0, 2))), "fc_weight": mx.nd.ones((1, 2)),
                                               "fc_bias": mx.nd.ones(1)})
    assert message_of(err.value) == UNKNOWN


def test_bind_takes_an_empty_input_no_node_output_keeps():
    x = mx.sym.var("x")
    ex = mx.sym.sum(x).bind(mx.cpu(), {"x": mx.nd.array(np.zeros((0, 2)))})
    assert ex.forward()[0].asnumpy().tolist() == [0.0]
    with mx.util.np_shape(True):
        ex = mx.sym.square(x).bind(mx.cpu(), {"x": mx.nd.array(np.zeros((0, 2)))})
        assert ex.forward()[0].shape == (0, 2)


def test_a_0d_output_takes_its_head_gradients_shape_in_the_backward_inference():
    ex = mx.sym.square(mx.sym.var("x")).bind(mx.cpu(), {"x": _scalar(3.0)}, args_grad={"x": _scalar(0.0)})
    ex.forward(is_train=True)
    with pytest.raises(MXNetError, match=r"Error in operator _head_grad_0_id: Check failed: assign\(&dattr, "
                                         r"vec.at\(i\)\): Incompatible attr in node _head_grad_0_id at 1-th input: "
                                         r"expected \[3\], got \[\]$"):
        ex.backward([mx.nd.ones(3)])


def test_writing_a_number_or_array_into_a_legacy_0d_array_fails_mxnets_fill_or_copy_inference():
    g = mx.nd.empty((), dtype="int32")
    with pytest.raises(MXNetError) as err:
        g[()] = 2.5
    assert message_of(err.value) == ("Operator _full inferring shapes failed.\ninput shapes:\noutput shapes:\nNone\n"
                              "operator attributes:\ndtype : int32\nvalue : 2.5\nctx : cpu(0)\nshape : ()\n\n")
    with pytest.raises(MXNetError, match="Operator _copyto inferring shapes failed.\ninput shapes:\nNone\n"):
        g[:] = mx.nd.ones(1)
    g[()] = np.array(7)         # a numpy value is copied in
    assert g.asnumpy().tolist() == 7
