"""Contributed recurrent cells: the projected LSTM cell, variational (per-sequence) dropout, dynamic_unroll."""
from ...nn.basic_layers import _traced_infer_shape
from ...parameter import AssertError as _AssertError, tensor_types  # noqa: F401  (tensor_types: MXNet's name here)
from ...rnn.rnn_cell import (BidirectionalCell, HybridRecurrentCell, ModifierCell, SequentialRNNCell,  # noqa: F401
                            _format_sequence, _get_begin_state, _is_tensor, _mask_sequence_variable_length,
                            _refuse_numpy_value,
                            refuse_plain_sequential_base as _refuse_plain_sequential_base)

__all__ = ["LSTMPCell", "VariationalDropoutCell", "dynamic_unroll"]


class LSTMPCell(HybridRecurrentCell):
    """LSTM cell whose recurrent state is the hidden state projected to ``projection_size`` units.

    States are ``[r, c]``: the projection ``r = W_r h`` (batch, projection_size) and the cell
    (batch, hidden_size); the step's output is ``r``.
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, hidden_size, projection_size, i2h_weight_initializer=None, h2h_weight_initializer=None,
                 h2r_weight_initializer=None, i2h_bias_initializer="zeros", h2h_bias_initializer="zeros",
                 input_size=0, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)
        self._hidden_size, self._input_size, self._projection_size = hidden_size, input_size, projection_size
        rows = 4 * hidden_size
        get = self.params.get
        self.i2h_weight = get("i2h_weight", shape=(rows, input_size), init=i2h_weight_initializer,
                              allow_deferred_init=True)
        self.h2h_weight = get("h2h_weight", shape=(rows, projection_size), init=h2h_weight_initializer,
                              allow_deferred_init=True)
        self.h2r_weight = get("h2r_weight", shape=(projection_size, hidden_size), init=h2r_weight_initializer,
                              allow_deferred_init=True)
        self.i2h_bias = get("i2h_bias", shape=(rows,), init=i2h_bias_initializer, allow_deferred_init=True)
        self.h2h_bias = get("h2h_bias", shape=(rows,), init=h2h_bias_initializer, allow_deferred_init=True)

    def state_info(self, batch_size=0):
        return [{"shape": (batch_size, self._projection_size), "__layout__": "NC"},
                {"shape": (batch_size, self._hidden_size), "__layout__": "NC"}]

    def infer_shape(self, *args):
        """Through the traced step, as MXNet: bad shapes print the arguments; inputs are flattened per sample."""
        _traced_infer_shape(self, *args)
        super().infer_shape(*args)

    def _alias(self):
        return "lstmp"

    def __repr__(self):
        rows, cols = self.i2h_weight.shape
        return f"{self.__class__.__name__}({cols if cols else None} -> {rows} -> {self.h2r_weight.shape[0]})"

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, h2r_weight, i2h_bias, h2h_bias):
        prefix = f"t{self._counter}_"
        rows = 4 * self._hidden_size
        i2h = F.FullyConnected(data=inputs, weight=i2h_weight, bias=i2h_bias, num_hidden=rows, name=prefix + "i2h")
        h2h = F.FullyConnected(data=states[0], weight=h2h_weight, bias=h2h_bias, num_hidden=rows,
                               name=prefix + "h2h")
        gates = F.SliceChannel(i2h + h2h, num_outputs=4, name=prefix + "slice")
        in_gate = F.Activation(gates[0], act_type="sigmoid", name=prefix + "i")
        forget_gate = F.Activation(gates[1], act_type="sigmoid", name=prefix + "f")
        in_transform = F.Activation(gates[2], act_type="tanh", name=prefix + "c")
        out_gate = F.Activation(gates[3], act_type="sigmoid", name=prefix + "o")
        next_c = F.elemwise_add(forget_gate * states[1], in_gate * in_transform, name=prefix + "state")
        hidden = F.elemwise_mul(out_gate, F.Activation(next_c, act_type="tanh"), name=prefix + "hidden")
        next_r = F.FullyConnected(data=hidden, num_hidden=self._projection_size, weight=h2r_weight, no_bias=True,
                                  name=prefix + "out")
        return next_r, [next_r, next_c]


def _ones_like(F, x):
    """``F.ones_like(x)``: MXNet's legacy operator, which refuses mx.np arrays and symbols."""
    _refuse_numpy_value("ones_like", x)
    return F.ones_like(x)


class VariationalDropoutCell(ModifierCell):
    """Dropout on a cell's inputs, first state and outputs with one mask per sequence (not per step).

    The masks are drawn at the first step after ``reset()`` (which ``unroll`` calls) and reused.
    """

    def __init__(self, base_cell, drop_inputs=0., drop_states=0., drop_outputs=0.):
        if drop_states and isinstance(base_cell, BidirectionalCell):
            raise _AssertError("BidirectionalCell doesn't support variational state dropout. "
                              "Please add VariationalDropoutCell to the cells underneath instead.")
        if drop_states:
            _refuse_plain_sequential_base(base_cell)
        super().__init__(base_cell)
        self.drop_inputs, self.drop_states, self.drop_outputs = drop_inputs, drop_states, drop_outputs
        self._clear_masks()

    def _clear_masks(self):
        self.drop_inputs_mask = self.drop_states_mask = self.drop_outputs_mask = None

    def _alias(self):
        return "vardrop"

    def reset(self):
        super().reset()
        self._clear_masks()

    def __repr__(self):
        return f"{self.__class__.__name__}(p_out = {self.drop_outputs}, p_state = {self.drop_states})"

    def hybrid_forward(self, F, inputs, states):
        if self.drop_states and self.drop_states_mask is None:
            self.drop_states_mask = F.Dropout(_ones_like(F, states[0]), p=self.drop_states)
        if self.drop_inputs and self.drop_inputs_mask is None:
            self.drop_inputs_mask = F.Dropout(_ones_like(F, inputs), p=self.drop_inputs)
        if self.drop_states:            # only h, the first state; the states listed as given (a bare one too)
            states = list(states)
            states[0] = states[0] * self.drop_states_mask
        if self.drop_inputs:
            inputs = inputs * self.drop_inputs_mask
        output, states = self.base_cell(inputs, states)
        if self.drop_outputs:
            if self.drop_outputs_mask is None:
                self.drop_outputs_mask = F.Dropout(_ones_like(F, output), p=self.drop_outputs)
            output = output * self.drop_outputs_mask
        return output, states

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None, valid_length=None):
        if self.drop_states:          # the state mask needs the step-by-step path
            return super().unroll(length, inputs, begin_state, layout, merge_outputs, valid_length=valid_length)
        self.reset()
        inputs, axis, F, batch_size = _format_sequence(length, inputs, layout, True)
        states = _get_begin_state(self, F, begin_state, inputs, batch_size)
        if self.drop_inputs:          # one mask for all steps: shared along the time axis
            _refuse_numpy_value("Dropout", inputs)
            inputs = F.Dropout(inputs, p=self.drop_inputs, axes=(axis,))
        outputs, states = self.base_cell.unroll(length, inputs, states, layout, merge_outputs=True,
                                                valid_length=valid_length)
        if self.drop_outputs:
            _refuse_numpy_value("Dropout", outputs)
            outputs = F.Dropout(outputs, p=self.drop_outputs, axes=(axis,))
        merge_outputs = _is_tensor(outputs) if merge_outputs is None else merge_outputs
        outputs, _, _, _ = _format_sequence(length, outputs, layout, merge_outputs)
        if valid_length is not None:
            outputs = _mask_sequence_variable_length(F, outputs, length, valid_length, axis, merge_outputs)
        return outputs, states


def dynamic_unroll(cell, inputs, begin_state, drop_inputs=0, drop_outputs=0, layout="TNC", valid_length=None):
    """Run ``cell`` over the time axis of ``inputs`` with ``contrib.foreach``: returns (outputs, states).

    With ``valid_length`` (one length per sample) the states stop changing after each sample's last
    step and the outputs past it are zeroed. Dropout masks are shared along the time axis.
    """
    inputs, axis, F, _ = _format_sequence(0, inputs, layout, True)
    axes = list(range(len(layout)))
    axes[0], axes[axis] = axes[axis], axes[0]
    if axis != 0:
        inputs = F.transpose(inputs, axes=axes)
    states = begin_state
    if drop_inputs:
        inputs = F.Dropout(inputs, p=drop_inputs, axes=(axis,))
    if valid_length is None:
        def loop_body(step_input, step_states):
            return cell(step_input, step_states)
    else:
        states = list(states if isinstance(states, (list, tuple)) else [states]) + [F.zeros(1)]

        def loop_body(step_input, step_states):
            cell_states, step = step_states[:-1], step_states[-1]
            out, new_states = cell(step_input, cell_states)
            running = F.broadcast_greater(valid_length, step)
            new_states = [F.where(running, new, old) for new, old in zip(new_states, cell_states)]
            return out, new_states + [step + 1]
    outputs, states = F.contrib.foreach(loop_body, inputs, states)
    if drop_outputs:
        outputs = F.Dropout(outputs, p=drop_outputs, axes=(axis,))
    if axis != 0:
        outputs = F.transpose(outputs, axes=axes)
    if valid_length is None:
        return outputs, states
    outputs = F.SequenceMask(outputs, sequence_length=valid_length, use_sequence_length=True, axis=axis)
    return outputs, states[:-1]

from ....base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), """_as_list _format_sequence _get_begin_state _mask_sequence_variable_length""".split())
