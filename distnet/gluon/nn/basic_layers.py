"""Containers and basic layers: Sequential, Dense, Dropout, normalisation layers, Embedding, Lambda."""
import warnings

import numpy as np

from ... import ndarray as nd
from ...base import class_text, own_init, own_methods
from ...numpy.attribute_text import attribute_value
from ...ndarray import array_kinds as _kinds
from ...ndarray.param_text import check_bounds
from ...util import is_np_array
from ..block import Block, HybridBlock, _flatten, infer_with_unknown_sizes
from ..parameter import AssertError
from ..utils import _indent
from .activations import Activation

__all__ = ["Sequential", "HybridSequential", "Dense", "Dropout", "Embedding", "BatchNorm", "InstanceNorm",
           "LayerNorm", "GroupNorm", "Flatten", "Lambda", "HybridLambda", "BatchNormReLU"]


def _traced_infer_shape(block, *args):
    """Shape inference as MXNet runs it at a deferred first call: trace the graph, infer every shape.

    The trace is kept (so export() works afterwards, as in MXNet) and a failure prints the input
    shapes, then raises (the caller turns it into MXNet's ValueError).
    """
    inputs, out = block._get_graph(*args)
    flat, _ = _flatten(args, "input")
    given = [(i.name, a) for i, a in zip(inputs, flat) if a is not None]
    shapes, types = {n: a.shape for n, a in given}, {n: a.dtype for n, a in given}
    infer_with_unknown_sizes(out, shapes, types)
    with warnings.catch_warnings(record=True) as caught:
        warnings.simplefilter("always")
        if out._infer_shape_typed(shapes, types)[0] is None:      # an output left open (a size of -1)
            raise ValueError(caught[0].message)



class _Stack:
    """What Sequential and HybridSequential share: add, indexing, len, repr."""

    def add(self, *blocks):
        """Append blocks to the stack."""
        for block in blocks:
            self.register_child(block)

    def __repr__(self):
        modstr = "\n".join(f"  ({key}): {_indent(repr(block), 2)}" for key, block in self._children.items())
        return f"{self.__class__.__name__}(\n{modstr}\n)"

    def __getitem__(self, key):
        layers = list(self._children.values())[key]
        if not isinstance(layers, list):
            return layers
        net = type(self)(prefix=self._prefix)
        with net.name_scope():
            net.add(*layers)
        return net

    def __len__(self):
        return len(self._children)


@own_methods("add", "__getitem__")
class Sequential(_Stack, Block):
    """Blocks run one after the other."""

    def __init__(self, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)

    def forward(self, x):
        for block in self._children.values():
            x = block(x)
        return x

    def hybridize(self, active=True, **kwargs):
        """Hybridize the HybridBlock children."""
        if self._children and all(isinstance(c, HybridBlock) for c in self._children.values()):
            warnings.warn(f"All children of this Sequential layer '{self.prefix}' are HybridBlocks. Consider "
                          "using HybridSequential for the best performance.", stacklevel=2)
        super().hybridize(active, **kwargs)


@own_methods("add", "__getitem__")
class HybridSequential(_Stack, HybridBlock):
    """HybridBlocks run one after the other (hybridizable as a whole)."""

    def __init__(self, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)

    def hybrid_forward(self, F, x):
        for block in self._children.values():
            x = block(x)
        return x


class Dense(HybridBlock):
    """A fully connected layer: ``activation(dot(x, weight.T) + bias)``.

    Parameters
    ----------
    units : int
        Output size.
    activation : str, default None
        Activation applied to the output (none: linear).
    use_bias : bool, default True
    flatten : bool, default True
        Flatten all axes but the first of the input; else apply to the last axis.
    dtype : str or numpy.dtype, default 'float32'
    weight_initializer, bias_initializer : Initializer
    in_units : int, default 0
        Input size (0: inferred at the first forward).
    """

    def __init__(self, units, activation=None, use_bias=True, flatten=True, dtype="float32",
                 weight_initializer=None, bias_initializer="zeros", in_units=0, **kwargs):
        super().__init__(**kwargs)
        self._flatten = flatten
        with self.name_scope():
            self._units = units
            self._in_units = in_units
            self.weight = self.params.get("weight", shape=(units, in_units), init=weight_initializer,
                                          dtype=dtype, allow_deferred_init=True)
            self.bias = self.params.get("bias", shape=(units,), init=bias_initializer, dtype=dtype,
                                        allow_deferred_init=True) if use_bias else None
            self.act = Activation(activation, prefix=activation + "_") if activation is not None else None

    def infer_shape(self, *args):
        _traced_infer_shape(self, *args)
        x = args[0]
        in_units = int(np.prod(x.shape[1:])) if self._flatten else x.shape[-1]
        self.weight.shape = (self._units, in_units)

    def hybrid_forward(self, F, x, weight, bias=None):
        attrs = dict(no_bias=bias is None, num_hidden=self._units, flatten=self._flatten)
        # FullyConnected's attribute check, which MXNet runs when a graph is built too (units given as text are
        # parsed, and checked, by the operator itself)
        if not isinstance(self._units, str):
            check_bounds("FullyConnected", {"num_hidden": self._units}, attrs)
        out = F.FullyConnected(x, weight, bias, **attrs, name="fwd")
        return self.act(out) if self.act is not None else out

    def __repr__(self):
        shape = self.weight.shape
        return f"{self.__class__.__name__}({shape[1] if shape[1] else None} -> {shape[0]}, {self.act or 'linear'})"


class Dropout(HybridBlock):
    """Zero a fraction ``rate`` of the inputs (scaling the rest by 1/(1-rate)) in training mode.

    Parameters
    ----------
    rate : float
        Fraction of the inputs to drop.
    axes : tuple of int, default ()
        Axes along which the same mask is shared.
    """

    def __init__(self, rate, axes=(), **kwargs):
        super().__init__(**kwargs)
        self._rate = rate
        self._axes = axes

    def hybrid_forward(self, F, x):
        if self._rate > 0:
            return F.Dropout(x, p=self._rate, axes=self._axes, name="fwd", cudnn_off=False)
        return F.np.copy(x) if is_np_array() else F.identity(x)      # (named as MXNet's graphs name it)

    def __repr__(self):
        return f"{self.__class__.__name__}(p = {self._rate}, axes={self._axes})"


def _kwargs_repr(kwargs):
    return ", ".join(f"{k}={v!r}" for k, v in kwargs.items())


class _BatchNorm(HybridBlock):
    """What BatchNorm and BatchNormReLU share (MXNet's BatchNormReLU is no BatchNorm: isinstance says no)."""

    _fuse_relu = False

    def __init__(self, axis=1, momentum=0.9, epsilon=1e-5, center=True, scale=True, use_global_stats=False,
                 beta_initializer="zeros", gamma_initializer="ones",
                 running_mean_initializer="zeros", running_variance_initializer="ones", in_channels=0, **kwargs):
        super().__init__(**kwargs)
        self._kwargs = {"axis": axis, "eps": epsilon, "momentum": momentum, "fix_gamma": not scale,
                        "use_global_stats": use_global_stats}
        self.fuse_relu = self._fuse_relu
        if in_channels != 0:
            self.in_channels = in_channels
        get = self.params.get
        self.gamma = get("gamma", grad_req="write" if scale else "null", shape=(in_channels,),
                         init=gamma_initializer, allow_deferred_init=True, differentiable=scale)
        self.beta = get("beta", grad_req="write" if center else "null", shape=(in_channels,),
                        init=beta_initializer, allow_deferred_init=True, differentiable=center)
        self.running_mean = get("running_mean", grad_req="null", shape=(in_channels,),
                                init=running_mean_initializer, allow_deferred_init=True, differentiable=False)
        self.running_var = get("running_var", grad_req="null", shape=(in_channels,),
                               init=running_variance_initializer, allow_deferred_init=True, differentiable=False)

    def cast(self, dtype):
        if np.dtype(dtype).name == "float16":
            dtype = "float32"
        super().cast(dtype)

    def infer_shape(self, *args):
        _traced_infer_shape(self, *args)
        x = args[0]
        # (the operator reads '1' as 1; SyncBatchNorm's attributes have no axis: its channels are axis 1)
        channels = x.shape[attribute_value(self._kwargs.get("axis", 1), "int")]
        for p in (self.gamma, self.beta, self.running_mean, self.running_var):
            p.shape = (channels,)

    def hybrid_forward(self, F, x, gamma, beta, running_mean, running_var):
        # under NumPy array semantics MXNet's BatchNormReLU runs the plain BatchNorm: no ReLU
        op = F.contrib.BatchNormWithReLU if self.fuse_relu and not is_np_array() else F.BatchNorm
        return op(x, gamma, beta, running_mean, running_var, name="fwd", **self._kwargs)

    def __repr__(self):
        in_channels = self.gamma.shape[0]
        return f"{self.__class__.__name__}({_kwargs_repr(self._kwargs)}, in_channels={in_channels or None})"


@own_init
class BatchNorm(_BatchNorm):
    """Batch normalisation: per-channel statistics of the batch in training, running statistics otherwise.

    Parameters
    ----------
    axis : int, default 1
        The channel axis.
    momentum : float, default 0.9
        ``running = momentum * running + (1 - momentum) * batch``.
    epsilon : float, default 1e-5
    center, scale : bool, default True
        Learn beta / gamma (else they stay 0 / 1).
    use_global_stats : bool, default False
        Normalise with the running statistics in training too.
    in_channels : int, default 0
        Number of channels (0: inferred at the first forward).
    """


@own_init
class BatchNormReLU(_BatchNorm):
    """BatchNorm followed by ReLU, as one layer (the parameters of BatchNorm)."""

    _fuse_relu = True


class Embedding(HybridBlock):
    """Map integer indices to rows of a learned ``(input_dim, output_dim)`` table.

    Parameters
    ----------
    input_dim : int
        Vocabulary size.
    output_dim : int
        Size of each vector.
    dtype : str or numpy.dtype, default 'float32'
    weight_initializer : Initializer
    sparse_grad : bool, default False
        Accepted for compatibility; gradients are dense.
    """

    def __init__(self, input_dim, output_dim, dtype="float32", weight_initializer=None, sparse_grad=False,
                 **kwargs):
        super().__init__(**kwargs)
        self._kwargs = {"input_dim": input_dim, "output_dim": output_dim, "dtype": dtype, "sparse_grad": sparse_grad}
        self.weight = self.params.get("weight", shape=(input_dim, output_dim), init=weight_initializer,
                                      dtype=dtype, allow_deferred_init=True,
                                      grad_stype="row_sparse" if sparse_grad else "default")

    def hybrid_forward(self, F, x, weight):
        return F.Embedding(x, weight, name="fwd", **self._kwargs)

    def __repr__(self):
        k = self._kwargs
        return f"{self.__class__.__name__}({k['input_dim']} -> {k['output_dim']}, {k['dtype']})"


class Flatten(HybridBlock):
    """Reshape ``(N, x1, ..., xn)`` to ``(N, x1 * ... * xn)``."""

    def __init__(self, **kwargs):       # keyword arguments only, as MXNet's (a positional prefix is a TypeError)
        super().__init__(**kwargs)

    def hybrid_forward(self, F, x):
        return F.npx.batch_flatten(x) if is_np_array() else F.flatten(x)     # (named as MXNet's graphs name it)

    def __repr__(self):
        return self.__class__.__name__


class _Norm(HybridBlock):
    """Normalisation over some axes with learned per-channel ``gamma`` and ``beta``."""

    def __init__(self, kwargs, shape, center, scale, beta_initializer, gamma_initializer, **block_kwargs):
        super().__init__(**block_kwargs)
        self._kwargs = kwargs
        self._axis = attribute_value(kwargs.get("axis"), "int")     # as the operator reads it: '1' is 1
        self._epsilon = kwargs["eps"]
        self._center, self._scale = center, scale
        self.gamma = self.params.get("gamma", grad_req="write" if scale else "null", shape=shape,
                                     init=gamma_initializer, allow_deferred_init=True)
        self.beta = self.params.get("beta", grad_req="write" if center else "null", shape=shape,
                                    init=beta_initializer, allow_deferred_init=True)

    def infer_shape(self, *args):
        _traced_infer_shape(self, *args)
        if self._axis is not None:      # (GroupNorm's are per group, sized at construction)
            self.gamma.shape = self.beta.shape = (args[0].shape[self._axis],)

    def __repr__(self):
        return f"{self.__class__.__name__}({_kwargs_repr(self._kwargs)}, in_channels={self.gamma.shape[0]})"


class LayerNorm(_Norm):
    """Normalise each sample over ``axis`` (mean 0, variance 1), then scale and shift per channel.

    Parameters
    ----------
    axis : int, default -1
    epsilon : float, default 1e-5
    center, scale : bool, default True
    in_channels : int, default 0
    """

    def __init__(self, axis=-1, epsilon=1e-5, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", in_channels=0, prefix=None, params=None):
        super().__init__({"eps": epsilon, "axis": axis, "center": center, "scale": scale}, (in_channels,),
                         center, scale, beta_initializer, gamma_initializer, prefix=prefix, params=params)

    def hybrid_forward(self, F, data, gamma, beta):
        layer_norm = F.npx.layer_norm if is_np_array() else F.LayerNorm      # (named as MXNet's graphs name it)
        return layer_norm(data, gamma=gamma, beta=beta, axis=self._axis, eps=self._epsilon)


class InstanceNorm(_Norm):
    """Normalise each sample and channel over the spatial axes, then scale and shift per channel.

    Parameters
    ----------
    axis : int, default 1
        The channel axis.
    epsilon : float, default 1e-5
    center : bool, default True
    scale : bool, default False
    in_channels : int, default 0
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, axis=1, epsilon=1e-5, center=True, scale=False, beta_initializer="zeros",
                 gamma_initializer="ones", in_channels=0, **kwargs):
        super().__init__({"eps": epsilon, "axis": axis, "center": center, "scale": scale}, (in_channels,),
                         center, scale, beta_initializer, gamma_initializer, **kwargs)

    def hybrid_forward(self, F, x, gamma, beta):
        if self._axis == 1:
            return F.InstanceNorm(x, gamma, beta, name="fwd", eps=self._epsilon)
        x = x.swapaxes(1, self._axis)
        return F.InstanceNorm(x, gamma, beta, name="fwd", eps=self._epsilon).swapaxes(1, self._axis)


class GroupNorm(_Norm):
    """Normalise each sample over groups of channels, then scale and shift per group.

    Parameters
    ----------
    num_groups : int, default 1
    epsilon : float, default 1e-5
    center, scale : bool, default True
    """

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, num_groups=1, epsilon=1e-5, center=True, scale=True, beta_initializer="zeros",
                 gamma_initializer="ones", prefix=None, params=None):
        super().__init__({"eps": epsilon, "num_groups": num_groups, "center": center, "scale": scale},
                         (num_groups,), center, scale, beta_initializer, gamma_initializer, prefix=prefix,
                         params=params)
        self._num_groups = num_groups

    def hybrid_forward(self, F, data, gamma, beta):
        return F.GroupNorm(data, gamma=gamma, beta=beta, num_groups=self._num_groups, eps=self._epsilon)

    def __repr__(self):
        return f"{self.__class__.__name__}({_kwargs_repr(self._kwargs)})"


class Lambda(Block):
    """A Block around a function of NDArrays, or the name of an ``nd`` operator.

    Parameters
    ----------
    function : str or callable
    """

    def __init__(self, function, prefix=None):
        super().__init__(prefix=prefix)
        if isinstance(function, str):
            if not hasattr(nd, function):
                raise AssertError(f"Function name {function} is not found in ndarray.")
            self._func_impl = getattr(nd, function)
            self._func_name = function      # an alias (nd.flatten of nd.Flatten) goes by its own name in MXNet
        elif callable(function):
            self._func_impl = function
            self._func_name = function.__name__
        else:
            raise ValueError(f"Unrecognized function in lambda: {function} of type {class_text(function)}")

    def forward(self, *args):
        with _kinds.layer_mode(True):       # MXNet's calls legacy operators, in any mode, as the user's call
            return self._func_impl(*args)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._func_name})"


class HybridLambda(HybridBlock):
    """A HybridBlock around ``function(F, x, *args)``, or the name of an operator in both nd and sym.

    Parameters
    ----------
    function : str or callable
    """

    def __init__(self, function, prefix=None):
        super().__init__(prefix=prefix)
        # an operator's name calls the legacy operator, even under npx.set_np(); a function runs as written
        self._numpy_mode_path = self._runs_user_code = not isinstance(function, str)
        if isinstance(function, str):
            from ... import symbol as sym
            if not (hasattr(nd, function) and hasattr(sym, function)):
                raise AssertError(f"Function name {function} is not found in symbol/ndarray.")
            self._func = lambda F, *args: getattr(F, function)(*args)
            self._func_name = function
        elif callable(function):
            self._func = function
            self._func_name = function.__name__
        else:
            raise ValueError(f"Unrecognized function in lambda: {function} of type {class_text(function)}")

    def hybrid_forward(self, F, x, *args):
        return self._func(F, x, *args)

    def __repr__(self):
        return f"{self.__class__.__name__}({self._func_name})"


# the names MXNet's module shows, as its own imports
from ... import symbol as sym  # noqa: E402,F401

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError attribute_value check_bounds class_text infer_with_unknown_sizes
    own_init own_methods""".split(),
                   """_BatchNorm _indent""".split())
