"""The Optimizer base class, its registry by name, and the helpers every update rule shares.

Update rules work in place on the numpy buffers of the weight and its states. Where MXNet runs a
fused C++ kernel (sgd_update, adam_update, ...) the rule casts its hyper-parameters to the weight's
dtype and evaluates the kernel's expression in the same order, so the results match bit for bit;
where MXNet composes NDArray operators in Python, the rule composes the same numpy operations.
"""
import contextlib
import functools
import inspect
import math
import os
import warnings
from numbers import Number

import numpy as np

from ..base import MXNetError, Silent, class_text, error_like
from ..ndarray.array_kinds import refuse_numpy_input
from ..ndarray.creation import _known as known_shape
from ..ndarray.nan_order import combine_keeping_nan, keep_nan
from ..ndarray.failures import OUTSTANDING, KernelError, carried_error, copy_error, deliver, float_only
from ..ndarray.failures import skipped_for, skipped_if_failed, with_error
from ..ndarray.ndarray import SELF_COPY_WARNING, NDArray, _wrap
from ..io.text_float import parse_float32
from ..ndarray.param_text import _check_range, _roomy, float_from_text, read_attrs
from ..ndarray.registry import IN_GRAPH_WRITE, KEEP_CLASS, _scalar_like
from ..ndarray.shape_text import broadcast_refusal, incompatible, inference_failure, provided
from ..ndarray.storage_report import log_once, note_storage_fallback
from .. import autograd as _ag
from ..registry import _dotted_name as dotted_name
from ..util import is_np_array, is_np_shape
from . import sparse_weights


class Optimizer:
    """The base class of all optimizers.

    Parameters
    ----------
    rescale_grad : float
        Multiply the gradient by this before the update (often ``1.0 / batch_size``).
    param_idx2name : dict of int to str
        Index -> parameter name; names not ending in ``_weight``/``_gamma`` get no weight decay.
    wd : float
        The weight decay (L2 regularisation) coefficient.
    clip_gradient : float
        Clip the rescaled gradient to ``[-clip_gradient, clip_gradient]``.
    learning_rate : float
        The learning rate (0.01 when neither it nor ``lr_scheduler`` is given).
    lr_scheduler : LRScheduler
        A schedule of the learning rate over updates.
    sym : Symbol
        A symbol whose ``__lr_mult__``/``__wd_mult__`` attributes set per-parameter multipliers.
    begin_num_update : int
        The update count to start from.
    multi_precision : bool
        Keep a float32 master copy of float16 weights and update that.
    param_dict : dict of int to gluon.Parameter
        Parameters whose ``lr_mult``/``wd_mult`` attributes take precedence.
    """

    # the constructor's arguments (see __new__) live in a slot: MXNet's optimizers have no such attribute in vars()
    __slots__ = ("_init_kwargs", "__dict__", "__weakref__")
    opt_registry = {}
    _weight_copied = False      # True while a sparse weight is updated through a dense copy (sparse_weights)
    _legacy_kernels = True      # MXNet updates with legacy operators, which refuse mx.np weights and gradients
    # the error MXNet's update meets for a non-number argument, where its Python arithmetic (TypeError) or an
    # assert, not an operator's attribute parser (MXNetError), sees it first; or the Python operation that meets it
    # (negation, product, ...: Python's own error)
    _bad_arg_errors = {}
    _states_shaped_like_weight = True      # every state array has the weight's shape (not GroupAdaGrad's history)
    _float_weights_only = False     # MXNet's fused update kernel refuses integer weights
    _sparse_weight_assign_fails = False     # the update ends in ``weight[:] = ...``, which a sparse weight refuses
    _mp_kernels_dense = False       # its multi-precision kernels (mp_sgd_update, ...) have no row_sparse variant
    _self_copies = 0        # the ``x[:] op= ...`` writes of its Python update rule (per weight)
    _self_copies_before_failure = 0     # those made before an operator of the rule refuses its inputs
    _index_list_error = AssertionError      # what a list of indices meets in an update of one weight at a time
    _takes_index_lists = False      # the update takes a list of indices even when it fuses none (aggregate_num 0)
    _scalar_weight_refused_by = None        # the operator of the update that refuses 0-d weights, if one does
    # MXNet's type inference of the update's operators, in the order they run: (input position, operand whose
    # type it expects, operand it checks; position None: a Type inconsistent check); a fused kernel takes
    # (weight, grad, states...). _mp_type_checks: those of the multi-precision path (float16 weights), if other.
    _type_checks = ((1, "weight", "grad"),)
    _mp_type_checks = None
    # an update in NDArray arithmetic: the (left, right) operands ("weight", "grad", "state") of its binary
    # operations in the order it runs them, whose shapes must broadcast; None: a fused kernel (one shape for all)
    _shape_operands = None
    _pairs_checked_in_update = False       # the update reads its states (and counts) before its first operator
    _counts_first = True        # the update counts itself before it reads a hyper-parameter
    _update_copies = 0      # the temp space copies its update operators take per weight
    _call_copies = 0        # ... and per call (of one fused operator over the weights)
    # an update in NDArray arithmetic computes its states without the weight (AdaGrad), or its weight without the
    # states (Test): MXNet's engine then skips only the writes computed from an input that failed
    _states_read_weight = True
    _weight_reads_states = True

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__signature__ = None        # (a subclass shows its own __init__'s; see the end of this class)
        # row_sparse weights and states are updated through dense stand-ins, with MXNet's storage rules
        for name, wrap in (("update", sparse_weights.update), ("update_multi_precision", sparse_weights.update),
                           ("create_state", sparse_weights.create_state)):
            if name in cls.__dict__:
                method = wrap(cls.__dict__[name])
                if name != "create_state" and cls.__module__.startswith("distnet."):
                    # a user's own update may take mx.np arrays, or unlike gradients
                    method = _refusing_np_arrays(method) if cls._legacy_kernels else _checking_pairs(method)
                setattr(cls, name, method)

    def __new__(cls, *args, **kwargs):
        self = super().__new__(cls)
        # Kept so that the optimizer can be rebuilt elsewhere (a server) from its name and arguments.
        self._init_kwargs = _bound_kwargs(cls, args, kwargs)
        return self

    def __init__(self, rescale_grad=1., param_idx2name=None, wd=0., clip_gradient=None, learning_rate=None,
                 lr_scheduler=None, sym=None, begin_num_update=0, multi_precision=False, param_dict=None):
        if param_idx2name is None:
            param_idx2name = {}
        if not isinstance(param_idx2name, dict):      # MXNet's error type for this
            raise AssertionError("param_idx2name should be a dict of param indexes to names.")
        self.rescale_grad = rescale_grad
        self.lr_scheduler = lr_scheduler
        if lr_scheduler is None and learning_rate is None:
            learning_rate = 0.01
        self.lr = learning_rate
        if lr_scheduler is not None and learning_rate is not None and lr_scheduler.base_lr != learning_rate:
            print(UserWarning("learning rate from ``lr_scheduler`` has been overwritten by "
                              "``learning_rate`` in optimizer."))
            lr_scheduler.base_lr = learning_rate
        self.wd = wd
        self.lr_mult = {}
        self.wd_mult = {}
        self.begin_num_update = begin_num_update
        self.num_update = begin_num_update
        self._all_index_update_counts = {0: {}}
        self._index_update_count = self._all_index_update_counts[0]
        self.clip_gradient = clip_gradient
        self.multi_precision = multi_precision
        self.aggregate_num = 0
        self.idx2name = param_idx2name.copy()
        self.sym_info = (sym.attr_dict(), sym.list_arguments()) if sym is not None else ()
        self.param_dict = param_dict if param_dict else {}
        self.allow_np_array = is_np_array()     # the Updater hands it mx.np weights as legacy views only then
        self.set_lr_mult({})
        self.set_wd_mult({})

    # ---- registry -------------------------------------------------------------------
    @staticmethod
    def register(klass):
        """Register an optimizer class under its lower-case class name."""
        if not isinstance(klass, type):     # MXNet's bare assert: register takes a class
            raise AssertionError()
        name = klass.__name__.lower()
        old = Optimizer.opt_registry.get(name)
        if old is not None:                 # MXNet warns even when the same class is registered again
            warnings.warn(f"WARNING: New optimizer {dotted_name(klass)} is overriding "
                          f"existing optimizer {dotted_name(old)}")
        Optimizer.opt_registry[name] = klass
        return klass

    @staticmethod
    def create_optimizer(name, **kwargs):
        """An optimizer by (case-insensitive) registered name: ``create('adam', learning_rate=.1)``."""
        klass = Optimizer.opt_registry.get(name.lower())
        if klass is None:
            raise ValueError(f"Cannot find optimizer {name}")
        return klass(**kwargs)

    # ---- learning rate and weight decay ---------------------------------------------
    @property
    def learning_rate(self):
        """The current learning rate (from the scheduler when there is one)."""
        if self.lr_scheduler is not None:
            return self.lr_scheduler(self.num_update)
        return self.lr

    def set_learning_rate(self, lr):
        """Set the learning rate (only allowed without an lr_scheduler)."""
        if self.lr_scheduler is not None:
            raise UserWarning("LRScheduler of the optimizer has already been defined. Note that set_learning_rate "
                              "can mutate the value of the learning rate of the optimizer only when the "
                              "LRScheduler of the optimizer is undefined.")
        self.lr = lr

    def set_lr_scale(self, args_lrscale):
        """Deprecated: use set_lr_mult."""
        raise DeprecationWarning

    def set_lr_mult(self, args_lr_mult):
        """Set per-parameter learning-rate multipliers, keyed by parameter name or index."""
        self.lr_mult = {}
        for name, value in self._sym_attrs("__lr_mult__"):
            self.lr_mult[name] = value
        self.lr_mult.update(args_lr_mult)

    def set_wd_mult(self, args_wd_mult):
        """Set per-parameter weight-decay multipliers; biases and other non-weights default to 0."""
        self.wd_mult = {}
        for n in self.idx2name.values():
            if not (n.endswith('_weight') or n.endswith('_gamma')):
                self.wd_mult[n] = 0.0
        for name, value in self._sym_attrs("__wd_mult__"):
            self.wd_mult[name] = value
        self.wd_mult.update(args_wd_mult)

    def _sym_attrs(self, key):
        if not self.sym_info:
            return []
        attr, arg_names = self.sym_info
        return [(n, float(attr[n][key])) for n in arg_names if n in attr and key in attr[n]]

    def _set_current_context(self, device_id):
        """Switch the per-index update counts to those of device ``device_id``."""
        self._index_update_count = self._all_index_update_counts.setdefault(device_id, {})

    def _current_device(self):
        """The device whose update counts are the current ones (MXNet keeps no attribute for it)."""
        return next((d for d, counts in self._all_index_update_counts.items() if counts is self._index_update_count), 0)

    def _update_count(self, index):
        """Count one more update of ``index`` (or of each index in a list)."""
        for idx in index if isinstance(index, (list, tuple)) else [index]:
            self._index_update_count.setdefault(idx, self.begin_num_update)
            self._index_update_count[idx] += 1      # (a begin_num_update that is no number stays, refused here)
            self.num_update = max(self._index_update_count[idx], self.num_update)

    def _get_lrs(self, indices):
        lr = self.lr_scheduler(self.num_update) if self.lr_scheduler is not None else self.lr
        return [scaled_rate(lr, self._mult(index, self.lr_mult, "lr_mult")) for index in indices]

    def _get_lr(self, index):
        return self._get_lrs([index])[0]

    def _get_wds(self, indices):
        return [scaled_rate(self.wd, self._mult(index, self.wd_mult, "wd_mult")) for index in indices]

    def _get_wd(self, index):
        return self._get_wds([index])[0]

    def _mult(self, index, table, attr):
        """The multiplier of ``index``, or UNNAMED when nothing names it (its rate is then left as it is)."""
        if index in self.param_dict:
            return getattr(self.param_dict[index], attr)
        if index in table:
            return table[index]
        if index in self.idx2name:
            return table.get(self.idx2name[index], 1.0)
        return UNNAMED

    # ---- states and updates ---------------------------------------------------------
    def _check_hyper_parameters(self):
        """Refuse hyper-parameters of the wrong type when an update reads them, as MXNet (which takes any value at
        creation) fails there: with MXNetError where an update operator's float attribute parses one, else with
        the error its Python arithmetic meets first (``_bad_arg_errors``). A Trainer's optimizer (param_dict
        given) first multiplies lr and wd by the Parameters' multipliers, which fails by itself (TypeError); so
        does a Module's (idx2name given), whose product is checked here (a bool becomes a float)."""
        errors = self._bad_arg_errors
        _check_number("rescale_grad", self.rescale_grad, errors.get("rescale_grad", MXNetError))
        wd_error, lr_error = errors.get("wd", MXNetError), errors.get("learning_rate", MXNetError)
        if not self.param_dict and wd_error is not None:        # (None: the update never reads nor multiplies it)
            _check_number("wd", self._multiplied_rate(self.wd), wd_error)
        if self.clip_gradient is not None:
            clip_error = errors.get("clip_gradient", MXNetError)
            if clip_error is MXNetError and isinstance(self.clip_gradient, NDArray):
                bool(self.clip_gradient)        # the update passes it to its operator only when it is true
            _check_number("clip_gradient", self.clip_gradient, clip_error)
        if self.lr is not None and not self.param_dict and lr_error is not None:
            _check_number("learning_rate", self._multiplied_rate(self.lr), lr_error)

    def _multiplied_rate(self, rate):
        """``rate`` as an update reads it: multiplied in place by 1.0 (as _get_lrs/_get_wds do) when idx2name
        names the indices."""
        return product_in_place(rate) if self.idx2name else rate

    def _operator_call(self, index, weight, multi_precision):
        """``(operator, attributes)``: the update operator MXNet's update of ``index`` (of ``weight``; an index or a
        list) hands its hyper-parameters to, with the attributes it passes, the update counted (or a list of them,
        in the order it calls them); None where Python reads them first. Read only when an attribute is refused,
        for MXNet's words."""
        return None

    def _unknown_shape_refusal(self, index, weight, grad, multi_precision):
        """MXNet's report of its update's first operator on a weight of a shape legacy shape semantics read as
        unknown, where that operator is a stateless update (None otherwise: its states fail first, when created)."""
        try:
            calls = self._operator_call(index, weight, multi_precision)
        except (TypeError, ValueError, AttributeError):
            return None
        op, attrs = calls[-1] if isinstance(calls, list) else calls or (None, None)
        if op not in _STATELESS_OPERATOR_EXTRA_INPUTS:
            return None
        weights, grads = (weight, grad) if isinstance(index, (list, tuple)) else ([weight], [grad])
        inputs = [a.shape for pair in zip(weights, grads) for a in pair] + _STATELESS_OPERATOR_EXTRA_INPUTS[op]
        return unknown_shape_failure(op, inputs, [w.shape for w in weights], attrs)

    def _refuse_as_operator(self, index, weight, method):
        """Raise MXNet's words for a hyper-parameter its update operator cannot read (``method``: the update method
        refusing it)."""
        try:
            calls = self._operator_call(index, weight, method == "update_multi_precision")
        except (TypeError, ValueError, AttributeError):     # Python meets the value before any operator
            calls = None
        for op, attrs in [calls] if isinstance(calls, tuple) else calls or ():
            read_attrs(op, attrs, imperative=True)

    def _np_refused_by(self, index, weight, grad, multi_precision):
        """The legacy operator of MXNet's update that first meets an mx.np weight or gradient, and refuses it:
        the fused update operator, where the update is one."""
        try:
            calls = self._operator_call(index, weight, multi_precision)
        except (TypeError, ValueError, AttributeError, KeyError, MXNetError):
            calls = None
        if isinstance(calls, list):
            calls = calls[0]
        return calls[0] if calls else f"{type(self).__name__.lower()}_update"

    def create_state(self, index, weight):
        """The auxiliary state (momentum, moments, ...) of one weight; None when there is none."""
        return None

    def create_state_multi_precision(self, index, weight):
        """Like create_state, plus a float32 master copy of a float16 weight when multi_precision is on."""
        if self.multi_precision and weight.dtype == np.float16:
            master = weight.astype(np.float32)
            return (master, self.create_state(index, master))
        warn_float16_accumulation(self, weight)
        return self.create_state(index, weight)

    def update(self, index, weight, grad, state):
        """Update ``weight`` in place from ``grad`` and ``state``."""
        raise NotImplementedError()

    def _clip_bound(self):
        """The clip bound of the fused kernels (None: no clipping). The Python side passes clip_gradient to them
        only when it is truthy; an update operator called directly clips whenever its attribute is >= 0."""
        return effective_clip(self.clip_gradient)

    def _rsp_kernel(self):
        """(MXNet's kernel name, whether it updates only the gradient's rows) when MXNet updates a row_sparse
        weight with a row_sparse gradient natively; None when it falls back to dense copies."""
        return None

    def _rsp_kernel_of(self, index, state=None):
        """``_rsp_kernel`` for the update of ``index`` (an index or a list) with ``state``."""
        return self._rsp_kernel()

    def _rsp_states(self):
        """Whether MXNet makes the states of a row_sparse weight row_sparse too (a tuple: state by state)."""
        return False

    def _failed_writes(self, weight, grad, state):
        """The arrays an update writes from an input whose computation failed (MXNet skips those writes)."""
        if carried_error([weight, grad, state]) is None or carried_error([grad]) is not None:
            return [weight, state]
        if not self._states_read_weight and carried_error([state]) is None:
            return [weight]
        if not self._weight_reads_states and carried_error([weight]) is None:
            return [state]
        return [weight, state]

    def update_multi_precision(self, index, weight, grad, state):
        """Update through the float32 master copy when the state holds one, else as ``update``."""
        if isinstance(index, (list, tuple)):
            if self.multi_precision:        # MXNet reads the dtype of what it takes for one weight
                _refuse_index_list(self, "update_multi_precision", weight)
            self.update(index, weight, grad, state)     # (an update taking one weight at a time refuses the lists)
        elif self.multi_precision and weight.dtype == np.float16:
            master, inner = state[0], state[1]      # (indexed, as MXNet reads them: TypeError for a None state)
            self.update(index, master, grad.astype(np.float32), inner)     # a row_sparse gradient stays sparse
            if type(master) in KEEP_CLASS:      # an mx.np master copy, updated by NDArray arithmetic
                refuse_numpy_input("cast")      # (MXNet casts it into the weight with the legacy operator)
            if master.shape != weight.shape:    # the cast into the weight infers its output's shape
                raise MXNetError(incompatible(0, master.shape, weight.shape).replace("0-th input", "0-th output"))
            if weight.stype == "row_sparse":    # MXNet casts the master into the weight: it takes the master's rows
                note_storage_fallback("Cast", [master], [weight], {"dtype": np.dtype(weight.dtype).name})
                weight._set_parts(master.data.asnumpy().astype(weight.dtype), [master.indices.asnumpy()])
            elif carried_error([master]) is not None:     # the cast runs on a failed input: MXNet's engine skips it
                with_error(weight, carried_error([master]))
            else:
                weight._data[...] = master._data
        else:
            self.update(index, weight, grad, state)

    def _step(self, index):
        """Count the update of ``index``; its learning rate and weight decay."""
        self._update_count(index)
        return self._get_lr(index), self._get_wd(index)

    def __getstate__(self):
        state = self.__dict__.copy()
        state.pop("param_dict", None)   # gluon Parameters are re-attached by the Trainer
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.param_dict = {}



# inspect.signature(Optimizer) shows __init__'s parameters, not those of the __new__ that records them
Optimizer.__signature__ = inspect.signature(Optimizer.__init__).replace(
    parameters=list(inspect.signature(Optimizer.__init__).parameters.values())[1:])

register = Optimizer.register
create = Optimizer.create_optimizer


def sum_of_squares(x):
    """MXNet's multi_sum_sq of one array: each element squared in the array's dtype and added to a float32
    running sum in the wider of float32 and that dtype (a float64 array goes one element at a time, slowly)."""
    flat = np.asarray(x).ravel()
    if flat.size == 0:
        return np.float32(0)
    if flat.dtype != np.float64:
        return np.cumsum(np.square(flat), dtype=np.float32)[-1]
    acc = np.float32(0)
    for sq in np.square(flat).tolist():
        acc = np.float32(float(acc) + sq)
    return acc


# MXNet warns from five source lines (the base class, SGD, LARS, LBSGD, NAG), and Python's default filter shows
# each line's warning once: one registry per site keeps that, so SGD's warning does not silence LARS's
_FLOAT16_WARNING_SITES = {}


def warn_float16_accumulation(opt, weight, optimizer_name="", site="Optimizer"):
    """MXNet's UserWarning for float16 weights updated without multi_precision (SGD and NAG name themselves)."""
    if weight.dtype == np.float16 and not opt.multi_precision:
        named = f"{optimizer_name} " if optimizer_name else ""
        message = ("Accumulating with float16 in optimizer can lead to poor accuracy or slow convergence. "
                   f"Consider using multi_precision=True option of the {named}optimizer")
        warnings.warn_explicit(message, UserWarning, __file__, inspect.currentframe().f_lineno, __name__,
                               _FLOAT16_WARNING_SITES.setdefault(site, {}), globals())


def arithmetic_refusal(optimizer, weight, grad, gradient_op="broadcast_add", decay_first=False,
                       weight_op="broadcast_add"):
    """The legacy operator refusing an mx.np array in an update MXNet writes in NDArray arithmetic: ``clip`` (when
    clip_gradient is set) or ``gradient_op`` meets an mx.np gradient first, ``weight_op`` a legacy gradient with an
    mx.np weight. Where mx.np's own arithmetic meets a legacy array first (such an operator None, or a legacy
    weight's decay added to an mx.np gradient before clipping: ``decay_first``), it raises mx.np's error."""
    if type(grad) not in KEEP_CLASS:
        refused_by = weight_op
    elif decay_first and type(weight) not in KEEP_CLASS:
        refused_by = None
    else:
        refused_by = "clip" if optimizer.clip_gradient is not None else gradient_op
    if refused_by is None:
        raise TypeError(f"type {class_text(_wrap(np.zeros(0)))} not supported")
    return refused_by


def _refusing_np_arrays(update):
    """``update`` refusing mx.np weights and gradients, as the legacy update operator it stands for (the Updater
    hands optimizers legacy views of them)."""
    @functools.wraps(update)
    def legacy_update(self, index, weight, grad, state):
        arrays = [*weight, *grad] if isinstance(index, (list, tuple)) else [weight, grad]
        if not _all_dense(arrays) and any(type(a) in KEEP_CLASS for a in arrays):
            self._update_count(index)       # MXNet's update counts itself before its first operator
            refuse_numpy_input(self._np_refused_by(index, weight, grad, update.__name__ == "update_multi_precision"))
        return update(self, index, weight, grad, state)
    return _checking_pairs(legacy_update)


def _dtype_kind(array):
    """The kind ('f', 'i', ...) of an NDArray's element type."""
    return array._data.dtype.kind if type(array) is NDArray else np.dtype(array.dtype).kind


def _check_known_shape(optimizer, index, weight, grad, one_weight, method):
    """Refuse ``one_weight`` (of the update of ``index``) when MXNet's legacy shape semantics read its shape as
    unknown (shape (), or a 0 dimension): no operator runs on it outside np shape semantics (and a 0-d weight fails
    wherever the update runs an operator that refuses it)."""
    if type(one_weight) is NDArray:     # (the commonest weight: its shape read once)
        shape = one_weight._data.shape
        if shape and 0 not in shape:
            return
    if not isinstance(one_weight, NDArray) or (one_weight.ndim and all(one_weight.shape)):
        return
    if not is_np_shape():
        refusal = optimizer._unknown_shape_refusal(index, weight, grad, method == "update_multi_precision")
        if refusal is not None:
            raise refusal
        raise MXNetError(f"Operator {type(optimizer).__name__.lower()}_update inferring shapes failed: the weight's "
                         f"shape {one_weight.shape} is unknown outside np shape semantics (a 0 dimension or shape () "
                         "means unknown); give it known dimensions or call npx.set_np()")
    if one_weight.ndim == 0 and optimizer._scalar_weight_refused_by:     # (one weight's norm: an output of shape (1,))
        raise inference_failure(optimizer._scalar_weight_refused_by, [()], [(1,)], [("num_arrays", 1)])


# the update operators of a weight without states (no momentum), and the inputs each takes after the weights and
# gradients (the preloaded kernels' rate arrays)
_STATELESS_OPERATOR_EXTRA_INPUTS = {"sgd_update": [], "multi_sgd_update": [], "signsgd_update": [],
                                    "preloaded_multi_sgd_update": [(1,), (1,)]}


def legacy_shape(shape):
    """A shape as legacy shape inference holds it: () is unknown (None)."""
    return tuple(shape) if len(shape) else None


def unknown_shape_failure(op, inputs, outputs, attrs):
    """The operator's shape-inference report on arrays of shapes legacy shape semantics read as unknown."""
    from ..ndarray.shape_text import with_given_attrs
    read_attrs(op, attrs, imperative=True)      # (an argument the operator has not is refused first)
    return with_given_attrs(inference_failure(op, [legacy_shape(s) for s in inputs],
                                              [legacy_shape(s) for s in outputs]), attrs)


def _checking_pairs(update):
    """``update`` refusing a gradient unlike its weight in shape or dtype, as MXNet's operators do."""
    @functools.wraps(update)
    def checked_update(self, index, weight, grad, state):
        many = isinstance(index, (list, tuple))
        if many and not self._takes_index_lists:
            _refuse_index_list(self, update.__name__, weight)
        try:
            self._check_hyper_parameters()
        except Exception as e:
            if self._counts_first:      # MXNet's update counts itself before it reads its hyper-parameters
                self._update_count(index)
            if isinstance(e, AttrMisread):
                self._refuse_as_operator(index, weight, update.__name__)
            raise
        refused_dtype = None
        plain = self._pairs_checked_in_update and not _ag._state.recording and \
            _known_float_weights(weight if many else [weight]) and (not many or _is_list(grad) and _is_list(state))
        try:
            for w, g, s in () if plain else zip(weight, grad, state) if many else [(weight, grad, state)]:
                _check_known_shape(self, index, weight, grad, w, update.__name__)
                if _ag._state.recording and isinstance(w, NDArray) and _ag.in_graph(w):
                    # the update operator would be recorded writing into a weight that is in the graph
                    raise MXNetError(IN_GRAPH_WRITE)
                if not self._pairs_checked_in_update:
                    check_pair(self, w, g, s)
                if self._float_weights_only and isinstance(w, NDArray) and _dtype_kind(w) != "f":
                    if self._pairs_checked_in_update:   # type inference refuses a mismatch before the kernel runs
                        check_pair(self, w, g, s)
                    refused_dtype = refused_dtype or np.dtype(w.dtype).name
        except MXNetError:
            if self._counts_first:      # MXNet's update counts itself before its operator refuses the arrays
                self._update_count(index)
            raise
        if refused_dtype is not None:
            # MXNet's update kernel refuses the dtype when it runs (unless a failed input skips it): the weights it
            # writes carry the error
            carried = carried_error([weight, grad, state])
            if carried is not None:
                for w in weight if many else [weight]:
                    with_error(w, carried)
            else:
                error = KernelError(float_only(None, refused_dtype), None)
                error.op_name = self._np_refused_by(index, weight, grad, False)    # (its check's line is its own)
                deliver(error, weight if many else [weight], None)
            return None
        scalar = not plain and any(isinstance(w, NDArray) and w.ndim == 0 for w in (weight if many else [weight]))
        if scalar:
            weight, grad, state = (_one_element_views(x) for x in (weight, grad, state))
        # MXNet's kernels divide by zero or overflow silently; they skip an update whose input failed, or whose temp
        # space copy holds an error
        held = copy_error(_copies_taken(self, index)) if OUTSTANDING else None
        skipped = _NOT_SKIPPED if held is None else skipped_for(held, self._failed_writes(weight, grad, state))
        with Silent(), skipped_if_failed([weight, grad, state], self._failed_writes(weight, grad, state)), skipped:
            try:
                result = update(self, index, weight, grad, state)
            except AttrMisread:
                self._refuse_as_operator(index, weight, update.__name__)
                raise
            except MXNetError:
                _warn_self_copies(self._self_copies_before_failure if scalar else 0)
                raise
        # MXNet's ``x[:] += ...`` on a 0-d array copies x onto itself, which copyto warns about
        _warn_self_copies(self._self_copies * (len(index) if many else 1) if scalar else 0)
        _note_dense_fallback(self, index, weight, grad, state, update.__name__ == "update_multi_precision")
        return result
    return checked_update


_NOT_SKIPPED = contextlib.nullcontext()


def _copies_taken(opt, index):
    """How many temp space copies the update operators of ``opt`` updating ``index`` (one or a list) take."""
    return opt._update_copies * (len(index) if isinstance(index, (list, tuple)) else 1) + opt._call_copies


# update operators without a kernel for a dense weight and a row_sparse gradient (MXNet falls back to dense)
_DENSE_ONLY_UPDATES = {"ftrl_update", "rmsprop_update", "rmspropalex_update", "signum_update", "ftml_update",
                       "_multi_lamb_update", "_multi_mp_lamb_update", "nag_mom_update", "mp_nag_mom_update",
                       "lamb_update_phase1", "mp_lamb_update_phase1", "mp_sgd_update", "mp_sgd_mom_update"}


def _note_dense_fallback(opt, index, weight, grad, state, multi_precision):
    """MXNet's stderr warning when the update's operator runs its dense kernel on a row_sparse gradient."""
    many = isinstance(index, (list, tuple))
    if _all_dense(grad if many else [grad]) and (many or type(weight) is NDArray):
        return      # (the commonest update: no sparse gradient, nor a lone sparse weight, to note)
    arrays = list(zip(weight, grad, state)) if many else [(weight, grad, state)]
    if any(sparse_weights.sparse_original(opt, w) is not w for w, _, _ in arrays):
        return      # a sparse weight's dense stand-in, handed on to ``update``: the call on the weight notes it
    if not any(getattr(g, "stype", "default") == "row_sparse" for _, g, _ in arrays):
        if not many and getattr(weight, "stype", "default") == "row_sparse":
            _note_sparse_weight_fallback(opt, index, weight, grad, state, multi_precision)
        return
    try:
        call = opt._operator_call(index, weight, multi_precision)
    except Exception:       # (hyper-parameters an operator would not take were refused before the update)
        return
    if call is None:
        return
    if many and not isinstance(call, list) and "num_tensors" in call[1]:    # one fused call over every weight
        op, attrs = call
        if op in _DENSE_ONLY_UPDATES:
            note_storage_fallback(op, [a for w, g, s in arrays for a in (w, g, *_flat_arrays(s))],
                                  [w for w, _, _ in arrays], attrs)
        return
    for k, ((op, attrs), (w, g, s)) in enumerate(zip(call if isinstance(call, list) else [call] * len(arrays),
                                                      arrays)):
        if op.startswith("multi_") and "lrs" in attrs:      # a sparse gradient is not fused: the weight's own
            # operator updates it
            op, attrs = _unfused_call(op, attrs, k)
        inputs = [w, g, *_flat_arrays(s)]
        if op == "ftrl_update" and all(getattr(a, "stype", None) == "row_sparse" for a in inputs):
            continue        # (ftrl_update's row_sparse kernel)
        if op.endswith("lamb_update_phase1"):
            _note_lamb_fallbacks(op, attrs, inputs, call[1] if not many else None)
        elif op in _DENSE_ONLY_UPDATES:
            note_storage_fallback(op, inputs, [w], attrs)


# update operators without a kernel for a row_sparse weight and a dense gradient, whose call is noted as is
_SPARSE_WEIGHT_FALLBACKS = {"sgd_update", "sgd_mom_update", "mp_sgd_update", "mp_sgd_mom_update", "adam_update",
                            "rmsprop_update", "rmspropalex_update", "ftrl_update", "signum_update", "ftml_update",
                            "nag_mom_update", "mp_nag_mom_update"}


def _note_sparse_weight_fallback(opt, index, weight, grad, state, multi_precision):
    """MXNet's stderr warning when a fused update operator meets a row_sparse weight with a dense gradient."""
    try:
        call = opt._operator_call(index, weight, multi_precision)
    except Exception:       # (hyper-parameters an operator would not take were refused before the update)
        return
    inputs = [weight, grad, *_flat_arrays(state)]
    if isinstance(call, list) and call[0][0].endswith("lamb_update_phase1"):
        _note_lamb_fallbacks(*call[0], inputs, call[1])
        return
    if not isinstance(call, tuple):     # no single fused call: NDArray arithmetic, or several operators
        return
    op, attrs = call
    if op.startswith("multi_") and "lrs" in attrs:
        op, attrs = _unfused_call(op, attrs, 0)
        if not op.startswith("mp_"):        # SGD's single-weight call passes its lazy_update too
            attrs["lazy_update"] = opt.lazy_update
    if op in _SPARSE_WEIGHT_FALLBACKS:
        note_storage_fallback(op, inputs, [weight], attrs)


def _note_lamb_fallbacks(op, attrs, inputs, phase2):
    """LAMB's first phase writes a dense step; a row_sparse weight makes its second phase fall back too."""
    note_storage_fallback(op, inputs, ["default"], attrs)
    weight = inputs[0]
    if phase2 is not None and getattr(weight, "stype", "default") == "row_sparse":
        master = inputs[-1:] if phase2[0].startswith("mp_") else []     # (the float32 copy, read last)
        note_storage_fallback(phase2[0], [weight] + ["default"] * 3 + master, [weight], phase2[1])


def _unfused_call(op, attrs, k):
    """The single-weight operator, and its attributes, of weight ``k`` of a multi-weight update operator's call."""
    single = {key: value for key, value in attrs.items() if key not in ("num_weights", "lrs", "wds")}
    return op[len("multi_"):], {"lr": attrs["lrs"][k], "wd": attrs["wds"][k], **single}


def _warn_self_copies(count):
    """``count`` of copyto's warnings about an array copied onto itself."""
    for _ in range(count):
        warnings.warn(SELF_COPY_WARNING, RuntimeWarning, stacklevel=4)


def _one_element_views(x):
    """0-d arrays (also inside tuples and lists) as views of shape (1,): numpy arithmetic on 0-d arrays gives
    scalars, which the update rules' in-place kernels cannot write into."""
    if isinstance(x, (list, tuple)):
        return type(x)(_one_element_views(v) for v in x)
    if isinstance(x, NDArray) and x.ndim == 0 and x.stype == "default":
        return _wrap(x._data.reshape(1), x.ctx)
    return x


def _refuse_index_list(opt, method, weights):
    """MXNet's optimizers that update one weight at a time take a single index (whatever their aggregate_num): with
    a list, update_multi_precision meets ``weights.dtype`` first under multi_precision, and update its NDArray
    assert."""
    if method == "update_multi_precision" and opt.multi_precision:
        raise AttributeError(f"'{type(weights).__name__}' object has no attribute 'dtype'")
    if opt._index_list_error is AssertionError:     # MXNet's bare ``assert(isinstance(weight, NDArray))``
        raise AssertionError()
    if opt._index_list_error is TypeError:      # ``grad * rescale_grad`` with the list: Python's words (a float)
        [] * opt.rescale_grad
    raise opt._index_list_error(f"{type(opt).__name__} updates one weight per call (aggregate_num 0): pass a single "
                                "index, weight, gradient and state")


def _check_state_shapes(name, weight, state):
    """MXNet's update operators (and NDArray arithmetic) refuse a state shaped unlike its weight."""
    if isinstance(state, (list, tuple)):
        for s in state:
            _check_state_shapes(name, weight, s)
    elif isinstance(state, NDArray) and isinstance(weight, NDArray) and state.shape != weight.shape:
        raise MXNetError(f"{name} update: Incompatible attr: a state's shape {state.shape} differs from the weight's "
                         f"{weight.shape}; create the states with create_state(index, weight) for this weight")


def _is_list(items):
    """Whether ``items`` is a list or a tuple."""
    return type(items) is list or type(items) is tuple


def _all_dense(arrays):
    """Whether ``arrays`` (a list or tuple) holds plain dense NDArrays only."""
    return _is_list(arrays) and _DENSE.issuperset(map(type, arrays))


_DENSE = frozenset({NDArray})


def _known_float_weights(weights):
    """Whether ``weights`` (a list or tuple) are plain dense NDArrays of a float type whose shapes legacy shape
    semantics know (no 0 dimension, not 0-d): an update's checks of each weight pass them all."""
    if not _all_dense(weights):
        return False
    for w in weights:
        data = w._data
        if not data.shape or 0 in data.shape or data.dtype.kind != "f":
            return False
    return True


def rechecks_pass(weights, grads, states):
    """Whether ``update``'s wrappers, called again inside an update_multi_precision whose own wrappers passed these
    lists, would pass them without a word: plain dense float weights of known shapes, dense gradients and states,
    nothing recording, no failure waiting to be raised."""
    return not _ag._state.recording and not OUTSTANDING and _known_float_weights(weights) and _all_dense(grads) \
        and all(s is None or type(s) is NDArray for s in states)


def check_pair(opt, weight, grad, state):
    """The shape and type checks of the update's first operator on one weight, its gradient and its states."""
    if type(weight) is NDArray and type(grad) is NDArray and (state is None or type(state) is NDArray):
        data = weight._data
        if grad._data.shape == data.shape and grad._data.dtype == data.dtype and \
                (state is None or state._data.shape == data.shape):
            return      # (the commonest pair: alike in shape and type, nothing any check below refuses)
    _check_shapes(opt, weight, grad, state)
    _check_matching(opt, weight, grad)
    if opt._states_shaped_like_weight:
        _check_state_shapes(type(opt).__name__.lower(), weight, state)


def check_unpacked(opt, weight, grad, states):
    """check_pair on the states an update unpacked, where they are arrays (what is not meets Python's errors)."""
    check_pair(opt, weight, grad, [s for s in states if isinstance(s, NDArray)])


def sliced(state):
    """``state``, which MXNet's update rules write as ``state[:] op= ...``: Python's TypeError for a state (None,
    a number) that takes no slice."""
    if not hasattr(state, "__getitem__"):
        raise TypeError(f"'{type(state).__name__}' object is not subscriptable")
    return state


def _flat_arrays(state):
    """The NDArrays of a state (nested tuples and lists), in order."""
    if isinstance(state, (list, tuple)):
        return [a for s in state for a in _flat_arrays(s)]
    return [state] if isinstance(state, NDArray) else []


def _check_shapes(opt, weight, grad, state):
    """MXNet's shape inference of the update's first operator: a fused kernel's inputs (weight, grad, states...)
    take the weight's shape; NDArray arithmetic refuses operands that do not broadcast, in the order it meets
    them (``_shape_operands``). Shapes that broadcast but differ are left to the checks after this one."""
    if not (isinstance(weight, NDArray) and isinstance(grad, NDArray)):
        return
    states = _flat_arrays(state) if opt._states_shaped_like_weight else []
    if opt._shape_operands is None:
        for i, x in enumerate([grad] + states, 1):
            if x.shape != weight.shape:
                raise MXNetError(incompatible(i, weight.shape, x.shape))
        return
    odd = [x.shape for x in states if x.shape != weight.shape]
    shapes = {"weight": weight.shape, "grad": grad.shape, "state": odd[0] if odd else weight.shape}
    for left, right in opt._shape_operands:
        refusal = broadcast_refusal("broadcast_", (shapes[left], shapes[right]))
        if refusal:
            raise MXNetError(refusal)
    if opt._shape_operands:     # the states, then the weight, are written in place: each takes the result's shape
        result = np.broadcast_shapes(weight.shape, grad.shape, *(x.shape for x in states))
        for x in states + [weight]:
            if x.shape != result:
                raise MXNetError(f"Shape inconsistent, Provided = {provided(x.shape)}, inferred shape="
                                 f"{provided(result)}")


def _check_matching(opt, weight, grad):
    """MXNet's update operators (and its NDArray arithmetic) refuse a gradient unlike its weight in shape or dtype."""
    if not (isinstance(weight, NDArray) and isinstance(grad, NDArray)):
        return
    if weight.shape != grad.shape and opt._shape_operands is None:     # (NDArray arithmetic broadcasts the gradient)
        raise MXNetError(f"{type(opt).__name__.lower()} update: Incompatible attr: the gradient's shape {grad.shape} "
                         f"differs from the weight's {weight.shape}; pass the gradient of this weight")
    _check_types(opt, {"weight": weight.dtype, "grad": grad.dtype})


def _check_types(opt, dtypes, checks=None):
    """Run ``opt``'s type checks (or ``checks``) whose operands are all in ``dtypes``, in MXNet's order."""
    if checks is None:
        multi_precision = opt.multi_precision and dtypes["weight"] == np.float16 and opt._mp_type_checks is not None
        checks = opt._mp_type_checks if multi_precision else opt._type_checks
    for position, expected, checked in checks:
        if expected in dtypes and checked in dtypes and dtypes[expected] != dtypes[checked]:
            want, have = np.dtype(dtypes[expected]).name, np.dtype(dtypes[checked]).name
            check = (f"Type inconsistent, Provided = {have}, inferred type = {want}" if position is None else
                     "Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at "
                     f"{position}-th input: expected {want}, got {have}")
            raise MXNetError(check)


def _bound_kwargs(cls, args, kwargs):
    """Constructor arguments as keywords (positional ones named through the signature)."""
    if not args:
        return dict(kwargs)
    params = [p.name for p in inspect.signature(cls.__init__).parameters.values()][1:]
    bound = dict(zip(params, args))
    bound.update(kwargs)
    return bound


_AssertError = error_like(AssertionError)        # where MXNet's optimizers ``assert`` on their inputs



class AttrMisread(MXNetError):
    """A hyper-parameter an update operator's attribute parser cannot read: the update rewords it as MXNet's operator
    does (``Optimizer._operator_call``)."""


AttrMisread.__name__ = AttrMisread.__qualname__ = "MXNetError"     # what MXNet raises
AttrMisread.__module__ = MXNetError.__module__


def integer_count(count):
    """``count`` (an update count an operator takes as its int attribute ``t``): a float one (from a float
    begin_num_update) is refused by the attribute parser, as MXNet's is."""
    if not isinstance(count, (int, np.integer)):
        raise AttrMisread(f"Invalid Parameter format for t expect int but value='{count}'")
    return count


def operator_attrs(opt, **attrs):
    """``attrs`` with the rescale_grad, and the clip_gradient when truthy, that MXNet's updates pass their operators."""
    attrs["rescale_grad"] = opt.rescale_grad
    if opt.clip_gradient:
        attrs["clip_gradient"] = opt.clip_gradient
    return attrs


def _check_number(name, value, error=MXNetError):
    """Refuse a non-number argument with ``error``: MXNetError where MXNet hands the argument to an update operator's
    float attribute, TypeError (or AssertionError) where its Python arithmetic meets it first; None: never read."""
    if error is None or type(value) is float or type(value) is int:     # (a plain number: nothing to refuse)
        return
    if isinstance(value, np.ndarray) and value.ndim == 0 and value.dtype.kind in "iuf":
        # a number to Python's arithmetic and, by its text, to an operator; not to NDArray arithmetic
        if not isinstance(error, type):
            error(value)
        return
    if isinstance(value, bool):
        _check_bool(name, value, error)
    elif isinstance(value, str) and error is MXNetError:
        # an operator's attribute parser reads the text: numbers written as text pass
        if parse_float32(value) is None:
            raise AttrMisread(f"Invalid Parameter format for {name} expect float but value='{value}'")
    elif isinstance(value, NDArray) and error is MXNetError:
        # (a Trainer's rescale_grad is an array when its batch size is): an operator reads the array's text, which
        # is a number for a 0-d mx.np array only (a legacy array's text adds its shape and context)
        if not (isinstance(value, tuple(KEEP_CLASS)) and value.ndim == 0):
            raise AttrMisread(f"Invalid Parameter format for {name} expect float but value='{value}'")
    elif isinstance(value, np.ndarray) and not isinstance(error, type) and value.dtype.kind in "iuf":
        error(value)        # numpy's arithmetic takes it; what reads it next refuses it (an operator, NDArrays)
    elif not isinstance(value, (Number, NDArray)):
        if not isinstance(error, type):     # the Python operation that meets it first raises Python's own error
            error(value)
            error = TypeError
        raise (AttrMisread if error is MXNetError else error)(f"optimizer argument {name} must be a number, got "
                                                               f"{value!r}")


# The Python operations MXNet's updates apply first to a hyper-parameter (as _bad_arg_errors values): a non-number
# fails there with Python's own TypeError.
def negation(value):
    """``-value``."""
    return -value


def positive(value):
    """``value > 0``."""
    return value > 0


def power(value):
    """``value ** 1``."""
    return value ** 1


def product(value):
    """``value * 1.0``."""
    return value * 1.0


def product_in_place(value):
    """``value *= 1.0``."""
    value *= 1.0
    return value


def quotient_in_place(value):
    """``value /= 1.0``."""
    value /= 1.0
    return value


def _check_bool(name, value, error):
    """A bool is a number to Python arithmetic, but an operator's float attribute refuses 'True'/'False'.
    MXNet clips only when clip_gradient is truthy, through an operator or through nd.clip."""
    if name == "clip_gradient" and error is not MXNetError:
        refuse_clip_bound(value)        # the update clips with nd.clip
    reaches_operator = value if name == "clip_gradient" and error is MXNetError else error is MXNetError
    if reaches_operator:
        raise AttrMisread(f"Invalid Parameter format for {name} expect float but value='{value}'")


def check_hyper(name, value, error=MXNetError):
    """Refuse a hyper-parameter that is not a number (MXNet accepts any numeric value, in range or not)."""
    _check_number(name, value, error)


def check_momentum(momentum):
    """MXNet compares the momentum with 0 in Python (TypeError for a non-number) and hands a positive one to the
    update operator, whose float attribute refuses True."""
    if momentum is True:
        raise AttrMisread("Invalid Parameter format for momentum expect float but value='True'")
    if momentum is not False:
        _check_number("momentum", momentum, positive)


def aggregation_size(default):
    """How many weights MXNet fuses into one update call (MXNET_OPTIMIZER_AGGREGATION_SIZE)."""
    raw = os.environ.get("MXNET_OPTIMIZER_AGGREGATION_SIZE", str(default))
    try:
        return int(raw)
    except ValueError:
        raise MXNetError(f"MXNET_OPTIMIZER_AGGREGATION_SIZE must be an integer, got {raw!r}") from None


def zeros_like(weight, dtype=None, shape=None):
    """A zero NDArray shaped like ``weight`` (or ``shape``), of its dtype unless given, on its context: MXNet's
    nd.zeros, which refuses a shape that legacy shape semantics read as unknown (a 0 size, or ())."""
    dtype = np.dtype(weight.dtype) if dtype is None else dtype    # (no read: a failed weight keeps its error)
    shape = known_shape(weight.shape if shape is None else shape, "_zeros", dtype, weight.ctx)
    return _wrap(np.zeros(shape, dtype), weight.ctx)


def check_positional_arrays(arrays):
    """MXNet's generated operator functions assert that every positional input is an NDArray: a multi-precision
    weight's state tuple, handed where one array goes, is not."""
    for x in arrays:
        if not isinstance(x, NDArray):
            raise AssertionError(f"Positional arguments must have NDArray type, but got {x!s}")


def check_kernel_inputs(name, inputs):
    """MXNet's update operators infer one type for all their inputs: ``inputs`` (weight, gradient and states,
    weight after weight, in the operator's order) take the first weight's type, and the first one unlike it is
    refused by its position (a state left from another dtype, say)."""
    want = inputs[0].dtype
    for position, x in enumerate(inputs):
        if isinstance(x, NDArray) and x.dtype != want:
            _check_types(None, {"weight": want, "input": x.dtype}, ((position, "weight", "input"),))


def operator_took_odd_states(opt, index, weight, grad, states, op=None, multi_precision=False, attrs=None):
    """Whether ``states`` (as the update unpacked them) are not all arrays of the weight's shape and type (float32
    for a ``multi_precision`` operator), so that the update operator (``op`` with ``attrs``, else the optimizer's
    first) was handed them as MXNet's update hands them: the operator refuses them in its own words (a missing
    input, a non-array argument, a state shaped or typed unlike the weight), or, should it take them, did the
    update."""
    dtype = np.float32 if multi_precision else weight.dtype
    if all(isinstance(s, NDArray) and s.shape == weight.shape and s.dtype == dtype for s in states):
        return False
    from ..ndarray.registry import function
    calls = opt._operator_call(index, weight, multi_precision) if attrs is None else (op, attrs)
    usual_op, attrs = calls[0] if isinstance(calls, list) else calls
    operator = function(op or usual_op)
    for name, s in zip(operator.arg_names[2:], states):
        if s is not None and not isinstance(s, NDArray):     # the generated function's assert on each input
            raise AssertionError(f"Argument {name} must have NDArray type, but got {s!s}")
    if isinstance(calls, list):     # the first of the update's operators, whose result is not the new weight
        operator(weight, grad, *states, **attrs)
    else:
        operator(weight, grad, *states, out=weight, **attrs)
    return True


def is_fused_layout(weights, inputs, state_dtypes):
    """Whether ``inputs`` of a fused multi-weight operator are, weight by weight, the weight, its gradient and its
    states, all arrays of the weight's shape: of the first weight's type (states of None), or the gradient of its
    weight's and the states of ``state_dtypes`` (multi-precision)."""
    per_weight = 2 + len(state_dtypes)
    if len(inputs) != per_weight * len(weights):
        return False
    one_type = all(d is None for d in state_dtypes)
    for k, w in enumerate(weights):
        dtype = weights[0].dtype if one_type else w.dtype
        dtypes = (dtype, dtype) + tuple(dtype if d is None else d for d in state_dtypes)
        for x, dtype in zip(inputs[k * per_weight:(k + 1) * per_weight], dtypes):
            if not (isinstance(x, NDArray) and x.shape == w.shape and x.dtype == dtype):
                return False
    return True


def fused_call_took_odd_inputs(opt, index, weights, inputs, multi_precision):
    """Hand the fused multi-weight operator of ``opt``'s update the ``inputs`` MXNet's update gathered from states of
    the wrong kind: it refuses them in its own words (positional non-arrays first), or, should it take them, does
    the update. Returns True."""
    check_positional_arrays(inputs)
    from ..ndarray.registry import function
    op, attrs = opt._operator_call(index, weights, multi_precision)
    function(op)(*inputs, out=list(weights), **attrs)
    return True


def check_state_dtype(opt, name, weight, grad, state, checks=None):
    """The type checks of ``opt``'s update (or ``checks``) that read its (float32) state: float16 weights need
    multi_precision."""
    _check_types(opt, {"weight": weight.dtype, "grad": grad.dtype, "state": state.dtype}, checks)


def lazy_rows(grad, lazy_update):
    """The rows a lazy update touches: those a row_sparse gradient stores (None: every row)."""
    if not lazy_update or getattr(grad, "stype", "default") != "row_sparse":
        return None
    return np.asarray(grad.indices.asnumpy(), dtype=np.int64)


_LAZY_NOTE = ("Optimizer with lazy_update = True detected. Be aware that lazy update with row_sparse gradient is "
              "different from standard update, and may lead to different empirical results. See "
              "https://mxnet.apache.org/api/python/optimization/optimization.html for more details.")


def note_lazy_update():
    """MXNet's note (once) that a lazy update of a row_sparse gradient differs from the standard one."""
    log_once("../src/operator/././../common/utils.h", _LAZY_NOTE)


def kernel_on_rows(kernel, rows, w, g, *states):
    """``kernel(w, g, *states)`` in place, on every row or only on ``rows`` (MXNet's lazy update)."""
    if rows is None:
        kernel(w, g, *states)
        return
    note_lazy_update()
    parts = [w[rows]] + [None if s is None else s[rows] for s in states]
    kernel(parts[0], g[rows], *parts[1:])
    for full, part in zip((w,) + states, parts):
        if full is not None:
            full[rows] = part


UNNAMED = object()      # Optimizer._mult of an index nothing names


def scaled_rate(rate, mult):
    """``rate * mult``, or ``rate`` unchanged (a numpy scalar keeps its type and text) when nothing names a mult."""
    if mult is UNNAMED:
        return rate
    rate *= mult        # as MXNet multiplies (a rate of None fails naming *=)
    return rate


def arithmetic_operand(value):
    """``value`` where MXNet's NDArray arithmetic meets a hyper-parameter: a number or an NDArray, else NDArray's
    TypeError."""
    if not isinstance(value, (Number, NDArray)):
        raise TypeError(f"type {type(value)} not supported")
    return value


# _bad_arg_errors of an optimizer whose update does Python arithmetic with all four common arguments
ARITHMETIC_ARGS = dict.fromkeys(("learning_rate", "wd", "rescale_grad"), arithmetic_operand)
ARITHMETIC_ARGS["clip_gradient"] = negation         # clip(grad, -clip_gradient, clip_gradient) negates it first


def scalar_operand(array, value):
    """``value`` as MXNet's scalar operators (``x * 0.3``) apply it to numpy ``array``, for the rules MXNet writes as
    NDArray arithmetic: a float64 array gets the scalar's text read back as a double (an ulp off at times), an
    integer array the scalar cast to its dtype. An NDArray hyper-parameter is an array operand: its values, broadcast
    (a one-element one as the scalar in the array's dtype)."""
    if isinstance(value, NDArray):
        return value._data
    if isinstance(value, np.ndarray):       # (NDArray arithmetic takes no numpy array)
        raise TypeError(f"type {type(value)} not supported")
    return _scalar_like(array, value)


def kernel_scalars(dtype, *values):
    """Hyper-parameters as MXNet's fused kernels receive them: float32 operator parameters cast to the weight dtype."""
    t = np.dtype(dtype).type
    return [t(op_float(v)) for v in values]


def clip_values(x, bound):
    """``x`` clipped to ``[-bound, bound]`` as MXNet's clip does (a new array; see clip_kernel)."""
    if not isinstance(bound, Number):
        negation(bound)     # MXNet's Python side negates the bound first: a non-number fails there
    if isinstance(bound, bool):
        refuse_clip_bound(bound)
    if isinstance(bound, NDArray):      # nd.clip's a_min and a_max are attributes: the parser reads the array's text
        read_attrs("clip", {"a_min": -bound, "a_max": bound}, imperative=True)
    x = np.array(x)
    return clip_kernel(x, x.dtype.type(op_float(bound)))


def clip_grad_values(grad, g, bound):
    """``g``, the values of gradient ``grad``, clipped as clip_values does; MXNet's Python-side
    ``clip(grad, -bound, bound)`` keeps a row_sparse gradient sparse, so it refuses one when 0 is outside the range."""
    clipped = clip_values(g, bound)
    if getattr(grad, "stype", "default") == "row_sparse" and not op_float(bound) >= 0:
        from ..ndarray import clip      # nd imports this package: looked up late
        clip(grad, -bound, bound)       # raises clip's storage refusal
    return clipped


def refuse_clip_bound(bound):
    """MXNet's ``nd.clip(grad, -bound, bound)`` for a bool bound: -True is a number, but clip's float attribute
    reads no 'True' or 'False'."""
    read_attrs("clip", {"a_min": -bound, "a_max": bound}, imperative=True)
    raise AttrMisread(f"Invalid Parameter format for a_max expect float but value='{bound}'")


def kernel_sign(x):
    """MXNet's sign kernel: -1, 0 or 1, and 0 for NaN (np.sign gives NaN)."""
    return np.sign(x, out=np.zeros_like(x), where=~np.isnan(x))


def clip_kernel(x, bound):
    """``x`` clipped to ``[-bound, bound]`` (``bound`` in x's dtype) as MXNet's clip kernel does, in place when x
    is an array (a 0-d operation's numpy scalar gives a new one): values above ``bound`` take it, else values below
    ``-bound`` take that, so a negative bound sends everything above it to it and the rest to -bound; the rest keep
    their value, so a bound of 0 gives -0.0 for negative values and keeps a -0.0 (np.clip gives +0.0 for both)."""
    if not isinstance(x, np.ndarray):
        return clip_kernel(np.array(x), bound)[()]
    above = x > bound
    if x.dtype.kind == "u":     # (uint8 values compare as int, with a negative -bound: none is below it)
        np.copyto(x, bound, where=above)
        return x
    below = x < -bound
    np.copyto(x, -bound, where=below & ~above)
    np.copyto(x, bound, where=above)
    return x


class _ListedFloat(float):
    """An element of a tuple attribute, already read as the operator reads it (see listed_float)."""


_READ_FLOATS = {}       # (reader, float[, a zero's sign]) -> what the reader read: rates recur every step


def _remembered(reader, value, read):
    """``read(value)`` of a Python float, kept for the next read of the same float (and sign) by ``reader``."""
    key = (reader, value) if value else (reader, value, math.copysign(1.0, value))     # (-0.0 == 0.0 as keys)
    known = _READ_FLOATS.get(key)
    if known is None:
        if len(_READ_FLOATS) >= 1024:
            _READ_FLOATS.clear()
        known = _READ_FLOATS[key] = read(value)
    return known


def op_float(value):
    """``value`` as an MXNet operator's float parameter holds it: the float32 its parser reads from the value's text
    (for some values of 1 or more, or written with an exponent, an ulp off the correctly rounded one)."""
    if type(value) is float:
        return _remembered(op_float, value, _parsed_float)
    if type(value) is _ListedFloat:
        return float(value)
    if type(value) is np.float64:
        return _remembered(op_float, float(value), _parsed_float)
    if value is None or isinstance(value, bool):        # the parser reads no 'None', 'True' or 'False'
        raise AttrMisread(f"Invalid Parameter format: an update operator's float attribute got value='{value}'; "
                         "give the optimizer a number")
    if isinstance(value, np.floating):      # MXNet passes the text of a numpy scalar (LARS's rates are some)
        value = str(value)
    if isinstance(value, (list, tuple)):      # the parser reads no list's text
        raise AttrMisread(f"Invalid Parameter format: an update operator's float attribute got value='{value}'")
    if type(value) is NDArray:      # the parser reads the array's text (its shape and context follow the values)
        raise AttrMisread(f"Some trailing characters could not be parsed: '{str(value).lstrip()}'")
    if isinstance(value, (np.ndarray, NDArray)) and value.ndim:     # (a 0-d numpy or mx.np one's text is its number)
        raise AttrMisread(f"Invalid Parameter format: an update operator's float attribute got value='{value}'")
    if isinstance(value, str):          # a hyper-parameter given as text reaches the parser as it is
        parsed = parse_float32(value)
        if parsed is None:
            raise AttrMisread(f"Invalid Parameter format: an update operator's float attribute got value='{value}'")
        return float(parsed)
    return float(np.float32(value))


def _parsed_float(value):
    """``op_float`` of a Python float."""
    if not _roomy(value):
        try:        # the parser refuses a number beyond float32's range, or too small for it
            _check_range("", "", "f", str(value))
        except MXNetError:
            raise AttrMisread(f"Out of range value for an update operator's float attribute, value='{value}'") \
                from None
    return float_from_text(value)


def listed_float(value, name):
    """``value`` as an element of the operator's tuple parameter ``name`` (the multi-tensor kernels' lrs, wds):
    read by a C++ stream, so correctly rounded to float32 (and then passed on unchanged by op_float); the stream
    reads no 'nan' or 'inf'."""
    if type(value) is float:
        return _remembered(listed_float, value, lambda v: _listed(v, name))
    return _listed(value, name)


def _listed(value, name):
    """``listed_float``, read anew."""
    if isinstance(value, (str, np.ndarray, NDArray)) or not math.isfinite(value) or not np.isfinite(np.float32(value)):
        # (a text's quotes are in the tuple's text too; the stream refuses a number beyond float32)
        raise AttrMisread(f"Invalid Parameter format for {name} expect tuple of <float> but value='[{value!r}]'; "
                         "a learning rate or weight decay must be a finite number")
    if isinstance(value, np.floating):      # the stream reads the numpy scalar's text (a float16 rate's is short)
        return _ListedFloat(np.float32(float(str(value))))
    return _ListedFloat(np.float32(value))      # (a subnormal float32 too: the stream has no range check)


def effective_clip(clip_gradient):
    """The clip bound a fused kernel applies: the Python side passes it only when truthy, the kernel only when >= 0."""
    bound = op_float(clip_gradient) if clip_gradient else -1.
    return bound if bound >= 0 else None


def as_ndarray(x, name):
    """Check that an optimizer input is an NDArray (and, for the weight, that it can be updated in place)."""
    if not isinstance(x, NDArray):      # MXNet's bare assert: updates take NDArrays
        raise _AssertError()
    if name == "weight" and not x._data.flags.writeable:
        raise MXNetError("optimizer update: the weight's buffer is read-only (e.g. a view of received bytes), but "
                         "updates are written in place; pass a writable copy")
    return x


# the names MXNet's module shows, as its own imports
import logging  # noqa: E402,F401
import pickle  # noqa: E402,F401

import numpy  # noqa: E402,F401

from ..base import hiding as _hiding, py_str  # noqa: E402,F401

# distnet's own helpers here are no names of MXNet's module
_shown = _hiding(globals(), """
    ARITHMETIC_ARGS AttrMisread IN_GRAPH_WRITE KEEP_CLASS KernelError MXNetError Number OUTSTANDING SELF_COPY_WARNING
    Silent rechecks_pass
    UNNAMED aggregation_size arithmetic_operand arithmetic_refusal as_ndarray broadcast_refusal carried_error
    check_hyper check_kernel_inputs check_momentum check_pair check_positional_arrays check_state_dtype
    check_unpacked class_text clip_grad_values clip_kernel clip_values combine_keeping_nan contextlib copy_error
    deliver dotted_name
    effective_clip keep_nan kernel_sign
    error_like float_from_text float_only functools fused_call_took_odd_inputs incompatible inference_failure
    inspect integer_count is_fused_layout is_np_shape kernel_on_rows kernel_scalars known_shape lazy_rows
    legacy_shape listed_float log_once negation note_lazy_update note_storage_fallback np op_float operator_attrs
    operator_took_odd_states parse_float32 positive power product product_in_place provided quotient_in_place
    read_attrs refuse_clip_bound refuse_numpy_input scalar_operand scaled_rate skipped_if_failed sliced
    skipped_for sparse_weights sum_of_squares unknown_shape_failure warn_float16_accumulation with_error zeros_like
    __getattr__""".split())

# mx.nd's operators and modules MXNet's module imports (mx.nd imports this module while it is built: they are read
# when asked for)
_ND_OPS = ("adam_update cast clip ftml_update ftrl_update lamb_update_phase1 lamb_update_phase2 maximum "
           "mp_lamb_update_phase1 mp_lamb_update_phase2 mp_nag_mom_update mp_sgd_mom_update mp_sgd_update multi_lars "
           "multi_mp_sgd_mom_update multi_mp_sgd_update multi_sgd_mom_update multi_sgd_update multi_sum_sq multiply "
           "nag_mom_update preloaded_multi_mp_sgd_mom_update preloaded_multi_mp_sgd_update "
           "preloaded_multi_sgd_mom_update preloaded_multi_sgd_update rmsprop_update rmspropalex_update sgd_mom_update "
           "sgd_update signsgd_update signum_update sqrt square zeros array").split()
_LATE = {**{n: ("ndarray", n) for n in _ND_OPS}, "NDabs": ("ndarray", "abs"), "NDnorm": ("ndarray", "norm"),
         "multi_lamb_update": ("ndarray.contrib", "multi_lamb_update"),
         "multi_mp_lamb_update": ("ndarray.contrib", "multi_mp_lamb_update"), "normal": ("ndarray.random", "normal"),
         "sparse": ("ndarray", "sparse"), "get_updater": ("optimizer.updater", "get_updater")}


def __getattr__(name):
    if name in _LATE:
        import importlib
        module, attr = _LATE[name]
        return getattr(importlib.import_module("distnet." + module), attr)
    raise AttributeError(f"module 'mxnet.optimizer.optimizer' has no attribute '{name}'")


def __dir__():
    return sorted(_shown() + list(_LATE))
