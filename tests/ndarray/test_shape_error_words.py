"""Shape errors carry MXNet 1.9.1's words (measured there), distnet's explanation following them."""
import contextlib
import re

import numpy as np
import pytest

import distnet as mx
from distnet import autograd, gluon, nd
from distnet.base import MXNetError, message_of

x = nd.ones((4, 5))
IMPERATIVE = [
    (lambda: nd.FullyConnected(x, nd.ones((3, 8)), nd.ones((3,)), num_hidden=3),
     "Shape inconsistent, Provided = [3,8], inferred shape=(3,5)"),
    (lambda: nd.FullyConnected(x, nd.ones((3, 5)), nd.ones((4,)), num_hidden=3), "Unexpected shape for bias [4]"),
    (lambda: nd.FullyConnected(x, nd.ones((15,)), nd.ones((3,)), num_hidden=3),
     "Shape inconsistent, Provided = [15], inferred shape=(3,5)"),
    (lambda: nd.Convolution(nd.ones((1, 2, 5, 5)), nd.ones((4, 3, 3, 3)), nd.ones((4,)), kernel=(3, 3), num_filter=4),
     "Shape inconsistent, Provided = [4,3,3,3], inferred shape=(4,2,3,3)"),
    (lambda: nd.Convolution(nd.ones((1, 2, 5, 5)), nd.ones((4, 2, 3, 3)), nd.ones((3,)), kernel=(3, 3), num_filter=4),
     "Shape inconsistent, Provided = [3], inferred shape=(4,)"),
    (lambda: nd.dot(nd.ones((2, 3)), nd.ones((4, 2))), "dot shape error: [2,3] X [4,2]"),
    (lambda: nd.batch_dot(nd.ones((2, 3, 4)), nd.ones((2, 5, 2))),
     "batch_dot shape error (shape mismatch): [2,3,4] X [2,5,2] trans_a=0 trans_b=0"),
    (lambda: nd.elemwise_add(nd.ones((2, 3)), nd.ones((3, 2))),
     "Incompatible attr in node  at 1-th input: expected [2,3], got [3,2]"),
    (lambda: nd.add_n(nd.ones((2, 3)), nd.ones((3, 2))),
     "Incompatible attr in node  at 1-th input: expected [2,3], got [3,2]"),
    (lambda: nd.ones((2, 3)) + nd.ones((4, 3)), "operands could not be broadcast together with shapes [2,3] [4,3]"),
    (lambda: nd.broadcast_mul(nd.ones((2, 3)), nd.ones((2, 4))),
     "operands could not be broadcast together with shapes [2,3] [2,4]"),
    (lambda: nd.broadcast_to(nd.ones((2, 3)), shape=(4, 3)), "Array cannot be broadcasted from [2,3] to [4,3]"),
    (lambda: nd.broadcast_axis(nd.ones((2, 3)), axis=0, size=4), "Broadcasting axis must have size 1"),
    (lambda: nd.ones((2, 3)).reshape((4, 2)), "target shape size is larger than the current shape"),
    (lambda: nd.reshape_like(nd.ones((2, 3)), nd.ones((4, 2))),
     "Cannot reshape lhs with shape [2,3]to new shape [4,2] because they have different size"),
    (lambda: nd.concat(nd.ones((2, 3)), nd.ones((3, 2)), dim=1), "Incompatible input shape: expected [2,-1], got [3,2]"),
    (lambda: nd.Embedding(nd.ones((2,)), nd.ones((3, 4)), input_dim=3, output_dim=5),
     "Shape inconsistent, Provided = [3,4], inferred shape=(3,5)"),
    (lambda: nd.LayerNorm(nd.ones((2, 3)), nd.ones((4,)), nd.ones((3,))),
     "Shape inconsistent, Provided = [4], inferred shape=[3]"),
    (lambda: nd.FullyConnected(x, nd.ones((3, 5)), num_hidden=3),
     "Operator FullyConnected expects 3 inputs, but got 2 instead"),
    (lambda: nd.FullyConnected(x, nd.ones((3, 5)), nd.ones((3,)), num_hidden=3, no_bias=True),
     "Operator FullyConnected expects 2 inputs, but got 3 instead"),
    (lambda: nd.Deconvolution(nd.ones((1, 2, 5, 5)), nd.ones((2, 4, 3, 3)), nd.ones((4,)), kernel=(3, 3),
                              num_filter=4), "Operator Deconvolution expects 2 inputs, but got 3 instead"),
    (lambda: nd.BatchNorm(nd.ones((2, 3)), nd.ones((3,)), nd.ones((3,)), nd.ones((3,))),
     "Operator BatchNorm expects 5 inputs, but got 4 instead"),
    (lambda: nd.dot(nd.ones((2, 2))), "Operator dot expects 2 inputs, but got 1 instead"),
]


@pytest.mark.parametrize("call, words", IMPERATIVE, ids=[w[:40] for _, w in IMPERATIVE])
def test_imperative_shape_errors_carry_mxnets_words(call, words):
    with pytest.raises(MXNetError, match=re.escape(words)):
        call()


def test_graph_shape_errors_name_the_operator_as_mxnet():
    v = mx.sym.var
    with mx.name.NameManager():
        fc = mx.sym.FullyConnected(v("data"), num_hidden=3, name="fc")
        badd = mx.sym.broadcast_add(v("a"), v("b"), name="badd")
        add = mx.sym.elemwise_add(v("a"), v("b"), name="add")
    with pytest.raises(MXNetError, match=re.escape("Error in operator fc: Shape inconsistent, Provided = [3,8], "
                                                   "inferred shape=(3,5)")):
        fc.infer_shape(data=(4, 5), fc_weight=(3, 8))
    with pytest.raises(MXNetError, match=re.escape("Error in operator fc: Shape inconsistent, Provided = [3,8]")):
        fc.bind(mx.cpu(), {"data": nd.ones((4, 5)), "fc_weight": nd.ones((3, 8)), "fc_bias": nd.ones((3,))})
    check = re.escape("Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes [2,3] [4,3]")
    with pytest.raises(MXNetError, match=r"Error in operator badd: \[\d\d:\d\d:\d\d\] \S+:\d+: " + check):
        badd.infer_shape(a=(2, 3), b=(4, 3))
    check = re.escape("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node add at 1-th input: "
                      "expected [2,3], got [3,2]")
    with pytest.raises(MXNetError, match=r"Error in operator add: \[\d\d:\d\d:\d\d\] \S+elemwise_op_common.h:134: "
                       + check):
        add.infer_shape(a=(2, 3), b=(3, 2))
    dense = gluon.nn.Dense(3, in_units=8, prefix="dense0_")
    dense.initialize()
    dense.hybridize()
    with pytest.raises(MXNetError, match=re.escape("Error in operator dense0_fwd: Shape inconsistent, Provided = "
                                                   "[3,8], inferred shape=(3,5)")):
        dense(x)


def test_instance_norm_parameter_of_wrong_size_fails_when_read():
    out = nd.InstanceNorm(nd.ones((2, 3, 4)), nd.ones((4,)), nd.ones((3,)))     # as MXNet: the call returns
    assert out.shape == (2, 3, 4)
    with pytest.raises(MXNetError, match="reshape size must match"):
        out.asnumpy()


ZERO_D = nd.array(np.float32(3))
FIRST_LINES = [
    (lambda: nd.sum(ZERO_D), ["Operator sum inferring shapes failed.", "input shapes:", "None", "output shapes:",
                              "None", "operator attributes:"]),
    (lambda: nd.broadcast_mul(nd.ones((2, 3)), ZERO_D),
     ["Operator broadcast_mul inferring shapes failed.", "input shapes:", "[2,3]", "None", "output shapes:", "None"]),
    (lambda: ZERO_D + 1, ["Operator _plus_scalar inferring shapes failed.", "input shapes:", "None", "output shapes:",
                          "None", "operator attributes:", "scalar : 1.0"]),
    (lambda: nd.softmax(ZERO_D, axis=-1), ["Operator softmax inferring shapes failed.", "input shapes:", "None",
                                           "output shapes:", "None", "operator attributes:", "axis : -1"]),
    (lambda: nd.ones((2, 3), dtype="float16") - nd.ones((2, 3)),
     ["Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: expected float16, got "
      "float32"]),
    (lambda: nd.broadcast_mul(nd.ones((2, 3)), nd.ones((3, 3))),
     ["Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes [2,3] [3,3]"]),
]


@pytest.mark.parametrize("call, lines", FIRST_LINES, ids=[w[0][:40] for _, w in FIRST_LINES])
def test_imperative_refusals_open_with_mxnets_lines(call, lines):
    """A 0-d legacy input (whose shape () MXNet reads as unknown) fails the operator's shape inference, printed
    as MXNet prints it; a dtype or broadcast check names no operator. distnet's advice follows those lines."""
    with pytest.raises(MXNetError) as e:
        call()
    assert message_of(e.value).splitlines()[:len(lines)] == lines


@pytest.mark.parametrize("call, given, wanted", [
    (lambda: nd.softmax(nd.ones((2, 3)), ZERO_D), 2, 1),
    (lambda: nd.elemwise_add(ZERO_D), 1, 2),
    (lambda: nd.take(ZERO_D), 1, 2),
])
def test_a_zero_d_input_among_the_wrong_number_of_inputs_fails_the_count_first(call, given, wanted):
    """MXNet counts an operator's inputs before it infers their shapes, so a 0-d legacy input (an unknown
    shape) does not hide a missing or extra input."""
    with pytest.raises(MXNetError) as e:
        call()
    assert message_of(e.value).startswith(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted})")


@pytest.mark.parametrize("recording", [False, True])
def test_a_larger_reshape_fails_the_size_check_first_recording_or_not(recording):
    x = nd.ones((8,))
    with autograd.record() if recording else contextlib.nullcontext():
        with pytest.raises(MXNetError) as info:
            x.reshape((10,))
        with pytest.raises(MXNetError if recording else ValueError):
            x.reshape((4,))         # smaller: refused by the method, or by recording
    assert message_of(info.value) == ("NDArray.Reshape: Check failed: shape_.Size() >= shape.Size() (8 vs. 10) : target "
                               "shape size is larger than the current shape")


@pytest.mark.parametrize("call, first", [
    (lambda: nd.sum(nd.ones((3, 4)), out=nd.zeros((3, 4))), "Shape inconsistent, Provided = [3,4], inferred shape=[1]"),
    (lambda: nd.sum(nd.ones((3, 4)).tostype("csr"), out=nd.zeros((2,))),
     "Shape inconsistent, Provided = [2], inferred shape=[1]"),
    (lambda: nd.relu(nd.ones((3, 4)), out=nd.zeros((4, 3))),
     "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: expected [3,4], got [4,3]"),
    (lambda: nd.abs(nd.ones((3, 4)), out=nd.zeros((3, 4), dtype="float16")),
     "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: expected float32, got "
     "float16"),
])
def test_an_out_array_of_another_shape_or_dtype_is_refused_in_mxnets_words_alone(call, first):
    with pytest.raises(MXNetError) as info:
        call()
    assert message_of(info.value).splitlines()[0] == first       # (the advice follows on the next line)


@pytest.mark.parametrize("shape, size", [((3,), 3), ((5,), 5), ((0,), 2), ((-1, 3), 3)])
def test_legacy_reshape_under_numpy_shapes_checks_sizes_alike(shape, size):
    from distnet.util import np_shape
    x = nd.array([[1., 2.], [3., 4.]])
    with np_shape(True), pytest.raises(MXNetError) as e:
        x.reshape(shape)
    assert message_of(e.value) == (f"NDArray.Reshape: Check failed: shape_.Size() == shape.Size() (4 vs. {size}) : "
                            "target shape must have the same size as current shape.")


def test_legacy_reshape_keeps_the_writable_flag():
    x = nd.array([[1., 2.], [3., 4.]])
    x.writable = False
    assert x.reshape(4).writable is False and x.reshape(shape=(4, 1)).writable is False
    assert x.reshape_like(nd.ones(4)).writable is True and x.T.writable is True


def test_split_of_a_zero_size_axis_under_numpy_shapes():
    # NumPy shape semantics know a 0 size: it splits evenly into any count, and squeezing needs the count to be 0
    with mx.util.np_shape(True):
        parts = mx.nd.split(mx.nd.zeros((2, 0, 4)), num_outputs=3, axis=1)
        assert [p.shape for p in parts] == [(2, 0, 4)] * 3
        with pytest.raises(MXNetError, match=r"\(0 vs\. 1\) : If squeeze axis is True.*Input shape=\[0,3\], axis=0"):
            mx.nd.split(mx.nd.zeros((0, 3)), num_outputs=1, axis=0, squeeze_axis=True)
        with pytest.raises(MXNetError, match=r"\(2 vs\. 0\) : .* with shape \[2,0,4\] into num_outputs=3"):
            mx.nd.split(mx.nd.zeros((2, 0, 4)), num_outputs=3, axis=0)
    # legacy semantics hold it unknown (-1)
    with pytest.raises(MXNetError, match=r"\(-1 vs\. 0\) : .* with shape \[2,-1,4\] into num_outputs=3"):
        mx.nd.split(mx.nd.array(np.zeros((2, 0, 4))), num_outputs=3, axis=1)
