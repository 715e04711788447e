"""Deformable convolutions (v1, and modulated v2 which MXNet runs on GPUs only)."""
import types
from numbers import Number


from .... import symbol
from ....base import MXNetError, log_time
from ....util import is_np_shape
from ...block import HybridBlock
from ...nn import Activation
from ...nn.basic_layers import _traced_infer_shape
from ...parameter import AssertError

__all__ = ["DeformableConvolution", "ModulatedDeformableConvolution"]


def _pair(value, n):
    return (value,) * n if isinstance(value, Number) else tuple(value)


class _Deformable(HybridBlock):
    """What both deformable convolutions share: an offset Convolution, then sampling and a weighted sum."""

    _offsets_per_tap = 2
    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, channels, kernel_size=(1, 1), strides=(1, 1), padding=(0, 0), dilation=(1, 1), groups=1,
                 num_deformable_group=1, layout="NCHW", use_bias=True, in_channels=0, activation=None,
                 weight_initializer=None, bias_initializer="zeros", offset_weight_initializer="zeros",
                 offset_bias_initializer="zeros", offset_use_bias=True, op_name=None, adj=None, prefix=None,
                 params=None):
        super().__init__(prefix=prefix, params=params)
        with self.name_scope():
            self._channels, self._in_channels, self._op_name = channels, in_channels, op_name
            if layout not in ("NCHW", "NHWC"):
                raise AssertError("Only supports 'NCHW' and 'NHWC' layout for now")
            kernel = _pair(kernel_size, 2)
            n = len(kernel)
            conv = {"kernel": kernel, "stride": _pair(strides, n), "dilate": _pair(dilation, n),
                    "pad": _pair(padding, n)}
            taps = kernel[0] * kernel[1]
            self._kwargs_offset = dict(conv, num_filter=num_deformable_group * self._offsets_per_tap * taps,
                                       num_group=groups, no_bias=not offset_use_bias, layout=layout)
            self._kwargs_deformable_conv = dict(conv, num_filter=channels, num_group=groups,
                                                num_deformable_group=num_deformable_group, no_bias=not use_bias,
                                                layout=layout)
            if adj:
                self._kwargs_offset["adj"] = self._kwargs_deformable_conv["adj"] = adj
            self._make_params(channels, in_channels, kernel, groups, weight_initializer, bias_initializer,
                              offset_weight_initializer, offset_bias_initializer, use_bias, offset_use_bias)
            self.act = Activation(activation, prefix=activation + "_") if activation else None

    def _offset_params(self, in_channels, weight_init, bias_init, use_bias):
        shapes = self._offset_conv_shapes(in_channels)
        self.offset_weight = self.params.get("offset_weight", shape=shapes[1], init=weight_init,
                                             allow_deferred_init=True)
        self.offset_bias = self.params.get("offset_bias", shape=shapes[2], init=bias_init,
                                           allow_deferred_init=True) if use_bias else None

    def _offset_conv_shapes(self, in_channels):
        """The offset Convolution's argument shapes, inferred from a symbol as MXNet does here: its attribute
        checks (an ``adj``, say) fail at construction, and the weight is laid out as ``layout`` says."""
        layout = self._kwargs_offset["layout"]
        data_shape = [0] * (len(self._kwargs_offset["kernel"]) + 2)
        data_shape[layout.find("N")], data_shape[layout.find("C")] = 1, in_channels
        offset = symbol.Convolution(symbol.var("data", shape=data_shape), **self._kwargs_offset)
        shapes = offset.infer_shape_partial()[0]
        if is_np_shape():
            self._check_empty_offset_input(offset.name)
        return shapes

    def _check_empty_offset_input(self, node_name):
        """Under NumPy shape semantics MXNet reads the 0 spatial sizes of the offset Convolution's data as known
        ones: its check of each padded size against the dilated kernel then fails unless the padding covers it."""
        kwargs = self._kwargs_offset
        for i, (k, d, p) in enumerate(zip(kwargs["kernel"], kwargs["dilate"], kwargs["pad"])):
            if d * (k - 1) + 1 > 2 * p:
                raise MXNetError(f"Error in operator {node_name}: {log_time()} ../src/operator/nn/convolution.cc:"
                                 f"{202 + 3 * i}: Check failed: dilated_ksize_{'yx'[i]} <= AddPad(dshape[{i + 2}], "
                                 f"param_.pad[{i}]) ({d * (k - 1) + 1} vs. {2 * p}) : kernel size exceed input")

    def _conv_params(self, channels, kernel, weight_init, bias_init, use_bias):
        # MXNet leaves the input-channel dimension of this weight to shape inference, even if in_channels is known
        self.deformable_conv_weight = self.params.get("deformable_conv_weight", shape=[channels, 0, *kernel],
                                                      init=weight_init, allow_deferred_init=True)
        self.deformable_conv_bias = self.params.get("deformable_conv_bias", shape=(channels,), init=bias_init,
                                                    allow_deferred_init=True) if use_bias else None

    def infer_shape(self, *args):
        # traced first, as MXNet: exported shapes stay open (an NHWC layout, which the deformable operators
        # refuse, fails here)
        _traced_infer_shape(self, *args)
        x = args[0]
        in_channels, groups, kernel = x.shape[1], self._kwargs_offset["num_group"], self._kwargs_offset["kernel"]
        self.offset_weight.shape = (self._kwargs_offset["num_filter"], in_channels // groups) + kernel
        self.deformable_conv_weight.shape = (self._channels, in_channels // groups) + kernel

    def hybrid_forward(self, F, x, offset_weight, deformable_conv_weight, offset_bias=None,
                       deformable_conv_bias=None):
        offset = F.Convolution(x, offset_weight, offset_bias, cudnn_off=True, **self._kwargs_offset)
        out = self._deform(F, x, offset, deformable_conv_weight, deformable_conv_bias)
        return self.act(out) if self.act else out

    def _deform(self, F, x, offset, weight, bias):
        """Sample x at every kernel tap moved by its offset and sum with the weights."""
        kwargs = dict(self._kwargs_deformable_conv, no_bias=bias is None)
        return F.contrib.DeformableConvolution(x, offset, weight, bias, name="fwd", **kwargs)

    def __repr__(self):
        k = self._kwargs_deformable_conv
        s = f"{type(self).__name__}({{mapping}}, kernel_size={k['kernel']}, stride={k['stride']}"
        if k["pad"] != (0,) * len(k["kernel"]):
            s += f", padding={k['pad']}"
        if k["dilate"] != (1,) * len(k["kernel"]):
            s += f", dilation={k['dilate']}"
        if k["num_group"] != 1:
            s += f", groups={k['num_group']}"
        if self.deformable_conv_bias is None:
            s += ", bias=False"
        if self.act:
            s += f", {self.act}"
        shape = self.deformable_conv_weight.shape
        return s.format(mapping=f"{shape[1] if shape[1] else None} -> {shape[0]}") + ")"


def _own_init(class_name):
    """The shared __init__ as MXNet's class ``class_name`` defines its own: ``op_name`` defaults to the class
    name, and argument errors name the class."""
    shared = _Deformable.__init__
    code = shared.__code__
    names = code.co_varnames[:code.co_argcount]
    defaults = dict(zip(names[-len(shared.__defaults__):], shared.__defaults__), op_name=class_name)
    init = types.FunctionType(code, shared.__globals__, "__init__", tuple(defaults.values()), shared.__closure__)
    init.__qualname__, init.__doc__ = f"{class_name}.__init__", shared.__doc__
    return init


class DeformableConvolution(_Deformable):
    """2-D deformable convolution (v1): each kernel tap samples at a learned offset (an extra Convolution)."""

    __init__ = _own_init("DeformableConvolution")

    def _make_params(self, channels, in_channels, kernel, groups, weight_init, bias_init, offset_weight_init,
                     offset_bias_init, use_bias, offset_use_bias):
        self._offset_params(in_channels, offset_weight_init, offset_bias_init, offset_use_bias)
        self._conv_params(channels, kernel, weight_init, bias_init, use_bias)

    def _alias(self):
        return "deformable_conv"


class ModulatedDeformableConvolution(_Deformable):
    """2-D modulated deformable convolution (v2): offsets plus a per-tap mask, 2 * sigmoid of the extra channels."""

    __init__ = _own_init("ModulatedDeformableConvolution")

    _offsets_per_tap = 3

    def _make_params(self, channels, in_channels, kernel, groups, weight_init, bias_init, offset_weight_init,
                     offset_bias_init, use_bias, offset_use_bias):
        self.offset_split_index = self._kwargs_offset["num_filter"] // 3 * 2      # where the mask channels begin
        self._conv_params(channels, kernel, weight_init, bias_init, use_bias)
        self._offset_params(in_channels, offset_weight_init, offset_bias_init, offset_use_bias)

    def _deform(self, F, x, offset, weight, bias):
        # MXNet 1.9.1 runs this forward on the CPU but has its backward for GPUs only
        offsets = F.slice_axis(offset, axis=1, begin=0, end=self.offset_split_index)
        mask = F.sigmoid(F.slice_axis(offset, axis=1, begin=self.offset_split_index, end=None)) * 2
        kwargs = dict(self._kwargs_deformable_conv, no_bias=bias is None)
        return F.contrib.ModulatedDeformableConvolution(x, offsets, mask, weight, bias, name="fwd", **kwargs)

    def _alias(self):
        return "modulated_deformable_conv"

    def __repr__(self):
        # MXNet's ModulatedDeformableConvolution has no repr of its own
        return HybridBlock.__repr__(self)


# the names MXNet's module shows, as its own imports
from ....base import numeric_types  # noqa: E402,F401

from ....base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError MXNetError Number is_np_shape log_time types""".split(), ())
