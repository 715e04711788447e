"""``nd.contrib``: the ``_contrib_<name>`` operators under their short names, plus Python control flow.

``foreach``, ``while_loop`` and ``cond`` run ordinary Python loops and branches over NDArrays, so
autograd records straight through them.
"""
import math  # noqa: F401  (modules MXNet's module shows, as its own imports)

import numpy as np

from ..base import MXNetError
from .array_kinds import run_layer
from .ndarray import NDArray, _wrap
from .registry import OPS, _alias, generated_signature as _generated_signature
from .ops_contrib_optim import multi_lamb_update, multi_mp_lamb_update  # noqa: F401  (MXNet's Python wrappers)

_PREFIX = "_contrib_"


class ControlFlowError(MXNetError, ValueError):
    """Kept for callers that catch it; the control-flow functions raise ValueError and AssertionError as MXNet."""


def _contrib_names():
    return sorted(n[len(_PREFIX):] for n in OPS if n.startswith(_PREFIX))


def __getattr__(name):
    """Operators registered after this module was imported are found on first use."""
    if name == "__all__":
        return _public_names()
    if _PREFIX + name not in OPS:
        raise AttributeError(f"module 'mxnet.ndarray.contrib' has no attribute '{name}'")
    short = globals()[name] = _short_function(name)
    return short


def _short_function(name):
    """Operator ``_contrib_<name>`` as ``nd.contrib.<name>``, a function MXNet names ``name`` (its repr too)."""
    return _alias(OPS[_PREFIX + name], _PREFIX + name, name, __name__)


# distnet's own names here, which MXNet's module does not list
_UNLISTED = ("BACKWARD_ONLY", "ControlFlowError", "MXNetError", "NDArray", "NOT_EXPORTED", "OPS", "PUBLIC_EXTRAS",
             "as_max_iterations", "run_layer", "zipfian_candidates", "__getattr__", "__dir__")


def __dir__():
    """The operators registered after this module was imported (SparseEmbedding) are listed too."""
    return sorted((set(globals()) | set(_contrib_names()) | {"__all__"}) - set(_UNLISTED))


def _backward_only(short, inputs):
    """MXNet's public ``nd.contrib.backward_<short>``: a backward operator its generated function cannot feed
    (it takes no inputs), so every call fails."""
    def call(out=None, name=None, **kwargs):       # (Python refuses more than two arguments by position)
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs (0 vs. {inputs}) : Operator "
                         f"_contrib_backward_{short} expects {inputs} inputs, but got 0 instead.")
    call.__name__ = call.__qualname__ = f"backward_{short}"
    call.__doc__ = f"The backward of contrib.{short}, which MXNet exposes but cannot be called from Python."
    call.__signature__ = _generated_signature((), (), ("out", "name"))     # (MXNet's generated one: no inputs)
    return call


BACKWARD_ONLY = {"quadratic": 2, "index_copy": 4, "hawkesll": 10}
for _short, _inputs in BACKWARD_ONLY.items():
    globals()["backward_" + _short] = _backward_only(_short, _inputs)
del _short, _inputs


# ---- nested (list of) NDArray structures -------------------------------------------------------
def _flatten(obj, what):
    """A flat list of NDArrays and the format to rebuild ``obj`` from it."""
    if isinstance(obj, NDArray):
        return [obj], None
    if isinstance(obj, (list, tuple)):
        flat, fmt = [], []
        for item in obj:
            f, sub = _flatten(item, what)
            flat.extend(f)
            fmt.append((len(f), sub))
        return flat, fmt
    raise AssertionError(f"{what} must be (nested) list of NDArray, but got {obj} of type {type(obj)}")


def _regroup(flat, fmt):
    """Rebuild the structure described by ``fmt`` from ``flat`` (lists for every sequence)."""
    if fmt is None:
        return flat[0]
    out, pos = [], 0
    for n, sub in fmt:
        out.append(_regroup(flat[pos:pos + n], sub))
        pos += n
    return out


def _as_bool(pred):
    """A predicate as MXNet reads it: an NDArray with asscalar() (an mx.np array has none), else bool()."""
    return bool(pred.asscalar() if isinstance(pred, NDArray) else pred)


def _legacy(op, *args, **kwargs):
    """MXNet's Python control flow joins the steps with legacy operators, which refuse mx.np arrays."""
    return run_layer(True, OPS[op], *args, **kwargs)


# ---- control flow -----------------------------------------------------------------------------
def foreach(body, data, init_states):
    """Run ``out, states = body(data[i], states)`` over axis 0 of ``data``.

    Parameters
    ----------
    body : callable ``(slice, states) -> (outputs, new_states)``.
    data : NDArray or (nested) list of NDArrays, iterated along axis 0.
    init_states : NDArray or (nested) list of NDArrays.

    Returns
    -------
    (outputs stacked along a new axis 0 in the body's output structure, the last states)
    """
    _flatten(data, "foreach input")
    _flatten(init_states, "foreach states")
    # MXNet's Python loop reads data[0] of an empty list, and with no step leaves its output format unset: the
    # errors are Python's own, in Python's words
    if not isinstance(data, NDArray) and not data:
        raise IndexError("list index out of range")
    steps = data.shape[0] if isinstance(data, NDArray) else data[0].shape[0]
    if steps == 0:
        raise UnboundLocalError("cannot access local variable 'out_fmt' where it is not associated with a value")
    states, per_step, fmt = init_states, [], []
    for i in range(steps):
        item = data[i] if isinstance(data, NDArray) else [d[i] for d in data]
        outs, states = body(item, states)
        flat_outs, fmt = _flatten(outs, "foreach output")
        per_step.append(flat_outs)
    if not per_step or not per_step[0]:
        return [], states
    stacked = [_legacy("stack", *column, axis=0) for column in zip(*per_step)]
    return _regroup(stacked, fmt), states


def while_loop(cond, func, loop_vars, max_iterations=None):
    """Run ``outputs, loop_vars = func(*loop_vars)`` while ``cond(*loop_vars)`` holds.

    Parameters
    ----------
    cond : callable returning a one-element NDArray (or a Python bool).
    func : callable ``(*loop_vars) -> (step_outputs, new_loop_vars)``.
    loop_vars : NDArray or list of NDArrays.
    max_iterations : int, required. Step outputs are stacked and zero-padded to this length.

    Returns
    -------
    (stacked outputs in ``func``'s output structure, or [] when no step ran; the final loop_vars)
    """
    if max_iterations is None:
        raise ValueError("max_iterations should be specified")
    max_iterations = as_max_iterations(max_iterations)
    if len(loop_vars) == 0:
        raise ValueError("loop_vars should contain at least one element")
    single = isinstance(loop_vars, NDArray)
    loop_vars = [loop_vars] if single else loop_vars
    per_step, out_fmt, steps = [], None, 0
    while steps < max_iterations and _as_bool(cond(*loop_vars)):
        outs, new_vars = func(*loop_vars)
        outs = [] if outs is None else list(outs) if isinstance(outs, tuple) else outs
        new_vars = [] if new_vars is None else new_vars
        new_vars = new_vars if isinstance(new_vars, (list, tuple)) else [new_vars]   # not checked, as MXNet
        if len(new_vars) != len(loop_vars):
            raise ValueError("The length of loop_vars should be consistent during the loop")
        flat_outs, out_fmt = _flatten(outs, "while output")
        if per_step and len(flat_outs) != len(per_step[0]):
            raise ValueError("Number of elements in step_output should be the same in each step")
        per_step.append(flat_outs)
        loop_vars, steps = list(new_vars), steps + 1
    states = loop_vars[0] if single else loop_vars
    if not per_step or not per_step[0]:
        return [], states
    outputs = [_stack_padded(column, max_iterations) for column in zip(*per_step)]
    return _regroup(outputs, out_fmt), states


def as_max_iterations(value):
    """``value`` (a number or one-element NDArray) as a Python int; ValueError if it is not one.
    An NDArray of several elements fails reading its scalar, before the conversion, as in MXNet."""
    value = value.asscalar() if isinstance(value, NDArray) else value
    try:
        return int(value)
    except Exception:
        raise ValueError("Cannot convert max_iteration to python int") from None


def _stack_padded(steps, length):
    """The step outputs joined along a new axis 0 and zero-padded to ``length`` rows. Joined with concat, as
    MXNet does: outputs of different shapes fail in concat's shape check."""
    rows = [step.expand_dims(0) for step in steps]
    if len(rows) < length:
        first = rows[0]
        rows.append(_wrap(np.zeros((length - len(rows),) + first.shape[1:], dtype=first.dtype)))
    return _legacy("concat", *rows, dim=0)


def cond(pred, then_func, else_func):
    """``then_func()`` if the one-element ``pred`` is non-zero, else ``else_func()``; the result as returned."""
    return then_func() if _as_bool(pred) else else_func()


# ---- element checks (Python-level in MXNet) --------------------------------------------------
# built from recorded ops, as MXNet's Python functions are: inside autograd.record() they have zero gradient
def isinf(data):
    """1 where ``data`` is +/-inf, else 0 (in ``data``'s dtype)."""
    with np.errstate(invalid="ignore"):      # an integer array compares with inf cast to its dtype, as MXNet
        return data.abs() == np.inf


def isfinite(data):
    """1 where ``data`` is finite, else 0."""
    with np.errstate(invalid="ignore"):    # MXNet's order: the NaN test first (its error names broadcast_equal)
        not_nan = data == data
        return _legacy("logical_and", data.abs() != np.inf, not_nan)


def isnan(data):
    """1 where ``data`` is NaN, else 0."""
    return data != data


for _name in _contrib_names():
    globals()[_name] = _short_function(_name)



# ---- straight-through estimators ------------------------------------------------------------
# ---- samplers ---------------------------------------------------------------------------------
def rand_zipfian(true_classes, num_sampled, range_max, ctx=None):
    """Draw ``num_sampled`` classes from an approximate Zipfian distribution over [0, range_max).

    Returns the sampled classes (int64) and the expected counts of ``true_classes`` and of the
    sampled classes (float64), as candidate sampling for a sampled softmax needs.
    """
    from . import random
    if ctx is None:
        ctx = true_classes.context
    return zipfian_candidates(random.uniform, true_classes.as_in_context(ctx), num_sampled, range_max, ctx=ctx)


def zipfian_candidates(uniform, true_classes, num_sampled, range_max, **where):
    """rand_zipfian over ``uniform`` (nd's or sym's sampler): the samples and both expected counts."""
    log_range = float(np.log(range_max + 1))
    draw = uniform(0, log_range, shape=(num_sampled,), dtype="float64", **where)
    sampled = ((draw.exp() - 1).astype("int64") % range_max)
    true = true_classes.astype("float64")
    count_true = ((true + 2.0) / (true + 1.0)).log() / log_range * num_sampled
    sampled64 = sampled.astype("float64")
    count_sampled = ((sampled64 + 2.0) / (sampled64 + 1.0)).log() / log_range * num_sampled
    return sampled, count_true, count_sampled


# ---- fused multi-weight AdamW (Python entry points over nd._internal ops, as MXNet) --------------------
def _rescale_array(rescale_grad, ctx):
    """``rescale_grad`` as the one-element array the fused ops read (a number is wrapped)."""
    if isinstance(rescale_grad, NDArray):
        return rescale_grad
    from .creation import full
    return full((1,), rescale_grad, ctx=ctx)


def multi_adamw_update(weights, grads, mean, var, rescale_grad, lrs, wds, etas, out=None, name=None, size=0,
                       **kwargs):
    """AdamW on lists of weights, gradients and moments in one call (``rescale_grad``: array or number)."""
    size = size or len(weights)
    flat = [a for group in zip(weights, grads, mean, var) for a in group]
    flat.append(_rescale_array(rescale_grad, weights[0].context))
    return OPS["_multi_adamw_update"](*flat, out=out, num_weights=size, lrs=lrs, wds=wds, etas=etas, name=name,
                                      **kwargs)


def multi_mp_adamw_update(weights, grads, mean, var, weights32, rescale_grad, lrs, wds, etas, out=None, name=None,
                          size=0, **kwargs):
    """multi_adamw_update on float32 master copies ``weights32`` (low-precision ``weights`` written from them)."""
    size = size or len(weights)
    flat = [a for group in zip(weights, grads, mean, var, weights32) for a in group]
    flat.append(_rescale_array(rescale_grad, weights[0].context))
    return OPS["_multi_mp_adamw_update"](*flat, out=out, num_weights=size, lrs=lrs, wds=wds, etas=etas, name=name,
                                         **kwargs)


def adamw_update(weight, grad, mean, var, rescale_grad, lr, eta, beta1=0.9, beta2=0.999, epsilon=1e-8, wd=0,
                 clip_gradient=-1, out=None, name=None, **kwargs):
    """AdamW step of ``weight`` (``rescale_grad``: array or number; a non-finite or zero one skips the step)."""
    return OPS["_contrib_adamw_update"](weight, grad, mean, var, _rescale_array(rescale_grad, weight.context),
                                       lr=lr, eta=eta, beta1=beta1, beta2=beta2, epsilon=epsilon, wd=wd,
                                       clip_gradient=clip_gradient, out=out, name=name, **kwargs)


def mp_adamw_update(weight, grad, mean, var, weight32, rescale_grad, lr, eta, beta1=0.9, beta2=0.999, epsilon=1e-8,
                    wd=0, clip_gradient=-1, out=None, name=None, **kwargs):
    """adamw_update on the float32 master copy ``weight32``; returns it in weight's dtype."""
    return OPS["_contrib_mp_adamw_update"](weight, grad, mean, var, weight32,
                                          _rescale_array(rescale_grad, weight.context), lr=lr, eta=eta, beta1=beta1,
                                          beta2=beta2, epsilon=epsilon, wd=wd, clip_gradient=clip_gradient, out=out,
                                          name=name, **kwargs)


from ..context import current_context  # noqa: E402,F401  (MXNet's nd.contrib re-exports these two)
import distnet as mx  # noqa: E402,F401  (names MXNet's module shows, as its own imports)
from . import ndarray  # noqa: E402,F401
from .random import uniform  # noqa: E402,F401

# MXNet's star-import names: the operators (those registered later too: __all__ is computed when asked) and the
# control flow, without its Python-level AdamW wrappers
PUBLIC_EXTRAS = ["foreach", "while_loop", "cond", "isinf", "isfinite", "isnan", "rand_zipfian"]
NOT_EXPORTED = frozenset({"adamw_update", "mp_adamw_update", "multi_adamw_update", "multi_mp_adamw_update"})


def _public_names():
    names = set(_contrib_names()) | set(PUBLIC_EXTRAS) | {"backward_" + n for n in BACKWARD_ONLY}
    return sorted(names - NOT_EXPORTED)
