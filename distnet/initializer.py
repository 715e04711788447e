"""Weight initializers (``mx.init``), chosen by parameter name and registered by class name.

Random initializers draw through ``nd.random`` with the same calls, shapes and order as MXNet,
so that with the same seed they produce the same numbers.
"""
import json
import logging
import re
import warnings
from math import sqrt

import numpy as np

from . import registry, svd_signs as _svd_signs
from .base import string_types  # noqa: F401  (names MXNet's module shows, as its own imports)
from .ndarray.array_kinds import refuse_numpy_input as _refuse_numpy_input
from .ndarray.ndarray import NDArray
from .ndarray.registry import KEEP_CLASS as _NP_ARRAY_CLASSES
from .ndarray.utils import load  # mx.init.load, as in MXNet
from .util import is_np_array  # noqa: F401  (a name MXNet's module shows, as its own import)


def _random():
    from .ndarray import random   # imported late: the random module registers ops of its own
    return random


def _fill_random(kind, a, b, arr):
    """Fill ``arr`` with ``kind`` ('uniform' or 'normal') samples; under NumPy array semantics MXNet's
    Uniform, Normal and Xavier draw through mx.np.random (another stream than nd.random's)."""
    from .util import is_np_array
    if is_np_array():
        from .numpy import random as np_random
        getattr(np_random, kind)(a, b, arr.shape, out=arr)
    else:
        getattr(_random(), kind)(a, b, shape=arr.shape, out=arr)


class InitDesc(str):
    """A parameter name carrying its attributes (``__init__`` names a per-parameter initializer).

    Parameters
    ----------
    name : str
        Name of the variable.
    attrs : dict of str to str
        Attributes of the variable.
    global_init : Initializer
        The initializer to fall back to.
    """

    def __new__(cls, name, attrs=None, global_init=None):
        ret = super().__new__(cls, name)
        ret.attrs = attrs or {}
        ret.global_init = global_init
        return ret


# name suffix -> method, tried in order, for InitDesc names and for legacy plain-string names
_DESC_RULES = (("weight", "_init_weight"), ("bias", "_init_bias"), ("gamma", "_init_gamma"),
               ("beta", "_init_beta"), ("min", "_init_zero"), ("max", "_init_one"),
               ("weight_quantize", "_init_quantized_weight"), ("bias_quantize", "_init_quantized_bias"))
_LEGACY_RULES = (("bias", "_init_bias"), ("gamma", "_init_gamma"), ("beta", "_init_beta"),
                 ("weight", "_init_weight"), ("moving_mean", "_init_zero"), ("moving_var", "_init_one"),
                 ("moving_inv_var", "_init_zero"), ("moving_avg", "_init_zero"), ("min", "_init_zero"),
                 ("max", "_init_one"))


class Initializer:
    """The base class: fills an array according to the parameter's name (weight, bias, gamma, ...)."""

    def __init__(self, **kwargs):
        self._kwargs = kwargs
        self._verbose = False
        self._print_func = None

    def set_verbosity(self, verbose=False, print_func=None):
        """Log each initialised array with ``print_func(arr)`` (default: its RMS value)."""
        self._verbose = verbose
        if print_func is None:
            def print_func(x):
                if type(x) in _NP_ARRAY_CLASSES:    # MXNet's default statistic runs the legacy norm operator
                    _refuse_numpy_input("norm")
                from .ndarray import norm       # float32 operators, so the statistic rounds as MXNet's does
                return str((norm(x) / sqrt(x.size)).asscalar())
        self._print_func = print_func
        return self

    def _verbose_print(self, desc, init, arr):
        if self._verbose and self._print_func:
            logging.info('Initialized %s as %s: %s', desc, init, self._print_func(arr))

    def dumps(self):
        """The initializer as JSON ``[name, kwargs]``, which ``create`` reads back."""
        return json.dumps([self.__class__.__name__.lower(), self._kwargs])

    def __call__(self, desc, arr):
        """Initialise NDArray ``arr`` for the parameter described by ``desc`` (an InitDesc)."""
        if not isinstance(desc, InitDesc):
            self._legacy_init(desc, arr)
            return
        if desc.global_init is None:
            desc.global_init = self
        init = desc.attrs.get('__init__', "")
        if init:
            create(init)._init_weight(desc, arr)
            self._verbose_print(desc, init, arr)
            return
        for suffix, method in _DESC_RULES:
            if desc.endswith(suffix):
                getattr(self, method)(desc, arr)
                self._verbose_print(desc, suffix, arr)
                return
        self._init_default(desc, arr)

    def _legacy_init(self, name, arr):
        """Initialise by a plain name (deprecated in MXNet in favour of InitDesc)."""
        warnings.warn("\033[91mCalling initializer with init(str, NDArray) has been deprecated."
                      "please use init(mx.init.InitDesc(...), NDArray) instead.\033[0m", DeprecationWarning, stacklevel=3)
        if not isinstance(name, str):
            raise TypeError('name must be string')
        if not isinstance(arr, NDArray):
            raise TypeError('arr must be NDArray')
        if name.startswith('upsampling'):
            self._init_bilinear(name, arr)
        elif name.startswith('stn_loc') and name.endswith('weight'):
            self._init_zero(name, arr)
        elif name.startswith('stn_loc') and name.endswith('bias'):
            self._init_loc_bias(name, arr)
        else:
            method = next((m for suffix, m in _LEGACY_RULES if name.endswith(suffix)), "_init_default")
            getattr(self, method)(name, arr)

    def _init_bilinear(self, _, arr):
        arr[:] = _bilinear(arr.shape)

    def _init_loc_bias(self, _, arr):
        if arr.shape[0] != 6:
            raise AssertionError()      # MXNet's bare assertion
        arr[:] = np.array([1.0, 0, 0, 0, 1.0, 0])

    def _init_zero(self, _, arr):
        arr[:] = 0.0

    def _init_one(self, _, arr):
        arr[:] = 1.0

    def _init_bias(self, _, arr):
        arr[:] = 0.0

    def _init_quantized_bias(self, _, arr):
        arr[:] = 0

    def _init_gamma(self, _, arr):
        arr[:] = 1.0

    def _init_beta(self, _, arr):
        arr[:] = 0.0

    def _init_weight(self, name, arr):
        """Fill a weight; each initializer overrides this."""
        raise NotImplementedError("Must override it")

    def _init_quantized_weight(self, _, arr):
        value = _random().randint(-127, 127, dtype='int32').asnumpy()
        arr[:] = np.int8(value)

    def _init_default(self, name, _):
        raise ValueError(f'Unknown initialization pattern for {name}. Default initialization is now limited to '
                         '"weight", "bias", "gamma" (1.0), and "beta" (0.0).Please use '
                         'mx.sym.Variable(init=mx.init.*) to set initialization pattern')

    def __eq__(self, other):     # defining __eq__ leaves initializers unhashable, as in MXNet
        if not isinstance(other, Initializer):
            return NotImplemented
        return type(self) is type(other) and self._kwargs == other._kwargs


_register = registry.get_register_func(Initializer, 'initializer')
alias = registry.get_alias_func(Initializer, 'initializer')
create = registry.get_create_func(Initializer, 'initializer')


def register(klass):
    """Register a custom initializer class so that it can be created by (lower-case) name."""
    return _register(klass)


def _bilinear(shape):
    """The bilinear-upsampling kernel MXNet's Bilinear initializer writes, as float32."""
    f = np.ceil(shape[3] / 2.)
    c = (2 * f - 1 - f % 2) / (2. * f)
    i = np.arange(int(np.prod(shape)))
    x = i % shape[3]
    y = (i // shape[3]) % shape[2]
    return ((1 - np.abs(x / f - c)) * (1 - np.abs(y / f - c))).astype(np.float32).reshape(shape)


class Load:
    """Initialise from saved arrays (a file name or a dict), with ``arg:``/``aux:`` prefixes dropped.

    Parameters
    ----------
    param : str or dict of str to NDArray
        A parameter file or a name -> array dict.
    default_init : Initializer
        The initializer for names not found in ``param``.
    verbose : bool
        Log where each array came from.
    """

    def __init__(self, param, default_init=None, verbose=False):
        if isinstance(param, str):
            param = load(param)
        if not isinstance(param, dict):
            raise AssertionError()      # MXNet's bare assertion
        self.param = {(name[4:] if name.startswith(('arg:', 'aux:')) else name): arr for name, arr in param.items()}
        self.default_init = default_init
        self.verbose = verbose

    def __call__(self, name, arr):
        if name in self.param:
            if arr.shape != self.param[name].shape:
                raise AssertionError(f'Parameter {name} cannot be initialized from loading. Shape mismatch, '
                                     f'target {arr.shape} vs loaded {self.param[name].shape}')
            arr[:] = self.param[name]
            if self.verbose:
                logging.info('Initialized %s by loading', name)
            return
        if self.default_init is None:
            raise AssertionError(f"Cannot Initialize {name}. Not found in loaded param and no default Initializer "
                                 "is provided.")
        self.default_init(name, arr)
        if self.verbose:
            logging.info('Initialized %s by default', name)


class Mixed:
    """Initialise each parameter with the initializer of the first regular expression its name matches.

    Parameters
    ----------
    patterns : list of str
        Regular expressions matched against parameter names.
    initializers : list of Initializer
        The initializer for each pattern.
    """

    def __init__(self, patterns, initializers):
        if len(patterns) != len(initializers):
            raise AssertionError()      # MXNet's bare assertion
        self.map = list(zip([re.compile(p) for p in patterns], initializers))

    def __call__(self, name, arr):
        for prog, init in self.map:
            if prog.match(name):
                init(name, arr)
                return
        # MXNet's message, which leaves its %s placeholder unfilled
        raise ValueError('Parameter name %s did not match any pattern. Consider'
                         'add a ".*" pattern at the and with default Initializer.')


@register
@alias("zeros")
class Zero(Initializer):
    """Initialise weights to zero."""

    def __init__(self):
        super().__init__()

    def _init_weight(self, _, arr):
        arr[:] = 0


@register
@alias("ones")
class One(Initializer):
    """Initialise weights to one."""

    def __init__(self):
        super().__init__()

    def _init_weight(self, _, arr):
        arr[:] = 1


@register
class Constant(Initializer):
    """Initialise weights to ``value`` (a scalar, or an array of the weight's shape)."""

    def __init__(self, value):
        super().__init__(value=value)
        self.value = value

    def _init_weight(self, _, arr):
        arr[:] = self.value

    def dumps(self):
        val = self._kwargs['value']
        if not np.isscalar(val):
            self._kwargs['value'] = val.tolist() if isinstance(val, np.ndarray) else val.asnumpy().tolist()
        return json.dumps([self.__class__.__name__.lower(), self._kwargs])


@register
class Uniform(Initializer):
    """Initialise weights uniformly from ``[-scale, scale]`` (default 0.07)."""

    def __init__(self, scale=0.07):
        super().__init__(scale=scale)
        self.scale = scale

    def _init_weight(self, _, arr):
        _fill_random("uniform", -self.scale, self.scale, arr)


@register
class Normal(Initializer):
    """Initialise weights from a normal distribution with mean 0 and standard deviation ``sigma`` (0.01)."""

    def __init__(self, sigma=0.01):
        super().__init__(sigma=sigma)
        self.sigma = sigma

    def _init_weight(self, _, arr):
        _fill_random("normal", 0, self.sigma, arr)


@register
class Orthogonal(Initializer):
    """Initialise weights as a scaled orthogonal matrix (Saxe et al., 2013).

    Parameters
    ----------
    scale : float
        Scaling factor of the weight.
    rand_type : {'uniform', 'normal'}
        The distribution of the random matrix that is orthogonalised.
    """

    def __init__(self, scale=1.414, rand_type="uniform"):
        super().__init__(scale=scale, rand_type=rand_type)
        self.scale = scale
        self.rand_type = rand_type

    def _init_weight(self, _, arr):
        nout = arr.shape[0]
        nin = np.prod(arr.shape[1:])        # (a vector's is the float 1.0, which the sampler's shape refuses)
        if self.rand_type == "uniform":
            tmp = _random().uniform(-1.0, 1.0, shape=(nout, nin)).asnumpy()
        elif self.rand_type == "normal":
            tmp = _random().normal(0.0, 1.0, shape=(nout, nin)).asnumpy()
        else:
            # MXNet fails here on its unset random matrix, in Python's words
            raise UnboundLocalError("cannot access local variable 'tmp' where it is not associated with a value")
        u, _, v = _svd_signs.svd(tmp)     # numpy's SVD, with the vector signs MXNet's numpy gave
        res = u if u.shape == tmp.shape else v
        arr[:] = self.scale * res.reshape(arr.shape)


@register
class Xavier(Initializer):
    """Xavier/Glorot initialisation: values of scale ``sqrt(magnitude / factor)``.

    Parameters
    ----------
    rnd_type : {'uniform', 'gaussian'}
        Uniform on ``[-scale, scale]``, or normal with standard deviation ``scale``.
    factor_type : {'avg', 'in', 'out'}
        ``factor`` is the mean of fan-in and fan-out, the fan-in, or the fan-out.
    magnitude : float
        Scale of the random numbers.
    """

    def __init__(self, rnd_type="uniform", factor_type="avg", magnitude=3):
        super().__init__(rnd_type=rnd_type, factor_type=factor_type, magnitude=magnitude)
        self.rnd_type = rnd_type
        self.factor_type = factor_type
        self.magnitude = float(magnitude)

    def _init_weight(self, name, arr):
        shape = arr.shape
        if len(shape) < 2:
            raise ValueError(f'Xavier initializer cannot be applied to vector {name}. It requires at least 2D.')
        hw_scale = np.prod(shape[2:]) if len(shape) > 2 else 1.
        fan_in, fan_out = shape[1] * hw_scale, shape[0] * hw_scale
        if self.factor_type == "avg":       # (compared as MXNet does: an array's == refuses text)
            factor = (fan_in + fan_out) / 2.0
        elif self.factor_type == "in":
            factor = fan_in
        elif self.factor_type == "out":
            factor = fan_out
        else:
            raise ValueError("Incorrect factor type")
        scale = np.sqrt(self.magnitude / factor)
        if self.rnd_type == "uniform":
            _fill_random("uniform", -scale, scale, arr)
        elif self.rnd_type == "gaussian":
            _fill_random("normal", 0, scale, arr)
        else:
            raise ValueError("Unknown random type")


@register
class MSRAPrelu(Xavier):
    """He/MSRA initialisation for (P)ReLU networks: Gaussian Xavier with magnitude ``2 / (1 + slope**2)``.

    Parameters
    ----------
    factor_type : {'avg', 'in', 'out'}
        Which fan the scale is computed from.
    slope : float
        The initial slope of the PReLU nonlinearities.
    """

    def __init__(self, factor_type="avg", slope=0.25):
        magnitude = 2. / (1 + slope ** 2)
        super().__init__("gaussian", factor_type, magnitude)
        self._kwargs = {'factor_type': factor_type, 'slope': slope}


@register
class Bilinear(Initializer):
    """Initialise weights as bilinear-upsampling kernels."""

    def __init__(self):
        super().__init__()

    def _init_weight(self, _, arr):
        arr[:] = _bilinear(arr.shape)


@register
class LSTMBias(Initializer):
    """LSTM biases: 0 except the forget gate's, set to ``forget_bias`` (default 1.0)."""

    def __init__(self, forget_bias=1.0):
        super().__init__(forget_bias=forget_bias)
        self.forget_bias = forget_bias

    def _init_weight(self, name, arr):
        arr[:] = 0.0
        num_hidden = int(arr.shape[0] / 4)
        arr[num_hidden:2 * num_hidden] = self.forget_bias


# the names MXNet's module shows, as its own imports
from . import ndarray, random  # noqa: E402,F401
