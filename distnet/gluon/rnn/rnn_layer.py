"""Recurrent layers over whole sequences: RNN, LSTM, GRU (multi-layer, bidirectional, TNC/NTC)."""
import re

from ... import ndarray
from ...base import MXNetError
from ...ndarray.ndarray import NDArray
from ...symbol.symbol import keyword_not_found
from ...util import is_np_array
from ..block import HybridBlock
from ..nn.basic_layers import _traced_infer_shape
from ..parameter import AssertError

__all__ = ["RNN", "LSTM", "GRU"]

_GATES = {"rnn_relu": 1, "rnn_tanh": 1, "lstm": 4, "gru": 3}


class _RNNLayer(HybridBlock):
    """A multi-layer recurrent network over sequences, with MXNet's parameters ``l0_i2h_weight``, ..."""

    def __init__(self, hidden_size, num_layers, layout, dropout, bidirectional, input_size, i2h_weight_initializer,
                 h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer, mode, projection_size,
                 h2r_weight_initializer, lstm_state_clip_min, lstm_state_clip_max, lstm_state_clip_nan, dtype,
                 use_sequence_length=False, **kwargs):
        super().__init__(**kwargs)
        if layout not in ("TNC", "NTC"):
            raise AssertError("Invalid layout %s; must be one of ['TNC' or 'NTC']" % layout)    # a tuple: TypeError
        self._hidden_size = hidden_size
        self._projection_size = projection_size or None
        self._num_layers = num_layers
        self._mode = mode
        self._layout = layout
        self._dropout = dropout
        self._dir = 2 if bidirectional else 1
        self._input_size = input_size
        self._lstm_state_clip_min = lstm_state_clip_min
        self._lstm_state_clip_max = lstm_state_clip_max
        self._lstm_state_clip_nan = lstm_state_clip_nan
        self._dtype = dtype
        self._use_sequence_length = use_sequence_length
        self.skip_states = None
        self._gates = _GATES[mode]
        self._i2h_weight_initializer = i2h_weight_initializer
        self._h2h_weight_initializer = h2h_weight_initializer
        self._i2h_bias_initializer = i2h_bias_initializer
        self._h2h_bias_initializer = h2h_bias_initializer
        self._h2r_weight_initializer = h2r_weight_initializer
        ng, ni, nh, nr = self._gates, input_size, hidden_size, self._projection_size
        for i in range(num_layers):
            for j in "lr"[:self._dir]:
                self._register_param(f"{j}{i}_i2h_weight", (ng * nh, ni), i2h_weight_initializer, dtype)
                self._register_param(f"{j}{i}_h2h_weight", (ng * nh, nr or nh), h2h_weight_initializer, dtype)
                self._register_param(f"{j}{i}_i2h_bias", (ng * nh,), i2h_bias_initializer, dtype)
                self._register_param(f"{j}{i}_h2h_bias", (ng * nh,), h2h_bias_initializer, dtype)
                if nr:
                    self._register_param(f"{j}{i}_h2r_weight", (nr, nh), h2r_weight_initializer, dtype)
            ni = (nr or nh) * self._dir

    def _register_param(self, name, shape, init, dtype):
        p = self.params.get(name, shape=shape, init=init, allow_deferred_init=True, dtype=dtype)
        setattr(self, name, p)
        return p

    def __repr__(self):
        s = f"{self.__class__.__name__}({{mapping}}, {self._layout}"
        if self._num_layers != 1:
            s += f", num_layers={self._num_layers}"
        if self._dropout != 0:
            s += f", dropout={self._dropout}"
        if self._dir == 2:
            s += ", bidirectional"
        shape = self.l0_i2h_weight.shape
        return (s + ")").format(mapping=f"{shape[1] if shape[1] else None} -> {shape[0] // self._gates}")

    def _collect_params_with_prefix(self, prefix=""):
        """MXNet saves fused-layer parameters under the names of the equivalent stack of cells."""
        if prefix:
            prefix += "."
        pattern = re.compile(r"(l|r)(\d)_(i2h|h2h|h2r)_(weight|bias)\Z")
        bidirectional = self._dir == 2
        ret = {}
        for key, p in self._reg_params.items():
            d, layer, g, t = pattern.match(key).groups()
            name = f"_unfused.{layer}.{d}_cell.{g}_{t}" if bidirectional else f"_unfused.{layer}.{g}_{t}"
            ret[prefix + name] = p
        for name, child in self._children.items():
            ret.update(child._collect_params_with_prefix(prefix + name))
        return ret

    def state_info(self, batch_size=0):
        """Shape, layout and dtype of each begin state."""
        raise NotImplementedError

    def _unfuse(self):
        """The same network as a HybridSequentialRNNCell of cells sharing this layer's parameters."""
        from . import rnn_cell
        if self._projection_size:
            raise AssertError("_unfuse does not support projection layer yet!")
        if self._lstm_state_clip_min or self._lstm_state_clip_max:
            raise AssertError("_unfuse does not support state clipping yet!")
        make = {"rnn_relu": lambda **kw: rnn_cell.RNNCell(self._hidden_size, activation="relu", **kw),
                "rnn_tanh": lambda **kw: rnn_cell.RNNCell(self._hidden_size, activation="tanh", **kw),
                "lstm": lambda **kw: rnn_cell.LSTMCell(self._hidden_size, **kw),
                "gru": lambda **kw: rnn_cell.GRUCell(self._hidden_size, **kw)}[self._mode]
        stack = rnn_cell.HybridSequentialRNNCell(prefix=self.prefix, params=self.params)
        with stack.name_scope():
            ni = self._input_size
            for i in range(self._num_layers):
                kwargs = dict(i2h_weight_initializer=self._i2h_weight_initializer,
                              h2h_weight_initializer=self._h2h_weight_initializer,
                              i2h_bias_initializer=self._i2h_bias_initializer,
                              h2h_bias_initializer=self._h2h_bias_initializer, input_size=ni)
                if self._dir == 2:
                    stack.add(rnn_cell.BidirectionalCell(make(prefix=f"l{i}_", **kwargs),
                                                         make(prefix=f"r{i}_", **kwargs)))
                else:
                    stack.add(make(prefix=f"l{i}_", **kwargs))
                if self._dropout > 0 and i != self._num_layers - 1:
                    stack.add(rnn_cell.DropoutCell(self._dropout))
                ni = self._hidden_size * self._dir
        return stack

    def cast(self, dtype):
        super().cast(dtype)
        self._dtype = dtype

    def begin_state(self, batch_size=0, func=ndarray.zeros, **kwargs):
        """The initial states ``(num_layers * directions, batch, hidden)`` made by ``func`` (zeros)."""
        states = []
        for i, info in enumerate(self.state_info(batch_size)):
            info = dict(info, **kwargs) if info is not None else kwargs
            states.append(func(name=f"{self.prefix}h0_{i}", **info))
        if is_np_array():                  # as MXNet: mx.np states (or numpy symbols) under NumPy array semantics
            states = [state.as_np_ndarray() for state in states]
        return states

    def __call__(self, inputs, states=None, sequence_length=None, **kwargs):
        self.skip_states = states is None
        if states is None:
            if isinstance(inputs, NDArray):
                batch_size = inputs.shape[self._layout.find("N")]
                states = self.begin_state(batch_size, ctx=inputs.context, dtype=inputs.dtype)
            else:
                from ... import symbol
                states = self.begin_state(0, func=symbol.zeros)
        if not isinstance(states, (list, tuple)):
            states = [states]
        if self._use_sequence_length:
            return super().__call__(inputs, list(states), sequence_length, **kwargs)
        return super().__call__(inputs, list(states), **kwargs)

    def infer_shape(self, *args):
        states = args[1] if len(args) > 1 and isinstance(args[1], (list, tuple)) else args[1:2]
        _refuse_extra_rnn_args(len(states) + len(args[2:]))
        self._check_symbolic_sequence_length(args[2] if len(args) > 2 else None)
        _traced_infer_shape(self, *args)
        in_units = args[0].shape[2]
        for j in "lr"[:self._dir]:
            getattr(self, f"{j}0_i2h_weight").shape = (self._gates * self._hidden_size, in_units)

    def hybrid_forward(self, F, inputs, states, sequence_length=None, **kwargs):
        if F is ndarray:
            batch_size = inputs.shape[self._layout.find("N")]
            for state, info in zip(states, self.state_info(batch_size)):
                if state.shape != info["shape"]:
                    raise ValueError(f"Invalid recurrent state shape. Expecting {info['shape']}, got {state.shape}.")
        if F is ndarray and is_np_array() and self._layout == "NTC" and type(inputs) is NDArray:
            raise _legacy_refusal("_npi_swapaxes")         # (MXNet's layer runs np.swapaxes first)
        if self._layout == "NTC":
            inputs = F.swapaxes(inputs, 0, 1)
        rnn_args = list(states) + ([sequence_length] if self._use_sequence_length else [])
        _refuse_extra_rnn_args(len(rnn_args))
        if F is ndarray and is_np_array() and any(type(a) is NDArray for a in (inputs, *rnn_args)):
            raise _legacy_refusal("_npx_rnn")
        if hasattr(F, "RNN"):
            outputs, states = self._fused(F, inputs, states, sequence_length, kwargs)
        else:
            outputs, states = self._unrolled(F, inputs, states, kwargs)
        if self._layout == "NTC":
            outputs = F.swapaxes(outputs, 0, 1)
        return outputs if self.skip_states else (outputs, states)

    def _fused(self, F, inputs, states, sequence_length, params):
        """One call of the RNN operator on MXNet's packed parameter vector."""
        gates = ("i2h", "h2h", "h2r") if self._projection_size else ("i2h", "h2h")
        flat = [params[f"{d}{layer}_{g}_{t}"].reshape(-1)
                for t in ("weight", "bias") for layer in range(self._num_layers) for d in "lr"[:self._dir]
                for g in gates if g != "h2r" or t != "bias"]
        if F is not ndarray:
            self._check_symbolic_sequence_length(sequence_length)
        args = list(states) + ([sequence_length] if self._use_sequence_length else [])
        # under NumPy semantics MXNet's node is named after F.np._internal.rnn_param_concat
        named = {"hint": "rnn_param_concat"} if F is not ndarray and is_np_array() else {}
        rnn = F.RNN(inputs, F._internal._rnn_param_concat(*flat, dim=0, **named), *args,
                    use_sequence_length=self._use_sequence_length,
                    state_size=self._hidden_size, projection_size=self._projection_size,
                    num_layers=self._num_layers, bidirectional=self._dir == 2, p=self._dropout, state_outputs=True,
                    mode=self._mode, lstm_state_clip_min=self._lstm_state_clip_min,
                    lstm_state_clip_max=self._lstm_state_clip_max, lstm_state_clip_nan=self._lstm_state_clip_nan)
        return rnn[0], list(rnn[1:])

    def _check_symbolic_sequence_length(self, sequence_length):
        """MXNet 1.9.1 composes RNN/GRU symbols with given lengths in LSTM's cell-state slot, which fails
        (without lengths the graph builds, and the operator then misses its input)."""
        if self._use_sequence_length and self._mode != "lstm" and sequence_length is not None:
            raise keyword_not_found("Symbol.Compose", "state_cell", ["data", "parameters", "state", "sequence_length"])

    def _unrolled(self, F, inputs, states, params):
        """The layers as explicit time steps of registry ops (TNC in, TNC out)."""
        if self._projection_size or self._use_sequence_length:
            raise MXNetError("projection_size and use_sequence_length need the fused RNN operator (nd.RNN)")
        from ... import autograd
        lstm = self._mode == "lstm"
        length = inputs.shape[0]
        x, last_h, last_c = inputs, [], []
        for layer in range(self._num_layers):
            outs = []
            for k, d in enumerate("lr"[:self._dir]):
                idx = layer * self._dir + k
                w = {g: params[f"{d}{layer}_{g}"] for g in ("i2h_weight", "h2h_weight", "i2h_bias", "h2h_bias")}
                xp = F.FullyConnected(x, w["i2h_weight"], w["i2h_bias"], num_hidden=self._gates * self._hidden_size,
                                      flatten=False)
                h, c = states[0][idx], states[1][idx] if lstm else None
                ys = [None] * length
                for t in (range(length) if d == "l" else reversed(range(length))):
                    hp = F.FullyConnected(h, w["h2h_weight"], w["h2h_bias"], num_hidden=self._gates * self._hidden_size)
                    h, c = self._step(F, xp[t], hp, h, c)
                    ys[t] = h
                outs.append(F.stack(*ys, axis=0))
                last_h.append(h)
                last_c.append(c)
            x = outs[0] if self._dir == 1 else F.concat(*outs, dim=2)
            if self._dropout and layer < self._num_layers - 1 and autograd.is_training():
                x = F.Dropout(x, p=self._dropout)
        new_states = [F.stack(*last_h, axis=0)] + ([F.stack(*last_c, axis=0)] if lstm else [])
        return x, new_states

    def _step(self, F, xp, hp, h, c):
        """One time step from the input and state projections; returns (h, c)."""
        mode = self._mode
        if mode in ("rnn_relu", "rnn_tanh"):
            return F.Activation(xp + hp, act_type=mode[4:]), None
        if mode == "lstm":
            i, f, g, o = F.SliceChannel(xp + hp, num_outputs=4)
            c = F.sigmoid(f) * c + F.sigmoid(i) * F.tanh(g)
            if self._lstm_state_clip_min is not None or self._lstm_state_clip_max is not None:
                c = F.clip(c, self._lstm_state_clip_min, self._lstm_state_clip_max)
            return F.sigmoid(o) * F.tanh(c), c
        xr, xz, xn = F.SliceChannel(xp, num_outputs=3)
        hr, hz, hn = F.SliceChannel(hp, num_outputs=3)
        r, z = F.sigmoid(xr + hr), F.sigmoid(xz + hz)
        n = F.tanh(xn + r * hn)
        return (1 - z) * n + z * h, None


def _legacy_refusal(opname):
    from ...numpy.multiarray import legacy_refusal
    return legacy_refusal(opname)


def _refuse_extra_rnn_args(count):
    """MXNet's layer passes the states (and lengths) by position to ``npx.rnn`` (``F.RNN`` without NumPy
    semantics), which has three places for them after the data and parameters: Python's binding refuses more."""
    if count > 3:
        raise TypeError(f"{'rnn' if is_np_array() else 'RNN'}() got multiple values for argument 'state_size'")


class RNN(_RNNLayer):
    """Multi-layer Elman RNN: ``h_t = activation(W_i x_t + b_i + W_h h_{t-1} + b_h)``.

    Parameters
    ----------
    hidden_size : int
    num_layers : int, default 1
    activation : {'relu', 'tanh'}, default 'relu'
    layout : {'TNC', 'NTC'}, default 'TNC'
    dropout : float, default 0
        Dropout between layers (training only).
    bidirectional : bool, default False
    input_size : int, default 0
        (0: inferred at the first forward.)
    """

    def __init__(self, hidden_size, num_layers=1, activation="relu", layout="TNC", dropout=0, bidirectional=False,
                 i2h_weight_initializer=None, h2h_weight_initializer=None, i2h_bias_initializer="zeros",
                 h2h_bias_initializer="zeros", input_size=0, dtype="float32", **kwargs):
        super().__init__(hidden_size, num_layers, layout, dropout, bidirectional, input_size, i2h_weight_initializer,
                         h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer, "rnn_" + activation,
                         None, None, None, None, False, dtype, **kwargs)

    def state_info(self, batch_size=0):
        return [{"shape": (self._num_layers * self._dir, batch_size, self._hidden_size), "__layout__": "LNC",
                 "dtype": self._dtype}]


class LSTM(_RNNLayer):
    """Multi-layer long short-term memory network (MXNet's gate order: input, forget, cell, output).

    Parameters
    ----------
    hidden_size : int
    num_layers : int, default 1
    layout : {'TNC', 'NTC'}, default 'TNC'
    dropout : float, default 0
    bidirectional : bool, default False
    input_size : int, default 0
    projection_size : int, optional
    state_clip_min, state_clip_max : float, optional
        Clip the cell state to this range.
    """

    def __init__(self, hidden_size, num_layers=1, layout="TNC", dropout=0, bidirectional=False, input_size=0,
                 i2h_weight_initializer=None, h2h_weight_initializer=None, i2h_bias_initializer="zeros",
                 h2h_bias_initializer="zeros", projection_size=None, h2r_weight_initializer=None,
                 state_clip_min=None, state_clip_max=None, state_clip_nan=False, dtype="float32", **kwargs):
        super().__init__(hidden_size, num_layers, layout, dropout, bidirectional, input_size, i2h_weight_initializer,
                         h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer, "lstm", projection_size,
                         h2r_weight_initializer, state_clip_min, state_clip_max, state_clip_nan, dtype, **kwargs)

    def state_info(self, batch_size=0):
        n = self._num_layers * self._dir
        return [{"shape": (n, batch_size, self._projection_size or self._hidden_size), "__layout__": "LNC",
                 "dtype": self._dtype},
                {"shape": (n, batch_size, self._hidden_size), "__layout__": "LNC", "dtype": self._dtype}]


class GRU(_RNNLayer):
    """Multi-layer gated recurrent unit network (MXNet's gate order: reset, update, new).

    Parameters
    ----------
    hidden_size : int
    num_layers : int, default 1
    layout : {'TNC', 'NTC'}, default 'TNC'
    dropout : float, default 0
    bidirectional : bool, default False
    input_size : int, default 0
    """

    def __init__(self, hidden_size, num_layers=1, layout="TNC", dropout=0, bidirectional=False, input_size=0,
                 i2h_weight_initializer=None, h2h_weight_initializer=None, i2h_bias_initializer="zeros",
                 h2h_bias_initializer="zeros", dtype="float32", **kwargs):
        super().__init__(hidden_size, num_layers, layout, dropout, bidirectional, input_size, i2h_weight_initializer,
                         h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer, "gru", None, None,
                         None, None, False, dtype, **kwargs)

    def state_info(self, batch_size=0):
        return [{"shape": (self._num_layers * self._dir, batch_size, self._hidden_size), "__layout__": "LNC",
                 "dtype": self._dtype}]


# the names MXNet's module shows, as its own imports
from ... import symbol  # noqa: E402,F401
from ...gluon.rnn import rnn_cell  # noqa: E402,F401
from ...gluon.rnn.rnn_cell import tensor_types  # noqa: E402,F401

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError MXNetError NDArray keyword_not_found""".split(),
                   """_RNNLayer""".split())
