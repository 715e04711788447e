"""Moment-based optimizers: Adam, Adamax, Nadam, FTML, LAMB."""
import math
from numbers import Number

import numpy as np

from ..base import MXNetError
from ..io.text_float import parse_float32
from ..ndarray.param_text import read_attrs, read_value
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import KEEP_CLASS
from .optimizer import (ARITHMETIC_ARGS, arithmetic_operand, power, product, product_in_place, quotient_in_place,
                        clip_kernel, op_float, Optimizer, register, aggregation_size, check_hyper, kernel_on_rows,
                        kernel_scalars, lazy_rows, listed_float, sum_of_squares, zeros_like, as_ndarray, operator_attrs,
                        AttrMisread, check_kernel_inputs, check_positional_arrays, check_pair, check_unpacked, sliced,
                        operator_took_odd_states, arithmetic_refusal, integer_count, is_fused_layout,
                        fused_call_took_odd_inputs, combine_keeping_nan)
from .sparse_weights import note_dense_rule, sparse_original


class _ChecksBetas(Optimizer):
    """An optimizer whose update reads beta1 and beta2: non-numbers fail with ``_beta_error``, MXNetError where
    they reach an update operator, else the Python operation that meets them first (Python's TypeError)."""

    _beta_error = MXNetError
    _beta2_error = None     # beta2's, where another operation than beta1's meets it first

    def _check_hyper_parameters(self):
        super()._check_hyper_parameters()
        check_hyper("beta1", self.beta1, self._beta_error)
        check_hyper("beta2", self.beta2, self._beta2_error or self._beta_error)


def _scaled(rate, x):
    """``rate * x`` as a compiled kernel's product: a NaN rate's NaN everywhere, over x's own."""
    return np.full_like(x, rate) if np.isnan(rate) else x * rate


def _clipped(x, clip, dtype):
    if clip is not None:
        x = clip_kernel(x, np.dtype(dtype).type(clip))
    return x


@register
class Adam(_ChecksBetas):
    """Adam, with the bias correction folded into the learning rate as MXNet does.

    ``g = clip(rescale_grad * grad + wd * weight)``; ``m = beta1 * m + (1 - beta1) * g``;
    ``v = beta2 * v + (1 - beta2) * g * g``; ``weight -= lr * sqrt(1 - beta2**t) / (1 - beta1**t) * m / (sqrt(v) + epsilon)``

    Parameters
    ----------
    beta1, beta2 : float
        Decay rates of the first and second moment estimates.
    epsilon : float
        Small value to avoid division by 0.
    lazy_update : bool
        With a row_sparse gradient, update only the rows it stores (moments included).
    """

    _beta_error = staticmethod(power)       # the bias corrections' beta ** t reads them first
    _float_weights_only = True
    _bad_arg_errors = {"learning_rate": product_in_place}
    _pairs_checked_in_update = True     # after unpacking its states
    _update_copies = 1      # (adam_update asks for temp space)

    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8, lazy_update=True, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.lazy_update = lazy_update


    def _operator_call(self, index, weight, multi_precision):
        t = self._index_update_count[index]
        lr = self._get_lr(index) * (math.sqrt(1. - self.beta2 ** t) / (1. - self.beta1 ** t))
        return "adam_update", self._update_attrs(lr, self._get_wd(index))

    def _update_attrs(self, lr, wd):
        return operator_attrs(self, lr=lr, wd=wd, beta1=self.beta1, beta2=self.beta2, epsilon=self.epsilon,
                              lazy_update=self.lazy_update)

    def create_state(self, index, weight):
        return (zeros_like(weight), zeros_like(weight))

    def _rsp_kernel(self):
        return ("AdamUpdate" if self.lazy_update else "AdamStdUpdate"), False

    def _rsp_states(self):
        return self.lazy_update

    def update(self, index, weight, grad, state):
        lr, wd = self._step(index)
        t = self._index_update_count[index]
        lr *= math.sqrt(1. - self.beta2 ** t) / (1. - self.beta1 ** t)
        if isinstance(lr, (NDArray, np.ndarray)):      # (an array multiplied in place: the optimizer's own rate)
            read_attrs("adam_update", self._update_attrs(lr, wd), imperative=True)     # its text is no float
        if str(self.lazy_update).lower() not in ("true", "false", "1", "0"):    # adam_update's boolean attribute
            raise AttrMisread(f"Invalid Parameter format for lazy_update expect boolean but value='{self.lazy_update}'"
                              ", in operator adam_update")
        weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        mean, var = state       # MXNet unpacks two states (ValueError for another optimizer's states)
        if operator_took_odd_states(self, index, weight, grad, (mean, var)):
            return
        check_pair(self, weight, grad, state)
        check_kernel_inputs("adam", (weight, grad, mean, var))
        w, g, mean, var = weight._data, grad._data, mean._data, var._data
        lr, wd, b1, b2, eps, rescale = kernel_scalars(w.dtype, lr, wd, self.beta1, self.beta2, self.epsilon,
                                                      self.rescale_grad)
        clip = self._clip_bound()
        # MXNet's row_sparse kernels take (1 - beta2) * g^2: the standard one always, the lazy one when clipping
        standard_sparse = grad.stype == "row_sparse" and (not self.lazy_update or clip is not None)
        kernel_on_rows(lambda w_, g_, m_, v_: adam_kernel(w_, g_, m_, v_, lr, wd, b1, b2, eps, rescale, clip,
                                                          standard_sparse),
                       lazy_rows(grad, self.lazy_update), w, g, mean, var)


def adam_kernel(w, g, mean, var, lr, wd, beta1, beta2, epsilon, rescale, clip, square_first=False):
    """MXNet's adam_update in place on ``w``, ``mean``, ``var`` (scalars already in w's dtype).

    ``square_first``: ``(1 - beta2) * (g * g)``, as the standard (not lazy) row_sparse kernel rounds it."""
    one = w.dtype.type(1)
    gr = np.multiply(g, rescale)
    tmp = np.multiply(w, wd)
    gr = combine_keeping_nan(np.add, gr, tmp)
    gr = _clipped(gr, clip, w.dtype)
    mean *= beta1
    combine_keeping_nan(np.add, mean, np.multiply(gr, one - beta1, out=tmp))
    var *= beta2
    if square_first:
        np.multiply(gr, gr, out=tmp)
        tmp *= one - beta2
    else:
        np.multiply(gr, one - beta2, out=tmp)
        tmp *= gr
    combine_keeping_nan(np.add, var, tmp)
    denom = np.sqrt(var, out=gr)
    denom += epsilon
    step = np.multiply(mean, lr, out=tmp)
    combine_keeping_nan(np.divide, step, denom)
    combine_keeping_nan(np.subtract, w, step)


@register
class Adamax(_ChecksBetas):
    """AdaMax: Adam with the infinity norm, ``weight -= lr / (1 - beta1**t) * m / u``, ``u = max(beta2 * u, |g|)``."""

    _self_copies = 3      # (its rule's ``x[:] op= ...`` writes)
    _pairs_checked_in_update = True     # after unpacking its states
    _type_checks = ((1, "grad", "weight"),)        # NDArray arithmetic, the gradient on the left
    _shape_operands = (("grad", "weight"), ("state", "grad"))
    _bad_arg_errors = dict(ARITHMETIC_ARGS, learning_rate=quotient_in_place)
    _beta_error = staticmethod(power)       # the bias correction's beta1 ** t reads it first
    _beta2_error = staticmethod(arithmetic_operand)        # beta2 * u, NDArray arithmetic

    def __init__(self, learning_rate=0.002, beta1=0.9, beta2=0.999, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.beta1 = beta1
        self.beta2 = beta2

    def _check_hyper_parameters(self):
        check_hyper("beta1", self.beta1, self._beta_error)     # (its bias correction comes before the gradient's)
        super()._check_hyper_parameters()

    def create_state(self, index, weight):
        return (zeros_like(weight), zeros_like(weight))

    def _np_refused_by(self, index, weight, grad, multi_precision):
        return arithmetic_refusal(self, weight, grad, decay_first=True)

    def update(self, index, weight, grad, state):
        from .. import ndarray as nd        # nd imports this package: looked up late
        lr, wd = self._step(index)
        t = self._index_update_count[index]
        lr /= (1. - self.beta1 ** t)
        # MXNet runs this update as NDArray arithmetic: its scalars pass as operator text (float64 weights see it)
        g = _prepared_grad(self, as_ndarray(weight, "weight"), as_ndarray(grad, "grad"), self.rescale_grad, wd,
                           self.clip_gradient)
        m, u = state
        sliced(m)
        check_unpacked(self, weight, grad, (m, u))
        m *= self.beta1
        m += (1. - self.beta1) * g
        u[:] = nd.maximum(self.beta2 * u, nd.abs(g))
        weight -= lr * m / u
        sparse_grad = getattr(grad, "stype", None) == "row_sparse"
        note_dense_rule(self, weight, ("broadcast_add", "broadcast_maximum") if sparse_grad else ("broadcast_add",))


def _prepared_grad(optimizer, weight, grad, rescale_grad, wd, clip_gradient):
    """``clip(grad * rescale_grad + wd * weight)`` in NDArray arithmetic, as MXNet's Python-side optimizers do."""
    from .. import ndarray as nd
    g = grad * rescale_grad + wd * weight
    if clip_gradient is None:
        return g
    if getattr(grad, "stype", None) == "row_sparse" and sparse_original(optimizer, weight).stype == "row_sparse":
        nd.clip(grad, -clip_gradient, clip_gradient)    # the sum is row_sparse too: its clip refuses a range without 0
    return nd.clip(g, -clip_gradient, clip_gradient)


@register
class Nadam(_ChecksBetas):
    """Adam with Nesterov momentum and a momentum schedule (``schedule_decay``).

    Parameters
    ----------
    beta1, beta2 : float
        Decay rates of the first and second moment estimates.
    epsilon : float
        Small value to avoid division by 0.
    schedule_decay : float
        Decay rate of the momentum schedule.
    """

    _self_copies = 5      # (its rule's ``x[:] op= ...`` writes)
    _pairs_checked_in_update = True     # after unpacking its states
    _type_checks = ((1, "grad", "weight"),)        # NDArray arithmetic, the gradient on the left
    _shape_operands = (("grad", "weight"), ("state", "grad"))
    _beta_error = staticmethod(product)     # its momentum schedule, beta1 * (...), reads it first
    _beta2_error = staticmethod(arithmetic_operand)        # v *= beta2, NDArray arithmetic
    _bad_arg_errors = dict(ARITHMETIC_ARGS, learning_rate=arithmetic_operand)     # NDArray arithmetic

    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-8, schedule_decay=0.004, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.schedule_decay = schedule_decay
        self.m_schedule = 1.

    def create_state(self, index, weight):
        return (zeros_like(weight), zeros_like(weight))

    def _np_refused_by(self, index, weight, grad, multi_precision):
        refused_by = arithmetic_refusal(self, weight, grad, decay_first=True)
        if type(weight) in KEEP_CLASS and type(grad) in KEEP_CLASS and self.clip_gradient is None:
            # mx.np arithmetic makes the gradient, and the schedule advances, before the legacy moments meet it
            self.m_schedule = self.m_schedule * self._momentum(self._index_update_count[index])
        return refused_by

    def _momentum(self, t):
        """The momentum of update ``t`` in the schedule."""
        return self.beta1 * (1. - 0.5 * pow(0.96, t * self.schedule_decay))

    def update(self, index, weight, grad, state):
        from .. import ndarray as nd        # nd imports this package: looked up late
        lr, wd = self._step(index)
        t = self._index_update_count[index]
        g = _prepared_grad(self, as_ndarray(weight, "weight"), as_ndarray(grad, "grad"), self.rescale_grad, wd,
                           self.clip_gradient)
        momentum_t, momentum_t_1 = self._momentum(t), self._momentum(t + 1)
        # MXNet keeps one schedule product for the optimizer, advanced by every weight's update
        self.m_schedule = self.m_schedule * momentum_t
        m_schedule_next = self.m_schedule * momentum_t_1
        m, v = state
        sliced(m)
        check_unpacked(self, weight, grad, (m, v))
        m *= self.beta1
        m += (1. - self.beta1) * g
        sliced(v)
        v *= self.beta2
        v += (1. - self.beta2) * g * g
        g_prime = g / (1. - self.m_schedule)
        m_prime = m / (1. - m_schedule_next)
        v_prime = v / (1. - pow(self.beta2, t))
        m_bar = (1. - momentum_t) * g_prime + momentum_t_1 * m_prime
        weight -= lr * m_bar / (nd.sqrt(v_prime) + self.epsilon)
        note_dense_rule(self, weight)


@register
class FTML(_ChecksBetas):
    """FTML, Follow the Moving Leader.

    Parameters
    ----------
    beta1, beta2 : float
        Decay rates (beta1 generally close to 0.5, beta2 close to 1).
    epsilon : float
        Small value to avoid division by 0.
    """

    _float_weights_only = True
    _pairs_checked_in_update = True     # after unpacking its states

    def __init__(self, beta1=0.6, beta2=0.999, epsilon=1e-8, **kwargs):
        super().__init__(**kwargs)
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon


    def _operator_call(self, index, weight, multi_precision):
        attrs = {"lr": self._get_lr(index), "wd": self._get_wd(index), "beta1": self.beta1, "beta2": self.beta2,
                 "epsilon": self.epsilon, "rescale_grad": self.rescale_grad, "t": self._index_update_count[index]}
        if self.clip_gradient:
            attrs["clip_grad"] = self.clip_gradient     # (ftml_update's name for it)
        return "ftml_update", attrs

    def create_state(self, index, weight):
        return (zeros_like(weight), zeros_like(weight), zeros_like(weight))

    def update(self, index, weight, grad, state):
        weight, grad = as_ndarray(weight, "weight"), as_ndarray(grad, "grad")
        lr, wd = self._step(index)
        prev_d, prev_v, prev_z = state
        if operator_took_odd_states(self, index, weight, grad, (prev_d, prev_v, prev_z)):
            return
        check_pair(self, weight, grad, state)
        for name, beta in (("beta1", op_float(self.beta1)), ("beta2", op_float(self.beta2))):
            if beta < 0 or beta > 1:      # ftml_update's parameter bounds (a NaN passes them)
                raise AttrMisread(f"value {beta} for Parameter {name} exceed bound [0,1]: ftml_update takes betas "
                                  "in [0, 1]")
        t = integer_count(self._index_update_count[index])
        w, g = weight._data, grad._data
        lr, wd, b1, b2, rescale, tt = kernel_scalars(w.dtype, lr, wd, self.beta1, self.beta2, self.rescale_grad, t)
        if not (isinstance(self.epsilon, Number) and not isinstance(self.epsilon, bool)
                or isinstance(self.epsilon, str) and parse_float32(self.epsilon) is not None):
            # the attribute parser reads no such text
            raise AttrMisread(f"Invalid Parameter format for epsilon expect double but value='{self.epsilon}'")
        check_kernel_inputs("ftml", (weight, grad, *state))     # (the operator reads its attributes first)
        d, v, z = (s._data for s in state)
        # ftml_update's epsilon is a double attribute, not a float one, read from the text of a numpy scalar
        eps = w.dtype.type(str(self.epsilon) if isinstance(self.epsilon, np.floating) else self.epsilon)
        one = w.dtype.type(1)
        # of two NaNs meeting, the kernel keeps its left operand's (numpy's vector loops keep either)
        gi = combine_keeping_nan(np.add, g * rescale, w * wd)
        gi = _clipped(gi, self._clip_bound(), w.dtype)
        v *= b2
        combine_keeping_nan(np.add, v, (one - b2) * np.square(gi))
        d_t = np.sqrt(v / (one - b2 ** tt))
        d_t += eps
        d_t *= (one - b1 ** tt) / lr
        z *= b1
        combine_keeping_nan(np.add, z, (one - b1) * gi)
        combine_keeping_nan(np.subtract, z, combine_keeping_nan(np.subtract, d_t.copy(), b1 * d) * w)
        d[...] = d_t
        combine_keeping_nan(np.divide, np.negative(z, out=w), d_t)      # (-z) / d_t: negated first, as the kernel does


@register
class LAMB(_ChecksBetas):
    """LAMB: Adam-style steps scaled per layer by the trust ratio ``||weight|| / ||step||``.

    Parameters
    ----------
    beta1, beta2 : float
        Decay rates of the first and second moment estimates.
    epsilon : float
        Small value to avoid division by 0.
    lower_bound, upper_bound : float
        Bounds on ``||weight||`` in the trust ratio (None: unbounded).
    bias_correction : bool
        Correct the moment estimates for their zero initialisation.
    """

    _mp_type_checks = ((None, "weight", "grad"),)      # mp_lamb_update_phase1's type inference
    _float_weights_only = True
    _takes_index_lists = True
    _call_copies = 1        # (its fused update over the weights asks for temp space once)

    def __init__(self, learning_rate=0.001, beta1=0.9, beta2=0.999, epsilon=1e-6,
                 lower_bound=None, upper_bound=None, bias_correction=True, **kwargs):
        super().__init__(learning_rate=learning_rate, **kwargs)
        self.beta1 = beta1
        self.beta2 = beta2
        self.epsilon = epsilon
        self.lower_bound = lower_bound
        self.upper_bound = upper_bound
        self.bias_correction = bias_correction
        self.aggregate_num = max(1, min(45, aggregation_size(45)))


    _pairs_checked_in_update = True     # after unpacking the states (of one weight)

    def _check_hyper_parameters(self):
        super()._check_hyper_parameters()
        self._corrects_bias()

    def _corrects_bias(self):
        """bias_correction as the update operators' boolean attribute reads its text (refused when it reads none)."""
        try:
            return read_value("lamb_update_phase1", "bias_correction", "b", self.bias_correction)
        except MXNetError:
            raise AttrMisread("Invalid Parameter format for bias_correction expect boolean but "
                              f"value='{self.bias_correction}'") from None

    def _operator_call(self, index, weight, multi_precision):
        if isinstance(index, (list, tuple)):
            return self._multi_operator_call(index, weight, multi_precision)
        kind = "mp_" if multi_precision and self.multi_precision and weight.dtype == np.float16 else ""
        phase2 = {"lr": self._get_lr(index)}
        for key in ("lower_bound", "upper_bound"):
            if getattr(self, key):
                phase2[key] = getattr(self, key)
        return [(f"{kind}lamb_update_phase1", operator_attrs(
            self, beta1=self.beta1, beta2=self.beta2, epsilon=self.epsilon, bias_correction=self.bias_correction,
            t=self._index_update_count[index], wd=self._get_wd(index))), (f"{kind}lamb_update_phase2", phase2)]

    def _np_refused_by(self, index, weight, grad, multi_precision):
        first = weight[0] if isinstance(index, (list, tuple)) else weight
        mp = multi_precision and self.multi_precision and first.dtype == np.float16
        if isinstance(index, (list, tuple)):
            return f"_multi{'_mp' if mp else ''}_lamb_update"
        return f"{'mp_' if mp else ''}lamb_update_phase1"

    def _multi_operator_call(self, indices, weights, multi_precision):
        """MXNet's fused update of several weights: their counts and rates as lists, the bounds when truthy."""
        kind = "_mp" if multi_precision and self.multi_precision and weights[0].dtype == np.float16 else ""
        attrs = {"num_tensors": len(indices), "step_count": [self._index_update_count[i] for i in indices],
                 "learning_rates": self._get_lrs(indices), "wds": self._get_wds(indices)}
        attrs = operator_attrs(self, **attrs, beta1=self.beta1, beta2=self.beta2, epsilon=self.epsilon,
                               bias_correction=self.bias_correction)
        for key in ("lower_bound", "upper_bound"):
            if getattr(self, key):
                attrs[key] = getattr(self, key)
        return f"_multi{kind}_lamb_update", attrs

    def _rsp_states(self):
        return True

    def create_state(self, index, weight):
        return (zeros_like(weight), zeros_like(weight))

    def update(self, index, weight, grad, state):
        self._update_all(index, weight, grad, state, multi_precision=False)

    def update_multi_precision(self, index, weight, grad, state):
        self._update_all(index, weight, grad, state, multi_precision=self.multi_precision)

    def _update_all(self, index, weight, grad, state, multi_precision):
        # A list of weights goes through MXNet's fused multi-tensor kernel, one weight through the two-phase one.
        many = isinstance(index, (list, tuple))
        fused = many and self.aggregate_num > 1
        if many and not fused and len(index) != self.aggregate_num:
            raise AssertionError()      # unfused, MXNet takes a list only of aggregate_num (one) weights
        if fused:
            self._update_fused(list(index), list(weight), list(grad), list(state), multi_precision)
            return
        items = list(zip(index, weight, grad, state)) if many else [(index, weight, grad, state)]
        for i, w, g, s in items:
            w, g = as_ndarray(w, "weight"), as_ndarray(g, "grad")
            lr, wd = self._step(i)
            if self._phase_one_took_odd_states(i, w, g, s, multi_precision):
                return
            t = integer_count(self._index_update_count[i])
            if multi_precision and w.dtype == np.float16:
                master, (mean, var) = s
                w._data[...] = self._two_phase(master._data, g._data, mean._data, var._data, lr, wd, t)
            else:
                mean, var = s       # (unpacked, as MXNet does)
                w._data[...] = self._two_phase(w._data, g._data, mean._data, var._data, lr, wd, t,
                                               sparse_original(self, w))

    def _update_fused(self, indices, weights, grads, states, multi_precision):
        """MXNet's fused multi-tensor update: every weight counted and its rates read first, then one operator per
        group of aggregate_num weights, handed what the update gathers from their states (a group refused leaves
        the groups before it updated)."""
        rates = [self._step(i) for i, _, _ in zip(indices, weights, grads)]
        for lr, wd in rates:
            listed_float(lr, "learning_rates"), listed_float(wd, "wds")
        mp = multi_precision and weights[0].dtype == np.float16     # (the first weight decides for every group)
        per = 5 if mp else 4
        for start in range(0, len(weights), self.aggregate_num):
            group = slice(start, start + self.aggregate_num)
            inputs = self._fused_inputs(weights[group], grads[group], states[group], mp)
            if not is_fused_layout(weights[group], inputs, (np.float32,) * 3 if mp else (None, None)):
                fused_call_took_odd_inputs(self, indices[group], weights[group], inputs, mp)
                return
            for n, i in enumerate(indices[group]):
                w, g = as_ndarray(weights[start + n], "weight"), as_ndarray(grads[start + n], "grad")
                lr, wd = rates[start + n]
                t = integer_count(self._index_update_count[i])
                mean, var, *master = inputs[n * per + 2:(n + 1) * per]     # as the update gathered them
                if master:
                    self._kernel(master[0]._data, g._data.astype(np.float32), mean._data, var._data, lr, wd, t,
                                 weight16=w._data)
                    w._data[...] = master[0]._data
                else:
                    self._kernel(w._data, g._data, mean._data, var._data, lr, wd, t)

    @staticmethod
    def _fused_inputs(weights, grads, states, multi_precision):
        """The inputs of MXNet's fused multi-tensor update, gathered from the states as its update gathers them
        (states of another layout meet the same Python errors, or give the operator other inputs)."""
        if not multi_precision:
            mean, var = list(zip(*states))
            groups = zip(weights, grads, mean, var)
        else:
            moments = list(zip(*list(zip(*states))[1]))
            groups = zip(weights, grads, moments[0], moments[1], list(zip(*states))[0])
        return [x for group in groups for x in group]

    def _phase_one_took_odd_states(self, index, weight, grad, state, multi_precision):
        """The single-weight update's states unpacked as MXNet's (``(mean, var)``, ``(master, (mean, var))``
        multi-precision); whether its first operator was handed ones of the wrong kind (see
        operator_took_odd_states)."""
        if multi_precision and weight.dtype == np.float16:
            mean, var = state[1]
            states = (mean, var, state[0])
        else:
            mean, var = state
            states = (mean, var)
        mp = len(states) == 3
        if operator_took_odd_states(self, index, weight, grad, states, multi_precision=mp):
            return True
        check_pair(self, weight, grad, state)
        return False

    def _two_phase(self, w, g, mean, var, lr, wd, t, weight=None):
        """MXNet's single-weight path: (mp_)lamb_update_phase1, the two norms, (mp_)lamb_update_phase2.
        Returns the new weight; ``w`` (the float32 master copy in the mp case) keeps its value, as in MXNet."""
        from ..ndarray.ops_optim import lamb_phase1_kernel, lamb_phase2_kernel     # nd imports this package
        from ..ndarray.ops_reduce import norm
        wd, eps, rescale = kernel_scalars(w.dtype, wd, self.epsilon, self.rescale_grad)
        step = lamb_phase1_kernel(w, g, mean, var, t, self._corrects_bias(), wd, op_float(self.beta1),
                                  op_float(self.beta2), eps, rescale,
                                  self._clip_bound())
        bounds = (op_float(b) if b else -1. for b in (self.lower_bound, self.upper_bound))
        new = w.copy()
        # MXNet reads the norm of the weight it was given: a sparse weight's with the sparse norm operator
        w_norm = weight.norm()._data if weight is not None and weight.stype != "default" else norm.fwd(w)
        lamb_phase2_kernel(new, step, w_norm, norm.fwd(step), op_float(lr), *bounds)
        return new

    def _kernel(self, w, g, mean, var, lr, wd, t, weight16=None):
        """MXNet's fused multi-tensor LAMB kernel for one weight, in place (norms from multi_sum_sq, in float32)."""
        f = w.dtype.type
        b1, b2, eps, rescale = kernel_scalars(w.dtype, self.beta1, self.beta2, self.epsilon, self.rescale_grad)
        one = f(1)
        # float16 (half_t) times the float rescale_grad: computed in float, rounded to float16
        gr = (g.astype(np.float32) * np.float32(op_float(self.rescale_grad))).astype(f) if f is np.float16 \
            else g * rescale
        gr = _clipped(gr, self._clip_bound(), w.dtype)
        mean *= b1
        combine_keeping_nan(np.add, mean, (one - b1) * gr)
        var *= b2
        combine_keeping_nan(np.add, var, (one - b2) * gr * gr)
        if self._corrects_bias():
            mean, var = mean / (one - b1 ** f(t)), var / (one - b2 ** f(t))
        # the step is kept in a float32 buffer whatever the weight's dtype
        wide = np.result_type(np.float32, w.dtype)
        if f is np.float16:
            # half_t arithmetic: each operation done in float and rounded to float16 (the square root, a float,
            # only with the epsilon added)
            denom = (np.sqrt(var.astype(np.float32)) + np.float32(eps)).astype(f)
            # the kernel holds the tensors' weight decays and learning rates in the weight's type
            decay = (w.astype(np.float32) * np.float32(f(listed_float(wd, "wds")))).astype(f)
            step = combine_keeping_nan(np.add, combine_keeping_nan(np.divide, mean.copy(), denom), decay)
            step = step.astype(np.float32)
        else:
            # the fused kernel's sqrt is the double-precision one, so this expression is evaluated in double
            step = mean.astype(np.float64)
            combine_keeping_nan(np.divide, step, np.sqrt(var, dtype=np.float64) + np.float64(eps))
            combine_keeping_nan(np.add, step, w.astype(wide) * np.float32(listed_float(wd, "wds")))
            step = step.astype(np.float32)
        # the norms are multi_sum_sq's (of the float16 weight under multi_mp_lamb_update), in float32
        r1 = np.sqrt(sum_of_squares(weight16 if weight16 is not None else w))
        r2 = np.sqrt(sum_of_squares(step))
        lower, upper = (op_float(b) if b else -1. for b in (self.lower_bound, self.upper_bound))
        if lower >= 0:
            r1 = max(r1, np.float32(lower))
        if upper >= 0:
            r1 = min(r1, np.float32(upper))
        ratio = f(1) if r1 == 0 or r2 == 0 else f(r1 / r2)
        lr_adjusted = f(np.float32(f(listed_float(lr, "learning_rates"))) * ratio)
        # w - lr_adjusted * step keeps the weight's NaN, then the adjusted rate's, over the step's
        if f is np.float16:     # half_t times the float step: the product is rounded to float16, then subtracted
            combine_keeping_nan(np.subtract, w, _scaled(np.float32(lr_adjusted), step).astype(f))
        else:
            w[...] = combine_keeping_nan(np.subtract, w.astype(wide), _scaled(lr_adjusted, step.astype(wide)))
