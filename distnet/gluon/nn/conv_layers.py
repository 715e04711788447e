"""Convolution, transposed convolution and pooling layers (1-D, 2-D, 3-D)."""
import math
from numbers import Integral, Number

from ... import attribute, symbol
from ...base import log_time
from ...base import MXNetError, own_init, message_of, negative_size_text
from ...ndarray.failures import UNKNOWN_SHAPE
from ...ndarray.ops_conv import adj_refusal, group_refusal
from ...ndarray.param_text import check_bounds, in_operator, map_keys, read_value
from ...numpy.attribute_text import attribute_value
from ...util import is_np_array, is_np_shape
from ..block import HybridBlock
from ..parameter import AssertError
from .activations import Activation
from .basic_layers import _traced_infer_shape

__all__ = ["Conv1D", "Conv2D", "Conv3D", "Conv1DTranspose", "Conv2DTranspose", "Conv3DTranspose",
           "MaxPool1D", "MaxPool2D", "MaxPool3D", "AvgPool1D", "AvgPool2D", "AvgPool3D",
           "GlobalMaxPool1D", "GlobalMaxPool2D", "GlobalMaxPool3D", "GlobalAvgPool1D", "GlobalAvgPool2D",
           "GlobalAvgPool3D", "ReflectionPad2D"]

_LAYOUTS = {1: ("NCW", "NWC"), 2: ("NCHW", "NHWC"), 3: ("NCDHW", "NDHWC")}
_CONV_LAYOUTS = {**_LAYOUTS, 1: ("NCW",)}      # MXNet's 1-D convolutions take NCW only


def _tuple(value, n, what=None):
    """A number repeated n times, or the sequence as given (MXNet keeps a list a list, as its repr shows);
    ``what`` names it in MXNet's assertion on its length."""
    if isinstance(value, Number):
        value = (value,) * n
    if what is not None and len(value) != n:        # len() first, as MXNet's assertion: None has no len()
        raise AssertError(f"{what} must be a number or a list of {n} ints")
    return value        # anything else goes to the operator as given, which reads its text (so '2' is (2,))


def _refuse_layout(n, layout, pooling=False):
    """MXNet's n-D layers check their layout first, before any size (and before the layer takes a name)."""
    if pooling and layout not in _LAYOUTS[n]:
        raise AssertError(f"Only {' and '.join(_LAYOUTS[n])} layouts are valid for {n}D Pooling")
    if not pooling and layout not in _CONV_LAYOUTS[n]:
        raise AssertError(f"Only supports {' and '.join(repr(l) for l in _CONV_LAYOUTS[n])} layout for now")


def _tuple_or_none(value, n):
    """``_tuple`` keeping None (which MXNet's operator then refuses)."""
    return None if value is None else _tuple(value, n)


def _shape_text(t):
    return "None" if t is None else "[" + ",".join(str(v) for v in t) + "]"


def _is_int(value):
    return isinstance(value, Integral) and not isinstance(value, bool)


_EMPTY_MEANS = {"stride": 1, "dilate": 1, "pad": 0, "adj": 0}     # the operator's default for an empty size


def _check_conv_formats(op_name, kwargs):
    """The operator's attribute parsing, which MXNet runs when the layer is built: whole numbers only.

    Returns the attributes as the operator reads them: sizes read from their text ('2' is (2,), a numpy array
    is refused), an empty stride, dilate, pad or adj the operator's default. The parser reads them in the order of
    MXNet's attribute map, checking num_filter's bound as it reads it."""
    read = dict(kwargs)
    for key in map_keys(op_name, kwargs):
        if key in ("num_filter", "num_group") and not _is_int(kwargs[key]):
            raise MXNetError(f"Invalid Parameter format for {key} expect int (non-negative) but value="
                             f"'{kwargs[key]}'{in_operator(op_name, kwargs)}")
        if key == "num_filter":
            check_bounds(op_name, {"num_filter": kwargs["num_filter"]}, kwargs)
        if key in ("kernel", "stride", "dilate", "pad", "adj"):
            try:
                read[key] = read_value(op_name, key, "s", kwargs[key], attrs=kwargs)
            except MXNetError as e:
                if key != "adj":
                    raise
                raise MXNetError(message_of(e).split(", in operator")[0]) from None    # adj's words name no operator
    for key, default in _EMPTY_MEANS.items():
        if read.get(key) == ():
            read[key] = (default,) * len(read["kernel"])
    return read


def _known_in_channels(in_channels):
    """in_channels as MXNet's weight inference at construction reads it, a dimension of the data's shape:
    -1 is unknown (0); anything else not a whole number >= 0 fails there."""
    if not _is_int(in_channels):
        raise MXNetError(f"{log_time()} ../src/executor/infer_graph_attr_pass.cc:675: Check failed: "
                         "is >> rshape[out_ent_id] Invalid attribute\n")       # (the log line of its shape pass)
    if in_channels < -1:
        raise MXNetError(negative_size_text(in_channels))
    return max(in_channels, 0)


def _check_conv_lengths(op_name, kernel, kwargs, given):
    """MXNet infers the weight shape at construction: its operator's length checks and its num_filter of 0 fail
    there before the data shape (in_channels) is read; the latter's message names the attributes ``given``."""
    for key, label in (("stride", "Stride"), ("dilate", "Dilate"), ("pad", "Padding"), ("adj", "Adjustment")):
        if key not in kwargs:
            continue
        value = kwargs[key]
        if value is None or len(value) != len(kernel):
            error = MXNetError(f"Check failed: param_.kernel.ndim() == param_.{key}.ndim() ({len(kernel)} vs. "
                               f"{-1 if value is None else len(value)}) : {label} must have the same number of "
                               f"dimensions with kernel_size,but kernel_size is set to {_shape_text(kernel)} while "
                               f"{label.lower()} is {_shape_text(value)}")
            error.op_name = op_name     # its check stands in each operator's own parser
            raise error
    check_bounds(op_name, {"num_filter": kwargs["num_filter"]}, given)


def _check_conv_dims(op_name, node, kernel, kwargs):
    """The size checks of MXNet's shape inference at construction, naming the graph node ``node``."""
    if kwargs["num_filter"] < -1:      # -1: MXNet's unknown size, left to inference
        raise MXNetError(f"Error in operator {node}: {negative_size_text(kwargs['num_filter'])}")
    for key in ("kernel", "stride", "dilate"):      # a negative padding passes MXNet's checks
        value = kwargs[key]
        negative = next((v for v in value if v < 0), None)
        if negative == -1:
            raise MXNetError(f"Error in operator {node}: {UNKNOWN_SHAPE}")
        if negative is not None:
            raise MXNetError(f"Error in operator {node}: {negative_size_text(negative)}")
        if not all(value):
            path, line = _size_check_site(op_name, len(kernel), key)
            raise MXNetError(f"Error in operator {node}: {path}:{line}: Check failed: param_.{key}.Size() > 0U (0 vs. "
                             f"0) : incorrect {key} size: {_shape_text(value)}")


# where MXNet's shape functions check the kernel's size (the stride's and dilation's two and four lines below), by
# operator and number of spatial axes
_KERNEL_SIZE_CHECKS = {("Convolution", 1): 122, ("Convolution", 2): 173, ("Convolution", 3): 233,
                       ("Deconvolution", 1): 151, ("Deconvolution", 2): 205, ("Deconvolution", 3): 272}


def _size_check_site(op_name, ndim, key):
    line = _KERNEL_SIZE_CHECKS[op_name, ndim] + {"kernel": 0, "stride": 2, "dilate": 4}[key]
    return f"../src/operator/nn/{op_name.lower()}.cc", line


def _check_groups(op_name, node, channels, in_channels, groups, kernel, dilate):
    """MXNet infers the weight shape when the layer is built, so its operator's group checks, then 3-D
    Deconvolution's dilation check, fail there, naming the graph node ``node``.

    Deconvolution sees an unknown in_channels as -1 taken modulo the unsigned 32-bit group count: only groups
    dividing 2**32 - 1 pass; under NumPy shape semantics the 0 it is given is a size, which every group count
    divides.
    """
    known_in = in_channels if in_channels or op_name == "Convolution" or is_np_shape() else 2 ** 32 - 1
    groups %= 2 ** 32           # MXNet's num_group is unsigned: -1 is 4294967295
    if groups == 0:
        raise MXNetError(f"{op_name}: groups must be a positive number, got 0")
    refused = group_refusal(op_name, len(kernel), known_in, channels, groups)
    refusal = refused and f"{refused[0][0]}:{refused[0][1]}: {refused[1]}"
    if refusal is None and op_name == "Deconvolution" and len(kernel) == 3 and any(d != 1 for d in dilate):
        refusal = (f"Check failed: param_.dilate.Size() == 1U ({math.prod(dilate)} vs. 1) : Dilate is not "
                   "supported in 3d deconvolution")
    if refusal is not None:
        raise MXNetError(f"Error in operator {node}: {refusal}")


def _weight_shape(op_name, layout, channels, in_channels, groups, kernel):
    """The weight shape MXNet's Convolution/Deconvolution expect (0 where in_channels or channels is unknown), of
    Python ints as its shape inference gives them (whatever integer type the sizes were given as)."""
    kernel = tuple(int(k) for k in kernel)
    channels, in_channels, groups = int(max(channels, 0)), int(in_channels), int(groups)
    if op_name == "Deconvolution":
        if layout.find("C") != 1:
            return (in_channels,) + kernel + (channels // groups,)
        return (in_channels, channels // groups) + kernel
    if layout.find("C") == 1:
        return (channels, in_channels // groups) + kernel
    return (channels,) + kernel + (in_channels // groups,)


class _Conv(HybridBlock):
    """An n-D convolution (``op_name`` Convolution) or transposed convolution (Deconvolution)."""

    def __init__(self, channels, kernel_size, strides, padding, dilation, groups, layout, in_channels=0,
                 activation=None, use_bias=True, weight_initializer=None, bias_initializer="zeros",
                 op_name="Convolution", adj=None, prefix=None, params=None):
        n = len(kernel_size)
        super().__init__(prefix=prefix, params=params)
        # MXNet's operator reads num_filter and num_group from their text: '3' is 3 (its repr shows groups as given)
        channels = attribute_value(channels, "int")
        self._groups_given, groups = groups, attribute_value(groups, "int")
        with self.name_scope():
            self._channels = channels
            self._op_name = op_name
            self._np_made = is_np_array()      # MXNet names the operator when the layer is made
            self._kwargs = {"kernel": kernel_size, "stride": _tuple_or_none(strides, n),
                            "dilate": _tuple_or_none(dilation, n), "pad": _tuple_or_none(padding, n),
                            "num_filter": channels, "num_group": groups, "no_bias": not use_bias, "layout": layout}
            if adj is not None:
                self._kwargs["adj"] = adj
            if attribute.active_scope().get(None):
                # MXNet builds the operator's symbol here (to infer the weight's shape): the scope's attributes
                # reach the operator, which refuses one it does not know
                getattr(symbol, op_name)(symbol.var("data"), **self._kwargs)
            read = self._read = _check_conv_formats(op_name, self._kwargs)
            _check_conv_lengths(op_name, read["kernel"], read, self._kwargs)
            in_channels = self._in_channels = _known_in_channels(in_channels)
            _check_conv_dims(op_name, self._node_name(), read["kernel"], read)
            _check_groups(op_name, self._node_name(), channels, in_channels, groups, read["kernel"], read["dilate"])
            refused = None if adj is None else adj_refusal(read["adj"], read["stride"])     # checked when built
            if refused is not None:
                (path, line), words = refused
                raise MXNetError(f"Error in operator {self._node_name()}: {path}:{line}: {words}")
            self.weight = self.params.get(
                "weight", shape=_weight_shape(op_name, layout, channels, in_channels, groups, read["kernel"]),
                init=weight_initializer, allow_deferred_init=True)
            self.bias = self.params.get("bias", shape=(int(max(channels, 0)),), init=bias_initializer,
                                        allow_deferred_init=True) if use_bias else None
            self.act = Activation(activation, prefix=activation + "_") if activation is not None else None

    def _alias(self):
        return "conv"

    def _node_name(self):
        """The name MXNet's graph gives this layer's operator when the layer is built."""
        return f"{self.prefix}{self._op_name.lower()}0"

    def infer_shape(self, *args):
        k = self._kwargs
        if self._channels == -1:        # MXNet's unknown channel count: no input shape decides it
            params = [p for p in (self.weight, self.bias) if p is not None]
            raise ValueError("Cannot decide shape for the following arguments (0s in shape means unknown "
                             "dimensions). Consider providing them as input:"
                             + "".join(f"\n\t{p.name}: {p.shape}" for p in params))
        _traced_infer_shape(self, *args)
        x = args[0]
        in_channels = x.shape[k["layout"].find("C")]
        read = self._read
        _check_groups(self._op_name, self._node_name(), self._channels, in_channels, k["num_group"], read["kernel"],
                      read["dilate"])
        self.weight.shape = _weight_shape(self._op_name, k["layout"], self._channels, in_channels,
                                          k["num_group"], read["kernel"])

    def hybrid_forward(self, F, x, weight, bias=None):
        if self._np_made != is_np_array():
            # MXNet looks the name it chose when the layer was made (Convolution, or npx's convolution) up in the
            # operators of the semantics it runs under, which have no such name
            module = "mxnet." + F.__name__.rsplit(".", 1)[-1] + (".numpy_extension" if is_np_array() else "")
            name = self._op_name.lower() if self._np_made else self._op_name
            raise AttributeError(f"module '{module}' has no attribute '{name}'")
        op = getattr(F, self._op_name)
        out = op(x, weight, name="fwd", **self._kwargs) if bias is None else op(x, weight, bias, name="fwd",
                                                                                 **self._kwargs)
        return self.act(out) if self.act is not None else out

    def __repr__(self):
        k = self._kwargs
        n = len(k["kernel"])
        s = f"{self.__class__.__name__}({{mapping}}, kernel_size={k['kernel']}, stride={k['stride']}"
        if k["pad"] != (0,) * n:
            s += f", padding={k['pad']}"
        if k["dilate"] != (1,) * n:
            s += f", dilation={k['dilate']}"
        if hasattr(self, "out_pad") and self.out_pad != (0,) * n:
            s += f", output_padding={self.out_pad}"
        if self._groups_given != 1:
            s += f", groups={self._groups_given}"
        if self.bias is None:
            s += ", bias=False"
        if self.act:
            s += f", {self.act}"
        shape = self.weight.shape
        return (s + ")").format(mapping=f"{shape[1] if shape[1] else None} -> {shape[0]}")


def _mxnet_defaults(**defaults):
    """A class decorator: the class's own __init__ takes its base's parameters with MXNet's defaults for this class
    (``inspect.signature`` shows them; an explicit ``layout=None`` reaches the layout check, as in MXNet)."""
    return lambda cls: own_init(cls, **defaults)


def _spatial(ndim, value):
    """MXNet's default for an ndim-D layer's size parameter: the number itself in 1-D, a tuple otherwise."""
    return value if ndim == 1 else (value,) * ndim


def _conv_defaults(ndim, layout, transpose=False):
    extra = {"output_padding": _spatial(ndim, 0)} if transpose else {}
    return _mxnet_defaults(strides=_spatial(ndim, 1), padding=_spatial(ndim, 0), dilation=_spatial(ndim, 1),
                           layout=layout, **extra)


class _ConvND(_Conv):
    """Conv1D/2D/3D: the dimension comes from the subclass, the defaults from its _conv_defaults."""

    _ndim = 2

    def __init__(self, channels, kernel_size, strides=1, padding=0, dilation=1, groups=1, layout=None,
                 activation=None, use_bias=True, weight_initializer=None, bias_initializer="zeros",
                 in_channels=0, **kwargs):
        _refuse_layout(self._ndim, layout)
        super().__init__(channels, _tuple(kernel_size, self._ndim, "kernel_size"), strides, padding, dilation,
                         groups, layout, in_channels, activation, use_bias, weight_initializer,
                         bias_initializer, **kwargs)


class _ConvNDTranspose(_Conv):
    """Conv1DTranspose/2D/3D: the dimension comes from the subclass, the defaults from its _conv_defaults."""

    _ndim = 2

    def __init__(self, channels, kernel_size, strides=1, padding=0, output_padding=0, dilation=1, groups=1,
                 layout=None, activation=None, use_bias=True, weight_initializer=None, bias_initializer="zeros",
                 in_channels=0, **kwargs):
        _refuse_layout(self._ndim, layout)
        kernel_size = _tuple(kernel_size, self._ndim, "kernel_size")
        output_padding = _tuple(output_padding, self._ndim, "output_padding")
        super().__init__(channels, kernel_size, strides, padding, dilation,
                         groups, layout, in_channels, activation, use_bias, weight_initializer,
                         bias_initializer, op_name="Deconvolution", adj=output_padding, **kwargs)
        self.outpad = output_padding


@_conv_defaults(1, "NCW")
class Conv1D(_ConvND):
    """1-D convolution over NCW input: (channels, kernel_size, strides, padding, dilation, groups, ...)."""
    _ndim = 1


@_conv_defaults(2, "NCHW")
class Conv2D(_ConvND):
    """2-D convolution over NCHW input: (channels, kernel_size, strides, padding, dilation, groups, ...)."""
    _ndim = 2


@_conv_defaults(3, "NCDHW")
class Conv3D(_ConvND):
    """3-D convolution over NCDHW input: (channels, kernel_size, strides, padding, dilation, groups, ...)."""
    _ndim = 3


@_conv_defaults(1, "NCW", transpose=True)
class Conv1DTranspose(_ConvNDTranspose):
    """1-D transposed convolution over NCW input (output_padding adds to the output length)."""
    _ndim = 1


@_conv_defaults(2, "NCHW", transpose=True)
class Conv2DTranspose(_ConvNDTranspose):
    """2-D transposed convolution over NCHW input (output_padding adds to the output size)."""
    _ndim = 2


@_conv_defaults(3, "NCDHW", transpose=True)
class Conv3DTranspose(_ConvNDTranspose):
    """3-D transposed convolution over NCDHW input (output_padding adds to the output size)."""
    _ndim = 3


class _Pooling(HybridBlock):
    """Max or average pooling over windows, or over the whole spatial extent (global)."""

    def __init__(self, pool_size, strides, padding, ceil_mode, global_pool, pool_type, layout,
                 count_include_pad=None, **kwargs):
        n = len(pool_size)
        super().__init__(**kwargs)
        strides = pool_size if strides is None else strides
        self._kwargs = {"kernel": pool_size, "stride": _tuple(strides, n),
                        "pad": _tuple_or_none(padding, n), "global_pool": global_pool, "pool_type": pool_type,
                        "layout": layout, "pooling_convention": "full" if ceil_mode else "valid"}
        if count_include_pad is not None:
            self._kwargs["count_include_pad"] = count_include_pad

    def _alias(self):
        return "pool"

    def hybrid_forward(self, F, x):
        return F.Pooling(x, name="fwd", **self._kwargs)

    def __repr__(self):
        k = self._kwargs
        return (f"{self.__class__.__name__}(size={k['kernel']}, stride={k['stride']}, padding={k['pad']}, "
                f"ceil_mode={k['pooling_convention'] == 'full'}, global_pool={k['global_pool']}, "
                f"pool_type={k['pool_type']}, layout={k['layout']})")


class _PoolND(_Pooling):
    """MaxPool/AvgPool 1-D/2-D/3-D: dimension and pooling type from the subclass, defaults from _pooling.

    The subclasses below only order the arguments as MXNet does (ceil_mode before layout in
    MaxPool3D, AvgPool2D and AvgPool3D; count_include_pad for average pooling only)."""

    _ndim, _type = 2, "max"

    def _setup(self, pool_size, strides, padding, layout, ceil_mode, count_include_pad, kwargs):
        _refuse_layout(self._ndim, layout, pooling=True)
        super().__init__(_tuple(pool_size, self._ndim, "pool_size"), strides, padding, ceil_mode, False,
                         self._type, layout, count_include_pad if self._type == "avg" else None,
                         **kwargs)


class _MaxPoolLayoutFirst(_PoolND):
    """MaxPool1D/2D: (pool_size, strides, padding, layout, ceil_mode)."""

    def __init__(self, pool_size=2, strides=None, padding=0, layout=None, ceil_mode=False, **kwargs):
        self._setup(pool_size, strides, padding, layout, ceil_mode, kwargs.pop("count_include_pad", None), kwargs)


class _MaxPoolCeilFirst(_PoolND):
    """MaxPool3D: (pool_size, strides, padding, ceil_mode, layout)."""

    def __init__(self, pool_size=2, strides=None, padding=0, ceil_mode=False, layout=None, **kwargs):
        self._setup(pool_size, strides, padding, layout, ceil_mode, kwargs.pop("count_include_pad", None), kwargs)


class _AvgPoolLayoutFirst(_PoolND):
    """AvgPool1D: (pool_size, strides, padding, layout, ceil_mode, count_include_pad)."""

    def __init__(self, pool_size=2, strides=None, padding=0, layout=None, ceil_mode=False, count_include_pad=True,
                 **kwargs):
        self._setup(pool_size, strides, padding, layout, ceil_mode, count_include_pad, kwargs)


class _AvgPoolCeilFirst(_PoolND):
    """AvgPool2D/3D: (pool_size, strides, padding, ceil_mode, layout, count_include_pad)."""

    def __init__(self, pool_size=2, strides=None, padding=0, ceil_mode=False, layout=None, count_include_pad=True,
                 **kwargs):
        self._setup(pool_size, strides, padding, layout, ceil_mode, count_include_pad, kwargs)


class _GlobalPoolND(_Pooling):
    """Pooling over the whole spatial extent to size 1."""

    _ndim, _type = 2, "max"

    def __init__(self, layout=None, **kwargs):
        _refuse_layout(self._ndim, layout, pooling=True)
        super().__init__((1,) * self._ndim, None, 0, True, True, self._type, layout, **kwargs)


def _pooling(name, base, ndim, kind, layout, doc):
    cls = type(name, (base,), {"_ndim": ndim, "_type": kind, "__doc__": doc, "__module__": __name__})
    sizes = {} if base is _GlobalPoolND else {"pool_size": _spatial(ndim, 2)}
    return _mxnet_defaults(layout=layout, **sizes)(cls)


MaxPool1D = _pooling("MaxPool1D", _MaxPoolLayoutFirst, 1, "max", "NCW", "1-D max pooling over NCW input.")
MaxPool2D = _pooling("MaxPool2D", _MaxPoolLayoutFirst, 2, "max", "NCHW", "2-D max pooling over NCHW input.")
MaxPool3D = _pooling("MaxPool3D", _MaxPoolCeilFirst, 3, "max", "NCDHW", "3-D max pooling over NCDHW input.")
AvgPool1D = _pooling("AvgPool1D", _AvgPoolLayoutFirst, 1, "avg", "NCW", "1-D average pooling over NCW input.")
AvgPool2D = _pooling("AvgPool2D", _AvgPoolCeilFirst, 2, "avg", "NCHW", "2-D average pooling over NCHW input.")
AvgPool3D = _pooling("AvgPool3D", _AvgPoolCeilFirst, 3, "avg", "NCDHW", "3-D average pooling over NCDHW input.")
GlobalMaxPool1D = _pooling("GlobalMaxPool1D", _GlobalPoolND, 1, "max", "NCW", "Global max pooling of NCW input.")
GlobalMaxPool2D = _pooling("GlobalMaxPool2D", _GlobalPoolND, 2, "max", "NCHW", "Global max pooling of NCHW input.")
GlobalMaxPool3D = _pooling("GlobalMaxPool3D", _GlobalPoolND, 3, "max", "NCDHW", "Global max pooling of NCDHW input.")
GlobalAvgPool1D = _pooling("GlobalAvgPool1D", _GlobalPoolND, 1, "avg", "NCW", "Global average pooling of NCW input.")
GlobalAvgPool2D = _pooling("GlobalAvgPool2D", _GlobalPoolND, 2, "avg", "NCHW",
                           "Global average pooling of NCHW input.")
GlobalAvgPool3D = _pooling("GlobalAvgPool3D", _GlobalPoolND, 3, "avg", "NCDHW",
                           "Global average pooling of NCDHW input.")


class ReflectionPad2D(HybridBlock):
    """Pad the two spatial axes of NCHW input by reflecting it at the border.

    Parameters
    ----------
    padding : int or tuple of 8 ints
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, padding=0, **kwargs):
        super().__init__(**kwargs)
        if isinstance(padding, Number):
            padding = (0, 0, 0, 0, padding, padding, padding, padding)
        if len(padding) != 8:
            raise AssertError()      # MXNet's bare assertion: no message
        self._padding = padding

    def hybrid_forward(self, F, x):
        return F.pad(x, mode="reflect", pad_width=self._padding)


# the names MXNet's module shows, as its own imports
from ...base import numeric_types  # noqa: E402,F401

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError Integral MXNetError Number UNKNOWN_SHAPE adj_refusal attribute
    attribute_value check_bounds group_refusal in_operator is_np_shape log_time map_keys math message_of
    negative_size_text own_init read_value""".split(),
                   """_Conv _Pooling _infer_weight_shape""".split())
