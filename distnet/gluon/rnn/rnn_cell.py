"""Recurrent cells (one time step each) and ``unroll`` over a sequence: RNN, LSTM, GRU cells and
the cells that combine them (sequential stacks, dropout, residual, zoneout, bidirectional)."""
from numbers import Number

from ... import ndarray
from ...base import no_attribute, own_init, own_methods
from ...ndarray.array_kinds import refuse_numpy_input
from ...ndarray.ndarray import NDArray
from ..block import Block, HybridBlock
from ..nn import LeakyReLU
from ..nn.basic_layers import _traced_infer_shape
from ..parameter import AssertError
from ..utils import _indent

__all__ = ["RecurrentCell", "HybridRecurrentCell", "RNNCell", "LSTMCell", "GRUCell", "SequentialRNNCell",
           "HybridSequentialRNNCell", "DropoutCell", "ModifierCell", "ZoneoutCell", "ResidualCell",
           "BidirectionalCell"]


def _symbol():
    from ... import symbol
    return symbol


def _symbol_zeros(*args, **kwargs):
    """symbol.zeros, looked up when called (gluon loads before mx.sym is complete)."""
    return _symbol().zeros(*args, **kwargs)


_symbol_zeros.__name__ = _symbol_zeros.__qualname__ = "zeros"      # a signature shows it as MXNet's default


def _refuse_numpy_value(opname, value):
    """MXNet's TypeError when its legacy operator ``opname`` would get an mx.np array or a numpy symbol."""
    from ...numpy import ndarray as np_ndarray
    sym = _symbol()
    if isinstance(value, np_ndarray) or isinstance(value, sym.Symbol) and type(value) is not sym.Symbol:
        refuse_numpy_input(opname)


def _is_tensor(x):
    return isinstance(x, (NDArray, _symbol().Symbol))


def _as_list(x):
    return x if isinstance(x, list) else list(x) if isinstance(x, tuple) else [x]


def _cells_state_info(cells, batch_size):
    return sum([c.state_info(batch_size) for c in cells], [])


def _cells_begin_state(cells, **kwargs):
    return sum([c.begin_state(**kwargs) for c in cells], [])


def _get_begin_state(cell, F, begin_state, inputs, batch_size):
    """``begin_state``, or zeros from the cell when None."""
    if begin_state is not None:
        return begin_state
    if F is ndarray:
        ctx = inputs.context if isinstance(inputs, NDArray) else inputs[0].context
        with ctx:
            return cell.begin_state(func=F.zeros, batch_size=batch_size)
    return cell.begin_state(func=F.zeros, batch_size=batch_size)


def _format_sequence(length, inputs, layout, merge, in_layout=None):
    """Inputs as one tensor in ``layout`` (merge True), a list of per-step tensors (False), or as given (None).

    Returns (inputs, time axis, F, batch size).
    """
    if inputs is None:
        raise AssertError("unroll(inputs=None) has been deprecated. Please create input variables outside unroll.")
    axis = layout.find("T")
    in_axis = in_layout.find("T") if in_layout is not None else axis
    batch_size = 0
    sym = _symbol()
    if isinstance(inputs, sym.Symbol):
        F = sym
        if merge is False:
            if len(inputs.list_outputs()) != 1:
                raise AssertError("unroll doesn't allow grouped symbol as input. Please convert to list with "
                                 "list(inputs) first or let unroll handle splitting.")
            _refuse_numpy_value("split", inputs)        # MXNet splits with the legacy operator
            inputs = list(sym.split(inputs, axis=in_axis, num_outputs=length, squeeze_axis=1))
    elif isinstance(inputs, NDArray):
        F = ndarray
        batch_size = inputs.shape[layout.find("N")]
        if merge is False:
            if length is not None and length != inputs.shape[in_axis]:
                raise AssertError()         # MXNet's bare assertion: the length differs from the time axis
            _refuse_numpy_value("split", inputs)        # MXNet splits with the legacy operator
            inputs = _as_list(ndarray.split(inputs, axis=in_axis, num_outputs=inputs.shape[in_axis],
                                            squeeze_axis=1))
    else:
        if length is not None and len(inputs) != length:
            raise AssertError()             # MXNet's bare assertion: the length differs from the inputs' count
        F = sym if isinstance(inputs[0], sym.Symbol) else ndarray
        if F is ndarray:
            batch_size = inputs[0].shape[0]
        if merge is True:
            _refuse_numpy_value("stack", inputs[0])     # MXNet stacks with the legacy operator
            inputs = F.stack(*inputs, axis=axis)
            in_axis = axis
    if _is_tensor(inputs) and axis != in_axis:
        inputs = F.swapaxes(inputs, dim1=axis, dim2=in_axis)
    return inputs, axis, F, batch_size


def _mask_sequence_variable_length(F, data, length, valid_length, time_axis, merge):
    """Zero the steps beyond each sequence's valid length."""
    if not _is_tensor(data):
        _refuse_numpy_value("stack", data[0])       # MXNet stacks and masks with legacy operators
        data = F.stack(*data, axis=time_axis)
    _refuse_numpy_value("SequenceMask", data)
    outputs = F.SequenceMask(data, sequence_length=valid_length, use_sequence_length=True, axis=time_axis)
    if not merge:
        outputs = _as_list(F.split(outputs, num_outputs=length, axis=time_axis, squeeze_axis=True))
    return outputs


def _reverse_sequences(sequences, unroll_step, valid_length=None):
    """The steps reversed within each valid length: a list, or for symbols one grouped symbol as in MXNet."""
    F = _symbol() if isinstance(sequences[0], _symbol().Symbol) else ndarray
    if valid_length is None:
        return list(reversed(sequences))
    _refuse_numpy_value("stack", sequences[0])      # MXNet stacks with the legacy operator
    reversed_seq = F.SequenceReverse(F.stack(*sequences, axis=0), sequence_length=valid_length,
                                     use_sequence_length=True)
    if unroll_step > 1 or F is not ndarray:     # a symbol stays one grouped symbol, as in MXNet
        return F.split(reversed_seq, axis=0, num_outputs=unroll_step, squeeze_axis=True)
    return [reversed_seq[0]]


class RecurrentCell(Block):
    """The base of recurrent cells: ``cell(inputs, states) -> (output, states)`` for one step.

    Parameters
    ----------
    prefix : str, optional
    params : ParameterDict, optional
        Parameters to share with another cell.
    """

    def __init__(self, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)
        self._modified = False
        self.reset()

    def reset(self):
        """Reset the step counters before unrolling again."""
        self._init_counter = -1
        self._counter = -1
        for cell in self._children.values():
            cell.reset()

    def state_info(self, batch_size=0):
        """The shape and layout of each state."""
        raise NotImplementedError()

    def _check_not_modified(self):
        if self._modified:
            raise AssertError("After applying modifier cells (e.g. ZoneoutCell) the base cell cannot be called "
                             "directly. Call the modifier cell instead.")

    def begin_state(self, batch_size=0, func=ndarray.zeros, **kwargs):
        """The initial states, made by ``func`` (``nd.zeros`` by default) from ``state_info``.

        Parameters
        ----------
        batch_size : int
            The batch size ('N' of the layout).
        func : callable, default nd.zeros
            Makes each state from its ``shape`` (and ``name``) plus ``kwargs``.
        """
        self._check_not_modified()
        states = []
        for info in self.state_info(batch_size):
            self._init_counter += 1
            info = dict(info, **kwargs) if info is not None else kwargs
            states.append(func(name=f"{self._prefix}begin_state_{self._init_counter}", **info))
        return states

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None, valid_length=None):
        """Run the cell over ``length`` steps of ``inputs``; returns (outputs, final states).

        Parameters
        ----------
        length : int
            Number of steps.
        inputs : NDArray, Symbol or list
            One tensor in ``layout`` or a list of per-step ``(batch, ...)`` tensors.
        begin_state : list, optional
            Initial states (zeros if None).
        layout : str, default 'NTC'
        merge_outputs : bool, optional
            One tensor (True), a list of steps (False), or whichever is at hand (None).
        valid_length : NDArray, optional
            Per-sample lengths: later steps give zero outputs and the states at the last valid step.
        """
        self.reset()
        inputs, axis, F, batch_size = _format_sequence(length, inputs, layout, False)
        states = _get_begin_state(self, F, begin_state, inputs, batch_size)
        outputs, all_states = [], []
        for i in range(length):
            output, states = self(inputs[i], states)
            outputs.append(output)
            if valid_length is not None:
                all_states.append(states)
        if valid_length is not None:
            states = [F.SequenceLast(F.stack(*steps, axis=0), sequence_length=valid_length,
                                     use_sequence_length=True, axis=0) for steps in zip(*all_states)]
            outputs = _mask_sequence_variable_length(F, outputs, length, valid_length, axis, True)
        outputs, _, _, _ = _format_sequence(length, outputs, layout, merge_outputs)
        return outputs, states

    def _get_activation(self, F, inputs, activation, **kwargs):
        """Apply ``activation``: a name, a LeakyReLU block, or a callable."""
        func = {"tanh": F.tanh, "relu": F.relu, "sigmoid": F.sigmoid, "softsign": F.softsign}.get(activation)
        if func:
            return func(inputs, **kwargs)
        if isinstance(activation, str):
            return F.Activation(inputs, act_type=activation, **kwargs)
        if isinstance(activation, LeakyReLU):
            return F.LeakyReLU(inputs, act_type="leaky", slope=activation._alpha, **kwargs)
        return activation(inputs, **kwargs)

    def forward(self, inputs, states):
        """One step: (output, new states)."""
        self._counter += 1
        return super().forward(inputs, states)


@own_init
class HybridRecurrentCell(RecurrentCell, HybridBlock):
    """A recurrent cell written as ``hybrid_forward``."""

    def hybrid_forward(self, F, x, *args, **kwargs):
        raise NotImplementedError


class _GatedCell(HybridRecurrentCell):
    """A cell with ``i2h``/``h2h`` weights and biases for ``gates`` gates of ``hidden_size`` units."""

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    _gates = 1

    def __init__(self, hidden_size, i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer,
                 h2h_bias_initializer, input_size, prefix, params):
        super().__init__(prefix=prefix, params=params)
        self._hidden_size = hidden_size
        self._input_size = input_size
        rows = hidden_size if self._gates == 1 else self._gates * hidden_size     # RNNCell's size as given
        get = self.params.get
        self.i2h_weight = get("i2h_weight", shape=(rows, input_size), init=i2h_weight_initializer,
                              allow_deferred_init=True)
        self.h2h_weight = get("h2h_weight", shape=(rows, hidden_size), init=h2h_weight_initializer,
                              allow_deferred_init=True)
        self.i2h_bias = get("i2h_bias", shape=(rows,), init=i2h_bias_initializer, allow_deferred_init=True)
        self.h2h_bias = get("h2h_bias", shape=(rows,), init=h2h_bias_initializer, allow_deferred_init=True)

    def state_info(self, batch_size=0):
        return [{"shape": (batch_size, self._hidden_size), "__layout__": "NC"}]

    def infer_shape(self, *args):
        """Through the traced step, as MXNet: bad shapes print the arguments; inputs are flattened per sample."""
        _traced_infer_shape(self, *args)
        super().infer_shape(*args)

    def _projections(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        """The input and state projections of this step, each ``(batch, gates * hidden)``."""
        prefix = f"t{self._counter}_"
        rows = self._gates * self._hidden_size
        i2h = F.FullyConnected(data=inputs, weight=i2h_weight, bias=i2h_bias, num_hidden=rows, name=prefix + "i2h")
        h2h = F.FullyConnected(data=states[0], weight=h2h_weight, bias=h2h_bias, num_hidden=rows,
                               name=prefix + "h2h")
        return prefix, i2h, h2h

    def __repr__(self):
        shape = self.i2h_weight.shape
        extra = f", {self._activation}" if type(self) is RNNCell else ""
        return f"{self.__class__.__name__}({shape[1] if shape[1] else None} -> {shape[0]}{extra})"


@own_methods("state_info")
class RNNCell(_GatedCell):
    """Elman RNN cell: ``h' = activation(W_i x + b_i + W_h h + b_h)``.

    Parameters
    ----------
    hidden_size : int
    activation : str, default 'tanh'
    i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer : Initializer
    input_size : int, default 0
        (0: inferred at the first step.)
    """

    def __init__(self, hidden_size, activation="tanh", i2h_weight_initializer=None, h2h_weight_initializer=None,
                 i2h_bias_initializer="zeros", h2h_bias_initializer="zeros", input_size=0, prefix=None,
                 params=None):
        super().__init__(hidden_size, i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer,
                         h2h_bias_initializer, input_size, prefix, params)
        self._activation = activation

    def _alias(self):
        return "rnn"

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prefix, i2h, h2h = self._projections(F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias)
        output = self._get_activation(F, F.elemwise_add(i2h, h2h, name=prefix + "plus0"), self._activation,
                                      name=prefix + "out")
        return output, [output]


class LSTMCell(_GatedCell):
    """Long short-term memory cell; gates in MXNet's order (input, forget, cell, output).

    Parameters
    ----------
    hidden_size : int
    i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer : Initializer
    input_size : int, default 0
    activation : str, default 'tanh'
    recurrent_activation : str, default 'sigmoid'
    """

    _gates = 4

    def __init__(self, hidden_size, i2h_weight_initializer=None, h2h_weight_initializer=None,
                 i2h_bias_initializer="zeros", h2h_bias_initializer="zeros", input_size=0, prefix=None,
                 params=None, activation="tanh", recurrent_activation="sigmoid"):
        super().__init__(hidden_size, i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer,
                         h2h_bias_initializer, input_size, prefix, params)
        self._activation = activation
        self._recurrent_activation = recurrent_activation

    def state_info(self, batch_size=0):
        return [{"shape": (batch_size, self._hidden_size), "__layout__": "NC"},
                {"shape": (batch_size, self._hidden_size), "__layout__": "NC"}]

    def _alias(self):
        return "lstm"

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prefix, i2h, h2h = self._projections(F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias)
        gates = F.SliceChannel(F.elemwise_add(i2h, h2h, name=prefix + "plus0"), num_outputs=4,
                               name=prefix + "slice")
        act, ract = self._activation, self._recurrent_activation
        in_gate = self._get_activation(F, gates[0], ract, name=prefix + "i")
        forget_gate = self._get_activation(F, gates[1], ract, name=prefix + "f")
        in_transform = self._get_activation(F, gates[2], act, name=prefix + "c")
        out_gate = self._get_activation(F, gates[3], ract, name=prefix + "o")
        next_c = F.elemwise_add(F.elemwise_mul(forget_gate, states[1], name=prefix + "mul0"),
                                F.elemwise_mul(in_gate, in_transform, name=prefix + "mul1"), name=prefix + "state")
        # MXNet applies Activation (oneDNN's tanh, not nd.tanh) to the cell state, whatever the activation given
        cell = F.Activation(next_c, act_type=act, name=prefix + "activation0")
        next_h = F.elemwise_mul(out_gate, cell, name=prefix + "out")
        return next_h, [next_h, next_c]


@own_methods("state_info")
class GRUCell(_GatedCell):
    """Gated recurrent unit cell; gates in MXNet's order (reset, update, new).

    ``h' = (1 - z) * tanh(W_in x + b_in + r * (W_hn h + b_hn)) + z * h``

    Parameters
    ----------
    hidden_size : int
    i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer : Initializer
    input_size : int, default 0
    """

    _gates = 3

    def __init__(self, hidden_size, i2h_weight_initializer=None, h2h_weight_initializer=None,
                 i2h_bias_initializer="zeros", h2h_bias_initializer="zeros", input_size=0, prefix=None,
                 params=None):
        super().__init__(hidden_size, i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer,
                         h2h_bias_initializer, input_size, prefix, params)

    def _alias(self):
        return "gru"

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prev_h = states[0]
        prefix, i2h, h2h = self._projections(F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias)
        i2h_r, i2h_z, i2h = F.SliceChannel(i2h, num_outputs=3, name=prefix + "i2h_slice")
        h2h_r, h2h_z, h2h = F.SliceChannel(h2h, num_outputs=3, name=prefix + "h2h_slice")
        reset_gate = F.Activation(F.elemwise_add(i2h_r, h2h_r, name=prefix + "plus0"), act_type="sigmoid",
                                  name=prefix + "r_act")
        update_gate = F.Activation(F.elemwise_add(i2h_z, h2h_z, name=prefix + "plus1"), act_type="sigmoid",
                                   name=prefix + "z_act")
        candidate = F.Activation(F.elemwise_add(i2h, F.elemwise_mul(reset_gate, h2h, name=prefix + "mul0"),
                                                name=prefix + "plus2"), act_type="tanh", name=prefix + "h_act")
        ones = F.ones_like(update_gate, name=prefix + "ones_like0")
        next_h = F.elemwise_add(F.elemwise_mul(F.elemwise_sub(ones, update_gate, name=prefix + "minus0"),
                                               candidate, name=prefix + "mul1"),
                                F.elemwise_mul(update_gate, prev_h, name=prefix + "mul20"), name=prefix + "out")
        return next_h, [next_h]


class _StackMixin:
    """What the sequential cells share: add, state handling, one step and unroll through every cell."""

    def __repr__(self):
        modstr = "\n".join(f"({i}): {_indent(repr(m), 2)}" for i, m in self._children.items())
        return f"{self.__class__.__name__}(\n{modstr}\n)"

    def add(self, cell):
        """Append a cell to the stack."""
        self.register_child(cell)

    def state_info(self, batch_size=0):
        return _cells_state_info(self._children.values(), batch_size)

    def _stack_begin_state(self, **kwargs):
        self._check_not_modified()
        return _cells_begin_state(self._children.values(), **kwargs)

    def __call__(self, inputs, states):
        self._counter += 1
        next_states, p = [], 0
        for cell in self._children.values():
            if isinstance(cell, BidirectionalCell):
                raise AssertError()     # MXNet's bare assertion: a BidirectionalCell cannot be stepped
            n = len(cell.state_info())
            inputs, state = cell(inputs, states[p:p + n])
            p += n
            next_states.append(state)
        return inputs, sum(next_states, [])

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None, valid_length=None):
        self.reset()
        inputs, _, F, batch_size = _format_sequence(length, inputs, layout, None)
        begin_state = _get_begin_state(self, F, begin_state, inputs, batch_size)
        last = len(self._children) - 1
        p, next_states = 0, []
        for i, cell in enumerate(self._children.values()):
            n = len(cell.state_info())
            inputs, states = cell.unroll(length, inputs=inputs, begin_state=begin_state[p:p + n], layout=layout,
                                         merge_outputs=None if i < last else merge_outputs,
                                         valid_length=valid_length)
            p += n
            next_states.extend(states)
        return inputs, next_states

    def __getitem__(self, i):
        return self._children[str(i)]

    def __len__(self):
        return len(self._children)


@own_init
@own_methods("__call__", "__getitem__", "add", "state_info", "unroll")
class SequentialRNNCell(_StackMixin, RecurrentCell):
    """Cells stacked: each step's output feeds the next cell."""

    def begin_state(self, **kwargs):    # defined here so a positional batch size's TypeError names this class
        return self._stack_begin_state(**kwargs)

    def hybrid_forward(self, *args, **kwargs):
        raise NotImplementedError


@own_init
@own_methods("__call__", "__getitem__", "add", "state_info", "unroll")
class HybridSequentialRNNCell(_StackMixin, HybridRecurrentCell):
    """HybridRecurrentCells stacked: each step's output feeds the next cell."""

    def begin_state(self, **kwargs):    # defined here so a positional batch size's TypeError names this class
        return self._stack_begin_state(**kwargs)

    def hybrid_forward(self, F, inputs, states):
        return self.__call__(inputs, states)


class DropoutCell(HybridRecurrentCell):
    """Dropout on the inputs of each step (states pass through).

    Parameters
    ----------
    rate : float
        Fraction of the inputs to drop.
    axes : tuple of int, default ()
        Axes along which the mask is shared.
    """

    def __init__(self, rate, axes=(), prefix=None, params=None):
        super().__init__(prefix, params)
        if not isinstance(rate, Number):
            raise AssertError("rate must be a number")
        self._rate = rate
        self._axes = axes

    @property
    def _numpy_mode_path(self):
        return self._rate <= 0      # MXNet's runs the legacy Dropout (even under npx.set_np()), or nothing at all

    def __repr__(self):
        return f"{self.__class__.__name__}(rate={self._rate}, axes={self._axes})"

    def state_info(self, batch_size=0):
        return []

    def _alias(self):
        return "dropout"

    def hybrid_forward(self, F, inputs, states):
        if self._rate > 0:
            _refuse_numpy_value("Dropout", inputs)
            inputs = F.Dropout(data=inputs, p=self._rate, axes=self._axes, name=f"t{self._counter}_fwd")
        return inputs, states

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None, valid_length=None):
        self.reset()
        inputs, _, F, _ = _format_sequence(length, inputs, layout, merge_outputs)
        if _is_tensor(inputs):
            return self.hybrid_forward(F, inputs, begin_state if begin_state else [])
        return super().unroll(length, inputs, begin_state=begin_state, layout=layout,
                              merge_outputs=merge_outputs, valid_length=None)


def refuse_plain_sequential_base(base_cell):
    """MXNet's modifier cells read a SequentialRNNCell base's ``_bidirectional``, which that class never sets."""
    if isinstance(base_cell, SequentialRNNCell):
        raise no_attribute(base_cell, "_bidirectional")


class ModifierCell(HybridRecurrentCell):
    """A cell wrapping ``base_cell`` to change its behaviour; call the wrapper, not the base cell."""

    def __init__(self, base_cell):
        if base_cell._modified:
            raise AssertError(f"Cell {base_cell.name} is already modified. One cell cannot be modified twice")
        base_cell._modified = True
        super().__init__(prefix=base_cell.prefix + self._alias(), params=None)
        self.base_cell = base_cell

    @property
    def params(self):
        return self.base_cell.params

    def state_info(self, batch_size=0):
        return self.base_cell.state_info(batch_size)

    def begin_state(self, func=_symbol_zeros, **kwargs):
        """The base cell's initial states; made by ``symbol.zeros`` unless ``func`` is given, as in MXNet."""
        self._check_not_modified()
        self.base_cell._modified = False
        try:
            return self.base_cell.begin_state(func=func, **kwargs)
        finally:
            self.base_cell._modified = True

    def hybrid_forward(self, F, inputs, states):
        raise NotImplementedError

    def __repr__(self):
        return f"{self.__class__.__name__}({self.base_cell})"


class ZoneoutCell(ModifierCell):
    """Zoneout: in training, keep each output/state unit's previous value with probability p.

    Parameters
    ----------
    base_cell : RecurrentCell
    zoneout_outputs, zoneout_states : float, default 0
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, base_cell, zoneout_outputs=0., zoneout_states=0.):
        if isinstance(base_cell, BidirectionalCell):
            raise AssertError("BidirectionalCell doesn't support zoneout since it doesn't support step. "
                             "Please add ZoneoutCell to the cells underneath instead.")
        refuse_plain_sequential_base(base_cell)
        super().__init__(base_cell)
        self.zoneout_outputs = zoneout_outputs
        self.zoneout_states = zoneout_states
        self._prev_output = None

    def __repr__(self):
        return (f"{self.__class__.__name__}(p_out={self.zoneout_outputs}, p_state={self.zoneout_states}, "
                f"{self.base_cell})")

    def _alias(self):
        return "zoneout"

    def reset(self):
        super().reset()
        self._prev_output = None

    def hybrid_forward(self, F, inputs, states):
        next_output, next_states = self.base_cell(inputs, states)

        def mask(p, like):
            return F.Dropout(F.ones_like(like), p=p)
        prev = self._prev_output if self._prev_output is not None else F.zeros_like(next_output)
        p_out, p_state = self.zoneout_outputs, self.zoneout_states
        output = F.where(mask(p_out, next_output), next_output, prev) if p_out != 0. else next_output
        if p_state != 0.:
            next_states = [F.where(mask(p_state, new), new, old) for new, old in zip(next_states, states)]
        self._prev_output = output
        return output, next_states


@own_init
class ResidualCell(ModifierCell):
    """The base cell's output plus its input (Wu et al., 2016)."""

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def hybrid_forward(self, F, inputs, states):
        output, states = self.base_cell(inputs, states)
        return F.elemwise_add(output, inputs, name=f"t{self._counter}_fwd"), states

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None, valid_length=None):
        self.reset()
        self.base_cell._modified = False
        try:
            outputs, states = self.base_cell.unroll(length, inputs=inputs, begin_state=begin_state, layout=layout,
                                                    merge_outputs=merge_outputs, valid_length=valid_length)
        finally:
            self.base_cell._modified = True
        merge_outputs = _is_tensor(outputs) if merge_outputs is None else merge_outputs
        inputs, axis, F, _ = _format_sequence(length, inputs, layout, merge_outputs)
        if valid_length is not None:
            inputs = _mask_sequence_variable_length(F, inputs, length, valid_length, axis, merge_outputs)
        for value in (outputs, inputs) if merge_outputs else (outputs[0], inputs[0]):
            _refuse_numpy_value("elemwise_add", value)      # MXNet adds with the legacy operator
        if merge_outputs:
            return F.elemwise_add(outputs, inputs), states
        return [F.elemwise_add(o, i) for o, i in zip(outputs, inputs)], states


class BidirectionalCell(HybridRecurrentCell):
    """``l_cell`` over the sequence and ``r_cell`` over it reversed; outputs concatenated per step.

    Parameters
    ----------
    l_cell : RecurrentCell
        The forward cell.
    r_cell : RecurrentCell
        The backward cell.
    output_prefix : str, default 'bi_'
    """

    def __init__(self, l_cell, r_cell, output_prefix="bi_"):
        super().__init__(prefix="", params=None)
        self.register_child(l_cell, "l_cell")
        self.register_child(r_cell, "r_cell")
        self._output_prefix = output_prefix

    def __call__(self, inputs, states):
        raise NotImplementedError("Bidirectional cannot be stepped. Please use unroll")

    def __repr__(self):
        return (f"{self.__class__.__name__}(forward={self._children['l_cell']}, "
                f"backward={self._children['r_cell']})")

    def state_info(self, batch_size=0):
        return _cells_state_info(self._children.values(), batch_size)

    def begin_state(self, **kwargs):
        self._check_not_modified()
        return _cells_begin_state(self._children.values(), **kwargs)

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None, valid_length=None):
        self.reset()
        inputs, axis, F, batch_size = _format_sequence(length, inputs, layout, False)
        reversed_inputs = list(_reverse_sequences(inputs, length, valid_length))
        states = _get_begin_state(self, F, begin_state, inputs, batch_size)
        l_cell, r_cell = self._children.values()
        n_left = len(l_cell.state_info(batch_size))
        l_outputs, l_states = l_cell.unroll(length, inputs=inputs, begin_state=states[:n_left], layout=layout,
                                            merge_outputs=merge_outputs, valid_length=valid_length)
        r_outputs, r_states = r_cell.unroll(length, inputs=reversed_inputs, begin_state=states[n_left:],
                                            layout=layout, merge_outputs=False, valid_length=valid_length)
        reversed_r_outputs = _reverse_sequences(r_outputs, length, valid_length)
        if merge_outputs is None:
            merge_outputs = _is_tensor(l_outputs)
            l_outputs, _, _, _ = _format_sequence(None, l_outputs, layout, merge_outputs)
            reversed_r_outputs, _, _, _ = _format_sequence(None, reversed_r_outputs, layout, merge_outputs)
        if merge_outputs:
            # as MXNet: when merge_outputs was None this stacks the slices of an already merged tensor,
            # swapping its first two axes (NTC outputs then fail to concatenate unless N == T)
            _refuse_numpy_value("stack", reversed_r_outputs[0])
            reversed_r_outputs = F.stack(*reversed_r_outputs, axis=axis)
            _refuse_numpy_value("concat", l_outputs)
            outputs = F.concat(l_outputs, reversed_r_outputs, dim=2, name=f"{self._output_prefix}out")
        else:
            _refuse_numpy_value("concat", l_outputs[0])
            outputs = [F.concat(lo, ro, dim=1, name=f"{self._output_prefix}t{i}")
                       for i, (lo, ro) in enumerate(zip(l_outputs, reversed_r_outputs))]
        if valid_length is not None:
            outputs = _mask_sequence_variable_length(F, outputs, length, valid_length, axis, merge_outputs)
        return outputs, l_states + r_states


# the names MXNet's module shows, as its own imports
from ... import ndarray as _nd, symbol  # noqa: E402,F401
from ...base import numeric_types, string_types  # noqa: E402,F401
tensor_types = (symbol.Symbol, _nd.NDArray)

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError NDArray Number no_attribute own_init own_methods refuse_numpy_input
    refuse_plain_sequential_base""".split(),
                   """_as_list _cells_begin_state _cells_state_info _format_sequence _get_begin_state _indent
    _mask_sequence_variable_length _reverse_sequences""".split())
