"""The symbolic RNN cell protocol: parameters, begin states, unrolling and weight (un)packing."""
from .. import ndarray as nd
from .. import symbol


def _cells_state_info(cells):
    return sum([c.state_info for c in cells], [])


def _cells_begin_state(cells, **kwargs):
    return sum([c.begin_state(**kwargs) for c in cells], [])


def _cells_unpack_weights(cells, args):
    for cell in cells:
        args = cell.unpack_weights(args)
    return args


def _cells_pack_weights(cells, args):
    for cell in cells:
        args = cell.pack_weights(args)
    return args


def _normalize_sequence(length, inputs, layout, merge, in_layout=None):
    """Turn ``inputs`` into a list of per-step symbols (merge=False) or one merged symbol (merge=True).

    Returns (inputs, time axis of ``layout``); merge=None keeps whatever form ``inputs`` has.
    """
    if inputs is None:
        raise AssertionError("unroll(inputs=None) has been deprecated. Please create input variables outside unroll.")
    axis = layout.find("T")
    in_axis = in_layout.find("T") if in_layout is not None else axis
    if isinstance(inputs, symbol.Symbol):
        if merge is False:
            if len(inputs.list_outputs()) != 1:
                raise AssertionError("unroll doesn't allow grouped symbol as input. Please convert to list with "
                                     "list(inputs) first or let unroll handle splitting.")
            inputs = list(symbol.split(inputs, axis=in_axis, num_outputs=length, squeeze_axis=1))
    else:
        if length is not None and len(inputs) != length:
            raise AssertionError()      # MXNet's bare assertion: the length differs from the inputs' count
        if merge is True:
            inputs = [symbol.expand_dims(i, axis=axis) for i in inputs]
            inputs = symbol.Concat(*inputs, dim=axis)
            in_axis = axis
    if isinstance(inputs, symbol.Symbol) and axis != in_axis:
        inputs = symbol.swapaxes(inputs, dim1=axis, dim2=in_axis)
    return inputs, axis


def modified_words(example):
    """MXNet's refusal of a cell wrapped by a modifier (its example cell differs from class to class)."""
    return (f"After applying modifier cells (e.g. {example}) the base cell cannot be called directly. "
            "Call the modifier cell instead.")


class RNNParams:
    """A container of a cell's parameter variables, created on first use as ``<prefix><name>``."""

    def __init__(self, prefix=""):
        self._prefix = prefix
        self._params = {}

    def get(self, name, **kwargs):
        """The variable ``<prefix><name>``, created with ``kwargs`` (e.g. init=) the first time."""
        name = self._prefix + name
        if name not in self._params:
            init = kwargs.get("init")
            if init is not None and not isinstance(init, str):
                kwargs["init"] = init.dumps()
            self._params[name] = symbol.Variable(name, **kwargs)
        return self._params[name]


class BaseRNNCell:
    """The abstract symbolic cell: ``cell(inputs, states) -> (output, states)`` for one step."""

    def __init__(self, prefix="", params=None):
        if params is None:
            params = RNNParams(prefix)
            self._own_params = True
        else:
            self._own_params = False
        self._prefix = prefix
        self._params = params
        self._modified = False
        self.reset()

    def reset(self):
        """Restart the step counters (called by unroll) of this cell and its children."""
        self._init_counter = -1
        self._counter = -1
        for cell in getattr(self, "_cells", ()):
            cell.reset()

    def __call__(self, inputs, states):
        """One step: (output symbol, list of next-state symbols)."""
        raise NotImplementedError()

    @property
    def params(self):
        """The RNNParams holding this cell's variables (shared with whoever asks)."""
        self._own_params = False
        return self._params

    @property
    def state_info(self):
        """A dict per state: its shape (0 for the batch) and ``__layout__``."""
        raise NotImplementedError()

    @property
    def state_shape(self):
        """The shapes of the states."""
        return [info["shape"] for info in self.state_info]

    @property
    def _gate_names(self):
        return ()

    def begin_state(self, func=symbol.zeros, **kwargs):
        """Initial states named ``<prefix>begin_state_<i>``, made by ``func`` (default sym.zeros)."""
        if self._modified:
            raise AssertionError(modified_words("DropoutCell"))
        states = []
        for info in self.state_info:
            self._init_counter += 1
            if info is not None:
                kwargs.update(info)
            states.append(func(name=f"{self._prefix}begin_state_{self._init_counter}", **kwargs))
        return states

    def unpack_weights(self, args):
        """Split each fused i2h/h2h weight and bias into one array per gate (for saving)."""
        args = args.copy()
        if not self._gate_names:
            return args
        h = self._num_hidden
        for group in ("i2h", "h2h"):
            weight = args.pop(f"{self._prefix}{group}_weight")
            bias = args.pop(f"{self._prefix}{group}_bias")
            for j, gate in enumerate(self._gate_names):
                args[f"{self._prefix}{group}{gate}_weight"] = weight[j * h:(j + 1) * h].copy()
                args[f"{self._prefix}{group}{gate}_bias"] = bias[j * h:(j + 1) * h].copy()
        return args

    def pack_weights(self, args):
        """Join the per-gate weights and biases back into one i2h/h2h array each."""
        args = args.copy()
        if not self._gate_names:
            return args
        for group in ("i2h", "h2h"):
            weight, bias = [], []
            for gate in self._gate_names:      # a gate's weight, then its bias: the first one missing is named
                weight.append(args.pop(f"{self._prefix}{group}{gate}_weight"))
                bias.append(args.pop(f"{self._prefix}{group}{gate}_bias"))
            args[f"{self._prefix}{group}_weight"] = nd.concatenate(weight)
            args[f"{self._prefix}{group}_bias"] = nd.concatenate(bias)
        return args

    def unroll(self, length, inputs, begin_state=None, layout="NTC", merge_outputs=None):
        """Apply the cell ``length`` times; (outputs, final states).

        Parameters
        ----------
        length : int
            Number of steps.
        inputs : Symbol or list of Symbol
            One symbol laid out as ``layout``, or one (N, C) symbol per step.
        begin_state : list of Symbol, optional
            Initial states; ``begin_state()`` when omitted.
        layout : str
            'NTC' or 'TNC'.
        merge_outputs : bool, optional
            True: one symbol; False: a list per step; None: the form the inputs had.
        """
        self.reset()
        inputs, _ = _normalize_sequence(length, inputs, layout, False)
        states = self.begin_state() if begin_state is None else begin_state
        outputs = []
        for i in range(length):
            output, states = self(inputs[i], states)
            outputs.append(output)
        outputs, _ = _normalize_sequence(length, outputs, layout, merge_outputs)
        return outputs, states

    def _get_activation(self, inputs, activation, **kwargs):
        """``activation`` applied to inputs: an act_type name, or a callable on symbols."""
        if isinstance(activation, str):
            return symbol.Activation(inputs, act_type=activation, **kwargs)
        return activation(inputs, **kwargs)
