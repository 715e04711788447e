"""``mx.np.random``: samples drawn from the generator ``mx.random.seed`` seeds (the one ``mx.nd.random`` uses)."""
import ast as _ast
import re as _re
import functools as _functools
import inspect as _inspect

import numpy as _np

from ..base import MXNetError as _MXNetError, located as _located, message_of as _message_of
from ..base import negative_size_text as _negative_size_text
from ..context import GPU_COPY as _GPU_COPY, SAMPLER_ON_GPU as _SAMPLER_ON_GPU, placed as _placed
from ..ndarray.ndarray import NDArray as _NDArray
from ..ndarray import ops_random as _r
from .. import autograd as _ag
from ..ndarray import failures as _failures
from ..util import is_np_shape as _is_np_shape
from ..ndarray.ops_misc import _C_TYPE_NAMES
from ..ndarray.ops_elemwise import libm_f32 as _libm_f32
from ..ndarray.dgemm_row import fma as _fma_f64
from ..ndarray.registry import Op as _Op, defop as _defop, unbroadcast as _unbroadcast
from ..ndarray.shape_text import inference_failure as _inference_failure
from .multiarray import _dtype, native_dtype as _native_dtype, invoke_np as _invoke_np
from .multiarray import refuse_legacy_scalars as _refuse_legacy_scalars
from .multiarray import ndarray as _np_ndarray, refuse_legacy_arrays as _refuse_legacy_arrays
from .multiarray import out_targets as _out_targets, refuse_non_array_out as _refuse_non_array_out
from .multiarray import refuse_large_size as _refuse_large_size, wrap_np as _wrap_np

_F = _np.float32


def _size(size, op=None):
    """The samples' shape ``size`` asks for; ``op``: the operator, where its shape inference fails on an unknown
    (-1) size without saying why."""
    if size is None:
        return ()
    if isinstance(size, _NDArray):      # MXNet packs the arguments in a tuple its C API refuses
        raise TypeError("type <class 'tuple'> not supported")
    if not isinstance(size, (int, _np.integer)) and not (
            isinstance(size, (tuple, list)) and all(isinstance(s, (int, _np.integer)) for s in size)):
        raise _MXNetError(f"Invalid Parameter format for size expect Shape or None but value='{size!s}'")
    shape = (int(size),) if isinstance(size, (int, _np.integer)) else tuple(int(s) for s in size)
    for n in shape:     # MXNet's parser refuses the first negative size (-1: an unknown one, for some operators)
        if n < -1:
            raise _MXNetError(_negative_size_text(n))
        if n == -1 and op is not None:
            raise _MXNetError(f"Operator {op} inferring shapes failed.")
        if n == -1:
            raise _MXNetError("Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1")
    return shape


def _standard_normals(n, double=False, engine=None):
    """``n`` standard normals as MXNet's NumPy sampler makes them: one libstdc++ float normal_distribution
    (polar method) over the sequential engine for the whole tensor, so each accepted pair gives two values
    (y, then x); float64 samples are these floats widened."""
    seq = _r.RESOURCE.sequential if engine is None else engine
    values = _np.empty(0, _F)
    while len(values) < n:
        need = (n - len(values) + 1) // 2       # pairs still needed if every one is accepted: no overdraw
        c = seq.random_raw(2 * need).astype(_F).reshape(-1, 2) * _F(2.0 ** -31) - _F(1)
        x, y = c[:, 0], c[:, 1]
        r2 = x * x + y * y
        ok = (r2 <= 1) & (r2 != 0)
        r2, x, y = r2[ok], x[ok], y[ok]
        mult = _np.sqrt(_r._logf(r2, positive=True) * _F(-2) / r2)
        values = _np.concatenate([values, _np.stack([y * mult, x * mult], axis=1).reshape(-1)])
    values = values[:n]
    return values.astype(_np.float64) if double else values


_OWN_SHAPE_FAILURES = frozenset({"power", "chisquare", "randint"})    # (their operators fail their own way there)


def _host_only(sampler):
    """``sampler`` refusing a GPU context before it draws, as MXNet (without GPUs) refuses it the random resource;
    given out=, it draws on out's context, given parameter arrays on theirs: ctx is then never read."""
    signature = _inspect.signature(sampler)

    @_functools.wraps(sampler)
    def on_host(*args, **kwargs):
        try:
            bound = signature.bind(*args, **kwargs)
        except TypeError:       # Python's own refusal of the call comes first
            return sampler(*args, **kwargs)
        given = bound.arguments
        arrays = [v for k, v in given.items() if k not in ("ctx", "out") and isinstance(v, _NDArray)]
        if arrays and given.get("size") is None and "size" in signature.parameters and \
                sampler.__name__ not in _OWN_SHAPE_FAILURES and not any(a.ndim for a in arrays) and not _is_np_shape():
            # (the samples take the parameters' broadcast shape: a 0-d array's is unknown without NumPy shapes)
            raise _located(_MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
                           ("../include/mxnet/./tuple.h", 521))
        if arrays:
            given["ctx"] = arrays[0].ctx
        elif given.get("out") is None:
            _placed(given.get("ctx"), _GPU_COPY, _SAMPLER_ON_GPU)
        return _drawing(sampler, bound.args, bound.kwargs, given.get("ctx"))
    return on_host


def _kernel_checked(sampler):
    """``sampler`` run as MXNet's engine runs it (see ``_drawing``)."""
    @_functools.wraps(sampler)
    def run(*args, **kwargs):
        return _drawing(sampler, args, kwargs)
    return run


def _drawing(sampler, args, kwargs, ctx=None):
    """``sampler(*args, **kwargs)`` with the errors its kernel finds raised when its samples are read (never for
    an empty result), and skipped with the error of its random resource while that holds one."""
    out = kwargs.get("out")
    return _failures.run_drawing(lambda: sampler(*args, **kwargs), lambda data: _wrap_np(data, ctx),
                                 out if isinstance(out, _NDArray) else None)


def _kernel_refusal(message, shape, kind=ValueError, dtype=_F, stream="sequential", op=None):
    """An error a sampler's kernel finds: kept with placeholder samples of ``shape`` and ``dtype``; ``stream``:
    the random resource it holds ('rows' for the parallel one); ``op``: MXNet's operator (its error's source)."""
    error = _failures.KernelError(message, _np.zeros(shape, dtype), sampler=stream, kind=kind)
    error.op_name = op
    return error


def _check_out(out, shape, dtype=None, op=None):
    """MXNet's shape and type inference of a sampler's ``out=`` (before its kernel runs; no type check without
    ``dtype``). ``op``: the sampler's operator, whose type inference leaves the output's type to the imperative
    call's own check (MXNet's words name the mshadow type numbers)."""
    if isinstance(out, _NDArray):
        _refuse_legacy_arrays("random", (out,))
        if tuple(out.shape) != tuple(shape):
            raise _MXNetError(f"Shape inconsistent, Provided = [{','.join(map(str, out.shape))}], inferred shape="
                              f"[{','.join(map(str, shape))}]")
        if dtype is not None and out.dtype != _np.dtype(dtype):
            if op is not None:
                from ..symbol.infer import _type_flag
                got, want = _type_flag(out.dtype), _type_flag(dtype)
                raise _MXNetError(f"Check failed: outputs[i]->dtype() == out_types[i] ({got} vs. {want}) : 0-th "
                                  f"output has invalid shape. Expecting {want} got {got} in operator {op}")
            raise _MXNetError(f"Type inconsistent, Provided = {_np.dtype(out.dtype).name}, inferred type = "
                              f"{_np.dtype(dtype).name}")


def _result(data, ctx, out):
    given = out
    if isinstance(out, (list, tuple)):      # MXNet's front end takes a sequence of outputs too, and returns it
        out = _out_targets("random", out)
        if isinstance(out, list):
            raise _MXNetError(f"Check failed: the sampler makes 1 output, but out= holds {len(out)} arrays")
    if out is not None:
        data = _np.asarray(data)
        _check_out(out, data.shape, data.dtype)
        out._data[...] = data
        return given
    return _wrap_np(_np.asarray(data), ctx)


def _float_dtype(sampler, **call):
    """The ``dtype`` of ``call`` (the arguments of ``sampler``, an mx.np.random function's name): a float type,
    else MXNet's refusal listing the operator's attributes."""
    dt = _native_dtype(call["dtype"])     # (a type MXNet lacks is refused as any other than a float)
    if dt.kind != "f":
        from .operator_text import in_operator
        if call.get("size") == ():      # (MXNet's front end passes an empty size as None)
            call = dict(call, size=None)
        tail = in_operator(f"random.{sampler}", globals()[sampler], (), call)
        raise _MXNetError(f"Invalid Input: '{dt.name}', valid values are: {{'float16', 'float32', 'float64'}}{tail}")
    return dt


@_host_only
def uniform(low=0.0, high=1.0, size=None, dtype=None, ctx=None, out=None):
    """Samples from the uniform distribution on [low, high) (array bounds broadcast with ``size``)."""
    dt = _float_dtype("uniform", low=low, high=high, size=size, dtype=dtype, ctx=ctx)
    lo, hi = _params(low, high)
    shape = _sample_shape(size, lo, hi, out=out)
    _check_out(out, shape, dt, "_npi_uniform")
    data = _uniform_samples(lo, hi, shape, dt)
    _same_typed(low, high, shape=shape, dtype=dt)     # (the kernel checks its parameters once it drew)
    return _recorded("_npi_uniform", _result(data, ctx, out), (low, high), (None, None))


def _uniform_samples(low, high, shape, dt):
    """Uniform samples on [low, high) of ``shape``, computed in float32 as MXNet does, given in ``dt``."""
    u = _unit_uniforms(int(_np.prod(shape)), _np.dtype(_F)).reshape(shape)
    wt = _working_type(low, high)
    lo, hi = (_fit(p, shape).astype(wt) for p in _kernel_params(_np.asarray(low), _np.asarray(high)))
    if wt == _np.float16:       # mshadow's half arithmetic: the float uniform scales the half range in float
        return (lo + ((hi - lo).astype(_F) * u).astype(wt)).astype(dt)
    return (lo + (hi - lo) * u.astype(wt)).astype(dt)


def _working_type(*params):
    """MXNet's samplers compute in the parameters' type: double for float64 parameter arrays, half for float16
    ones, float otherwise (numbers are float32)."""
    types = {_np.dtype(getattr(v, "dtype", _F)).name for v in params}
    if "float64" in types:
        return _np.float64
    return _np.float16 if "float16" in types else _F


def _dims(shape):
    return "[" + ",".join(map(str, shape)) + "]"


def _dist_common(line):
    """Where the samplers' shared shape checks stand in MXNet's source."""
    return "../src/operator/numpy/random/././dist_common.h", line


def _param_shape(*params):
    """The shape array parameters broadcast to (MXNet's shape inference refuses others)."""
    try:
        return _np.broadcast_shapes(*[p.shape for p in params])
    except ValueError:
        raise _located(_MXNetError("Check failed: l == 1 || r == 1: operands could not be broadcast together with "
                                  "shapes " + " ".join(_dims(p.shape) for p in params)), _dist_common(131)) from None


def _fit(param, shape):
    """``param`` as MXNet's kernel reads it for samples of ``shape``: it indexes the parameter with the sample's
    coordinates and the parameter's own strides (dimensions aligned from the right), so where the samples have
    one entry and the parameter more, the parameter's first one is read."""
    p = _np.asarray(param)
    shape = tuple(shape)
    if p.shape == shape:
        return p
    lead = max(p.ndim - len(shape), 0)
    p = p[(0,) * lead]
    tail = shape[len(shape) - p.ndim:] if p.ndim else ()
    p = p[tuple(slice(0, 1) if n != m and m == 1 else slice(None) for n, m in zip(p.shape, tail))]
    return _np.broadcast_to(p, shape)


def _sample_shape(size, *params, out=None):
    """The output shape: ``size``, else the parameters' broadcast shape. MXNet checks each parameter against
    ``size`` dimension by dimension from the right (a size of 1 on either side passes), after ``out``'s shape."""
    shape = _size(size)
    if not shape:
        return _param_shape(*params)
    _check_out(out, shape)
    for p in params:
        if any(a != b and 1 not in (a, b) for a, b in zip(p.shape[::-1], shape[::-1])):
            raise _located(_MXNetError("Check failed: l == 1 || r == 1: operands could not be broadcast together "
                                      f"with shapes {_dims(p.shape)} {_dims(shape)}"), _dist_common(109))
    return shape


def _node_params(inputs, *values):
    """A sampler node's parameters: a symbol the caller gave is the node's next input (its attribute None)."""
    inputs = list(inputs)
    return [inputs.pop(0) if v is None and inputs else v for v in values]


def _node_shape(size, *params):
    """A sampler node's output shape: ``size``, else its parameters' broadcast shape."""
    return _size(size) if size is not None else _np.broadcast_shapes(*(_np.shape(p) for p in params))


@_defop("_npi_uniform")
def _uniform_op(*inputs, low=0.0, high=1.0, size=None, dtype="float32", ctx=None):
    """Uniform samples on [low, high) of shape ``size`` (``mx.sym.np.random.uniform``'s operator)."""
    low, high = _node_params(inputs, low, high)
    return _uniform_samples(low, high, _node_shape(size, low, high), _dtype(dtype))


@_uniform_op.grad
def _(dy, out, *inputs, **attrs):
    return tuple(_np.zeros_like(x) for x in inputs)       # as MXNet's: the bounds get no gradient


def _unit_uniforms(n, dt):
    """``n`` uniforms in [0, 1) from the sequential engine: float32 ones from one 32-bit draw each, cast to
    ``dt`` (as MXNet's NumPy sampler)."""
    return _r._canonical(_r.RESOURCE.sequential.random_raw(n), False).astype(dt)


@_host_only
def normal(loc=0.0, scale=1.0, size=None, dtype=None, ctx=None, out=None):
    """Samples from the normal distribution N(loc, scale^2) (array parameters broadcast with ``size``)."""
    dt = _float_dtype("normal", loc=loc, scale=scale, size=size, dtype=dtype, ctx=ctx)
    lo, sc = _params(loc, scale)
    shape = _sample_shape(size, lo, sc, out=out)
    _check_out(out, shape, dt, "_npi_normal")
    z = _standard_normals(int(_np.prod(shape))).reshape(shape)
    _same_typed(loc, scale, shape=shape, dtype=dt)     # (the kernel checks its parameters once it drew)
    _refuse_outside(scale, sc < 0, "scale.value() >= 0.0", "scale < 0", shape, dt, "_npi_normal", beside=loc)
    res = _result(_normal_of(z, lo, sc, dt), ctx, out)
    return _recorded("_npi_normal", res, (loc, scale), (lambda dy: dy, lambda dy: dy * z))


def _normal_of(z, loc, scale, dt):
    """N(loc, scale^2) from standard normals ``z``, computed in float32 as MXNet does, given in ``dt``."""
    wt = _working_type(loc, scale)
    loc, scale = (_fit(p, z.shape).astype(wt) for p in _kernel_params(_np.asarray(loc), _np.asarray(scale)))
    if wt == _np.float16:       # the float noise times a half scale is a float, rounded to half when stored
        return ((z * scale.astype(_F)).astype(wt) + loc).astype(dt)
    return (z.astype(wt) * scale + loc).astype(dt)


@_defop("_npi_normal", hidden=1)
def _normal_op(*inputs, loc=0.0, scale=1.0, size=None, dtype="float32", ctx=None):
    """Normal samples N(loc, scale^2) of shape ``size`` (``mx.sym.np.random.normal``'s operator), and the unit
    noise they came from, kept (as MXNet's node keeps it) for the backward: the samples do not give it back to
    the last bit."""
    loc, scale = _node_params(inputs, loc, scale)
    shape = _node_shape(size, loc, scale)
    z = _standard_normals(int(_np.prod(shape))).reshape(shape)
    return _normal_of(z, loc, scale, _dtype(dtype)), z


@_normal_op.grad
def _(dy, out, *inputs, loc=0.0, scale=1.0, **attrs):
    """d/dloc = 1 and d/dscale = the unit noise."""
    names = [name for name, v in (("loc", loc), ("scale", scale)) if v is None]
    grads = {"loc": dy, "scale": dy * out[1]}
    return tuple(_unbroadcast(grads[name], x) for name, x in zip(names, inputs))


def rand(*size, **kwargs):
    """Uniform samples on [0, 1) of shape ``size``."""
    return uniform(0, 1, size=size, **kwargs)


def randn(*size, **kwargs):
    """Standard normal samples of shape ``size``."""
    return normal(0, 1, size=size, **kwargs)


def _long_attribute(value):
    """A value as MXNet's parser reads its text as a long (a 0-d integer array's too); None where it cannot."""
    if isinstance(value, _np.ndarray):
        value = value.item() if value.ndim == 0 and value.dtype.kind in "iu" else None
    if isinstance(value, str):      # (a C++ stream reads all of it: blanks, a sign, digits)
        value = int(value) if _re.fullmatch(r"\s*[+-]?\d+\s*", value) else None
    if isinstance(value, bool) or not isinstance(value, (int, _np.integer)) or not -2 ** 63 <= value < 2 ** 63:
        return None
    return int(value)


@_host_only
def randint(low, high=None, size=None, dtype=None, ctx=None, out=None):
    """Integers drawn uniformly from [low, high) (int64 by default)."""
    from .operator_text import in_operator
    from .attribute_text import attribute_value
    if high is None:
        low, high = 0, low
    size = attribute_value(size, "axes")        # (its text, '3' or '(2, 3)', read as the shape)
    shown = {k: v.asnumpy() if isinstance(v, _np_ndarray) else v
             for k, v in (("low", low), ("high", high), ("size", size))}       # (as attribute text: NumPy's)
    tail = in_operator("random.randint", randint, (), dict(shown, dtype=dtype, ctx=ctx))
    dt = _np.dtype(_np.int64 if dtype is None else dtype)       # MXNet's parser reads dtype, shape, high, low
    if dt not in (_np.int32, _np.int64):
        raise _MXNetError(f"Invalid Input: '{dt.name}', valid values are: {{'None', 'int32', 'int64'}}{tail}")
    if size is not None and (isinstance(size, (_NDArray, bool)) or not isinstance(size, (int, _np.integer)) and not (
            isinstance(size, (tuple, list)) and all(isinstance(n, (int, _np.integer)) for n in size))):
        raise _MXNetError(f"Invalid Parameter format for shape expect Shape(tuple) but value='{shown['size']!s}'{tail}")
    bounds = {name: _long_attribute(shown[name]) for name in ("high", "low")}
    for name in ("high", "low"):
        if bounds[name] is None:
            raise _MXNetError(f"Invalid Parameter format for {name} expect long but value='{shown[name]!s}'{tail}")
    low, high = bounds["low"], bounds["high"]
    shape = _size(size, "_random_randint")
    if not (shape and all(shape)) and not _is_np_shape():    # legacy shape semantics: a 0 (or no) dimension is unknown
        raise _MXNetError("Operator _random_randint inferring shapes failed.")
    _refuse_large_size(shape, "param_shape.Size()", "InitShape-input")
    _check_out(out, shape)      # (its shape inference)
    if isinstance(out, _NDArray) and out.dtype != dt:      # (its kernel's check, at the call)
        from ..symbol.infer import _type_flag
        got, want = _type_flag(out.dtype), _type_flag(dt)
        raise _MXNetError(f"Check failed: dtype_out == param.dtype ({got} vs. {want}) : Output type does not match "
                          f"requested type: {got} vs {want}")
    if high < low or high == low and _np.prod(shape):    # (its kernel's check, on the parallel stream; equal
        # bounds divide by zero drawing, which no empty result does)
        raise _kernel_refusal(f"Check failed: param.high >= param.low ({high} vs. {low}) : low must be less or equal "
                              "to high in uniform distribution", shape, _MXNetError, dt, "rows")
    data = _r._randints(int(_np.prod(shape)), int(low), int(high) - int(low)).astype(dt).reshape(shape)
    return _result(data, ctx, out)


@_host_only
def exponential(scale=1.0, size=None, ctx=None, out=None):
    """Samples from the exponential distribution with mean ``scale``."""
    (sc,) = _params(scale)
    shape = _sample_shape(size, sc, out=out)    # MXNet parses the size (and checks it) before it reads the scale
    _check_out(out, shape, _F, "_npi_exponential")
    u = _unit_uniforms(int(_np.prod(shape)), _np.dtype(_F)).reshape(shape)
    _refuse_outside(scale, sc < 0, "scale.value() >= 0.0", "expect scale >= 0", shape, op="_npi_exponential")
    if not isinstance(scale, _NDArray):         # MXNet's scalar kernel: -scale * log(u) in double
        return _result((-_np.float64(sc) * _ln(u)).astype(_F), ctx, out)
    noise = -_logf(u)
    return _recorded("_npi_exponential", _result(_scaled(sc, noise), ctx, out), (scale,), (lambda dy: dy * noise,))


def _params(*values):
    """Distribution parameters as float32 numpy arrays (arrays give one distribution per element)."""
    for v in values:        # MXNet reads a legacy NDArray as a scalar attribute, which fails to parse
        if isinstance(v, _NDArray) and not isinstance(v, _np_ndarray):
            raise _MXNetError(f"Invalid Parameter format: a legacy NDArray {v.shape} is no distribution parameter; "
                              "use an mx.np array (as_np_ndarray()) or a Python number")
        if not isinstance(v, (_NDArray, int, float, _np.generic)) or \
                not isinstance(v, _NDArray) and not _np.isfinite(float(v)):     # MXNet parses a finite number
            raise _MXNetError(f"Invalid Parameter format: expect float or None but value='{v!s}'")
        if isinstance(v, _NDArray) and v.dtype == _np.bool_:
            raise _MXNetError("Unknown type enum 7")
    return [v.asnumpy() if isinstance(v, _NDArray) else _np.asarray(v, _F) for v in values]


def _kernel_params(*params):
    """Two parameters as MXNet's kernel reads them: arrays of one type only, and a number beside an integer
    array converted to the array's type (truncated), as the kernel's parameter type is the array's."""
    ints = [p.dtype for p in params if p.dtype.kind in "iu"]     # numbers came as float32
    if not ints:
        return params
    return [p.astype(ints[0]) for p in params]


def _same_typed(*values, shape=None, dtype=_F):
    """Refuses array parameters of different types, as MXNet's kernels do (they read all in the second one's
    type); given the samples' ``shape``, as the kernel finds it."""
    types = [_np.dtype(v.dtype).name for v in values if isinstance(v, _NDArray)]
    if len(set(types)) > 1:
        given, expected = (_C_TYPE_NAMES.get(t, "float") for t in types[:2])
        message = ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do "
                   f"not match specified type.Expected: {expected} v.s. given {given}")
        if shape is None:
            raise _MXNetError(message)
        raise _kernel_refusal(message, shape, _MXNetError, dtype)


def _recorded(name, result, params, grads):
    """``result`` recorded as op ``name`` of the parameters that are arrays, when autograd records: MXNet's
    samplers are differentiable by reparameterization. ``grads[i](dy)`` is parameter i's gradient at the
    output's shape (None: zeros), summed back to the parameter's shape."""
    arrays = [(p, g) for p, g in zip(params, grads) if isinstance(p, _NDArray)]
    if not arrays or not _ag.is_recording():
        return result

    def backward(dy, out, *inputs):
        return _parameter_gradients(dy, inputs, [g for _, g in arrays])
    op = _Op(name, lambda *a: None, 0)
    op.grad(backward)
    array = result[0] if isinstance(result, (list, tuple)) else result      # (out= given as a sequence)
    _ag._record(op, [p for p, _ in arrays], [p._data for p, _ in arrays], {}, array._data, [array])
    return result


def _parameter_gradients(dy, inputs, grads):
    """A sampler's gradients w.r.t. its array parameters ``inputs``: ``grads[i](dy)`` (None: zeros) at the
    output's shape, summed back to the parameter's shape."""
    other = [x.dtype for x in inputs if x.dtype != _F]
    if any(g is not None for g in grads) and other:    # its backward kernel reads float only: when read
        _failures.backward_kernel_error(
            "Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do "
            f"not match specified type.Expected: float v.s. given {_C_TYPE_NAMES.get(other[0].name, 'float')}")
        return tuple(_np.zeros(x.shape, x.dtype) for x in inputs)
    # MXNet sums each gradient into a zeroed buffer: a -0 comes out +0
    return tuple(_np.zeros(x.shape, x.dtype) if g is None else
                 _unbroadcast(g(dy).astype(dy.dtype), x).astype(x.dtype) + x.dtype.type(0)
                 for g, x in zip(grads, inputs))


# where a two-parameter kernel checks its scale array beside a loc array (its branch for two arrays)
_BOTH_ARRAYS_CHECKED = {"_npi_normal": ("../src/operator/numpy/random/./np_normal_op.h", 209),
                        "_npi_gumbel": ("../src/operator/numpy/random/./np_location_scale_op.h", 248),
                        "_npi_logistic": ("../src/operator/numpy/random/./np_location_scale_op.h", 248)}


def _refuse_outside(value, outside, check, what, shape, dtype=_F, op=None, beside=None):
    """MXNet's ValueError for a distribution parameter with values ``outside`` its domain, found by the kernel
    (of operator ``op``) of samples of ``shape``: a number fails the attribute's ``check`` (showing the number),
    or, ``beside`` an array parameter, the kernel's own check of it; an array the kernel's indicator (-1)."""
    if not _np.any(outside):
        return
    if isinstance(value, _NDArray):
        error = _kernel_refusal(f"Check failed: indicator_host >= 0.0 (-1 vs. 0) : {what}", shape, dtype=dtype, op=op)
        if isinstance(beside, _NDArray):
            error.raised_at = _BOTH_ARRAYS_CHECKED[op]
        raise error
    checked = "scalar_value >= 0.0" if isinstance(beside, _NDArray) else f"param.{check}"
    raise _kernel_refusal(f"Check failed: {checked} ({float(_F(value)):g} vs. 0) : {what}", shape, dtype=dtype, op=op)


def _positive(a, shape, op):
    values = a.asnumpy() if isinstance(a, _NDArray) else _np.asarray(a, _F)     # (a number read as a float)
    _refuse_outside(a, values <= 0, "a.value() > 0.0", "expect a > 0", shape, op=op)


def _ln(x):
    """The C library's double log (of float32 values, widened)."""
    return _r._log(_np.asarray(x, _np.float64), True)


def _logf(x):
    """The C library's float log of a float32 array (the kernels of exponential, weibull and pareto call it)."""
    return _r._logf(x.reshape(-1)).reshape(x.shape)


def _non_negative_scale(scale, values, shape, op, what="scale < 0", beside=None):
    """MXNet's check of a scale parameter (an array's too, a number ``beside`` an array loc by its kernel):
    ValueError for a negative one (a NaN passes)."""
    _refuse_outside(scale, values < 0, "scale.value() >= 0.0", what, shape, op=op, beside=beside)


def _one_param(value, size, spare=0):
    """A one-parameter sampler's parameter (float32 for a number), its output shape and float32 uniforms."""
    (p,) = _params(value)
    shape = _sample_shape(size, p)
    n = int(_np.prod(shape))
    return p, shape, _unit_uniforms(n + spare, _np.dtype(_F))[:n].reshape(shape)


def _scaled(param, noise):
    """``param * noise`` in the parameter's type (float32 for a number or an integer array), stored as float32."""
    kind = param.dtype if param.dtype.kind == "f" else _np.dtype(_F)
    if kind == _np.float16:     # mshadow's half arithmetic: the product in float, rounded to half
        return (_fit(param, noise.shape).astype(_F) * noise.astype(_F)).astype(kind).astype(_F)
    return (_fit(param, noise.shape).astype(kind) * noise.astype(kind)).astype(_F)


def _powf(x, y):
    """The C library's powf of float32 arrays (broadcast)."""
    return _libm_f32("powf", _np.power, _np.asarray(x, _F), _np.asarray(y, _F))


@_host_only
def rayleigh(scale=1.0, size=None, ctx=None, out=None):
    """Samples from the Rayleigh distribution of ``scale``."""
    _check_out(out, _sample_shape(size, *_params(scale), out=out), _F, "_npi_rayleigh")    # before any draw
    sc, shape, u = _one_param(scale, size)
    _non_negative_scale(scale, sc, shape, "_npi_rayleigh", "expect scale >= 0")
    noise = _np.sqrt(-2.0 * _ln(u)).astype(_F)
    return _recorded("_npi_rayleigh", _result(_scaled(sc, noise), ctx, out), (scale,), (lambda dy: dy * noise,))


@_host_only
def weibull(a, size=None, ctx=None, out=None):
    """Samples from the Weibull distribution of shape ``a``."""
    res, grad = _weibull_with_gradient(a, size, ctx, out)
    return _recorded("_npi_weibull", res, (a,), (lambda dy: dy * grad,))


def _weibull_with_gradient(a, size=None, ctx=None, out=None):
    """Weibull samples and, as MXNet's kernel writes beside them, each one's derivative w.r.t. ``a``."""
    shape = _sample_shape(size, *_params(a), out=out)     # the size is parsed (and checked) first
    _check_out(out, shape, _F, "_npi_weibull")
    a_, shape, u = _one_param(a, size)
    _positive(a, shape, "_npi_weibull")
    a_ = _fit(a_, shape)
    x = -_logf(u)
    res = _powf(x, (1.0 / a_.astype(_np.float64)).astype(a_.dtype))
    with _np.errstate(all="ignore"):
        grad = (-_ln(x) * res * (1.0 / (a_ * a_).astype(_np.float64))).astype(_F)
    return _result(res, ctx, out), grad


def _fused_x_times_plus_one(x, s):
    """x * (s + 1) in double as the compiled kernel has it: one fused x * s + x (inf and NaN: unfused)."""
    x, s = x.astype(_np.float64), s.astype(_np.float64)
    finite = _np.isfinite(x) & _np.isfinite(s)
    fx, fs = _np.where(finite, x, 0.0), _np.where(finite, s, 0.0)
    return _np.where(finite, _fma_f64(fx, fs, fx), x * s + x)


@_host_only
def pareto(a, size=None, ctx=None, out=None):
    """Samples from the Pareto II (Lomax) distribution of shape ``a``."""
    res, grad = _pareto_with_gradient(a, size, ctx, out)
    return res if grad is None else _recorded("_npi_pareto", res, (a,), (lambda dy: dy * grad,))


def _pareto_with_gradient(a, size=None, ctx=None, out=None):
    """Pareto II samples and each one's derivative w.r.t. ``a`` (None for a number ``a``)."""
    shape = _sample_shape(size, *_params(a), out=out)     # the size is parsed (and checked) first
    _check_out(out, shape, _F, "_npi_pareto")
    a_, shape, u = _one_param(a, size)
    _positive(a, shape, "_npi_pareto")
    if not isinstance(a, _NDArray):             # MXNet's scalar kernel: in double throughout
        return _result((_np.exp(-_ln(u) / _np.float64(a_)) - 1.0).astype(_F), ctx, out), None
    a_ = _fit(a_, shape)
    x = -_logf(u)
    with _np.errstate(all="ignore"):
        if a_.dtype == _np.float16:     # mshadow's half arithmetic: each step in float, rounded to half
            half = _np.float16
            res = (_np.exp((x / a_.astype(_F)).astype(half).astype(_np.float64)) - 1).astype(_F).astype(half)
        else:
            res = (_np.exp((x / a_).astype(_np.float64)) - 1.0)
        res = res.astype(_F)
        grad = (-_fused_x_times_plus_one(x, res) * (1.0 / (a_ * a_).astype(_np.float64))).astype(_F)
    return _result(res, ctx, out), grad


@_kernel_checked
def power(a, size=None):
    """Samples in [0, 1] from the power distribution of exponent ``a - 1`` (MXNet's takes no ctx or out)."""
    _size(size, "_npi_powerd")
    if isinstance(a, _NDArray) and not a.ndim and size is None and not _is_np_shape():     # (an unknown shape)
        raise _inference_failure("_npi_powerd", [None], [None], [("size", None), ("a", None)])
    _sample_shape(size, *_params(a))       # the size is parsed (and checked) first
    a_, shape, u = _one_param(a, size, spare=1)
    _positive(a, shape, "_npi_powerd")
    a_ = _fit(a_, shape)
    # the kernel takes 1 / a in the parameter's type: an integer array's is C's integer division
    inverse = 1 // a_ if a_.dtype.kind in "iu" else (1.0 / a_.astype(_np.float64)).astype(a_.dtype)
    res = _powf(_F(1) - u, inverse)
    return _recorded("_npi_powerd", _result(res, None, None), (a,), (None,))


def _location_scale(name, noise_of, loc, scale, size, ctx, out):
    """MXNet's location-scale kernels: a float32 noise from each float32 uniform (its logs taken in double),
    then ``loc + noise * scale`` in the parameters' type (float32 for numbers), stored as float32."""
    res, noise = _location_scale_draw(name, noise_of, loc, scale, size, ctx, out)
    return _recorded(name, res, (loc, scale), (lambda dy: dy, lambda dy: dy * noise))


def _location_scale_draw(name, noise_of, loc, scale, size, ctx=None, out=None):
    """(the samples of a location-scale kernel, the noise they came from)"""
    lo, sc = _params(loc, scale)
    shape = _sample_shape(size, lo, sc, out=out)
    _check_out(out, shape, _F, name)
    u = _unit_uniforms(int(_np.prod(shape)), _np.dtype(_F)).reshape(shape)
    _same_typed(loc, scale, shape=shape)     # (the kernel checks its parameters once it drew)
    _non_negative_scale(scale, sc, shape, name, beside=loc)
    lo, sc = (_fit(p, shape) for p in _kernel_params(lo, sc))
    with _np.errstate(all="ignore"):
        noise = noise_of(u).astype(_F)
        kind = _working_type(loc, scale)
        if kind == _np.float16:     # mshadow's half arithmetic: each step in float, rounded to half (a number
            lo, sc = lo.astype(kind).astype(_F), sc.astype(kind).astype(_F)     # parameter first made half)
            res = lo + (noise * sc).astype(kind).astype(_F)
        else:
            res = lo.astype(kind) + noise.astype(kind) * sc.astype(kind)
        res = res.astype(kind)
    return _result(res.astype(_F), ctx, out), noise


def _gumbel_noise(u):
    return -_ln(-_ln(u))


def _logistic_noise(u):
    return _ln(u) - _ln(_F(1) - u)


@_host_only
def gumbel(loc=0.0, scale=1.0, size=None, ctx=None, out=None):
    """Samples from the Gumbel distribution."""
    return _location_scale("_npi_gumbel", _gumbel_noise, loc, scale, size, ctx, out)


@_host_only
def logistic(loc=0.0, scale=1.0, size=None, ctx=None, out=None):
    """Samples from the logistic distribution."""
    return _location_scale("_npi_logistic", _logistic_noise, loc, scale, size, ctx, out)


def _gumbel_with_noise(loc=0.0, scale=1.0, size=None):
    """Gumbel samples and the unit noise they came from (a graph node's hidden output, for its gradient)."""
    return _location_scale_draw("_npi_gumbel", _gumbel_noise, loc, scale, size)


def _logistic_with_noise(loc=0.0, scale=1.0, size=None):
    """Logistic samples and the unit noise they came from (a graph node's hidden output, for its gradient)."""
    return _location_scale_draw("_npi_logistic", _logistic_noise, loc, scale, size)


@_host_only
def lognormal(mean=0.0, sigma=1.0, size=None, dtype=None, ctx=None, out=None):
    """Samples whose logarithm is normal with ``mean`` and ``sigma``; as MXNet's, ``out`` receives the normal
    samples and the result is a new array."""
    from .umath import exp
    return exp(normal(mean, sigma, size, dtype, ctx, out))


def _seq_uniforms(n):
    """``n`` double uniforms in [0, 1) from the sequential engine (libstdc++ uniform_real_distribution)."""
    return _r._canonical(_r.RESOURCE.sequential.random_raw(2 * n), True)


def _seq_normals(n):
    """``n`` double standard normals from the sequential engine: one libstdc++ normal_distribution<double>
    (polar method) for the whole tensor, so each accepted pair gives two values (y, then x)."""
    values = _np.empty(0)
    while len(values) < n:
        need = (n - len(values) + 1) // 2       # pairs still needed if every one is accepted: no overdraw
        c = 2.0 * _seq_uniforms(2 * need).reshape(-1, 2) - 1.0
        x, y = c[:, 0], c[:, 1]
        r2 = x * x + y * y
        ok = (r2 <= 1.0) & (r2 != 0.0)
        r2, x, y = r2[ok], x[ok], y[ok]
        mult = _np.sqrt(-2.0 * _r._log(r2, True) / r2)
        values = _np.concatenate([values, _np.stack([y * mult, x * mult], axis=1).reshape(-1)])
    return values[:n]


def _gamma_samples(shape_a, scale_b, n, half=False):
    """Marsaglia-Tsang gamma samples as MXNet's NumPy sampler draws them: per round 2n uniforms and
    2n normals for all n samples, rounds repeated until every sample is accepted (``half``: the parameters are
    half arrays, in whose type the kernel keeps d * v * scale and 1 / shape)."""
    kind = _np.float16 if half else _np.float64     # (a number parameter beside a half array is made half)
    a = _np.broadcast_to(shape_a, (n,)).astype(kind).astype(_np.float64)
    b = _np.broadcast_to(scale_b, (n,)).astype(kind).astype(_np.float64)
    out = _np.full(n, -1.0)
    d = _np.where(a < 1, a + 2.0 / 3.0, a - 1.0 / 3.0)
    if half:
        d = d.astype(_np.float16).astype(_np.float64)
    c = 1.0 / _np.sqrt(9.0 * d)
    while (out < 0).any():
        u = _seq_uniforms(2 * n).reshape(n, 2)
        z = _seq_normals(2 * n).reshape(n, 2)[:, 0]
        todo = out < 0
        v = 1 + c * z
        v = v * v * v       # as MXNet's kernel cubes it (numpy's power rounds differently)
        with _np.errstate(all="ignore"):
            logv = _r._logf(_np.where(v > 0, v, 1).astype(_F)).astype(_np.float64)
            logu = _r._logf(u[:, 0].astype(_F)).astype(_np.float64)
            ok = (v > 0) & ((u[:, 0] <= 1 - 0.0331 * (z * z) * (z * z)) | (logu < 0.5 * (z * z) + d * (1 - v + logv)))
            sample = d * v * b
            if half:
                sample = sample.astype(_np.float16).astype(_np.float64)
            inv = (1.0 / a).astype(_np.float16) if half else 1.0 / a      # (1 / alpha in the parameters' type)
            boost = _powf(u[:, 1], inv)        # (the C library's float pow)
            sample = _np.where(a < 1, sample * boost.astype(_np.float64), sample)
        out = _np.where(todo & ok, sample, out)
    return out


_GAMMA_NUMBER_BESIDE_ARRAY = {"shape": ("../src/operator/numpy/random/./np_gamma_op.h", 288),
                              "scale": ("../src/operator/numpy/random/./np_gamma_op.h", 294)}


def _gamma_numbers(shape, scale, k, theta, dims, dt):
    """MXNet's gamma refuses a non-positive number as a parameter first (its attribute check, in its kernel; beside
    an array, the kernel's own check of it)."""
    beside_array = isinstance(shape, _NDArray) or isinstance(scale, _NDArray)
    prefix = "" if beside_array else "Check failed: false: "
    for given, values, name in ((shape, k, "shape"), (scale, theta, "scale")):
        if not isinstance(given, _NDArray) and values <= 0:
            error = _kernel_refusal(f"{prefix}expect {name} > 0", dims, dtype=dt, op="_npi_gamma")
            if beside_array:
                error.raised_at = _GAMMA_NUMBER_BESIDE_ARRAY[name]
            raise error


def _gamma_arrays(shape, scale, k, theta, dims, dt):
    """... and non-positive values of its parameter arrays last, once it read them in their type."""
    if isinstance(shape, _NDArray) and isinstance(scale, _NDArray) and ((k <= 0).any() or (theta <= 0).any()):
        raise _kernel_refusal("expect shape and value > 0", dims, dtype=dt, op="_npi_gamma")
    for values, name in ((k, "shape"), (theta, "scale")):
        if (values <= 0).any():
            raise _kernel_refusal(f"expect {name} > 0", dims, dtype=dt, op="_npi_gamma")


@_host_only
def gamma(shape, scale=1.0, size=None, dtype=None, ctx=None, out=None):
    """Samples from the gamma distribution of ``shape`` (k) and ``scale`` (theta)."""
    shown_size = tuple(out.shape) if isinstance(out, _NDArray) else size      # (MXNet's front end takes out='s)
    dt = _float_dtype("gamma", shape=shape, scale=scale, size=shown_size, dtype=dtype, ctx=ctx)
    k, theta = _params(shape, scale)
    dims = _sample_shape(size, k, theta) if out is None else _size(size)     # the size is parsed (and checked) first
    if out is not None:         # MXNet's gamma takes its samples' shape from out= (read in Python), then refuses
        dims = tuple(out.shape)         # any out= but an mx.np array
        _refuse_legacy_arrays("_npi_gamma", (out,))
        _refuse_non_array_out("_npi_gamma", out)
        if dims:
            _sample_shape(dims, k, theta)       # (the parameters broadcast to out='s shape)
        _check_out(out, dims, dt, "_npi_gamma")
    n = int(_np.prod(dims))
    try:        # the kernel's checks: number parameters, the arrays' types, the arrays' values
        _gamma_numbers(shape, scale, k, theta, dims, dt)
        first = k if isinstance(shape, _NDArray) or not isinstance(scale, _NDArray) else theta
        if first.dtype.kind in "iu":        # (its kernel picks the type of its first array: another one must match)
            comma = "," if first.dtype.itemsize > 2 else ""     # (its two checks of integer types word it apart)
            raise _kernel_refusal(f"This operation only support floating point types{comma} not {first.dtype.name}",
                                  dims, _MXNetError, dt)
        _same_typed(shape, scale, shape=dims, dtype=dt)
        _gamma_arrays(shape, scale, k, theta, dims, dt)
    except _failures.KernelError:
        _seq_uniforms(2 * n), _seq_normals(2 * n)       # the kernel's first round of draws comes before its check
        raise
    data = _gamma_samples(_fit(k, dims).reshape(-1), _fit(theta, dims).reshape(-1), n,
                          half=_np.float16 in (k.dtype, theta.dtype))
    return _recorded("_npi_gamma", _result(data.reshape(dims).astype(dt), ctx, out), (shape, scale),
                     (None, None))


@_host_only
def chisquare(df, size=None, dtype=None, ctx=None):
    """Samples of gamma(df / 2, 0.5): MXNet 1.9.1's chisquare, a quarter of the textbook chi-square variates."""
    if isinstance(size, _NDArray):      # (refused by MXNet's C API before its front end halves df)
        _size(size)
    half = df / 2
    return gamma(half, 0.5, size=size, dtype=dtype, ctx=ctx)


@_kernel_checked
def beta(a, b, size=None, dtype=None, ctx=None):
    """Samples from the beta distribution: X / (X + Y) of gamma samples X ~ (a, 1), Y ~ (b, 1) (each placed, or
    refused a GPU, as its gamma sampler is)."""
    x = gamma(a, 1, size=size, dtype="float64", ctx=None if isinstance(a, _NDArray) else ctx)
    y = gamma(b, 1, size=size, dtype="float64", ctx=None if isinstance(b, _NDArray) else ctx)
    return (x / (x + y)).astype(_dtype(dtype, table=True))     # (refusing a type MXNet lacks as astype does)


@_kernel_checked
def multinomial(n, pvals, size=None):
    """Counts (int64) of ``n`` experiments over the outcomes of probabilities ``pvals``, per ``size`` draw."""
    from .operator_text import in_operator
    shown = {k: v.asnumpy() if isinstance(v, _np_ndarray) else v for k, v in (("n", n), ("size", size))}
    tail = in_operator("random.multinomial", multinomial, (), dict(shown, pvals=pvals))
    if isinstance(pvals, _np.ndarray):      # (its front end's refusal, before the parser reads anything)
        raise ValueError("numpy ndarray is not supported!")
    if isinstance(pvals, str):      # (MXNet's parser reads pvals, then size, then n)
        raise _MXNetError(f"Invalid Parameter format for pvals expect  but value='{pvals!s}'{tail}")
    if not isinstance(pvals, _NDArray):
        if not isinstance(pvals, (tuple, list, _np.ndarray)):
            iter(pvals)     # (Python's TypeError, naming the type as Python does)
            raise TypeError(f"'{type(pvals).__name__}' object is not iterable")
        if any(isinstance(v, (tuple, list, _np.ndarray)) for v in pvals):
            raise ValueError("object too deep for desired array")
    if isinstance(size, _NDArray):
        raise _MXNetError(f"Invalid Parameter format for size expect Shape or None but value='{shown['size']!s}'{tail}")
    n = _long_attribute(n) if isinstance(n, str) and _long_attribute(n) is not None else n    # (its text read)
    if isinstance(n, bool) or not isinstance(n, (int, _np.integer)):
        raise _MXNetError(f"Invalid Parameter format for n expect int but value='{shown['n']!s}'{tail}")
    n = max(int(n), 0)          # no experiments: zero counts
    if isinstance(pvals, _NDArray):
        _refuse_legacy_scalars("_npi_multinomial", (pvals,))
        if pvals.ndim != 1:
            raise _MXNetError(f"Check failed: ishape.ndim() == 1U ({pvals.ndim} vs. 1) : object too deep for desired "
                              "array")
    given = pvals.asnumpy() if isinstance(pvals, _NDArray) else _np.asarray(pvals, _np.float64)
    p = given.astype(_np.float64)
    if not len(p):              # no outcomes: an empty count per draw
        return _wrap_np(_np.zeros(_size(size) + (0,), _np.int64))
    shape = _size(size)
    if 0 in shape:              # no draws: MXNet runs no kernel, so checks nothing and draws nothing
        return _recorded("_npi_multinomial", _wrap_np(_np.zeros(shape + (len(p),), _np.int64)), (pvals,), (None,))
    rows = int(_np.prod(shape))
    # (the kernel draws its numbers before it checks pvals)
    raw = _r.RESOURCE.sequential.random_raw(2 * (rows * n + (0 if isinstance(pvals, _NDArray) else len(p))))
    total = _np.cumsum(given)           # summed in the array's own dtype, as MXNet's kernel
    if (total > 1.0).any():     # (checked by the kernel reading pvals as an array, or as its attribute)
        error = _kernel_refusal(f"Check failed: sum <= 1.0 + 1e-12 ({total[total > 1.0][0]:g} vs. 1) : "
                                "sum(pvals[:-1]) > 1.0", shape + (len(p),), _MXNetError, _np.int64)
        error.raised_at = ("../src/operator/numpy/random/./np_multinomial_op.h",
                           109 if isinstance(pvals, _NDArray) else 180)
        raise error
    u = _r._canonical(raw, True)[:rows * n].reshape(rows, n)
    outcome = _np.minimum(_np.searchsorted(_np.cumsum(p), u, side="right"), len(p) - 1)
    counts = _np.stack([_np.bincount(r, minlength=len(p)) for r in outcome]) if rows else _np.zeros((0, len(p)))
    res = _wrap_np(counts.astype(_np.int64).reshape(shape + (len(p),)))
    return _recorded("_npi_multinomial", res, (pvals,), (None,))       # (a zero gradient, as MXNet's)


@_host_only
def choice(a, size=None, replace=True, p=None, ctx=None, out=None):
    """A random sample from ``range(a)`` (an int) or from the rows of array ``a`` (``out`` then unread: MXNet
    draws the indices into a new array and takes those rows)."""
    if not isinstance(a, _NDArray):
        _refuse_legacy_arrays("_npi_choice", (out,))
        _refuse_non_array_out("_npi_choice", out)
    if isinstance(p, _NDArray):
        _refuse_legacy_arrays("_npi_choice", (p,))
    if p is not None and not isinstance(p, _NDArray):      # MXNet passes p positionally (after a 1-D array a)
        raise AssertionError(f"Argument input{2 if isinstance(a, _NDArray) else 1} must have NDArray type, "
                             f"but got {p}")
    if a is None:
        raise _MXNetError("Check failed: num_inputs == infered_num_inputs (0 vs. 1) : Operator _npi_choice expects 1 "
                          "inputs, but got 0 instead.")
    a = _long_attribute(a) if isinstance(a, str) and _long_attribute(a) is not None else a      # (its text read)
    if isinstance(a, bool) or not isinstance(a, (_np_ndarray, int, _np.integer)) or \
            not isinstance(a, _NDArray) and not -2 ** 63 <= a < 2 ** 63:
        from .operator_text import in_operator
        tail = in_operator("random.choice", choice, (), dict(a=a, size=size, replace=replace, p=p, ctx=ctx))
        raise _MXNetError(f"Invalid Parameter format for a expect  but value='{a!s}'{tail}")
    n = int(a) if not isinstance(a, _NDArray) else a.size
    shape = _size(size)
    _refuse_large_size(shape, "arr->shape().Size()", "Get Shape")
    k = int(_np.prod(shape))
    if not replace and k > n:       # MXNet's kernel asks for a workspace of a negative size: reading the result fails
        rows = shape + (tuple(a.shape[1:]) if isinstance(a, _NDArray) else ())
        raise _kernel_refusal("Failed to allocate CPU Memory", rows, _MXNetError,
                              a.dtype if isinstance(a, _NDArray) else _np.int64)
    seq = _r.RESOURCE.sequential
    if p is not None:
        w = p.asnumpy() if isinstance(p, _NDArray) else _np.asarray(p, _F)
        u = (seq.random_raw(k if replace else n).astype(_F) * _F(2.0 ** -32)).astype(_F)
        if replace:     # (MXNet's kernel reads the first a probabilities only)
            cum = _np.cumsum(w.astype(_F)[:n], dtype=_F)
            idx = (cum[None, :] < u[:, None]).sum(axis=1)
        else:
            keys = -_r._logf(-_r._logf(u)) + _r._logf(w.astype(_F))
            idx = _np.argsort(-keys, kind="stable")[:k]
    elif replace:
        idx = _np.fmod(seq.random_raw(k).astype(_np.int64), n)      # C's %: a negative a gives indices below |a|
    else:
        m = min(k, n - k)
        split = n - m
        rands = seq.random_raw(m).astype(_np.int64) % (_np.arange(m) + split + 1)
        order = _np.arange(n)
        for i, z in enumerate(rands.tolist()):
            if z < split:
                order[z], order[i + split] = order[i + split], order[z]
        idx = order[n - k:] if 2 * k < n else order[:k]
    idx = _np.asarray(idx, _np.int64).reshape(shape)
    if not isinstance(a, _NDArray):
        _check_out(out, shape, _np.int64, "_npi_choice")
        return _recorded("_npi_choice", _result(idx, ctx, out), (p,), (None,))      # (p gets a zero gradient)
    if a.ndim == 0:
        raise _MXNetError("Check failed: param.axis >= -1 * arrshape.ndim() && param.axis < arrshape.ndim(): Axis "
                          "should be in the range of [-r, r-1] where r is the rank of input tensor")
    return _wrap_np(a.asnumpy()[_np.clip(idx, 0, a.shape[0] - 1)], ctx or a.ctx)    # indices of range(a.size)


_MVN_ENGINE = []


def _mvn_samples(mean, cov, z):
    """``mean`` plus the noise ``z`` times the Cholesky factor of ``cov`` (``L^T z``), as MXNet's fallback forms it:
    its products summed in double (float for half arrays), the sum rounded to the arrays' type and added to the mean
    (a half covariance is factored in float)."""
    from ..ndarray.ops_linalg import potrf
    try:
        factor = potrf.fwd(cov.astype(_F) if cov.dtype == _np.float16 else cov).astype(cov.dtype)
    except _failures.KernelError as error:      # (LAPACK's refusal, raised when the samples are read)
        raise _failures.KernelError(_message_of(error), _np.zeros(z.shape, mean.dtype)) from None
    wide = _np.float32 if mean.dtype == _np.float16 else _np.float64      # (its einsum's accumulator type)
    noise = _np.zeros(z.shape, wide)
    for j in range(z.shape[-1]):
        noise += factor[..., j, :].astype(wide) * z[..., j, None]
    return mean + noise.astype(mean.dtype)


def _custom_size(size):
    """``size`` as MXNet's Custom multivariate_normal operator reads it: its text as a Python literal ('2' is 2),
    a scalar one made a 1-tuple, a list refused as its callback adds it to the batch's tuple shape, and any item
    not an integer refused when the shape is handed back as integers."""
    literal = None if size is None else _ast.literal_eval(str(size))
    if literal is None:
        return None
    if isinstance(literal, list):
        raise TypeError('can only concatenate list (not "tuple") to list')
    shape = (literal,) if _np.isscalar(literal) else literal
    for n in shape:
        if not isinstance(n, int):
            raise TypeError(f"'{type(n).__name__}' object cannot be interpreted as an integer")
    return tuple(int(n) for n in shape)


def multivariate_normal(mean, cov, size=None, check_valid=None, tol=None):
    """Samples ``mean + L^T z`` with ``L`` the Cholesky factor of ``cov`` and standard normals ``z``."""
    for v in (mean, cov):
        if not isinstance(v, _NDArray):
            raise AssertionError(f"Positional arguments must have NDArray type, but got {v!s}")
    from ..operator import _reported
    m, c = _params(mean, cov)
    with _reported("infer_shape", "mvn_fallback"):     # (MXNet's Custom operator: its callbacks' errors)
        if m.ndim < 1:
            raise ValueError("mean must be at least 1 dimensional")
        if m.shape[-1:] != c.shape[-1:]:
            raise ValueError(f"mean and cov must have same length.The shape of mean is {list(m.shape)} but the shape "
                             f"of cov is {list(c.shape)}")
        size = _custom_size(size)
    if m.dtype != c.dtype:      # (its fallback's einsum infers one type for both)
        with _reported("forward"):
            raise _MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                              f"expected {c.dtype.name}, got {m.dtype.name}")
    shape = _size(size) + _np.broadcast_shapes(m.shape[:-1], c.shape[:-2]) + m.shape[-1:]     # one draw per batch
    if not _MVN_ENGINE:          # MXNet draws these from a generator of its own that mx.random.seed never reseeds
        _MVN_ENGINE.append(_r._engine(0))
    z = _standard_normals(int(_np.prod(shape)), m.dtype == _np.float64, _MVN_ENGINE[0]).reshape(shape).astype(m.dtype)
    res = _failures.run_drawing(lambda: _wrap_np(_mvn_samples(m, c, z)), _wrap_np, copies=0)
    if _ag.is_recording():      # MXNet's Custom operator: its backward fails
        from .fallback import custom_backward_refused
        from .shaping import _rearrange
        return _rearrange(lambda *data: res._data, mean, cov,
                          index_fn=lambda *p: custom_backward_refused("random.multivariate_normal"))
    return res


def shuffle(x):
    """Shuffle ``x`` in place along its first axis."""
    if isinstance(x, _np_ndarray) and x.ndim == 0 and not _is_np_shape():
        raise _inference_failure("_shuffle", [None], [None], [])
    _invoke_np("_shuffle", (x,), out=x)     # (recording, MXNet refuses it for an array in the graph)


__all__ = ["uniform", "normal", "rand", "randn", "randint", "exponential", "shuffle", "rayleigh", "weibull",
           "pareto", "power", "gumbel", "logistic", "lognormal", "multinomial", "choice", "multivariate_normal", "gamma", "chisquare",
           "beta"]

from ..base import public_listing as _public_listing  # noqa: E402
__dir__ = _public_listing(globals(), ("_mx_nd_np",))     # (_mx_nd_np: bound by mx.np's package)
