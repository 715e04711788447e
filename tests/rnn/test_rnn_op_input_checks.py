"""nd.RNN checks its inputs as MXNet does: the input count by mode and flags, the projection's shapes for any
mode, the required attributes' types, and the float16 kernel's refusal."""
import numpy as np
import pytest

import distnet as mx
from distnet.base import MXNetError, message_of

nd = mx.nd


def count_error(given, wanted):
    return (f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator RNN expects {wanted} "
            f"inputs, but got {given} instead.")


@pytest.mark.parametrize("mode, flags, wanted", [("lstm", {}, 4), ("gru", {}, 3), ("gru", {"use_sequence_length": True}, 4),
                                                 ("lstm", {"use_sequence_length": True}, 5)])
def test_missing_state_counts_the_inputs_the_mode_and_flags_want(mode, flags, wanted):
    with pytest.raises(MXNetError) as e:
        nd.RNN(nd.ones((3, 2, 2)), nd.ones((48,)), state_size=2, num_layers=1, mode=mode, **flags)
    assert message_of(e.value) == count_error(2, wanted)


def test_state_cell_without_state_is_one_input_short():
    with pytest.raises(MXNetError) as e:
        nd.RNN(data=nd.ones((3, 2, 2)), parameters=nd.ones((48,)), state_cell=nd.ones((1, 2, 2)), state_size=2,
               num_layers=1, mode="lstm")
    assert message_of(e.value) == count_error(3, 4)


def test_an_op_missing_an_input_counts_its_optional_inputs_too():
    with pytest.raises(MXNetError) as e:
        nd.FullyConnected(nd.ones((2, 2)), num_hidden=2)
    assert message_of(e.value).startswith("Check failed: num_inputs == infered_num_inputs (1 vs. 3) : Operator "
                                   "FullyConnected expects 3 inputs")


@pytest.mark.parametrize("mode, size", [("gru", 32), ("rnn_tanh", 12)])
def test_projection_sizes_any_mode_state_and_parameters(mode, size):
    """MXNet's shape inference sizes the state by projection_size and the parameters with the projection for
    every mode; only its kernel is LSTM's alone."""
    data, state = nd.ones((3, 2, 2)), nd.ones((1, 2, 1))
    with pytest.raises(MXNetError, match=r"Provided = \[1,2,2\], inferred shape=\(1,2,1\)"):
        nd.RNN(data, nd.ones((size,)), nd.ones((1, 2, 2)), state_size=2, num_layers=1, mode=mode, projection_size=1)
    with pytest.raises(MXNetError, match=rf"Provided = \[36\], inferred shape=\({size},\)"):
        nd.RNN(data, nd.ones((36,)), state, state_size=2, num_layers=1, mode=mode, projection_size=1)
    out = nd.RNN(data, nd.ones((size,)), state, state_size=2, num_layers=1, mode=mode, projection_size=1)
    assert out.shape == (3, 2, 1)
    with pytest.raises(MXNetError, match="projection_size is only supported for mode='lstm'"):
        out.asnumpy()


def test_symbol_with_projection_infers_outputs_without_the_batch():
    s = mx.sym.RNN(mx.sym.Variable("data"), state_size=2, num_layers=1, bidirectional=True, mode="gru",
                   projection_size=1, state_outputs=True, name="r")
    args, outs, _ = s.infer_shape_partial(data=(3, 0, 4))
    assert args == [(3, 0, 4), (88,), (2, 0, 1)]      # (4 + 1 + 2) * 2 * 3 * 2 + 1 * 2 * 2
    assert outs == [(3, 0, 2), (2, 0, 1)]


@pytest.mark.parametrize("missing", ["state_size", "num_layers"])
def test_missing_size_attribute_names_its_type(missing):
    attrs = dict(state_size=2, num_layers=1, mode="gru")
    del attrs[missing]
    with pytest.raises(MXNetError, match=f"Required parameter {missing} of int \\(non-negative\\) is not presented"):
        nd.RNN(nd.ones((3, 2, 2)), nd.ones((36,)), nd.ones((1, 2, 2)), **attrs)


def test_float16_kernel_refusal_starts_with_mxnets_words():
    half = dict(dtype=np.float16)
    out = nd.RNN(nd.ones((3, 2, 2), **half), nd.ones((36,), **half), nd.ones((1, 2, 2), **half), state_size=2,
                 num_layers=1, mode="gru")
    with pytest.raises(MXNetError) as e:
        out.asnumpy()
    assert message_of(e.value).startswith("FP16 gemm on cpu not implemented!")
