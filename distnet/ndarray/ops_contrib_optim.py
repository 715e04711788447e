"""The contrib optimizer-update operators: ``group_adagrad_update`` and the fused multi-tensor LAMB.

The multi-tensor LAMB ops run the LAMB optimizer's fused kernel (distnet.optimizer.adam), one tensor at a
time; ``nd.contrib.multi_lamb_update`` and ``multi_mp_lamb_update`` are MXNet's Python wrappers over them.
"""
import numpy as np

from ..base import MXNetError, located
from ..optimizer.adam import LAMB
from ..optimizer.optimizer import clip_kernel
from .ndarray import NDArray
from .failures import KernelError, deliver, real_switch_refusal
from .ops_optim import _kernel_refusal, _no_outputs, _refuse_group_shapes, _require_float, refuse_input_count
from .param_text import read_attrs
from .registry import Op, defop, inferred_type_name, invoke, refuse_bad_out
from .shape_text import inference_failed, inferred_dims
from .sparse import RowSparseNDArray, storage_not_implemented

_F32 = np.float32


class _RowSparseGradOp(Op):
    """An update op that MXNet implements on CPU for a row_sparse gradient only."""

    def __call__(self, *args, out=None, **kwargs):
        refuse_bad_out(out)
        weight, grad, *args = _front_end_inputs(self, args, kwargs)
        _check_shapes(self.name, weight, grad, args[:1], kwargs)
        for i, x in enumerate((grad, *args[:1]), 1):       # then types are inferred, before storage types
            if isinstance(x, NDArray) and x.dtype != weight.dtype:
                raise MXNetError(_type_mismatch(i, weight.dtype, x.dtype))
        sparse = [isinstance(x, RowSparseNDArray) for x in (weight, *args)]
        given = {k: v for k, v in kwargs.items() if k != "name"}
        if not isinstance(grad, RowSparseNDArray):
            if all(x.stype == "default" for x in (weight, grad, *args)):
                raise MXNetError(f"Operator {self.name} is not implemented for CPU.")
            raise storage_not_implemented(self.name, (weight, grad, *args), out,
                                          "it needs a row_sparse gradient; convert it with grad.tostype('row_sparse')",
                                          given)
        if any(sparse) and not all(sparse):     # storage inference, before the request check
            raise storage_not_implemented(self.name, (weight, grad, *args), out,
                                          "weight and history need one storage type", given)
        error = _unstored_rows_refusal(weight, args[0]) if all(sparse) else None
        if error is None and out is not weight:     # the kernel's check: nothing is updated
            error = KernelError("Check failed: req == kWriteInplace (1 vs. 2) : kWriteInplace is expected for sparse "
                                "group_adagrad_update", None)
        if error is not None:       # the result (out, else a new array) fails when read
            from .sparse import zeros_like
            result = weight if out is weight else zeros_like(weight)
            deliver(error, result, None if out is weight else out)
            return result if out is None else out
        if not any(sparse):     # MXNet's own kernel for a dense weight (no storage fallback to note)
            return super().__call__(weight, grad.tostype("default"), *args, out=out, **kwargs)
        # row_sparse weight and history storing every row: the dense update, every row stored back
        dense = [x.tostype("default") for x in (weight, *args)]
        super().__call__(dense[0], grad, *dense[1:], out=dense[0], **kwargs)
        every_row = [np.arange(weight.shape[0], dtype=np.int64)]
        for x, d in zip((weight, *args), dense):
            x._set_parts(d.asnumpy(), every_row)
        return weight


def _unstored_rows_refusal(weight, history):
    """The kernel's KernelError for a row_sparse weight, or a history storing some rows, that does not store every
    row (a history storing none is filled with zero rows first); None if all rows are there."""
    for role, x in (("weights", weight), ("states", history)):
        stored = x.indices.shape[0]
        if stored != x.shape[0] and (stored or x is weight):
            return KernelError(f"Check failed: arr.storage_shape()[0] == arr.shape()[0]: GroupAdagradUpdate for "
                               f"RowSparse {role} is only implemented for RowSparse {role} with all rows containing "
                               f"non-zeros. Expects {role}.data.shape[0] ({stored}) == {role}.shape[0] "
                               f"({x.shape[0]}).", None)
    return None


_INPUTS = ("weight", "grad", "history")


def _front_end_inputs(op, args, kwargs):
    """The three inputs, checked as MXNet's front end checks them (each an NDArray), then its operator (the
    attributes parsed, then the inputs counted); ``kwargs`` keeps the attributes only."""
    inputs = dict(zip(_INPUTS, args))
    inputs.update((k, kwargs.pop(k)) for k in _INPUTS if k in kwargs)
    for key in _INPUTS:
        if key in inputs and not isinstance(inputs[key], NDArray):
            raise AssertionError(f"Argument {key} must have NDArray type, but got {inputs[key]!r}")
    given = {k: v for k, v in kwargs.items() if k != "name"}
    if given:       # (the parser reads every field given before it looks for a required one left out)
        read_attrs(op.name, given, imperative=True)
    op._refuse_attrs_unread(given)
    if len(inputs) < len(_INPUTS):
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(inputs)} vs. 3) : Operator {op.name} "
                         f"expects 3 inputs, but got {len(inputs)} instead.")
    return [inputs[k] for k in _INPUTS]


def _check_shapes(name, weight, grad, history, kwargs):
    """MXNet's shape inference of the update: the gradient shaped as the weight, a history row per weight row."""
    if not (isinstance(weight, NDArray) and isinstance(grad, NDArray)):
        return
    if weight.shape != grad.shape:
        raise MXNetError(f"Shape inconsistent, Provided = {inferred_dims(weight.shape)}, inferred shape="
                         f"{inferred_dims(grad.shape)}")
    shapes = [weight.shape, grad.shape] + [h.shape for h in history if isinstance(h, NDArray)]
    if any(s[:1] != weight.shape[:1] for s in shapes[2:]):
        from ..symbol.graph import attr_to_str
        from .param_text import map_keys
        attrs = {k: v for k, v in kwargs.items() if k != "name"}
        raise MXNetError(inference_failed(name, shapes, [weight.shape])
                         + "".join(f"{k} : {attr_to_str(attrs[k])}\n" for k in map_keys(name, attrs, True)) + "\n")


def _type_mismatch(index, expected, given):
    """MXNet's words when the ``index``-th input's dtype differs from the weight's."""
    return (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {index}-th input: expected "
            f"{inferred_type_name(expected)}, got {inferred_type_name(given)}")


@defop("_contrib_group_adagrad_update")
def group_adagrad_update(weight, grad, history, *, lr, rescale_grad=1., clip_gradient=-1., epsilon=1e-5):
    """AdaGrad with one history value per row (updated in place): ``w -= lr * g / sqrt(history + epsilon)``."""
    for i, x in enumerate((grad, history)):
        if x.dtype != weight.dtype:     # MXNet's type inference: one dtype for all three
            raise MXNetError(_type_mismatch(i + 1, weight.dtype, x.dtype))
    _require_float("_contrib_group_adagrad_update", [weight], np.zeros_like(weight))
    f = weight.dtype.type           # the kernel computes in the weight's dtype, its float attributes cast to it
    g = grad.reshape(grad.shape[0], -1).astype(f) * f(_F32(rescale_grad))
    if clip_gradient >= 0:
        g = clip_kernel(g, f(_F32(clip_gradient)))
    row_ssq = np.cumsum(g * g, axis=1, dtype=f)[:, -1] if g.shape[1] else np.zeros(g.shape[0], f)
    hist = history.reshape(history.shape[0], -1)
    hist[:, 0] += row_ssq / f(g.shape[1])          # rows that the gradient does not store add 0: unchanged
    step = (f(_F32(lr)) * g) / np.sqrt(hist[:, :1] + f(_F32(epsilon)))
    return (weight.reshape(g.shape) - step).reshape(weight.shape).astype(weight.dtype, copy=False)


group_adagrad_update.__class__ = _RowSparseGradOp


_LAMB_RATE_CHECKS = (        # (attribute, MXNet's words for it, line of its check in multi_lamb-inl.h)
    ("learning_rates", "Number of learning rates is inconsistent with num_tensors parameter passed. Expected number "
                       "of learning rates", 121),
    ("wds", "Number of weight decays is inconsistent with num_tensors parameter passed. Expected number of weight "
            "decays", 125),
    ("step_count", "Number of step counts is inconsistent with num_tensors.Expected number of step counts", 129))


def _refuse_lamb_rate_counts(rates, num_tensors):
    """The multi-tensor LAMB operators' shape inference starts by checking one rate, weight decay and step count
    per tensor (``rates``: the three attributes by name)."""
    for key, words, line in _LAMB_RATE_CHECKS:
        count = len(np.atleast_1d(rates[key]))
        if count != num_tensors:
            raise located(MXNetError(f"Check failed: param.{key}.ndim() == param.num_tensors ({count} vs. "
                                     f"{num_tensors}) : {words}: {num_tensors}, and got {count}"),
                          ("../src/operator/contrib/./multi_lamb-inl.h", line))


def _refuse_multi_lamb_inputs(name, data, group, num_tensors, rates, outs=()):
    """MXNet's checks of the multi-tensor LAMB operators: the input count, the rates, each tensor's arrays (and out=
    array) shaped as its weight (indexed within the tensor), then one type for all inputs (indexed among all), or
    under mixed precision each gradient typed as its weight (indexed within the tensor) and the moments and master
    copies float32."""
    refuse_input_count(name, len(data), group * num_tensors)
    _refuse_lamb_rate_counts(rates, num_tensors)
    _refuse_group_shapes(name, data, group, num_tensors, outs)
    if group == 4:
        for i, x in enumerate(data):
            if x.dtype != data[0].dtype:
                raise MXNetError(_type_mismatch(i, data[0].dtype, x.dtype))
        return
    for start in range(0, len(data), group):
        weight, grad, *wide = data[start:start + group]
        if grad.dtype != weight.dtype:
            raise MXNetError(_type_mismatch(1, weight.dtype, grad.dtype))
        for x in wide:
            if x.dtype != _F32:
                raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(x.dtype)}, inferred type = "
                                 "float32")


def _multi_lamb(name, data, group, learning_rates, wds, step_count, num_tensors, hyper):
    _refuse_multi_lamb_inputs(name, data, group, num_tensors,
                              dict(learning_rates=learning_rates, wds=wds, step_count=step_count))
    lrs, wds, steps = (np.atleast_1d(v) for v in (learning_rates, wds, step_count))
    _require_float(name, data, tuple(np.zeros_like(w) for w in data[::group]))
    opt = LAMB(**hyper)
    clip = None if hyper["clip_gradient"] < 0 else float(_F32(hyper["clip_gradient"]))
    opt._clip_bound = lambda: clip             # the op clips whenever its attribute is >= 0, a 0 included
    outs = []
    for i in range(num_tensors):
        weight, grad, mean, var = data[group * i: group * i + 4]
        if group == 5:                  # the float32 master copy is updated in place, the weight returned
            master = data[group * i + 4]
            opt._kernel(master, grad.astype(_F32), mean, var, float(lrs[i]), float(wds[i]), int(steps[i]),
                        weight16=weight)
            outs.append(master.astype(weight.dtype))
        else:
            w = weight.copy()
            opt._kernel(w, grad, mean, var, float(lrs[i]), float(wds[i]), int(steps[i]))
            outs.append(w)
    return tuple(outs)


def _lamb_hyper(beta1, beta2, epsilon, rescale_grad, lower_bound, upper_bound, clip_gradient, bias_correction):
    return dict(beta1=beta1, beta2=beta2, epsilon=epsilon, rescale_grad=rescale_grad, clip_gradient=clip_gradient,
                lower_bound=lower_bound, upper_bound=upper_bound, bias_correction=bias_correction)


@defop("_multi_lamb_update")
def multi_lamb_update_op(*data, learning_rates, wds, step_count, beta1=0.9, beta2=0.999, epsilon=1e-6,
                         rescale_grad=1., lower_bound=-1., upper_bound=-1., clip_gradient=-1., bias_correction=True,
                         num_tensors=1):
    """LAMB on ``weight, grad, mean, var`` groups (moments in place); returns the new weights."""
    return _multi_lamb("_multi_lamb_update", data, 4, learning_rates, wds, step_count, int(num_tensors),
                       _lamb_hyper(beta1, beta2, epsilon, rescale_grad, lower_bound, upper_bound, clip_gradient,
                                   bias_correction))


@defop("_multi_mp_lamb_update")
def multi_mp_lamb_update_op(*data, learning_rates, wds, step_count, beta1=0.9, beta2=0.999, epsilon=1e-6,
                            rescale_grad=1., lower_bound=-1., upper_bound=-1., clip_gradient=-1.,
                            bias_correction=True, num_tensors=1):
    """LAMB on ``weight, grad, mean, var, weight32`` groups; the float32 masters updated in place."""
    return _multi_lamb("_multi_mp_lamb_update", data, 5, learning_rates, wds, step_count, int(num_tensors),
                       _lamb_hyper(beta1, beta2, epsilon, rescale_grad, lower_bound, upper_bound, clip_gradient,
                                   bias_correction))


def _call_multi(op, groups, num_tensors, out, step_count, lrs, wds, kwargs):
    arrays = [a for group in zip(*groups) for a in group]
    if not all(isinstance(a, NDArray) for a in arrays):
        raise MXNetError(f"{op.name}: every weight, gradient and state must be an NDArray")
    outs = [] if out is None else out if isinstance(out, (list, tuple)) else [out]
    data = [a._data for a in arrays]
    _refuse_multi_lamb_inputs(op.name, data, len(groups), num_tensors or len(groups[0]),
                              dict(learning_rates=lrs, wds=wds, step_count=step_count),
                              [o for o in outs if isinstance(o, NDArray)])
    if out is None:         # MXNet infers no outputs for these ops: it runs the kernel's type switch, then fails on
        #                     the outputs
        if len(groups) == 4 and data[0].dtype.kind != "f":
            raise _kernel_refusal(op.name, KernelError(real_switch_refusal(None, data[0].dtype), None))
        raise _no_outputs(op.name)
    attrs = dict(kwargs, num_tensors=num_tensors or len(groups[0]), step_count=tuple(step_count),
                 learning_rates=tuple(lrs), wds=tuple(wds))
    return invoke(op, arrays, attrs, out)


def multi_lamb_update(weights, grads, mean, var, step_count, lrs, wds, out=None, num_tensors=0, **kwargs):
    """LAMB updates of several tensors at once; ``mean`` and ``var`` are updated in place, ``out`` gets the weights."""
    return _call_multi(multi_lamb_update_op, (weights, grads, mean, var), num_tensors, out, step_count, lrs, wds,
                       kwargs)


def multi_mp_lamb_update(weights, grads, mean, var, weights32, step_count, lrs, wds, out=None, num_tensors=0,
                         **kwargs):
    """multi_lamb_update with float32 master weights (updated in place) for float16 ``weights``."""
    return _call_multi(multi_mp_lamb_update_op, (weights, grads, mean, var, weights32), num_tensors, out,
                       step_count, lrs, wds, kwargs)
