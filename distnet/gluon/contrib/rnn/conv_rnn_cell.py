"""Convolutional recurrent cells (``mx.gluon.contrib.rnn.Conv{1,2,3}D{RNN,LSTM,GRU}Cell``).

The input-to-hidden and hidden-to-hidden projections are convolutions; the hidden state keeps the
spatial shape the input convolution gives (the hidden convolution is padded to preserve it).
"""
from math import floor  # noqa: F401  (MXNet's module has these names)

from ....base import numeric_types  # noqa: F401
from ...parameter import AssertError as _AssertError
from ...rnn.rnn_cell import HybridRecurrentCell

__all__ = [f"Conv{d}D{kind}Cell" for d in (1, 2, 3) for kind in ("RNN", "LSTM", "GRU")]

_LAYOUTS = {1: "NCW", 2: "NCHW", 3: "NCDHW"}


def _tuple(value, dims):
    return (value,) * dims if isinstance(value, int) else tuple(value)


class _ConvRNNCell(HybridRecurrentCell):
    """Shared set-up: kernels, paddings, parameter shapes and the state shape."""

    _gates, _kind = 1, "rnn"
    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, input_shape, hidden_channels, i2h_kernel, h2h_kernel, i2h_pad=0, i2h_dilate=1,
                 h2h_dilate=1, i2h_weight_initializer=None, h2h_weight_initializer=None,
                 i2h_bias_initializer="zeros", h2h_bias_initializer="zeros", conv_layout=None,
                 activation="tanh", prefix=None, params=None, dims=2):
        super().__init__(prefix=prefix, params=params)
        layout = conv_layout            # not checked: MXNet reads its channel axis with find() below
        self._hidden_channels, self._activation, self._dims = hidden_channels, activation, dims
        self._conv_layout = layout
        if not all(isinstance(s, int) or len(s) == dims for s in (i2h_kernel, i2h_pad, i2h_dilate, h2h_kernel,
                                                                  h2h_dilate)):
            raise _AssertError(f"For {dims}D convolution, the convolution settings can only be either int or "
                              f"list/tuple of length {dims}")
        self._i2h_kernel, self._h2h_kernel = _tuple(i2h_kernel, dims), _tuple(h2h_kernel, dims)
        if any(k % 2 == 0 for k in self._h2h_kernel):
            raise _AssertError(f"Only support odd number, get h2h_kernel= {h2h_kernel}")
        self._i2h_pad, self._i2h_dilate = _tuple(i2h_pad, dims), _tuple(i2h_dilate, dims)
        self._h2h_dilate = _tuple(h2h_dilate, dims)
        self._h2h_pad = tuple(d * (k - 1) // 2 for d, k in zip(self._h2h_dilate, self._h2h_kernel))
        # the channels lead only where 'C' is the layout's second letter: any other place reads as channels last
        channels_first = layout.find("C") == 1
        self._channel_axis = layout.find("C")
        in_channels = self._in_channels = input_shape[self._channel_axis - 1]   # input_shape has no batch axis
        self._stride = (1,) * dims
        self._input_shape = tuple(input_shape)
        spatial = self._input_shape[1:] if channels_first else self._input_shape[:-1]
        out = tuple(s + 2 * p - d * (k - 1) if s else 0 for s, p, d, k in          # an unknown (0) size stays 0
                    zip(spatial, self._i2h_pad, self._i2h_dilate, self._i2h_kernel))
        self._state_shape = (hidden_channels,) + out if channels_first else out + (hidden_channels,)
        rows = hidden_channels * self._gates

        def weight_shape(channels, kernel):
            """A kernel given as a list is joined to tuples as given: a TypeError, as in MXNet."""
            kernel = (kernel,) * dims if isinstance(kernel, int) else kernel
            return (rows,) + ((channels,) + kernel if channels_first else kernel + (channels,))
        get = self.params.get
        self.i2h_weight = get("i2h_weight", shape=weight_shape(in_channels, i2h_kernel),
                              init=i2h_weight_initializer, allow_deferred_init=True)
        self.h2h_weight = get("h2h_weight", shape=weight_shape(hidden_channels, h2h_kernel),
                              init=h2h_weight_initializer, allow_deferred_init=True)
        self.i2h_bias = get("i2h_bias", shape=(rows,), init=i2h_bias_initializer, allow_deferred_init=True)
        self.h2h_bias = get("h2h_bias", shape=(rows,), init=h2h_bias_initializer, allow_deferred_init=True)

    def _alias(self):
        return f"conv_{self._kind}"

    def state_info(self, batch_size=0):
        info = {"shape": (batch_size,) + self._state_shape, "__layout__": self._conv_layout}
        return [dict(info) for _ in range(2 if self._kind == "lstm" else 1)]

    def __repr__(self):
        in_channels = self.i2h_weight.shape[1 if self._conv_layout.find("C") == 1 else -1]
        return (f"{self.__class__.__name__}({in_channels or None} -> {self.i2h_weight.shape[0]}, {self._activation}, "
                f"{self._conv_layout})")

    def _convolutions(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prefix = f"t{self._counter}_"
        rows = self._gates * self._hidden_channels
        stride = (1,) * len(self._i2h_kernel)         # given explicitly, as MXNet's cells do: exported graphs show it
        i2h = F.Convolution(inputs, i2h_weight, i2h_bias, kernel=self._i2h_kernel, stride=stride, pad=self._i2h_pad,
                            dilate=self._i2h_dilate, num_filter=rows, layout=self._conv_layout, name=prefix + "i2h")
        h2h = F.Convolution(states[0], h2h_weight, h2h_bias, kernel=self._h2h_kernel, stride=stride,
                            pad=self._h2h_pad, dilate=self._h2h_dilate, num_filter=rows, layout=self._conv_layout,
                            name=prefix + "h2h")
        return prefix, i2h, h2h

    def _split(self, F, x, prefix, name):
        return F.SliceChannel(x, num_outputs=self._gates, axis=self._conv_layout.find("C"), name=prefix + name)


class _ConvRNN(_ConvRNNCell):
    @property
    def _gate_names(self):
        return ("",)

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prefix, i2h, h2h = self._convolutions(F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias)
        output = self._get_activation(F, i2h + h2h, self._activation, name=prefix + "out")
        return output, [output]


class _ConvLSTM(_ConvRNNCell):
    _gates, _kind = 4, "lstm"

    @property
    def _gate_names(self):
        return ["_i", "_f", "_c", "_o"]

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prefix, i2h, h2h = self._convolutions(F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias)
        gates = self._split(F, i2h + h2h, prefix, "slice")
        in_gate = F.Activation(gates[0], act_type="sigmoid", name=prefix + "i")
        forget_gate = F.Activation(gates[1], act_type="sigmoid", name=prefix + "f")
        in_transform = self._get_activation(F, gates[2], self._activation, name=prefix + "c")
        out_gate = F.Activation(gates[3], act_type="sigmoid", name=prefix + "o")
        next_c = F.elemwise_add(forget_gate * states[1], in_gate * in_transform, name=prefix + "state")
        next_h = F.elemwise_mul(out_gate, self._get_activation(F, next_c, self._activation), name=prefix + "out")
        return next_h, [next_h, next_c]


class _ConvGRU(_ConvRNNCell):
    _gates, _kind = 3, "gru"

    @property
    def _gate_names(self):
        return ["_r", "_z", "_o"]

    def hybrid_forward(self, F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias):
        prefix, i2h, h2h = self._convolutions(F, inputs, states, i2h_weight, h2h_weight, i2h_bias, h2h_bias)
        i2h_r, i2h_z, i2h = self._split(F, i2h, prefix, "i2h_slice")
        h2h_r, h2h_z, h2h = self._split(F, h2h, prefix, "h2h_slice")
        reset_gate = F.Activation(i2h_r + h2h_r, act_type="sigmoid", name=prefix + "r_act")
        update_gate = F.Activation(i2h_z + h2h_z, act_type="sigmoid", name=prefix + "z_act")
        candidate = self._get_activation(F, i2h + reset_gate * h2h, self._activation, name=prefix + "h_act")
        next_h = F.elemwise_add((1. - update_gate) * candidate, update_gate * states[0], name=prefix + "out")
        return next_h, [next_h]


def _make(base, dims):
    def __init__(self, input_shape, hidden_channels, i2h_kernel, h2h_kernel, i2h_pad=(0,) * dims,
                 i2h_dilate=(1,) * dims, h2h_dilate=(1,) * dims, i2h_weight_initializer=None,
                 h2h_weight_initializer=None, i2h_bias_initializer="zeros", h2h_bias_initializer="zeros",
                 conv_layout=_LAYOUTS[dims], activation="tanh", prefix=None, params=None):
        base.__init__(self, input_shape, hidden_channels, i2h_kernel, h2h_kernel, i2h_pad, i2h_dilate, h2h_dilate,
                      i2h_weight_initializer, h2h_weight_initializer, i2h_bias_initializer, h2h_bias_initializer,
                      conv_layout, activation, prefix, params, dims)
    kind = {"rnn": "RNN", "lstm": "LSTM", "gru": "GRU"}[base._kind]
    name = f"Conv{dims}D{kind}Cell"
    __init__.__qualname__ = f"{name}.__init__"          # argument errors name the class, as MXNet's
    return type(name, (base,), {"__init__": __init__, "__module__": __name__,
                                "__doc__": f"{dims}-D convolutional {kind} cell."})


Conv1DRNNCell, Conv2DRNNCell, Conv3DRNNCell = (_make(_ConvRNN, d) for d in (1, 2, 3))
Conv1DLSTMCell, Conv2DLSTMCell, Conv3DLSTMCell = (_make(_ConvLSTM, d) for d in (1, 2, 3))
Conv1DGRUCell, Conv2DGRUCell, Conv3DGRUCell = (_make(_ConvGRU, d) for d in (1, 2, 3))

from ....base import public_listing as _public_listing  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _public_listing(globals(), """_BaseConvRNNCell _ConvGRUCell _ConvLSTMCell _ConvRNNCell _get_conv_out_size""".split())
