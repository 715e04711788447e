"""Optimizer-update operators (``sgd_update``, ``adam_update``, ...) on the kernels of distnet.optimizer.

As in MXNet, an update op returns the new weight and writes its states (momentum, moments,
float32 master weights) in place; ``out=weight`` makes the weight update in place too. Float
attributes go through float32 first, as MXNet's operator parameters do. These ops have no gradient.
"""
import functools
import inspect
import threading

import numpy as np

from ..base import MXNetError, located, message_of
from ..optimizer.sgd import SGD, NAG, Signum, _sgd_plain
from ..optimizer.adam import FTML, _clipped, _scaled, adam_kernel
from ..optimizer.adaptive import RMSProp, Ftrl
from ..optimizer.optimizer import clip_kernel, combine_keeping_nan, kernel_scalars, sum_of_squares
from .ndarray import _DATA_SLOT, NDArray, _wrap
from ..util import is_np_shape
from . import array_kinds as _kinds
from . import failures as _failures
from .registry import KEEP_CLASS, Op, defop, inferred_type_name, refuse_bad_out
from .storage_report import note_storage_fallback
from .param_text import read_attrs, read_value
from .shape_text import blob_type_mismatch, incompatible, inference_failure, provided, uniform_type_refusal

_F32 = np.float32


def _f32(x):
    """An operator float attribute as MXNet stores it (a C float)."""
    return float(_F32(x))


def _clip(bound):
    """The clip bound of a kernel: MXNet clips when the attribute is >= 0 (so a NaN bound never clips)."""
    return _f32(bound) if bound >= 0 else None


def _optimizer(cls, lr, wd, **hyper):
    """An optimizer object carrying an op's attributes, whose step is the op's ``lr`` and ``wd``."""
    opt = cls(**hyper)
    lr_wd = (_f32(lr), _f32(wd))
    opt._step = lambda index: lr_wd
    clip = hyper.get("clip_gradient")          # already the op's bound (None below 0), a 0 included
    opt._clip_bound = lambda: clip
    return opt


def _mp_weight(weight32, weight):
    """The low-precision weight an ``mp_*`` op returns from its float32 master copy."""
    return weight32.astype(weight.dtype)


# --- SGD, NAG -------------------------------------------------------------------------------------

@defop("sgd_update")
def sgd_update(weight, grad, *, lr, wd=0., rescale_grad=1., clip_gradient=-1., lazy_update=True):
    """``(1 - lr * wd) * weight - lr * clip(rescale_grad * grad)``."""
    w = weight.copy()
    _plain_sgd(w, grad, lr, wd, rescale_grad, clip_gradient)
    return w


def _plain_sgd(w, g, lr, wd, rescale_grad, clip_gradient):
    lr, wd, rescale = kernel_scalars(w.dtype, _f32(lr), _f32(wd), _f32(rescale_grad))
    _sgd_plain(w, g, lr, wd, rescale, _clip(clip_gradient))


@defop("mp_sgd_update")
def mp_sgd_update(weight, grad, weight32, *, lr, wd=0., rescale_grad=1., clip_gradient=-1., lazy_update=True):
    """sgd_update on the float32 master copy ``weight32`` (updated in place); returns it in weight's dtype."""
    _plain_sgd(weight32, grad.astype(_F32), lr, wd, rescale_grad, clip_gradient)
    return _mp_weight(weight32, weight)


def _momentum(cls, w, g, mom, lr, momentum, wd, rescale_grad, clip_gradient, in_place=True, **kernel_options):
    opt = _optimizer(cls, lr, wd, momentum=_f32(momentum), rescale_grad=_f32(rescale_grad),
                     clip_gradient=_clip(clip_gradient))
    opt._weight_copied = not in_place       # NAG's momentum reads the weight after the op wrote its output
    opt._kernel(w, g, mom, *opt._step(0), momentum=_f32(momentum), **kernel_options)     # a negative momentum included


@defop("sgd_mom_update")
def sgd_mom_update(weight, grad, mom, *, lr, momentum=0., wd=0., rescale_grad=1., clip_gradient=-1.,
                   lazy_update=True):
    """``mom = momentum * mom - lr * wd * weight - lr * clip(rescale_grad * grad)``; returns ``weight + mom``."""
    w = weight.copy()
    _momentum(SGD, w, grad, mom, lr, momentum, wd, rescale_grad, clip_gradient)
    return w


@defop("mp_sgd_mom_update")
def mp_sgd_mom_update(weight, grad, mom, weight32, *, lr, momentum=0., wd=0., rescale_grad=1., clip_gradient=-1.,
                      lazy_update=True):
    """sgd_mom_update on the float32 master copy ``weight32``; returns it in weight's dtype."""
    _momentum(SGD, weight32, grad.astype(_F32), mom, lr, momentum, wd, rescale_grad, clip_gradient)
    return _mp_weight(weight32, weight)


@defop("nag_mom_update")
def nag_mom_update(weight, grad, mom, *, lr, momentum=0., wd=0., rescale_grad=1., clip_gradient=-1.):
    """Nesterov momentum update; ``mom`` is updated in place."""
    w = weight.copy()
    in_place = getattr(_CALL, "out_is_weight", False)
    _momentum(NAG, w, grad, mom, lr, momentum, wd, rescale_grad, clip_gradient, in_place=in_place)
    return w


@defop("mp_nag_mom_update")
def mp_nag_mom_update(weight, grad, mom, weight32, *, lr, momentum=0., wd=0., rescale_grad=1., clip_gradient=-1.):
    """nag_mom_update on the float32 master copy ``weight32``; returns it in weight's dtype."""
    _momentum(NAG, weight32, grad.astype(_F32), mom, lr, momentum, wd, rescale_grad, clip_gradient, master=True)
    return _mp_weight(weight32, weight)


def refuse_input_count(op, given, wanted):
    """MXNet's input count check (the count its attributes imply: num_arrays, num_weights groups)."""
    if given != wanted:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator {op} "
                         f"expects {wanted} inputs, but got {given} instead.")


def _refuse_rate_counts(lrs, wds, num_weights):
    """The multi-weight updates' shape inference: one learning rate and one weight decay per weight."""
    for name, values, what in (("lrs", lrs, "learning rates"), ("wds", wds, "weight decays")):
        if len(values) != num_weights:
            raise MXNetError(f"Check failed: param.{name}.ndim() == param.num_weights ({len(values)} vs. "
                             f"{num_weights}) : Number of {what} is inconsistent with num_weights parameter passed. "
                             f"Expected number of {what}: {num_weights}, and got {len(values)}")


# the contrib update ops' copy of the shape and type agreement check (the others' is the ndarray library's); the
# mixed-precision SGD ops check their inputs' types with it too, and their outputs' with the operator library's
_CONTRIB_UPDATES = ("_contrib_adamw_update", "_contrib_mp_adamw_update")
_CONTRIB_TYPED_UPDATES = ("mp_sgd_update", "mp_sgd_mom_update", "mp_nag_mom_update")
_CONTRIB_AGREEMENT_CHECK = ("../src/operator/contrib/./../elemwise_op_common.h", 134)
_OUT_TYPE_CHECKS = {op: ("../src/operator/././elemwise_op_common.h", 134)
                    for op in _CONTRIB_TYPED_UPDATES + ("mp_lamb_update_phase2",)}
_OUT_TYPE_CHECKS.update(dict.fromkeys(_CONTRIB_UPDATES, _CONTRIB_AGREEMENT_CHECK))


def _disagreement(op, message, of_types=False):
    error = MXNetError(message)
    contrib = op in _CONTRIB_UPDATES or of_types and op in _CONTRIB_TYPED_UPDATES
    return located(error, _CONTRIB_AGREEMENT_CHECK) if contrib else error


def _refuse_group_shapes(op, data, per, num_weights, outs=()):
    """The multi-weight updates' shape inference: each weight's gradient and states have the weight's shape, then
    so has its ``out=`` array (where given), weight by weight."""
    for k, start in enumerate(range(0, num_weights * per, per)):
        for i in range(start + 1, start + per):
            if data[i].shape != data[start].shape:
                raise _disagreement(op, f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at "
                                        f"{i - start}-th input: expected {provided(data[start].shape)}, got "
                                        f"{provided(data[i].shape)}")
        if k < len(outs) and outs[k].shape != data[start].shape:
            raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                             f"expected {provided(data[start].shape)}, got {provided(outs[k].shape)}")


def _groups(data, num_weights, per):
    return [data[i:i + per] for i in range(0, num_weights * per, per)]


def _multi(op, data, per, lrs, wds, num_weights, momentum, rescale_grad, clip_gradient, mom_at, master,
           preloaded=False):
    """Run the fused multi-weight SGD kernel on groups of ``per`` arrays; returns the new weights."""
    if not preloaded:
        refuse_input_count(op, len(data), num_weights * per)
        _refuse_rate_counts(lrs, wds, num_weights)
    _refuse_group_shapes(op, data, per, num_weights)
    outs = []
    for group, lr, wd in zip(_groups(data, num_weights, per), lrs, wds):
        shape = group[0].shape
        # a 0-d weight's arrays as views of shape (1,): the kernels' in-place arithmetic needs arrays
        weight, grad, *states = (a.reshape(-1) if a.ndim == 0 else a for a in group)
        mom = states[0] if mom_at else None
        # the kernel is mixed-precision only when the weight is not float32 itself: a float32 weight is updated
        # directly and its "master" copy is neither read nor written
        if master and weight.dtype != _F32:
            w, grad = states[-1], grad.astype(_F32)
        else:
            w = weight.copy()
        if preloaded:
            _preloaded_kernel(w, grad, mom, lr, wd, momentum, rescale_grad, clip_gradient)
        else:
            _momentum(SGD, w, grad, mom, lr, momentum, wd, rescale_grad, clip_gradient)
        outs.append((_mp_weight(w, weight) if master and weight.dtype != _F32 else w).reshape(shape))
    return tuple(outs)


@defop("multi_sgd_update")
def multi_sgd_update(*data, lrs, wds, rescale_grad=1., clip_gradient=-1., num_weights=1):
    """SGD on ``weight0, grad0, weight1, grad1, ...`` in one call; returns the new weights."""
    return _multi("multi_sgd_update", data, 2, lrs, wds, num_weights, 0., rescale_grad, clip_gradient, False, False)


@defop("multi_sgd_mom_update")
def multi_sgd_mom_update(*data, lrs, wds, momentum=0., rescale_grad=1., clip_gradient=-1., num_weights=1):
    """SGD with momentum on ``weight, grad, mom`` triples; the momenta are updated in place."""
    return _multi("multi_sgd_mom_update", data, 3, lrs, wds, num_weights, momentum, rescale_grad, clip_gradient,
                  True, False)


@defop("multi_mp_sgd_update")
def multi_mp_sgd_update(*data, lrs, wds, rescale_grad=1., clip_gradient=-1., num_weights=1):
    """SGD on ``weight, grad, weight32`` triples; the float32 masters are updated in place."""
    return _multi("multi_mp_sgd_update", data, 3, lrs, wds, num_weights, 0., rescale_grad, clip_gradient,
                  False, True)


@defop("multi_mp_sgd_mom_update")
def multi_mp_sgd_mom_update(*data, lrs, wds, momentum=0., rescale_grad=1., clip_gradient=-1., num_weights=1):
    """SGD with momentum on ``weight, grad, mom, weight32`` quadruples; momenta and masters updated in place."""
    return _multi("multi_mp_sgd_mom_update", data, 4, lrs, wds, num_weights, momentum, rescale_grad, clip_gradient,
                  True, True)


def _preloaded(op, data, per, num_weights, momentum, rescale_grad, clip_gradient, mom_at, master):
    """The multi-weight SGD kernels with learning rates and weight decays given as the last two arrays."""
    refuse_input_count(op, len(data), num_weights * per + 2)     # the weights' groups, then lrs and wds
    *arrays, lrs, wds = data
    return _multi(op, arrays, per, list(np.ravel(lrs).astype(_F32)), list(np.ravel(wds).astype(_F32)),
                  num_weights, momentum, rescale_grad, clip_gradient, mom_at, master, preloaded=True)


def _preloaded_kernel(w, g, mom, lr, wd, momentum, rescale_grad, clip_gradient):
    """MXNet's preloaded multi-SGD kernel on one weight, in place. Unlike multi_sgd_update's, its rates are read
    from float32 arrays: ``lr * wd`` is a float32 product, and each operation with a float16 operand is done in
    float and rounded to float16 (mshadow's half_t arithmetic)."""
    t = w.dtype.type
    wide = np.result_type(_F32, w.dtype).type
    lr, wd = _F32(lr), _F32(wd)
    m, rescale = t(_f32(momentum)), t(_f32(rescale_grad))
    acc = m * mom if mom is not None else np.zeros_like(w)
    decay = (w.astype(wide) * wide(lr * wd)).astype(t)
    clip = _clip(clip_gradient)
    if clip is None:
        step = (g.astype(wide) * wide(t(wide(lr) * wide(rescale)))).astype(t)
    else:
        step = (wide(lr) * clip_kernel(rescale * g, t(clip)).astype(wide)).astype(t)
    acc = acc - decay
    acc -= step
    if mom is not None:
        mom[...] = acc
    w += acc


@defop("preloaded_multi_sgd_update")
def preloaded_multi_sgd_update(*data, rescale_grad=1., clip_gradient=-1., num_weights=1):
    """multi_sgd_update with ``lrs`` and ``wds`` as the last two input arrays."""
    return _preloaded("preloaded_multi_sgd_update", data, 2, num_weights, 0., rescale_grad, clip_gradient,
                      False, False)


@defop("preloaded_multi_sgd_mom_update")
def preloaded_multi_sgd_mom_update(*data, momentum=0., rescale_grad=1., clip_gradient=-1., num_weights=1):
    """multi_sgd_mom_update with ``lrs`` and ``wds`` as the last two input arrays."""
    return _preloaded("preloaded_multi_sgd_mom_update", data, 3, num_weights, momentum, rescale_grad,
                      clip_gradient, True, False)


@defop("preloaded_multi_mp_sgd_update")
def preloaded_multi_mp_sgd_update(*data, rescale_grad=1., clip_gradient=-1., num_weights=1):
    """multi_mp_sgd_update with ``lrs`` and ``wds`` as the last two input arrays."""
    return _preloaded("preloaded_multi_mp_sgd_update", data, 3, num_weights, 0., rescale_grad, clip_gradient,
                      False, True)


@defop("preloaded_multi_mp_sgd_mom_update")
def preloaded_multi_mp_sgd_mom_update(*data, momentum=0., rescale_grad=1., clip_gradient=-1., num_weights=1):
    """multi_mp_sgd_mom_update with ``lrs`` and ``wds`` as the last two input arrays."""
    return _preloaded("preloaded_multi_mp_sgd_mom_update", data, 4, num_weights, momentum, rescale_grad,
                      clip_gradient, True, True)


# --- Signum, RMSProp, FTRL, FTML -----------------------------------------------------------------

def _run_update(opt, weight, grad, state):
    """Run ``opt.update`` on a copy of ``weight`` (states are the op's buffers, updated in place)."""
    w = weight.copy()
    if isinstance(state, tuple):
        state = tuple(_wrap(s) for s in state)
    elif state is not None:
        state = _wrap(state)
    opt.update(0, _wrap(w), _wrap(grad), state)
    return w


@defop("signsgd_update")
def signsgd_update(weight, grad, *, lr, wd=0., rescale_grad=1., clip_gradient=-1.):
    """``(1 - lr * wd) * weight - lr * sign(grad)``."""
    opt = _optimizer(Signum, lr, wd, momentum=0., rescale_grad=_f32(rescale_grad), clip_gradient=_clip(clip_gradient))
    return _run_update(opt, weight, grad, None)


@defop("signum_update")
def signum_update(weight, grad, mom, *, lr, momentum=0., wd=0., rescale_grad=1., clip_gradient=-1., wd_lh=0.):
    """Signum: the weight moves by ``lr * sign(mom)``; ``mom`` is updated in place."""
    opt = _optimizer(Signum, lr, wd, momentum=_f32(momentum), wd_lh=_f32(wd_lh), rescale_grad=_f32(rescale_grad),
                     clip_gradient=_clip(clip_gradient))
    opt._kernel_momentum = lambda: opt.momentum         # the operator uses its momentum as given
    return _run_update(opt, weight, grad, mom)


def _rmsprop(weight, grad, states, lr, gamma1, gamma2, epsilon, wd, rescale_grad, clip_gradient, clip_weights):
    opt = _optimizer(RMSProp, lr, wd, gamma1=_f32(gamma1), gamma2=_f32(gamma2), epsilon=_f32(epsilon),
                     centered=len(states) == 3, rescale_grad=_f32(rescale_grad), clip_gradient=_clip(clip_gradient),
                     clip_weights=_clip(clip_weights))
    clip_w = _clip(clip_weights)
    opt._weight_clip_bound = lambda: clip_w
    return _run_update(opt, weight, grad, states)


@defop("rmsprop_update")
def rmsprop_update(weight, grad, n, *, lr, gamma1=0.95, epsilon=1e-8, wd=0., rescale_grad=1., clip_gradient=-1.,
                   clip_weights=-1.):
    """RMSProp (Tieleman & Hinton); ``n`` is updated in place."""
    return _rmsprop(weight, grad, (n,), lr, gamma1, 0.9, epsilon, wd, rescale_grad, clip_gradient, clip_weights)


@defop("rmspropalex_update")
def rmspropalex_update(weight, grad, n, g, delta, *, lr, gamma1=0.95, gamma2=0.9, epsilon=1e-8, wd=0.,
                       rescale_grad=1., clip_gradient=-1., clip_weights=-1.):
    """Centered RMSProp (Graves); ``n``, ``g`` and ``delta`` are updated in place."""
    return _rmsprop(weight, grad, (n, g, delta), lr, gamma1, gamma2, epsilon, wd, rescale_grad, clip_gradient,
                    clip_weights)


@defop("ftrl_update")
def ftrl_update(weight, grad, z, n, *, lr, lamda1=0.01, beta=1., wd=0., rescale_grad=1., clip_gradient=-1.):
    """FTRL-Proximal; ``z`` and ``n`` are updated in place."""
    opt = _optimizer(Ftrl, lr, wd, lamda1=_f32(lamda1), beta=_f32(beta), rescale_grad=_f32(rescale_grad),
                     clip_gradient=_clip(clip_gradient))
    return _run_update(opt, weight, grad, (z, n))


@defop("ftml_update")
def ftml_update(weight, grad, d, v, z, *, lr, beta1=0.6, beta2=0.999, epsilon=float(_F32(1e-8)), t, wd=0.,
                rescale_grad=1., clip_grad=-1.):
    """FTML at step ``t``; ``d``, ``v`` and ``z`` are updated in place."""
    opt = _optimizer(FTML, lr, wd, beta1=_f32(beta1), beta2=_f32(beta2), epsilon=float(epsilon),
                     rescale_grad=_f32(rescale_grad), clip_gradient=_clip(clip_grad))
    opt._index_update_count[0] = int(t)
    return _run_update(opt, weight, grad, (d, v, z))


# --- Adam, AdamW, LAMB ------------------------------------------------------------------------------
# AdamW and LAMB's phases have no optimizer class whose kernel could be shared; Adam's comes from
# distnet.optimizer.adam.

@defop("adam_update")
def adam_update(weight, grad, mean, var, *, lr, beta1=0.9, beta2=0.999, epsilon=1e-8, wd=0., rescale_grad=1.,
                clip_gradient=-1., lazy_update=True):
    """Adam without bias correction (the caller folds it into ``lr``); ``mean`` and ``var`` updated in place."""
    w = weight.copy()
    scalars = kernel_scalars(w.dtype, *map(_f32, (lr, wd, beta1, beta2, epsilon, rescale_grad)))
    # the row_sparse kernels square the gradient before scaling it by (1 - beta2): the standard one always, the
    # lazy one when it clips
    sparse = getattr(_CALL, "sparse_grad", None)
    square_first = sparse == "standard" or sparse == "lazy" and _clip(clip_gradient) is not None
    adam_kernel(w, grad, mean, var, *scalars, _clip(clip_gradient), square_first)
    return w


def adamw_kernel(w, g, mean, var, lr, eta, wd, beta1, beta2, epsilon, rescale, clip, fused=False, grad_out=False,
                 keeps=None):
    """MXNet's adamw_update in place: decoupled weight decay, ``w -= eta * (lr * m / (sqrt(v) + eps) + wd * w)``.

    ``fused``: the moments as MXNet's multi-weight kernel rounds them, ``m = g + beta1 * (m - g)``.
    ``grad_out``: leave the rescaled, clipped gradient in ``g``, as MXNet's single-weight kernel does.
    ``keeps``: ``(1 - beta1, 1 - beta2)`` as the kernel holds them (a float difference in the weight's dtype)."""
    gr = np.multiply(g, rescale)
    gr = _clipped(gr, clip, w.dtype)
    if grad_out:
        g[...] = gr
    if fused:
        mean[...] = gr + beta1 * (mean - gr)
        sq = np.square(gr)
        var[...] = sq + beta2 * (var - sq)
    else:
        keep1, keep2 = keeps
        mean *= beta1
        mean += keep1 * gr
        var *= beta2
        var += keep2 * np.square(gr)
    step = mean * lr
    step /= np.sqrt(var) + epsilon
    step += w * wd
    step *= eta
    w -= step


def _adamw(w, grad, mean, var, rescale_grad, lr, eta, beta1, beta2, epsilon, wd, clip_gradient, fused=False,
           grad_out=False):
    rescale = float(np.asarray(rescale_grad, dtype=_F32).reshape(-1)[0]) if np.ndim(rescale_grad) else rescale_grad
    if not np.isfinite(rescale) or rescale == 0:
        return                      # MXNet skips the whole update (states included) for a non-finite or 0 scale
    scalars = kernel_scalars(w.dtype, _f32(lr), _f32(eta), _f32(wd), _f32(beta1), _f32(beta2), _f32(epsilon),
                             _f32(rescale))
    keeps = tuple(w.dtype.type(_F32(1) - _F32(b)) for b in (beta1, beta2))
    adamw_kernel(w, grad, mean, var, *scalars, _clip(clip_gradient), fused, grad_out, keeps)


@defop("_contrib_adamw_update", aliases=("_adamw_update",))
def adamw_update(weight, grad, mean, var, rescale_grad, *, lr, beta1=0.9, beta2=0.999, epsilon=1e-8, wd=0., eta,
                 clip_gradient=-1.):     # (MXNet's parameter order)
    """AdamW; ``rescale_grad`` is an array (a non-finite value skips the update)."""
    w = weight.copy()
    _adamw(w, grad, mean, var, rescale_grad, lr, eta, beta1, beta2, epsilon, wd, clip_gradient, grad_out=True)
    return w


@defop("_contrib_mp_adamw_update", aliases=("_mp_adamw_update",))
def mp_adamw_update(weight, grad, mean, var, weight32, rescale_grad, *, lr, beta1=0.9, beta2=0.999, epsilon=1e-8,
                    wd=0., eta, clip_gradient=-1.):
    """AdamW on the float32 master copy ``weight32``; returns it in weight's dtype. MXNet never checks the master
    copy's shape: one of the weight's size is updated element by element."""
    master = weight32.reshape(weight.shape) if weight32.size == weight.size else weight32
    _adamw(master, grad.astype(_F32), mean, var, rescale_grad, lr, eta, beta1, beta2, epsilon,
           wd, clip_gradient)
    return _mp_weight(master, weight)


_ADAMW_RATE_CHECK_LINES = {"lrs": 244, "wds": 249, "etas": 254}


def _refuse_adamw_rate_counts(lrs, wds, etas, num_weights):
    """The multi-weight AdamW ops' parameter check: one learning rate, weight decay and eta per weight (MXNet's
    eta message counts the learning rates)."""
    for key, values, what in (("lrs", lrs, "learning rates"), ("wds", wds, "weight decays"),
                              ("etas", etas, "learning rates schedule multiplier")):
        if len(values) != num_weights:
            got = len(lrs) if key == "etas" else len(values)
            raise located(MXNetError(f"Check failed: param.{key}.ndim() == param.num_weights ({len(values)} vs. "
                                     f"{num_weights}) : Number of {what} is inconsistent with num_weights parameter "
                                     f"passed. Expected number of {what}: {num_weights}, and got {got}"),
                          ("../src/operator/contrib/./adamw-inl.h", _ADAMW_RATE_CHECK_LINES[key]))


def _refuse_multi_adamw_inputs(op, data, master, num_weights, lrs, wds, etas, outs=()):
    """MXNet's checks of the multi-weight AdamW ops before their kernel: the input count, the rates and shapes
    (the ``out=`` arrays' too), then (without master copies) one dtype for every input, the rescale_grad array
    included."""
    refuse_input_count(op, len(data), num_weights * (5 if master else 4) + 1)
    _refuse_adamw_rate_counts(lrs, wds, etas, num_weights)
    _refuse_group_shapes(op, data[:-1], 5 if master else 4, num_weights, outs)
    if not master:
        for i, a in enumerate(data):
            if a.dtype != data[0].dtype:
                raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                                 f"input: expected {inferred_type_name(data[0].dtype)}, got "
                                 f"{inferred_type_name(a.dtype)}")


def _multi_adamw(op, data, master, num_weights, lrs, wds, etas, beta1, beta2, epsilon, clip_gradient):
    """AdamW on groups of (weight, grad, mean, var[, weight32]) followed by one ``rescale_grad`` array."""
    *arrays, rescale_grad = data
    _refuse_multi_adamw_inputs(op, data, master, num_weights, lrs, wds, etas)
    groups = _groups(arrays, num_weights, 5 if master else 4)
    _require_float(op, data, tuple(np.zeros_like(group[0]) for group in groups))
    if not master and data[0].dtype == np.float16:
        # MXNet's kernel copies the bytes of the float rate lists into arrays of the weight's type: a float16 weight
        # reads each rate's halves as two rates (a float64 one reads past them: left as the float32 kernel)
        lrs, wds, etas = (np.asarray(v, _F32).view(np.float16) for v in (lrs, wds, etas))
    outs = []
    for (weight, grad, mean, var, *master_copy), lr, wd, eta in zip(groups, lrs, wds, etas):
        if master:
            _adamw(master_copy[0], grad.astype(_F32), mean, var, rescale_grad, lr, eta, beta1, beta2, epsilon,
                   wd, clip_gradient, fused=True)
            outs.append(_mp_weight(master_copy[0], weight))
        else:
            w = weight.copy()
            _adamw(w, grad, mean, var, rescale_grad, lr, eta, beta1, beta2, epsilon, wd, clip_gradient, fused=True)
            outs.append(w)
    return tuple(outs)


@defop("_multi_adamw_update")
def multi_adamw_update(*data, lrs, wds, etas, beta1=0.9, beta2=0.999, epsilon=1e-8, clip_gradient=-1.,
                       num_weights=1):
    """AdamW on ``weight, grad, mean, var`` quadruples and a final ``rescale_grad`` array (skipped if non-finite)."""
    return _multi_adamw("_multi_adamw_update", data, False, num_weights, lrs, wds, etas, beta1, beta2, epsilon,
                        clip_gradient)


@defop("_multi_mp_adamw_update")
def multi_mp_adamw_update(*data, lrs, wds, etas, beta1=0.9, beta2=0.999, epsilon=1e-8, clip_gradient=-1.,
                          num_weights=1):
    """multi AdamW on ``weight, grad, mean, var, weight32`` groups; the float32 masters updated in place."""
    return _multi_adamw("_multi_mp_adamw_update", data, True, num_weights, lrs, wds, etas, beta1, beta2, epsilon,
                        clip_gradient)


def lamb_phase1_kernel(w, g, mean, var, t, bias_correction, wd, beta1, beta2, epsilon, rescale, clip):
    """MXNet's lamb_update_phase1: moments in place, returns ``m_hat / (sqrt(v_hat) + eps) + wd * w``.

    ``beta1``/``beta2`` are the operator's float attributes: ``beta ** t`` is taken from them in double."""
    f = w.dtype.type
    one = f(1)
    beta1_t, beta2_t = f(float(beta1) ** t), f(float(beta2) ** t)
    beta1, beta2 = f(beta1), f(beta2)
    # the mp kernel rounds the rescaled gradient to the (float16) gradient's dtype
    gr = (g.astype(w.dtype) * rescale).astype(g.dtype).astype(w.dtype)
    gr = _clipped(gr, clip, w.dtype)
    mean *= beta1
    combine_keeping_nan(np.add, mean, (one - beta1) * gr)
    var *= beta2
    combine_keeping_nan(np.add, var, (one - beta2) * gr * gr)
    m, v = mean, var
    if bias_correction:
        # 1. - beta1_t is a double, but a half (half_t arithmetic) when the weight is float16
        m = mean / (one - beta1_t) if f is np.float16 else \
            (mean.astype(np.float64) / (1. - float(beta1_t))).astype(w.dtype)
        v = var / (one - beta2_t)
    step = combine_keeping_nan(np.divide, np.array(m, copy=True), np.sqrt(v) + epsilon)
    return combine_keeping_nan(np.add, step, wd * w)


def lamb_phase2_kernel(w, g, r1, r2, lr, lower_bound, upper_bound):
    """MXNet's lamb_update_phase2 in place: ``w -= lr * r1 / r2 * g`` (plain ``lr`` where a norm is 0)."""
    f = w.dtype.type
    r1 = f(r1.reshape(-1)[0])
    r2 = f(r2.reshape(-1)[0])
    if lower_bound >= 0:
        r1 = max(r1, f(lower_bound))
    if upper_bound >= 0:
        r1 = min(r1, f(upper_bound))
    lr = f(lr)
    if r1 != 0 and r2 != 0:
        lr = lr * r1 / r2
    # the kernel's w - lr * g keeps the weight's NaN, then the scaled rate's, over the step's
    combine_keeping_nan(np.subtract, w, _scaled(lr, g))


def _lamb1(w, grad, mean, var, beta1, beta2, epsilon, t, bias_correction, wd, rescale_grad, clip_gradient):
    wd, eps, rescale = kernel_scalars(w.dtype, *map(_f32, (wd, epsilon, rescale_grad)))
    return lamb_phase1_kernel(w, grad, mean, var, int(t), bias_correction, wd, _f32(beta1), _f32(beta2), eps,
                              rescale, _clip(clip_gradient))


@defop("lamb_update_phase1")
def lamb_update_phase1(weight, grad, mean, var, *, beta1=0.9, beta2=0.999, epsilon=1e-6, t,
                       bias_correction=True, wd, rescale_grad=1., clip_gradient=-1.):
    """LAMB's first phase: updates ``mean``/``var`` in place and returns the step direction."""
    return _lamb1(weight, grad, mean, var, beta1, beta2, epsilon, t, bias_correction, wd, rescale_grad,
                  clip_gradient)


@defop("mp_lamb_update_phase1")
def mp_lamb_update_phase1(weight, grad, mean, var, weight32, *, beta1=0.9, beta2=0.999, epsilon=1e-6, t,
                          bias_correction=True, wd, rescale_grad=1., clip_gradient=-1.):
    """lamb_update_phase1 on the float32 master copy; returns a float32 step direction."""
    return _lamb1(weight32, grad, mean, var, beta1, beta2, epsilon, t, bias_correction, wd,
                  rescale_grad, clip_gradient)


def _lamb2_shapes(weight, g, r1, r2, weight32=None):
    """MXNet's shape checks of LAMB's second phase: g (and the master copy) shaped like the weight, dimension
    by dimension; the first axis of r1 and of r2 of length 1."""
    others = [(name, x) for name, x in (("g", g), ("weight32", weight32)) if x is not None]
    for name, x in others:
        if x.ndim != weight.ndim:
            raise MXNetError(f"Check failed: weight_shape.ndim() == {name}_shape.ndim() ({weight.ndim} vs. {x.ndim}) "
                             ": total no. of dimensions for weights and g must match")
    for i, a in enumerate(weight.shape):        # (dimension by dimension: g's, then the master copy's)
        for name, x in others:
            if a != x.shape[i]:
                raise MXNetError(f"Check failed: weight_shape[i] == {name}_shape[i] ({a} vs. {x.shape[i]}) : weight "
                                 f"and g dimension size mismatch at {i}-th index")
    for name, r in (("r1", r1), ("r2", r2)):
        if r.ndim and r.shape[0] != 1:
            raise MXNetError(f"Check failed: {name}_shape[0] == 1U ({r.shape[0]} vs. 1) : {name} shape incorrect")


@defop("lamb_update_phase2")
def lamb_update_phase2(weight, g, r1, r2, *, lr, lower_bound=-1., upper_bound=-1.):
    """LAMB's second phase: ``weight - lr * (r1 / r2) * g`` with ``r1`` clamped to the bounds."""
    _lamb2_shapes(weight, g, r1, r2)
    w = weight.copy()
    lamb_phase2_kernel(w, g, r1, r2, _f32(lr), _f32(lower_bound), _f32(upper_bound))
    return w


@defop("mp_lamb_update_phase2")
def mp_lamb_update_phase2(weight, g, r1, r2, weight32, *, lr, lower_bound=-1., upper_bound=-1.):
    """lamb_update_phase2 from the float32 master copy (which MXNet leaves unchanged); returns weight's dtype."""
    _lamb2_shapes(weight, g, r1, r2, weight32)
    w = weight32.copy()
    lamb_phase2_kernel(w, g, r1, r2, _f32(lr), _f32(lower_bound), _f32(upper_bound))
    return _mp_weight(w, weight)


# --- norms, LARS, finiteness, reset ---------------------------------------------------------------

@defop("multi_sum_sq")
def multi_sum_sq(*data, num_arrays):
    """The sum of squares of each array (float32, one value per array)."""
    refuse_input_count("multi_sum_sq", len(data), num_arrays)
    _refuse_zero_dim("multi_sum_sq", data, [(len(data),)])
    for i, x in enumerate(data):
        if x.dtype != data[0].dtype:
            raise MXNetError(uniform_type_refusal(data[0].dtype, x.dtype, f'array_{i}'))
    _require_float("multi_sum_sq", data, np.zeros(len(data), _F32))
    return np.array([sum_of_squares(x) for x in data], dtype=_F32)


@defop("multi_lars")
def multi_lars(lrs, weights_sum_sq, grads_sum_sq, wds, *, eta, eps, rescale_grad=1.):
    """LARS learning rates ``lr * eta * |w| / (|g| * rescale_grad + wd * |w| + eps)`` (plain lr where a norm is 0)."""
    _lars_shapes(lrs, weights_sum_sq, grads_sum_sq, wds)
    if lrs.dtype != _F32:       # found by the kernel, after shape inference
        raise _failures.KernelError("MultiLARS only support float", np.zeros_like(lrs))
    f = lrs.dtype.type
    eta, eps, rescale = f(eta), f(eps), f(rescale_grad)
    w_norm, g_norm = np.sqrt(weights_sum_sq), np.sqrt(grads_sum_sq)
    with np.errstate(divide="ignore", invalid="ignore"):
        scaled = lrs * eta * w_norm / (g_norm * rescale + wds * w_norm + eps)
    return np.where((w_norm > 0) & (g_norm > 0), scaled, lrs).astype(lrs.dtype)


def _lars_shapes(lrs, *others):
    """MXNet's shape check of multi_lars: every input shaped like the learning rates."""
    for i, x in enumerate(others, 1):
        if x.shape != lrs.shape:
            raise MXNetError(f"multi_lars: {incompatible(i, lrs.shape, x.shape)}")


def _refuse_zero_dim(name, arrays, outputs):
    """MXNet's shape inference of ``name`` (whose outputs have shapes ``outputs``) refuses a 0-d array in np shape
    semantics (legacy ones never reach it)."""
    if is_np_shape() and any(x.ndim == 0 for x in arrays):
        raise inference_failure(name, [x.shape for x in arrays], outputs, [("num_arrays", len(arrays))])


def _require_float(name, arrays, placeholders):
    """MXNet's kernels of these ops exist for float16/32/64 only: other dtypes pass type inference and fail in the
    kernel, an error kept with the outputs (``placeholders`` stand for them) and raised by the first read."""
    if arrays and arrays[0].dtype.kind != "f":
        raise _failures.KernelError(_failures.real_switch_refusal(None, arrays[0].dtype), placeholders)


def _finite(arrays, init_output):
    ok = all(np.isfinite(a).all() for a in arrays)
    # with init_output=False MXNet only ever writes 0, into an output that starts at 0
    return np.array([1. if ok and init_output else 0.], dtype=_F32)


@defop("all_finite")
def all_finite(data, *, init_output=True):
    """``[1.]`` when every element of ``data`` is finite, else ``[0.]`` (float32)."""
    _require_float("all_finite", [data], np.ones(1, _F32))
    return _finite([data], init_output)


@defop("multi_all_finite")
def multi_all_finite(*data, num_arrays=1, init_output=True):
    """``[1.]`` when every element of every array is finite, else ``[0.]`` (float32)."""
    refuse_input_count("multi_all_finite", len(data), num_arrays)
    _require_float("multi_all_finite", data, np.ones(1, _F32))
    for x in data[1:]:      # the kernel reads every array as the first one's type
        if x.dtype != data[0].dtype:
            raise _failures.KernelError(blob_type_mismatch(x.dtype, data[0].dtype), np.ones(1, _F32))
    return _finite(data, init_output)


@defop("reset_arrays")
def reset_arrays(*data, num_arrays):
    """Set every array to zero in place; no outputs."""
    refuse_input_count("reset_arrays", len(data), num_arrays)
    _refuse_zero_dim("reset_arrays", data, [])
    _require_float("reset_arrays", data, ())
    for a in data:
        a[...] = 0
    return ()


def _mark_without_gradient():
    """MXNet registers no gradient for these ops: a backward through one of them fails."""
    from .registry import OPS
    for op in OPS.values():
        if op.fwd.__module__ == __name__:
            op.nondifferentiable = True


_mark_without_gradient()


# MXNet's type inference of the update ops: (inputs of one common dtype, float32 inputs after them, whether the
# leading inputs must be float16), per weight for the multi-weight ops; None: every input shares one dtype.
_TYPE_RULES = {
    "mp_sgd_update": (2, 1, False), "mp_sgd_mom_update": (2, 2, False), "mp_nag_mom_update": (2, 2, False),
    "_contrib_adamw_update": (4, 1, False), "_contrib_mp_adamw_update": (2, 4, False),
    "mp_lamb_update_phase1": (2, 3, True), "mp_lamb_update_phase2": (1, 4, False),
    "multi_sgd_update": (2, 0, False), "multi_sgd_mom_update": (3, 0, False),
    "multi_mp_sgd_update": (2, 1, False), "multi_mp_sgd_mom_update": (2, 2, False),
    "preloaded_multi_sgd_update": (2, 0, False), "preloaded_multi_sgd_mom_update": (3, 0, False),
    "preloaded_multi_mp_sgd_update": (2, 1, False), "preloaded_multi_mp_sgd_mom_update": (2, 2, False),
}
_ELEMWISE_TYPED = ("sgd_update", "sgd_mom_update", "nag_mom_update", "adam_update", "rmsprop_update",
                   "rmspropalex_update", "ftrl_update", "ftml_update", "signsgd_update", "signum_update",
                   "lamb_update_phase1", "lamb_update_phase2", "multi_lars")


def _check_types(name, arrays, rule):
    """Refuse inputs whose dtypes MXNet's type inference of operator ``name`` rejects, with its words."""
    if rule is None or name in ("multi_sgd_update", "multi_sgd_mom_update"):    # one dtype for every input
        rule = (len(arrays), 0, False)
    same, float32s, half = rule
    group = same + float32s
    body = arrays[:len(arrays) - 2] if name.startswith("preloaded") else arrays
    for start in range(0, len(body) - group + 1 if group else 0, group or 1):
        for i in range(start, start + same):
            want = np.float16 if half else arrays[start].dtype
            if arrays[i].dtype != want and half:
                raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(arrays[i].dtype)}, inferred type = "
                                 "float16")
            if arrays[i].dtype != want:
                raise _disagreement(name, f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at "
                                          f"{i - start}-th input: expected {inferred_type_name(want)}, got "
                                          f"{inferred_type_name(arrays[i].dtype)}", of_types=True)
        for i in range(start + same, start + group):
            if arrays[i].dtype != _F32:
                raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(arrays[i].dtype)}, inferred type = "
                                 "float32")
    for extra in arrays[len(body):]:
        if extra.dtype != _F32:
            raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(extra.dtype)}, inferred type = float32")
    if name != "multi_lars":        # which has its own message
        _require_float(name, arrays, _placeholders(name, arrays, body, group))


def _placeholders(name, arrays, body, group):
    """Arrays standing for the outputs of update op ``name`` (one per weight of a multi-weight op)."""
    if name.startswith(("multi_", "preloaded_")):
        return tuple(np.zeros_like(w) for w in body[::group])
    return np.zeros(arrays[0].shape, _F32 if name == "mp_lamb_update_phase1" else arrays[0].dtype)


# the single-weight update ops whose inputs do not all take the weight's shape: how many leading ones do
_SHAPED_INPUTS = {"_contrib_adamw_update": 4, "_contrib_mp_adamw_update": 4}       # (then rescale_grad, shape (1,))
# the update ops with shape checks of their own
_OWN_SHAPE_CHECKS = {"lamb_update_phase2": _lamb2_shapes, "mp_lamb_update_phase2": _lamb2_shapes,
                     "multi_lars": _lars_shapes}


def _refuse_unlike_shapes(name, arrays, num_weights):
    """MXNet's shape inference of an update op: the inputs of each weight (weight, grad, states...) take its shape;
    a preloaded op's lrs and wds first hold one value per weight."""
    if name in _OWN_SHAPE_CHECKS:
        _OWN_SHAPE_CHECKS[name](*arrays)
        return
    if not name.startswith(("multi_", "preloaded_")) or name not in _TYPE_RULES:
        shaped = _SHAPED_INPUTS.get(name, len(arrays))
        if shaped:
            _refuse_group_shapes(name, arrays, shaped, 1)
        return
    per = sum(_TYPE_RULES[name][:2])
    if name.startswith("preloaded_"):
        for k, (what, x) in enumerate((("learning rates", arrays[-2]), ("weight decays", arrays[-1]))):
            if len(arrays) == num_weights * per + 2 and x.size != num_weights:
                raise MXNetError(f"Check failed: in_attrs->at(param.num_weights * input_stride{' + 1' if k else ''})"
                                 f".Size() == param.num_weights ({x.size} vs. {num_weights}) : Number of {what} is "
                                 "inconsistent with num_weights parameter passed. Expected number of "
                                 f"{what}: {num_weights}, and got {x.size}")
        arrays = arrays[:-2]
    if len(arrays) == num_weights * per:        # (else the input count check refuses them)
        _refuse_group_shapes(name, arrays, per, num_weights)


def _typed(name, fwd, rule):
    params = inspect.signature(fwd).parameters.values()
    inputs = None if any(p.kind is p.VAR_POSITIONAL for p in params) else \
        sum(p.kind is p.POSITIONAL_OR_KEYWORD for p in params)

    @functools.wraps(fwd)
    def checked(*arrays, **attrs):
        if inputs is not None and len(arrays) < inputs:
            return fwd(*arrays, **attrs)        # (the input count check comes first)
        if name.startswith(("multi_", "preloaded_")) and name in _TYPE_RULES:      # (the input count check first)
            per, rates = sum(_TYPE_RULES[name][:2]), 2 if name.startswith("preloaded_") else 0
            refuse_input_count(name, len(arrays), int(attrs.get("num_weights", 1)) * per + rates)
        given = [a for a in arrays if isinstance(a, np.ndarray)]
        pending = getattr(_CALL, "out_check", None)
        _CALL.out_check = None
        # MXNet infers the shapes (inputs, then outputs), then the types (inputs, then outputs)
        _refuse_unlike_shapes(name, given, int(attrs.get("num_weights", 1)))
        if pending is not None:
            pending[0]._check_out_shapes(*pending[1:])
        _check_types(name, given, rule)
        if pending is not None:
            pending[0]._check_out(*pending[1:])
        if arrays and np.ndim(arrays[0]) == 0 and not name.startswith(("multi_", "preloaded_")):
            return _on_one_element_views(fwd, arrays, attrs)
        return fwd(*arrays, **attrs)
    return checked


def _on_one_element_views(fwd, arrays, attrs):
    """An update of a 0-d weight (np shape semantics) run on views of shape (1,), which write through to the 0-d
    states: the kernels' in-place numpy arithmetic needs arrays, where 0-d operands give scalars."""
    views = [a.reshape(1) if isinstance(a, np.ndarray) and a.ndim == 0 else a for a in arrays]
    return fwd(*views, **attrs).reshape(())


_CALL = threading.local()      # whether the op being run writes its output over its weight input (out=weight)


# the inputs an op writes in place, where they are not all those after the weight and gradient (of each weight)
_WRITTEN_INPUTS = {"lamb_update_phase2": (), "mp_lamb_update_phase2": (), "multi_lars": (), "multi_sum_sq": (),
                   "all_finite": (), "multi_all_finite": (), "mp_lamb_update_phase1": (2, 3),
                   "_contrib_adamw_update": (2, 3), "_contrib_mp_adamw_update": (2, 3, 4)}


def _written_inputs(name, args):
    """The input arrays op ``name`` writes in place: states and master weights (every input of reset_arrays)."""
    if name == "reset_arrays":
        return args
    if name in _WRITTEN_INPUTS:
        return [args[i] for i in _WRITTEN_INPUTS[name]]
    if not name.startswith(("multi_", "preloaded_")):
        return args[2:]
    group = sum(_TYPE_RULES[name][:2])
    body = args[:-2] if name.startswith("preloaded_") else args
    return [a for start in range(0, len(body), group) for a in body[start + 2:start + group]]


class _KernelCheckedOp(Op):
    """An op whose kernel refuses integer arrays (_require_float): MXNet's engine then skips it, so its out= arrays
    keep their data, and every array it writes (outputs, inputs updated in place) carries the error, raised by the
    first read of any of them."""

    keeps_out = True        # False: the op writes its out= array before its kernel runs (all_finite's init_output)

    def __call__(self, *args, out=None, **attrs):
        before = len(_failures.OUTSTANDING)
        kept = [(o, _DATA_SLOT.__get__(o).copy()) for o in _failures._arrays(out) if o.stype == "default"]
        result = super().__call__(*args, out=out, **attrs)
        if len(_failures.OUTSTANDING) > before:
            for o, data in kept if self.keeps_out else ():
                np.copyto(_DATA_SLOT.__get__(o), data)
            for a in _written_inputs(self.name, args):
                if isinstance(a, NDArray):
                    _failures._poison(a, _failures.OUTSTANDING[-1])
        return result


class _UpdateOp(_KernelCheckedOp):
    """An update op whose ``out=`` arrays must have the dtypes MXNet infers for its outputs."""

    needs_out = False
    same_shape_output = True      # its output takes the weight's shape (an out= of another is an attribute mismatch)

    def __call__(self, *args, out=None, **attrs):
        if not self.variadic:   # (Python binds the arguments first: too many, or an out given by position)
            args, out, _ = self._bind_trailing(args, out, attrs.get("name"), self.called)
            self._refuse_given_twice(args, attrs)
        if KEEP_CLASS:          # MXNet's front end refuses mx.np arrays before any other check
            self._refuse_numpy_arrays(args, attrs, out, self.called)
        if _kinds.called_by_user(1):
            _refuse_non_arrays(self, args, attrs)
        refuse_bad_out(out)
        # (its type checks run in the forward, after the attributes are read)
        arrays, given = self._positional_attrs(args, attrs)     # (attributes may come by position)
        given = {k: v for k, v in given.items() if k != "name"}
        if given:       # (the parser reads every field given before it looks for a required one left out)
            read_attrs(self.name, given, imperative=True)
        self._refuse_attrs_unread(given)
        if out is None and self.needs_out:
            self._refuse_before_outputs(arrays, given)
            raise _no_outputs(self.name)
        outs = out if isinstance(out, (list, tuple)) else [out]
        if getattr(self, "sparse_update", None) is not None and \
                any(getattr(a, "stype", "default") != "default" for a in args + (out,)):
            # (shapes are inferred before storage types: a sparse input of another shape fails there)
            _refuse_unlike_shapes(self.name, [a for a in args if isinstance(a, NDArray)], 1)
            if out is not None:
                self._check_out(args, outs)
            return self._sparse(args, out, attrs)
        _CALL.out_is_weight = bool(args) and out is args[0]
        # the forward checks the outputs after reading the attributes and checking the inputs (MXNet counts them
        # first: a wrong count is left to that check)
        counted = out is not None and len(outs) == len(self._weights(args))
        _CALL.out_check = (self, args, outs) if counted else None
        try:
            return super().__call__(*args, out=out, **attrs)
        finally:
            _CALL.out_is_weight = False
            _CALL.out_check = None

    def _refuse_before_outputs(self, args, attrs):
        """MXNet's checks before it allocates the outputs: the input count, the rates, the shapes and types."""
        per = sum(_TYPE_RULES[self.name][:2])
        num_weights = read_value(self.name, "num_weights", "i", attrs.get("num_weights", 1))
        if self.name.startswith("preloaded"):
            refuse_input_count(self.name, len(args), num_weights * per + 2)
        else:
            refuse_input_count(self.name, len(args), num_weights * per)
            _refuse_rate_counts(*(read_value(self.name, k, "F", attrs[k]) for k in ("lrs", "wds")), num_weights)
        _refuse_group_shapes(self.name, [a._data for a in args], per, num_weights)
        try:
            _check_types(self.name, [a._data for a in args], _TYPE_RULES[self.name])
        except _failures.KernelError as e:      # the mixed-precision ones allocate their outputs first
            if not self.name.startswith(("preloaded", "multi_mp")):
                raise _kernel_refusal(self.name, e) from None

    def _sparse(self, args, out, attrs):
        """Sparse operands go to the storage-aware update (ndarray.sparse_dispatch); the kernels learn whether MXNet
        runs its lazy or its standard row_sparse kernel, which round Adam's second moment differently."""
        weight, grad, states = args[0], args[1], args[2:]
        if getattr(grad, "stype", None) == "row_sparse":
            lazy = attrs.get("lazy_update", True) and len({a.stype for a in (weight,) + tuple(states)}) == 1
            _CALL.sparse_grad = "lazy" if lazy else "standard"
        try:
            res = self.sparse_update(*args, out=out, **attrs)
        finally:
            _CALL.sparse_grad = None
        if all(getattr(a, "stype", "default") == "default" for a in args):   # only out= sparse: a fallback
            note_storage_fallback(self.name, args, out if isinstance(out, (list, tuple)) else [out], attrs)
        return res

    def _weights(self, args):
        """The weight of each output: the first input of each weight's group."""
        rule = _TYPE_RULES.get(self.name)
        group = sum(rule[:2]) if rule is not None and self.variadic else len(args)
        return [a for a in args[::group] if isinstance(a, NDArray)] if group else []

    def _check_out_shapes(self, args, outs):
        """Each out= array takes its weight's shape (MXNet checks each weight's group on its own: output 0)."""
        for o, w in zip(outs, self._weights(args) if self.same_shape_output else ()):
            if isinstance(o, NDArray) and o.shape != w.shape:
                raise MXNetError("Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 0-th output: "
                                 f"expected {provided(w.shape)}, got {provided(o.shape)}")

    def _check_out(self, args, outs):
        if self.name == "mp_lamb_update_phase1":
            for o in outs:
                if isinstance(o, NDArray) and o.dtype != _F32:
                    raise MXNetError(f"Type inconsistent, Provided = {np.dtype(o.dtype).name}, inferred type = "
                                     "float32")
            return
        for i, (o, w) in enumerate(zip(outs, self._weights(args))):
            if isinstance(o, NDArray) and o.dtype != w.dtype:
                error = MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {i}-th "
                                   f"output: expected {np.dtype(w.dtype).name}, got {np.dtype(o.dtype).name}")
                raise located(error, _OUT_TYPE_CHECKS[self.name]) if self.name in _OUT_TYPE_CHECKS else error


def _kernel_refusal(name, error):
    """The refusal a kernel's type switch found (a KernelError), raised at once: op ``name``'s own words and site."""
    refusal = MXNetError(message_of(error))
    refusal.op_name = name
    return refusal


def _no_outputs(name):
    """MXNet's error when an NDArray call of an op that infers no outputs is given no ``out=``: its shape check,
    or for the mixed-precision and preloaded ones (whose type inference leaves the outputs' unknown) its type
    switch."""
    if name.startswith(("preloaded", "multi_mp", "_multi_mp")):
        return located(MXNetError("Unknown type_flag=-1"), ("../include/mxnet/./tensor_blob.h", 389))
    return MXNetError("Check failed: ndim_is_known(ndim()): shape must have a valid ndim")


class _NeedsOutOp(_UpdateOp):
    """A multi-weight SGD op: MXNet infers no output shapes for it, so an imperative call needs ``out=``."""

    needs_out = True


class _NeedsOutAdamW(Op):
    """The multi-weight AdamW ops, which infer no outputs either: an imperative call needs ``out=``."""

    def __call__(self, *args, out=None, **attrs):
        rates = [read_value(self.name, k, "F", attrs.get(k, ())) for k in ("lrs", "wds", "etas")]
        master = self.name == "_multi_mp_adamw_update"
        outs = [] if out is None else out if isinstance(out, (list, tuple)) else [out]
        _refuse_multi_adamw_inputs(self.name, [a._data for a in args], master, int(attrs.get("num_weights", 1)),
                                   *rates, outs=[o for o in outs if isinstance(o, NDArray)])
        if out is None:     # (the kernel's type switch runs before the outputs fail)
            if not master and np.dtype(args[0].dtype).kind != "f":
                raise _kernel_refusal(self.name, _failures.KernelError(
                    _failures.real_switch_refusal(None, args[0].dtype), None))
            raise _no_outputs(self.name)
        return super().__call__(*args, out=out, **attrs)


def _refuse_non_arrays(op, args, attrs):
    """MXNet's generated function asserts that each array input, given by position or keyword, is an NDArray."""
    for i, name in enumerate(op.arg_names):
        a = args[i] if i < len(args) else attrs.get(name)
        if a is not None and not isinstance(a, NDArray):
            raise AssertionError(f"Argument {name} must have NDArray type, but got {a!s}")
    if op.variadic and not all(isinstance(a, NDArray) for a in args):
        a = next(a for a in args if not isinstance(a, NDArray))
        raise AssertionError(f"Positional arguments must have NDArray type, but got {a!s}")


class _FiniteCheckOp(_KernelCheckedOp):
    """all_finite / multi_all_finite: with ``init_output=False`` MXNet's kernel only ever writes a 0 (something
    is not finite), so an ``out=`` array keeps its value when everything is finite; with ``init_output=True`` the
    out= array is set to 1 before the kernel runs (and refuses integer arrays)."""

    keeps_out = False

    def __call__(self, *args, out=None, **attrs):
        if KEEP_CLASS:          # MXNet's front end refuses mx.np arrays before any other check
            self._refuse_numpy_arrays(args, attrs, out, self.called)
        if _kinds.called_by_user(1):
            _refuse_non_arrays(self, args, attrs)
        if out is None or str(attrs.get("init_output", True)) in ("True", "1", "true"):
            return super().__call__(*args, out=out, **attrs)
        before = len(_failures.OUTSTANDING)
        checked = super().__call__(*args, **dict(attrs, init_output=True))
        if len(_failures.OUTSTANDING) > before:      # the kernel refused the dtype: out keeps its value
            _failures._poison(out, _failures.OUTSTANDING[-1])
        elif not checked.asscalar():
            out[:] = 0
        return out


def _install_type_checks():
    from .registry import OPS
    for name in _ELEMWISE_TYPED + tuple(_TYPE_RULES):
        op = OPS[name]
        op.fwd = _typed(name, op.fwd, _TYPE_RULES.get(name))
        op.__class__ = _NeedsOutOp if name.startswith(("multi_sgd", "multi_mp_sgd", "preloaded")) else _UpdateOp
    for name in ("lamb_update_phase2", "mp_lamb_update_phase2"):     # (their outputs' shapes are inferred anew)
        OPS[name].same_shape_output = False
    for name in ("all_finite", "multi_all_finite"):
        OPS[name].__class__ = _FiniteCheckOp
    for name in ("_multi_adamw_update", "_multi_mp_adamw_update"):
        OPS[name].__class__ = _NeedsOutAdamW
    for name in ("reset_arrays", "multi_sum_sq"):
        OPS[name].__class__ = _KernelCheckedOp


_install_type_checks()
