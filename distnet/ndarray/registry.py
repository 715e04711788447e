"""The one operator registry: each op's forward and backward side by side.

``nd.<name>``, its aliases, the NDArray methods and the autograd rule all come from one
``defop`` entry. Forward functions take numpy arrays positionally and MXNet attributes as
keywords; a backward takes ``(dy, out, *inputs, **attrs)`` and returns one gradient per input
(None where there is none). Backward formulas use numpy operators and ufuncs only where they can,
so that they also run on NDArrays when autograd builds a graph of the gradient (create_graph).
"""
import copy
import inspect
import math
import re
import sys
import warnings

import numpy as np

from ..base import MXNetError, _Null, class_text, no_attribute, message_of, negative_size_text, located
from .. import autograd as _ag
from .. import _OWN_WARNING_FILTER
from .ndarray import NDArray, _wrap, _DTYPE_NP_TO_MX, warn_complex_cast
from ..context import CPU0
from . import array_kinds as _kinds
from . import failures as _failures
from . import onednn
from . import bfloat16 as _bf16
from . import legacy_layer_shapes as _layer_shapes
from . import unknown_into_out as _into_out
from .failures import FailedNDArray as _Failed
from .param_text import (COUNTED_INPUTS, ENUMS, KINDS, STATED_COUNT, StatedCount, dtype_attr_name, in_operator,
                         read_attrs, refuse_first_read, shown_attrs)
from .kernel_folds import KERNEL_DIMS, refuse_broadcast_folds
from .nan_order import LOOPS_AS_MODELLED, SCALAR_LOOP_BYTES, broadcast_keeping_right_nan
from .overlap_copy import compute_in_order, lag_behind
from .storage_report import assignment_refusal, note_storage_fallback
from .shape_text import (assigned, incompatible, blob_type_mismatch, broadcast_refusal, broadcastable, broadcasts_to,
                         drop_op_name, fits_as_unknown, inference_failure, legacy_broadcast_shape, legacy_dim,
                         listed_shape, provided, same_shape_refusal, unknown_broadcast_refusal, with_given_attrs,
                         zeros_are_unknown)

OPS = {}      # every public name (aliases included) -> Op
_DECLARES_DTYPE = {}    # forward function -> whether it takes a dtype (see Op._declares_dtype)
UFUNCS = {}   # numpy ufunc -> Op, so numpy calls on NDArrays dispatch to the registry
_SCALARS = (int, float, bool, np.generic)
_F32 = np.dtype(np.float32)
_BOOL = np.dtype(np.bool_)
_F32_SCALAR = np.float32
_NDARRAY = np.ndarray
# Forward parameters defaulting to None that are optional array inputs rather than attributes.
OPTIONAL_ARRAYS = frozenset({"bias", "weight", "gamma", "beta", "label", "moving_mean", "moving_var",
                             "state", "state_cell", "sequence_length", "parameters", "data_lengths",
                             "label_lengths", "length", "like", "trans", "bins",
                             # (the quantized layers' ranges, and quantized_rnn's data scale and shift)
                             "min_data", "max_data", "min_weight", "max_weight", "min_bias", "max_bias",
                             "data_scale", "data_shift"})
_NOATTRS = {}
_new = object.__new__
_STATE = _ag._state             # (one module lookup less on every op)
_new_node = _ag.new_node


def generated_signature(inputs, attributes, trailing, order=None):
    """The signature of an operator function MXNet generates: its array ``inputs`` default to None, its
    ``attributes`` to _Null, then the ``trailing`` keywords (None) and ``**kwargs`` (``order``: of the first two);
    built when first read."""
    given = tuple(inputs), tuple(attributes), tuple(trailing), None if order is None else tuple(order)
    return LazySignature(lambda: _generated_signature(*given))


def _generated_signature(inputs, attributes, trailing, order=None):
    plain = inspect.Parameter.POSITIONAL_OR_KEYWORD
    params = [inspect.Parameter(n, plain, default=None if n in inputs else _Null)
              for n in (order or [*inputs, *attributes])]
    params += [inspect.Parameter(n, plain, default=None) for n in trailing]
    return inspect.Signature(params + [inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD)])


class LazySignature(inspect.Signature):
    """An ``inspect.Signature`` built by ``make()`` when first read: the thousands of generated functions get their
    signatures at import for the few a script inspects. Its first attribute read turns it into the plain
    ``inspect.Signature`` that ``make()`` returns (same slots, so the object itself becomes one)."""

    __slots__ = ()

    def __init__(self, make):
        object.__setattr__(self, "_parameters", make)     # (the slot holds the maker until the first read)

    def __getattribute__(self, name):
        if type(self) is LazySignature:
            made = object.__getattribute__(self, "_parameters")()
            object.__setattr__(self, "_parameters", made._parameters)
            object.__setattr__(self, "_return_annotation", made._return_annotation)
            object.__setattr__(self, "__class__", inspect.Signature)
        return object.__getattribute__(self, name)


LazySignature.__name__ = LazySignature.__qualname__ = "Signature"   # (as a type() of it before any read shows)
LazySignature.__module__ = "inspect"


class _MXNetSignature:
    """An op's ``inspect.signature``: MXNet's generated ``(data=None, ..., attr=_Null, ..., out=None, name=None,
    **kwargs)``; None on the class, which inspect then reads as it reads any class."""

    def __get__(self, op, owner=None):
        return None if op is None else op.mxnet_signature(("out", "name"))


class Op:
    """A registered operator; calling it runs ``nd.<name>``."""

    elementwise = False     # output shape == every array input's shape (lets symbols infer backwards)
    same_shape_output = False   # output shape == the first input's (for the words of an out= check)
    binary = False          # an arithmetic/comparison op of two arrays: one dtype, scalars cast to it
    scalar_names = {}       # a binary op's MXNet operator for a number after (False) / before (True) the array
    bwd_needs = False       # the backward takes ``needs``: per input, whether its gradient is used
    bwd_over_dy = False     # the backward takes ``grad_over_dy``: whether its data gradient overwrites dy
    gives_views = False     # its result may be a view of its input (basic indexing), kept as it is
    plain_ufunc = None      # the numpy ufunc its forward is on two operands, called directly by x + y and the like
    commutes = False        # plain_ufunc commutes: which operand goes first picks the NaN kept (see commuted)
    dtype_from_out = None   # (dtype attribute, out='s dtype) -> the dtype attribute: MXNet infers it from out=
    out_types_first = None  # fn(inputs, attrs, out): refuses out= as MXNet's inference does, before anything is drawn
    shapeless_words = None  # fn(attrs): the words of its shape inference on a legacy 0-d input, if not the usual
    shapeless_ranks = None  # fn(ranks, attrs): the same (or its located error), given each array input's rank (-1: 0-d)
    sizes_known = None      # fn(inputs, attrs): whether legacy inference knows its output's sizes (a real 0 among
    #                         them) over inputs of unknown (0) sizes, where numpy's result does not tell it
    output_count = None     # fn(attrs): how many outputs it makes, read (to check out=) before its shapes
    hidden_written = None   # fn(attrs): for each hidden output, whether its kernel writes it into an out= list of
    #                         all outputs (None: out= lists its visible outputs only)
    visible_written = None  # fn(attrs): for each visible output, whether its kernel writes it (None: each is); an
    #                         out= array for one it leaves unset keeps its values
    over_itself = None      # fn(data, attrs): its result written over its one input (out= the input itself), as
    #                         MXNet's kernel reads elements it has written
    kept_written = None     # fn(inputs, attrs): for each output MXNet keeps besides distnet's, (its value, whether
    #                         its kernel writes it into an out= list of all outputs)
    workspace_out = None    # fn(args, attrs, out): the call given an out= list of its output and the workspace
    #                         MXNet's kernel keeps beside it (no output of the forward here; see _all_outputs)
    out_shape_first = None  # fn(input shapes, attrs): the output shapes (-1 unknown) MXNet assigns, checking out=,
    #                         before it reads the other inputs' shapes or any types; None where it fails first
    out_checked_after = False   # out_shape_first's shapes are those its check after inference compares out= with
    #                             (types too: the first input's), in that check's words
    out_type_unchecked = False  # its type inference leaves out='s dtype unchecked: its kernel fails on another one
    unlisted = ()           # its last keyword-only attributes, which MXNet's generated function does not list
    unlisted_inputs = ()    # array inputs MXNet's generated functions do not list (a legacy op's auxiliary states)
    in_graph = None         # the op a bound graph runs instead, where MXNet's graph kernel takes more (see graph_copy)
    in_place_write = None   # what its kernel does with an out= array sharing an input's storage (MXNet's
    #                         kWriteInplace request): fn(op, inputs, attrs, out) computing it so (zeroed_first),
    #                         or (message, source line) of its refusal
    into_out = None         # fn(inputs, attrs, out): its kernel's writing into an out= array (a buffer) that shape
    #                         inference leaves unchecked (an output shape found as it runs), where not its forward's

    def __init__(self, name, fwd, hidden):
        self.name = name
        self.fwd = fwd
        self.bwd = None
        self.hidden = hidden          # trailing forward outputs kept for backward, not returned
        self.__doc__ = fwd.__doc__
        self.__name__ = self.__qualname__ = name
        self.__module__ = "ndarray"     # MXNet's generated functions' module: Python's TypeErrors name it
        params = list(inspect.signature(fwd).parameters.values())
        self.variadic = any(p.kind is p.VAR_POSITIONAL for p in params)
        positional = [p for p in params if p.kind is p.POSITIONAL_OR_KEYWORD]
        self.arg_names = [p.name for p in positional
                          if p.default is p.empty or (p.default is None and p.name in OPTIONAL_ARRAYS)]
        self.npositional = len(positional)
        self.required_arrays = frozenset(p.name for p in positional if p.default is p.empty)
        self.positional_names = [p.name for p in positional]
        self.kwonly = [p.name for p in params if p.kind is p.KEYWORD_ONLY]
        self.parameterless = not self.variadic and not self.kwonly and len(positional) == len(self.arg_names) \
            and not any(p.kind is p.VAR_KEYWORD for p in params)
        # where MXNet's generated function sends each declared attribute (a declared dtype last; undeclared ones first)
        names = self.positional_names[len(self.arg_names):] + self.kwonly
        declared = [n for n in names if n != "dtype"] + ["dtype"] * ("dtype" in names)
        self.attr_rank = dict(zip(declared, range(len(declared))))

    __signature__ = _MXNetSignature()

    @property
    def called(self):
        """The name its Python-level refusals give it (an alias's own name, see ``function``)."""
        return self.name

    def mxnet_signature(self, trailing):
        """The signature MXNet generates for this op: its inputs default to None, its attributes to _Null,
        then the ``trailing`` keywords (None) and ``**kwargs``; a variadic op is ``(*inputs, **kwargs)``
        (built when first read)."""
        return LazySignature(lambda: self._mxnet_signature(trailing))

    def _mxnet_signature(self, trailing):
        kw = inspect.Parameter.VAR_KEYWORD
        fwd = inspect.signature(self.fwd).parameters.values()
        if self.variadic:
            star = next(p for p in fwd if p.kind is p.VAR_POSITIONAL)
            return inspect.Signature([star.replace(annotation=star.empty), inspect.Parameter("kwargs", kw)])
        shown = [p.name for p in fwd if p.kind in (p.POSITIONAL_OR_KEYWORD, p.KEYWORD_ONLY) and p.name not in trailing
                 and p.name not in self.unlisted and p.name not in self.unlisted_inputs]
        return _generated_signature([n for n in shown if n in self.arg_names],
                                    [n for n in shown if n not in self.arg_names], trailing, order=shown)

    check_attrs = None      # fn(attrs): the parameter checks MXNet's parser makes, run when a symbol is created
    stored_outputs = None   # fn(outputs, raw results): a hidden-state op's outputs in their storage types (Custom)
    runs_sparse_inputs = None   # fn(run, inputs, out): a call that hands its inputs over in their storage types
    record_refusal = None   # fn(attrs, node): raises what MXNet refuses when it records the op (a multi-output op)

    def attr_check(self, fn):
        """Register ``fn(attrs)`` (the given attributes, as values or text) as this op's parameter checks, which
        symbol creation runs as MXNet's parser does; the forward runs the same rules itself."""
        self.check_attrs = fn
        return fn

    def graph_copy(self, fwd, bwd):
        """Register a copy of this op running ``fwd`` and ``bwd`` as the one bound graphs (executors, hybridized
        blocks) run: their shape inference has already passed inputs its kernel takes but the call alone refuses."""
        import copy
        twin = copy.copy(self)
        twin.fwd, twin.in_graph = fwd, None
        twin.grad(bwd)
        self.in_graph = twin
        return twin

    def grad(self, fn):
        """Register ``fn(dy, out, *inputs, **attrs)`` as this op's backward.

        A backward with a ``needs`` keyword gets a tuple saying which inputs' gradients are used,
        so that it can skip the others (MXNet's kNullOp request).
        """
        self.bwd = fn
        takes = inspect.signature(fn).parameters
        self.bwd_needs = "needs" in takes
        self.bwd_over_dy = "grad_over_dy" in takes
        self.bwd_names_node = "node_name" in takes
        return fn

    def __call__(self, *args, out=None, name=None, **attrs):
        if self.unlisted_inputs:
            args, out, name, attrs = self._unlisted_as_attributes(args, out, name, attrs)
        if out is None and not attrs and len(args) == 1 and type(args[0]) is NDArray and not self.hidden \
                and self.arg_names:
            return _unary_call(self, args[0])         # nd.tanh(x): the commonest call, kept short
        if out is None and not attrs and not self.variadic and len(args) <= len(self.arg_names):
            for a in args:
                if type(a) is not NDArray:
                    break
            else:                                     # nd.add(x, y): plain arrays only, nothing to check
                return invoke(self, args, attrs)
        if out is not None or self.variadic or not self._takes_plainly(args, attrs):
            # MXNet's generated function and front end bind and check the call (inline: some checks look at
            # the caller's frame)
            if not self.variadic:       # (Python binds the arguments first: an out given by position is out=)
                args, out, name = self._bind_trailing(args, out, name, self.called)
            if attrs and not self.variadic:
                self._refuse_given_twice(args, attrs)
            if KEEP_CLASS and not self.name.startswith("_np"):
                self._read_dtype_first(args, attrs)
                self._refuse_numpy_arrays(args, attrs, out, self.called)
            if not self.variadic:
                for i, a in enumerate(args):
                    if type(a) is list or type(a) is tuple:
                        self._refuse_sequence(i, a)
                    elif i < len(self.arg_names) and not isinstance(a, NDArray):
                        self._refuse_non_array(self.arg_names[i], a, i)
                    elif isinstance(a, (NDArray, np.ndarray)) and i >= len(self.arg_names):
                        args = (*args[:i], self._array_attribute(i, a), *args[i + 1:])
                if attrs:
                    for k in self.arg_names:
                        if k in attrs and not isinstance(attrs[k], NDArray):
                            self._refuse_non_array(k, attrs[k])
                args, attrs = self._positional_attrs(args, attrs)
            elif not self.name.startswith("_npi"):
                for a in args:      # MXNet's front end asserts each variadic input is an array
                    if not isinstance(a, NDArray):
                        raise AssertionError(f"Positional arguments must have NDArray type, but got {a!s}")
                if self.name in COUNTED_INPUTS:
                    attrs = self._counted_inputs(len(args), attrs)
                elif self.name in STATED_COUNT:     # the operator states it last, then its parser reads it
                    attrs = attrs if "num_args" in attrs else {**attrs, "num_args": StatedCount(len(args))}
                    from ..symbol.symbol import _check_num_args
                    _check_num_args(self, attrs, imperative=True)
            if "ctx" in attrs and attrs["ctx"] is None and "ctx" in self.kwonly and _kinds.called_by_user(1):
                attrs = dict(attrs, ctx="None")     # (sent as its text, which names no context)
            if "dtype" in attrs and self._declares_dtype():      # (an undeclared one goes on as given)
                attrs = self._front_end_dtype(attrs)
            elif "dtype" in self.positional_names[len(self.arg_names):len(args)]:     # nd.Cast(x, 'float16')
                i = self.positional_names.index("dtype")
                args = (*args[:i], self._front_end_dtype({"dtype": args[i]})["dtype"], *args[i + 1:])
            refuse_bad_out(out)
            if not self.variadic:
                args, attrs = _symbols_as_text(self, args, attrs)
        return self._call_checked(args, attrs, out)

    def _call_checked(self, args, attrs, out):
        """The call once the front end's checks passed: its attributes read, then the kernel (MXNet's storage
        fallback for sparse inputs)."""
        if not self.variadic and len(attrs) > 1:
            attrs = self._front_end_order(attrs)
        given = attrs
        if self.name in PARSED_IN_BACKWARD:
            attrs = _read_for_backward(self, args, attrs)
        elif attrs:
            attrs = read_attrs(self.name, attrs, imperative=True)
            if attrs is not given:      # (the parser's refusals name the attributes as given, not as read)
                self._refuse_attrs_unread(given)
        if not self.variadic and any(a is None for a in (*args, *attrs.values())):
            self._refuse_dropped_inputs(args, attrs)
        if self.runs_sparse_inputs is not None:     # (Custom: its Prop decides which storage types it takes)
            return self.runs_sparse_inputs(lambda: invoke(self, args, attrs, out), args, out)
        # a sparse input: MXNet's storage fallback runs its own kernels, not oneDNN's (dense NDArrays are passed
        # by on their type alone: this runs on every call)
        for a in args:
            if type(a) is not NDArray and isinstance(a, NDArray) and a.stype != "default":
                with onednn.storage_fallback():
                    res = invoke(_backward_reporting(onednn.fallback_op(self), args, given), args, attrs, out)
                if not _has_sparse_kernel(self.name, args):
                    note_storage_fallback(self.name, args, fallback_outputs(self, given, res),
                                          self.stated_attrs(args, given))
                return res
        if out is not None and type(out) is not NDArray and _has_sparse(out) and self.name not in _SPARSE_OUT_KERNEL \
                and not self.name.startswith("_random_"):
            return self._into_sparse_out(args, attrs, given, out)
        return invoke(self, args, attrs, out)

    def _takes_plainly(self, args, attrs):
        """Whether a call (without out=) gives plain NDArrays for leading array inputs, and attributes by keyword
        only, of plain values and other than dtype and ctx: the front end's checks pass it as it is."""
        plain = self._plain_call
        if plain is None:
            plain = self._plain_call = self._plain_call_rules()
        most_inputs, refused_keys = plain
        if len(args) > most_inputs:
            return False
        for a in args:
            if type(a) is not NDArray:
                return False
        for k, v in attrs.items():
            if type(v) not in _PLAIN_VALUES or k in refused_keys:
                return False
        return True

    _plain_call = None      # (the most array inputs a plain call gives by position, the keys it may not give)

    def _plain_call_rules(self):
        """``_plain_call``, from the op's signature: leading positional names that are its array inputs, and any
        key but an array input, dtype or ctx."""
        most_inputs = 0
        while most_inputs < len(self.arg_names) and \
                self.positional_names[most_inputs:most_inputs + 1] == self.arg_names[most_inputs:most_inputs + 1]:
            most_inputs += 1
        return most_inputs, frozenset(self.arg_names).union(("dtype", "ctx"))

    def _into_sparse_out(self, args, attrs, given, out):
        """Dense inputs written into a sparse out=: MXNet's storage fallback (the dense kernel, then a cast),
        reported; an operator whose storage inference takes no sparse output refuses it."""
        if self.name in _NO_SPARSE_OUT:
            from .sparse import storage_not_implemented
            raise storage_not_implemented(self.name, args, out, "", self.stated_attrs(args, given))
        res = invoke(self, args, attrs, out)
        if onednn.enabled():        # (within a sparse input's fallback, that one is reported)
            note_storage_fallback(self.name, args, fallback_outputs(self, given, res), self.stated_attrs(args, given))
        return res

    def stated_attrs(self, args, attrs):
        """``attrs`` as MXNet's front end states them to the operator: a variadic one's count of inputs added."""
        if self.variadic and self.name in COUNTED_INPUTS and "num_args" not in attrs:
            return {**attrs, "num_args": StatedCount(len(args))}
        return attrs

    def _refuse_given_twice(self, args, attrs, called=None):
        """Python's binding of the arguments of MXNet's generated function (``called``: its name), before the
        function runs: a parameter given by position and by keyword."""
        for given in (self.positional_names + self.kwonly)[:len(args)]:
            if given in attrs:
                name = _kinds.python_name(called or self.called)
                raise TypeError(f"{name}() got multiple values for argument '{given}'")

    def _bind_trailing(self, args, out, name, called=None):
        """(inputs and attributes, out, name) as MXNet's generated ``(inputs..., attrs..., out=None, name=None)``
        binds its positional arguments: the two after the attributes are ``out`` and ``name`` (``called``: the
        function's name)."""
        every = self.npositional + len(self.kwonly) - len(self.unlisted)
        if len(args) <= every:
            return args, out, name
        called = _kinds.python_name(called or self.name)
        if len(args) > every + 2:
            raise TypeError(f"{called}() takes from 0 to {every + 2} positional arguments but {len(args)} were given")
        for keyword, given in zip(("out", "name"), (out, name)):
            if given is not None and len(args) > every + ("out", "name").index(keyword):
                raise TypeError(f"{called}() got multiple values for argument '{keyword}'")
        trailing = args[every:] + (None,)
        return args[:every], trailing[0], trailing[1]

    def _unlisted_as_attributes(self, args, out, name, attrs):
        """(inputs, out, name, attributes) as MXNet's generated function binds a call of an op with unlisted
        inputs: the arguments after its listed inputs are its attributes (then out and name), and an unlisted
        input given by keyword is an attribute its parser does not know. (So no call runs: MXNet then counts
        too few inputs.)"""
        listed = len(self.arg_names) - len(self.unlisted_inputs)
        names = [n for n in self.positional_names[listed:] + self.kwonly
                 if n not in self.unlisted_inputs and n not in self.unlisted] + ["out", "name"]
        called = _kinds.python_name(self.called)
        if len(args) > listed + len(names):
            raise TypeError(f"{called}() takes from 0 to {listed + len(names)} positional arguments but "
                            f"{len(args)} were given")
        bound = dict(zip(names, args[listed:]))
        for k in bound:
            if k in attrs or (k == "out" and out is not None) or (k == "name" and name is not None):
                raise TypeError(f"{called}() got multiple values for argument '{k}'")
        out, name = bound.pop("out", out), bound.pop("name", name)
        attrs = {**bound, **attrs}
        unknown = [k for k in attrs if k in self.unlisted_inputs]
        if unknown:
            raise unknown_argument(self, unknown[0], attrs, imperative=True)
        return args[:listed], out, name, attrs

    def _counted_inputs(self, count, attrs):
        """``attrs`` once MXNet's checks pass: its parser's (num_args, an int of at least 1, read among the other
        attributes), then the count of inputs against num_args; an op whose forward takes no num_args loses it."""
        if "num_args" not in attrs:     # MXNet's front end states it after the others
            attrs = {**attrs, "num_args": StatedCount(count)}
        stated = read_attrs(self.name, attrs, imperative=True)["num_args"]
        if len(attrs) > 1:      # (its refusals name num_args among the attributes given)
            self._refuse_attrs_unread(attrs)
        if stated != count:
            raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({count} vs. {stated}) : Operator "
                             f"{self.name} expects {stated} inputs, but got {count} instead.")
        if "num_args" in self.kwonly:
            return dict(attrs, num_args=stated)
        return {k: v for k, v in attrs.items() if k != "num_args"}

    def _read_dtype_first(self, args, attrs):
        """Refuse an unreadable dtype as the front end does, before the operator's C checks (of mx.np arrays)."""
        if "dtype" in attrs:
            if self._declares_dtype():
                self._front_end_dtype(attrs)
        elif "dtype" in self.positional_names[len(self.arg_names):len(args)] and self._declares_dtype():
            self._front_end_dtype({"dtype": args[self.positional_names.index("dtype")]})

    def _declares_dtype(self):
        """Whether MXNet's generated function has a dtype parameter (or takes any keyword) to convert."""
        declares = _DECLARES_DTYPE.get(self.fwd)
        if declares is None:
            params = inspect.signature(self.fwd).parameters
            declares = _DECLARES_DTYPE[self.fwd] = "dtype" in params or any(p.kind is p.VAR_KEYWORD
                                                                          for p in params.values())
        return declares

    def _front_end_dtype(self, attrs):
        """MXNet's Python front end passes a legacy operator's dtype through numpy first, as numpy's name for it
        ('float' is 'float64'): an unknown one is numpy's TypeError, and a None from the user becomes numpy's
        default, float64."""
        dtype = attrs["dtype"]
        if isinstance(dtype, NDArray):      # (numpy reads an object's dtype attribute: an array gives its own)
            dtype = dtype.dtype
        if dtype is None:
            if not self.name.startswith("_npi") and _kinds.called_by_user(2):
                return dict(attrs, dtype="float64")
        elif dtype != "None":
            name = dtype_attr_name(dtype)
            if name != dtype:
                return dict(attrs, dtype=name)
        elif not self.name.startswith("_np") and _kinds.called_by_user(2):
            raise TypeError("data type 'None' not understood")      # numpy's words: the front end asks it first
        return attrs

    def _front_end_order(self, attrs):
        """``attrs`` in the order MXNet's generated function sends them (the order its messages list them in):
        keys it does not declare as given, then its parameters in declaration order, dtype last."""
        keys = tuple(attrs)
        orders = self._attr_orders
        if orders is None or len(orders) > 256:
            orders = self._attr_orders = {}
        order = orders.get(keys)
        if order is None:
            rank = self.attr_rank.get
            order = orders[keys] = tuple(sorted(keys, key=lambda k: rank(k, -1)))     # (stable: undeclared as given)
        return attrs if order == keys else {k: attrs[k] for k in order}

    _attr_orders = None     # the keys of calls seen -> those keys in _front_end_order's order

    def _positional_attrs(self, args, attrs):
        """(inputs, attributes) with attributes given by position moved among those given by keyword, so that
        they are read alike (one_hot(x, 1.5) fails as one_hot(x, depth=1.5) does)."""
        first = len(self.arg_names)     # (the attributes after the array inputs, when they all come first)
        if self.positional_names[:first] != self.arg_names:
            first = self.npositional
        extra = args[first:]
        if not extra or any(isinstance(a, (NDArray, np.ndarray)) for a in extra):
            return args, attrs
        names = (self.positional_names + self.kwonly)[first:]
        return args[:first], dict(zip(names, extra), **attrs)

    def _refuse_numpy_arrays(self, args, attrs, out, called=None):
        """MXNet's legacy operators take no mx.np arrays from a user (distnet's own layers may pass them); the
        refusal names the operator as ``called``."""
        inputs = list(args if self.variadic else args[:len(self.arg_names)])      # (attributes go as text)
        if attrs:
            inputs += [v for k, v in attrs.items() if k in self.arg_names]
        given = _kinds.numpy_array_in(inputs, KEEP_CLASS) is not None
        written = out is not None and _kinds.numpy_array_in((out,), KEEP_CLASS) is not None
        if (given or written) and (_kinds.in_legacy_only_layer() or _kinds.called_by_user(2)):
            _kinds.refuse_numpy_input(called or self.name, writes=not given)

    def _array_attribute(self, i, a):
        """What an array given by position in an attribute's slot becomes: MXNet passes attributes as their text,
        which its parser then fails to read."""
        names = self.positional_names + self.kwonly
        name = names[i] if i < len(names) else None
        if name is None or name in self.arg_names:
            return a
        if name == "dtype" and isinstance(a, NDArray) and self._declares_dtype():
            return a.dtype      # (the front end asks numpy, which reads an array's own dtype)
        if name in KINDS.get(self.name, ()) or (self.name, name) in ENUMS or name == "ctx":
            return str(a)
        if i < self.npositional and inspect.signature(self.fwd).parameters[name].default is None:
            return a        # (an optional array input of its own)
        if _kinds.called_by_user(2):
            if isinstance(a, NDArray):
                raise MXNetError(f"Some trailing characters could not be parsed: an NDArray was given for attribute "
                                 f"{name!r} of operator {self.name}; pass it a plain value")
            raise MXNetError(f"Invalid Parameter format for {name}: value {a!s} is an array, in operator {self.name};"
                             f" pass arrays as inputs and attributes as plain values")
        return a

    def _refuse_non_array(self, name, a, i=None):
        """MXNet asserts that an array input is an NDArray (no scalar, numpy array, ...); a missing required one
        is an error of the operator's input count. distnet's own code may pass numpy data and constants."""
        if self.name.startswith("_np") or a is None:     # (MXNet drops a None: see _refuse_dropped_inputs)
            return
        if _kinds.called_by_user(2):
            label = ("lhs", "rhs")[i] if self.binary and i is not None and i < 2 else name
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!s}")

    def _refuse_dropped_inputs(self, args, attrs):
        """MXNet's front end drops an array input given as None; its input count check then finds too few
        (after the attributes are read)."""
        given = [a for a in args[:len(self.arg_names)] if a is not None]
        given += [attrs[k] for k in self.arg_names if attrs.get(k) is not None]
        missing = [k for i, k in enumerate(self.arg_names) if k in self.required_arrays
                   and (args[i] if i < len(args) else attrs.get(k)) is None]
        if missing and not self.name.startswith("_np"):
            self._refuse_attrs_unread(attrs)
            from ..symbol.symbol import input_count
            wanted = input_count(self, attrs)       # (the inputs its flags ask for: a bias unless no_bias)
            if wanted == len(given):        # MXNet then takes the arrays in order (a bias as the weight): refused here
                wanted += len(missing)
            raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({len(given)} vs. {wanted}) : Operator "
                             f"{mxnet_name(self.name)} expects {wanted} inputs, but got {len(given)} instead.")

    def _refuse_attrs_unread(self, attrs, imperative=True):
        """MXNet's parameter parser's refusals, before the operator runs: an unknown attribute, then a required
        one left out (the first by name)."""
        known, required = self._parameter_names()
        if known is not None and not self.parameterless:      # (an operator without parameters ignores them)
            unknown = [k for k in attrs if k not in known and k[:2] != "__"]    # (hidden __attr__ pass)
            if unknown:
                raise unknown_argument(self, unknown[0], attrs, imperative)
        missing = [k for k in required if k not in attrs]
        if missing:
            from ..symbol.enums import missing_parameter
            raise missing_parameter(self.name, missing[0], attrs, imperative)
        if self.name in _POOLING_PARSED:    # (their parser's own check of the kernel)
            from .param_text import check_pooling_kernel
            check_pooling_kernel(self.name, attrs.get("kernel", ()), attrs.get("global_pool", False),
                                 attrs.get("layout"))

    def _parameter_names(self):
        """(the forward's parameter names, None if it takes any keyword; its required attributes, sorted, but
        num_args, which the front end counts from the inputs), read once per operator."""
        names = self.__dict__.get("_parameter_names_read")
        if names is None:
            from .param_docs import declared_required
            params = inspect.signature(self.fwd).parameters
            open_ended = any(p.kind is p.VAR_KEYWORD for p in params.values())
            required = {k for k in self.kwonly if k in params and params[k].default is params[k].empty}
            names = self._parameter_names_read = (
                None if open_ended else frozenset(k for k, p in params.items() if p.kind is not p.VAR_POSITIONAL),
                sorted(required.union(declared_required(self.name)) - {"num_args"}))
        return names

    def _refuse_sequence(self, i, a):
        """MXNet asserts that an array input is an NDArray; a Python list in its place is refused."""
        if i < len(self.arg_names):
            label = ("lhs", "rhs")[i] if self.binary and i < 2 else self.arg_names[i]
            raise AssertionError(f"Argument {label} must have NDArray type, but got {a!r}")

    def __repr__(self):
        return f"<function {self.__name__} at {id(self):#x}>"      # as MXNet's generated function prints


class _Alias:
    """Mixed into an operator's class for its objects under another name (see ``function``)."""

    __slots__ = ()

    @property
    def __name__(self):         # noqa: PLE0301  (the function's name, as MXNet generates one per name)
        return self.shown or self.called


_ALIAS_CLASSES = {}


def _alias(op, called, shown=None, module="ndarray"):
    """``op`` under name ``called``: an object of the operator's class sharing its state (its ``__dict__``: its
    forward, backward, checks), called the same way, whose refusals name it as called (``shown``: the name
    of the Python function, when a submodule's function differs from its operator's, as nd.contrib.box_nms;
    ``module``: that function's module)."""
    cls = _ALIAS_CLASSES.get(type(op))
    if cls is None:     # (its function's qualified name and module, as Python's TypeErrors name them, are its own:
        # a slot and a property, which the state it shares cannot shadow)
        cls = _ALIAS_CLASSES[type(op)] = type(type(op).__name__, (_Alias, type(op)),
                                              {"__slots__": ("called", "op", "shown", "module", "__qualname__")})
        cls.__module__ = property(lambda alias: alias.module)
    alias = object.__new__(cls)
    alias.__dict__ = op.__dict__
    alias.called, alias.op, alias.shown, alias.module = called, op, shown, module
    alias.__qualname__ = shown or called
    return alias


def defop(name, aliases=(), methods=(), rmethods=(), hidden=0, ufunc=None):
    """Register the decorated forward function as operator ``name``."""
    def register(fwd):
        op = Op(name, fwd, hidden)
        op.methods, op.rmethods = methods, rmethods
        for n in (name,) + tuple(aliases):
            if n in OPS:
                raise MXNetError(f"operator name {n!r} is registered twice")
            OPS[n] = op
        if ufunc is not None:
            UFUNCS[ufunc] = op
        for namespace, internal in _INSTALLED:      # registered after nd and nd.op were built (e.g. mx.operator)
            _install_op(op, (name,) + tuple(aliases), namespace, internal)
        return op
    return register


def is_array(v):
    """Whether an op input is an array: numpy's scalars are constants, as MXNet's scalar ops take them."""
    return hasattr(v, "shape") and not isinstance(v, np.generic)


def unbroadcast(g, x, other=None):
    """Sum gradient ``g`` back to the shape of input ``x`` (None when ``x`` is a constant).

    As MXNet, a broadcasting op (``x`` and ``other`` of different shapes) sums each gradient with
    its reducer, so even an unreduced one comes out as 0 + g (+0 for -0); but two one-element operands
    compact to no broadcast at all and take the elementwise gradient, g itself."""
    if type(x) is _NDARRAY:            # the commonest case first: nothing to reduce
        shape = x.shape
        if g.shape == shape and (other.shape == shape if type(other) is _NDARRAY
                                 else not isinstance(other, _NDARRAY)):
            return g
    elif not is_array(x):
        return None
    shape = x.shape
    if g.shape == shape and not (isinstance(other, np.ndarray) and other.shape != shape):
        return g
    if g.size == 1 and isinstance(other, np.ndarray) and other.size == 1:
        return g.reshape(shape)
    from .ops_reduce import kahan_sum
    lead = g.ndim - len(shape)
    axes = tuple(range(lead)) + tuple(i + lead for i, s in enumerate(shape) if s == 1 and g.shape[i + lead] != 1)
    return np.asarray(kahan_sum(g, axes)).reshape(shape)


def _data(a):
    if isinstance(a, NDArray):
        return a._data
    if isinstance(a, (list, tuple)) and a and isinstance(a[0], NDArray):
        raise MXNetError("pass arrays as separate arguments (use *list), not as one list")
    return a


def _bool_placeholder(op, inputs, attrs):
    """Outputs shaped and typed as ``op``'s would be on its bool inputs, for a kernel MXNet lacks for bool
    (computed on them as uint8; uint8 results stand for bool ones)."""
    widened = [x.astype(np.uint8) if type(x) is _NDARRAY and x.dtype == np.bool_ else x for x in inputs]
    with np.errstate(all="ignore"):
        try:
            res = op.fwd(*widened, **attrs)
        except _failures.KernelError as e:      # (another kernel failure: its placeholders stand in)
            if e.result is None:
                raise MXNetError(message_of(e)) from None
            res = e.result
        except MXNetError as e:                 # (its shape checks come first, in an NDArray call's words)
            raise drop_op_name(with_given_attrs(e, attrs), op.name) from None
    as_bool = lambda r: r.astype(np.bool_) if np.asarray(r).dtype == np.uint8 else r     # noqa: E731
    return tuple(as_bool(r) for r in res) if type(res) is tuple else as_bool(res)


def reports_ignored():
    """Whether distnet's own warning filter comes first, so numpy's floating point reports in its kernels are
    ignored anyway (else Quiet switches them off: a user's filter stands before it)."""
    filters = warnings.filters
    return bool(filters) and filters[0] == _OWN_WARNING_FILTER


class Quiet:
    """numpy's floating point reports off while a kernel runs, as MXNet's kernels give inf and nan silently
    (np.errstate's effect at a fifth of its cost: it runs around every operator call). While distnet's own
    warning filter comes first the reports are ignored anyway: nothing to switch (the hottest calls check
    ``reports_ignored`` themselves, which costs a fifth of this)."""
    __slots__ = ("saved",)

    def __enter__(self):
        if reports_ignored():
            self.saved = None
            return
        self.saved = saved = np.geterrobj()
        np.seterrobj([saved[0], 0, saved[2]])

    def __exit__(self, *exc):
        if self.saved is not None:
            np.seterrobj(self.saved)


def _result_inferred(error):
    """The result whose shape an op's inference gave before its ``error``, raised after it, or an empty array
    where the error does not tell it."""
    return getattr(error, "inferred_result", np.empty(0))


def _after_shape_inference(error):
    """Whether ``error`` is raised after shape inference: by type inference, or as MXNet creates the operator
    (``at_creation``: after the out= arrays' checks too)."""
    return getattr(error, "type_inference", False) or getattr(error, "at_creation", False)


def _created_before_allocation(op, error, out):
    """Whether ``error``, raised as MXNet creates the operator, comes before the unknown (legacy 0) sizes its shape
    inference passed to an output fail: as it allocates that output, unless an out= array stands for it."""
    return getattr(error, "at_creation", False) and out is None and op.name in _ALLOCATES_UNKNOWN


def _unary_call(op, x):
    """``op(x)`` for one plain NDArray and no attributes."""
    if _failures.OUTSTANDING:       # a kernel error not raised yet may flow into it (a sampler's, into shuffle)
        return invoke(op, (x,), _NOATTRS)
    data = x._data
    if not data.ndim and _counts_over_unknown_rank(op, (x,), _NOATTRS, None):
        return invoke(op, (x,), _NOATTRS)
    if not data.ndim:
        refuse_shapeless(op, (x,), shown=op.stated_attrs((x,), _NOATTRS))
    if data.dtype.kind == "V":      # bfloat16's stand-in: its own path
        return invoke(op, (x,), _NOATTRS)
    try:
        if reports_ignored():
            res = op.fwd(data)
        else:
            with Quiet():
                res = op.fwd(data)
        if type(res) is not _NDARRAY or res.base is not None or res is data:    # else surely fresh: skip the call
            res = _fresh(op, res, (data,))
        if not data.size:
            _refuse_unknown_sizes(op, (x,), [data], _NOATTRS, res)
    except _failures.KernelError as e:      # (not run again: a kernel may log as it runs)
        return _failed_kernel_result(e, op, (x,), [data], _NOATTRS, None, _NOATTRS, not data.size)
    except MXNetError as e:
        if not data.size and _after_shape_inference(e) and not _created_before_allocation(op, e, None):
            # shape inference, first, fails on an unknown size
            _refuse_unknown_sizes(op, (x,), [data], _NOATTRS, _result_inferred(e))
        if getattr(e, "op_name", None) is None:
            e.op_name = op.name
        raise drop_op_name(with_given_attrs(e, op.stated_attrs((x,), _NOATTRS)), op.name)
    except (ValueError, TypeError, IndexError, np.AxisError) as e:
        _refuse_missing_inputs(op, 1, e, {"num_args": 1} if op.name in STATED_COUNT else _NOATTRS)
        if not data.size:       # numpy's kernel refused what MXNet's shape inference finds
            _refuse_unknown_sizes(op, (x,), [data], _NOATTRS, np.empty(0))
        raise MXNetError(f"operator {op.name} failed on an input of shape {data.shape}: {e}") from e
    if type(res) is tuple:
        return _finish(op, (x,), [data], _NOATTRS, res, None, x._ctx._op_ctx)
    if type(res) is not _NDARRAY:
        res = np.asarray(res)
    r = _new(NDArray)           # _wrap, inlined
    r._data = res
    r._ctx = x._ctx._op_ctx
    if _STATE.recording and (x._node is not None or _ag.has_entry(x)):     # (see _ag._record)
        r._node = (_new_node(op, (data,), (x,), _NOATTRS, res, (x._node,)), 0)
        if x._node is None:
            _ag.feed(r._node[0], (x,))
    else:
        r._node = None
    return r


def _fresh(op, res, inputs):
    """``res`` with any output that is a numpy view of an input copied: an MXNet operator's outputs never
    share memory with its inputs (writing to nd.reshape(x)'s result leaves x alone)."""
    if op.gives_views:
        return res
    if type(res) is np.ndarray:
        view = res.base is not None
        for x in inputs:
            if res is x or view and type(x) is np.ndarray and np.may_share_memory(res, x):
                return res.copy()
    elif type(res) is tuple:
        return tuple(_fresh(op, r, inputs) for r in res)
    return res


def unknown_argument(op, key, attrs, imperative=False, tail=None):
    """MXNet's error for an attribute ``key`` that ``op`` does not take: its parameters listed, and the operator
    with the attributes it was given (``imperative``: by an NDArray call; ``tail``: that text, when known)."""
    from .param_docs import declared_names, unknown_argument as words
    from .param_text import map_keys
    known = declared_names(op.name) or op._parameter_names()[0]
    if known is not None:           # of several, the first the parser reads (in its map's order)
        key = next((k for k in map_keys(op.name, attrs, imperative) if k not in known and k[:2] != "__"), key)
    params = [p for p in inspect.signature(op.fwd).parameters.values() if p.kind is p.KEYWORD_ONLY]
    listed = "\n".join(f"{p.name} : {'required' if p.default is p.empty else f'optional, default={p.default!r}'}"
                       for p in params)
    tail = in_operator(op.name, attrs, imperative) if tail is None else tail
    return MXNetError(words(op.name, key, tail, listed))


def mxnet_name(op_name):
    """The name MXNet's registry gives operator ``op_name`` (``Reshape`` for reshape), as its messages show it."""
    from ..symbol.symbol import _MXNET_OP_NAME
    return _MXNET_OP_NAME.get(op_name, op_name)


def _refuse_missing_inputs(op, given, error, attrs=_NOATTRS):
    """MXNet's words when ``op`` was called with fewer inputs than it requires or without a required attribute
    (``error``: Python's; its words list ``attrs`` as given)."""
    if isinstance(error, TypeError) and "required keyword-only argument" in str(error):
        from ..symbol.enums import missing_parameter
        missing = re.findall(r"'(\w+)'", str(error).split("argument", 1)[1])
        raise missing_parameter(op.name, min(missing), shown_attrs(attrs), imperative=True) from error  # first by name
    unknown = re.search(r"unexpected keyword argument '(\w+)'", str(error)) if isinstance(error, TypeError) else None
    if unknown and unknown[1] in attrs:
        raise unknown_argument(op, unknown[1], shown_attrs(attrs), imperative=True) from error
    if isinstance(error, TypeError) and "required positional argument" in str(error):
        from ..symbol.symbol import input_count
        wanted = input_count(op, attrs)
        if given < wanted:
            op._refuse_attrs_unread(attrs)      # MXNet parses the attributes before it counts the inputs
            raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                             f"{mxnet_name(op.name)} expects {wanted} inputs, but got {given} instead.") from error


def _refuse_input_count(op, given, attrs):
    """MXNet's input count check, which a fixed-arity ``op`` given ``given`` arrays (its attributes read) fails."""
    if op.variadic or not op.arg_names:
        return
    from ..symbol.symbol import input_count
    wanted = input_count(op, attrs)
    if given != wanted:
        op._refuse_attrs_unread(attrs)
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({given} vs. {wanted}) : Operator "
                         f"{mxnet_name(op.name)} expects {wanted} inputs, but got {given} instead.")


# creation and sampling operators whose unset shape MXNet infers from out=
_SHAPED_BY_OUT = frozenset({"_zeros", "_zeros_without_dtype", "_ones", "_full", "_random_uniform", "_random_normal",
                            "_random_exponential", "_random_gamma", "_random_poisson", "_random_negative_binomial",
                            "_random_generalized_negative_binomial", "_random_randint"})


def _shape_from_out(op, attrs, out):
    """The attributes with an unknown shape taken from ``out`` (a known one must match it, checked before
    anything is drawn): None, (), or with a size of -1 (or 0, which legacy shape semantics read as -1)."""
    if type(out) in (list, tuple):      # (out= may list the one output)
        _refuse_out_count(op, out, 1, attrs)
        out = out[0]
    if not isinstance(out, NDArray) or type(out) in KEEP_CLASS:
        return attrs
    shape = attrs.get("shape")
    if shape is None or shape == () or shape == "()":
        return dict(attrs, shape=out.shape)
    wanted = _shape_attr(shape)
    from ..util import is_np_shape
    if next((v for v in wanted if v < 0), -1) < -1:     # an invalid size: the operator's own check refuses it
        return attrs
    if any(v < 0 for v in wanted) or 0 in wanted and not is_np_shape():
        return dict(attrs, shape=out.shape)
    if wanted != out.shape and not out.shape and not is_np_shape():
        error = MXNetError(_output_check_refusal(op.name, out.shape, wanted))     # (a 0-d shape is unknown)
        error.op_name = op.name
        raise error
    if wanted != out.shape:
        raise MXNetError(f"Shape inconsistent, Provided = {provided(out.shape)}, inferred shape={provided(wanted)}")
    return attrs


def invoke(op, args, attrs, out=None):
    """Run ``op`` on NDArrays/constants, wrap the result, record it for autograd."""
    if attrs and not op.variadic:
        for v in attrs.values():
            if isinstance(v, NDArray):
                args, attrs = _arrays_by_name(op, args, attrs)
                break
    given = attrs       # (as the front end states them, for the words of a failed shape inference)
    if len(args) > op.npositional and op.kwonly and not op.variadic:
        attrs = given = dict(zip(op.kwonly, args[op.npositional:]), **attrs)   # MXNet allows attributes by position
        args = args[:op.npositional]
    elif attrs and op.parameterless:
        attrs = _NOATTRS         # MXNet ignores keyword arguments given to an operator without parameters
    if out is not None and op.name in _STATISTICS_SHOWN:
        attrs = _statistics_shown(attrs, out)
    if "ctx" in op.kwonly and (out is not None or attrs.get("ctx") is not None):
        op._refuse_attrs_unread(attrs)      # (its parser's refusals come first, then its context is read)
        if attrs.get("ctx") is not None and out is None and not args:     # (else the inputs' or out='s context)
            from ..context import operator_context
            operator_context(attrs["ctx"])
    if out is not None and (op.name in _SHAPED_BY_OUT or
                            op.name == "scatter_nd" and "shape" in attrs and attrs["shape"] is None):
        attrs = _shape_from_out(op, attrs, out)
    if op.workspace_out is not None and type(out) in (list, tuple) and len(out) == _all_outputs(op, attrs, 1) > 1:
        return op.workspace_out(args, attrs, out)
    if out is not None and op.output_count is not None and op.output_count(attrs) is not None:
        _refuse_out_count(op, out, op.output_count(attrs), attrs)
    if out is not None and op.out_shape_first is not None:
        _refuse_out_shape_first(op, args, attrs, out)
    # type inference, before anything is drawn (a sparse out= array is filled through a dense one of its type)
    if op.out_types_first is not None and out is not None:
        op.out_types_first(args, attrs, out)
    if op.dtype_from_out is not None:
        target = out[0] if type(out) in (list, tuple) and len(out) == 1 else out     # (a list of the one output)
        if isinstance(target, NDArray) and (type(target) is NDArray or target.stype != "default"):
            attrs = dict(attrs, dtype=op.dtype_from_out(attrs.get("dtype"), target.dtype))
    if _failures.OUTSTANDING:        # a kernel error not raised yet may flow into this op
        carried = _failures.carry(invoke, op, args, attrs, out)
        if carried is not None:
            return carried
    inputs = [a._data if type(a) is NDArray else _data(a) for a in args]
    empty = at_out_shape = False
    for x in inputs:
        if type(x) is _NDARRAY and (not x.ndim or not x.size):
            if x.size and _counts_over_unknown_rank(op, args, attrs, out):
                empty = True        # (see _arange_like_into_out)
            elif x.size:      # 0-d
                at_out_shape = runs_at_out_shape(op, args, out)
                if not at_out_shape and not _reads_known_shape(op, inputs):
                    refuse_shapeless(op, args, attrs, op.stated_attrs(args, given), out=out)
            else:
                empty = True        # checked once the output shapes are known
    if at_out_shape:
        inputs = _inputs_at_out_shape(op, args, inputs, op.stated_attrs(args, given), out._data)
    if op.binary and len(inputs) == 2:
        inputs = _binary_inputs(op, inputs, out)
    if _bf16.holds_bfloat16(inputs):
        return _bf16.invoke_widened(invoke, op, args, attrs, out)
    try:
        if op.binary and not op.elementwise and len(inputs) == 2:
            _refuse_broadcast_folds(op, *inputs)
        if op.binary and _legacy_bool_pair(args, inputs) and broadcastable(inputs[0].shape, inputs[1].shape):
            # (shapes that do not broadcast fail first, in MXNet's shape inference)
            raise _bool_pair_refused(op, (inputs[0].shape, inputs[1].shape))
        in_place = op.in_place_write is not None and type(out) is NDArray and _shares_storage(out._data, inputs)
        if in_place and not callable(op.in_place_write):
            raise _in_place_refusal(op, inputs, out._data)      # (its kernel checks the request before the types)
        if at_out_shape:
            _refuse_kernel_at_out_shape(op, args, attrs, out)
        preset = _sized_by_out(op, args, inputs, attrs, out) if empty else None
        with Quiet():       # (in place too: the plain forward's checks refuse before the storage is touched)
            res = preset if preset is not None else _forward(op, inputs, attrs, out)
        if op.out_type_unchecked and type(out) is NDArray:
            _refuse_out_type_in_kernel(res, out)
        if in_place:
            with Quiet():
                res = _fresh(op, op.in_place_write(op, inputs, attrs, out._data), inputs)
    except _failures.KernelError as e:       # found by the kernel: raised when the result is read
        return _failed_kernel_result(e, op, args, inputs, attrs, out, given, empty)
    except MXNetError as e:
        if empty and (op.name in _NEEDS_KNOWN_INPUT or _after_shape_inference(e)) \
                and not _created_before_allocation(op, e, out):
            _refuse_unknown_sizes(op, args, inputs, attrs, _result_inferred(e), out)   # (shape inference stops first)
        if out is not None and getattr(e, "inferred_outputs", None) is not None:    # (see failures.state_refusal)
            _refuse_out_count(op, out, len(e.inferred_outputs), attrs)
            for i, (target, inferred) in enumerate(zip(out if type(out) in (list, tuple) else [out],
                                                       e.inferred_outputs)):
                if getattr(e, "type_inference", False):     # (shapes are inferred before types)
                    _refuse_out_shape(op, target, inferred.shape, i)
                else:
                    refuse_out_mismatch(op, target, inferred, attrs, i)
        if getattr(e, "op_name", None) is None:
            e.op_name = op.name
        if out is not None:
            _list_out_shapes(e, out)
        raise drop_op_name(with_given_attrs(e, attrs), op.name)
    except (ValueError, TypeError, IndexError, np.AxisError) as e:
        shapes = [a.shape for a in args if isinstance(a, NDArray)]
        refusal = broadcast_refusal(op.name, [np.shape(x) for x in inputs])
        if refusal is not None:
            raise MXNetError(refusal) from None     # MXNet's check, not a Python error
        _refuse_missing_inputs(op, len(inputs), e, attrs)      # (attributes are read before shapes are inferred)
        if empty:       # numpy's kernel refused what MXNet's shape inference finds
            _refuse_out_over_unknown(op, inputs, out)
            _refuse_unknown_broadcast(op, args, inputs, out, attrs)
            _refuse_unknown_sizes(op, args, inputs, attrs, np.empty(0), out)
        raise MXNetError(f"operator {op.name} failed on inputs of shapes {shapes} with {attrs or 'no attributes'}: {e}") from e
    if empty and preset is None:
        _refuse_out_over_unknown(op, inputs, out)
        if _sized_by_out_over_no_elements(op, args, inputs, attrs, out, res):
            _refuse_out_type(op, out, res, attrs, 0)    # (shape inference completed: type inference checks out=)
            error = _refusal_over_no_elements(op, inputs, attrs, out._data)
            if error is not None:
                return _failed_kernel_result(error, op, args, inputs, attrs, out, given, False)
            res = _into_out.filled_out(op.name, out._data)
        else:
            try:
                _refuse_unknown_sizes(op, args, inputs, attrs, res, out)
            except _failures.KernelError as unknown:    # (outputs of unknown size: see _DEFERS_UNKNOWN)
                return _failed_kernel_result(unknown, op, args, inputs, attrs, out, given, False)
    ctx = CPU0
    for a in args:
        if isinstance(a, NDArray):
            ctx = a._ctx._op_ctx
            break
    else:
        if attrs and attrs.get("ctx") is not None and out is None:     # a creation operator's ctx attribute (text)
            ctx = _given_ctx(attrs["ctx"], op.name)
    if type(res) is not tuple and not op.hidden:        # one output: the common case, kept short
        r = _wrap(res, ctx)
        refusal = None if out is None else out_refusal(out, args)     # (before recording enters the inputs)
        if out is not None and op.kept_written is not None:
            outs = _with_kept(op, out, [r], inputs, attrs, ctx, given)
        if _STATE.recording and refusal is not IN_GRAPH_WRITE:    # (refused before MXNet numbers the op)
            if out is not None:
                _refuse_outs(op, out, [r], attrs, stated=([np.shape(i) for i in inputs], given))
            _ag._record(op, args, inputs, attrs, res, (r,))
        if out is None:
            return r if not KEEP_CLASS else kept_class(args, r)
        if type(out) is NDArray and _overlaps(out._data, inputs) and _element_by_element(op, out):
            in_order = _computed_in_order(op, inputs, attrs, out._data)
            if in_order is not None:
                r = _wrap(in_order, ctx)
        elif type(out) is NDArray and op.over_itself is not None and inputs[0] is out._data:
            r = _wrap(op.over_itself(out._data, attrs), ctx)
        outs = [r] if op.kept_written is None else [r] + outs[1:]
        return _write_out(op, out, outs, False, refusal, attrs, stated=([np.shape(i) for i in inputs], given))
    outs = _finish(op, args, inputs, attrs, res, out, ctx, given)
    return outs if out is not None or not KEEP_CLASS else kept_class(args, outs)


def _sized_by_out(op, args, inputs, attrs, out):
    """What the kernel of a layer or reduction over inputs of unknown (legacy 0) sizes gives where its output takes
    them from the out= array (raising a KernelError where it fails when read, or an error at the call where a
    layer's output is of unknown size, see _refuse_layer_of_unknown_sizes), else None: the op runs as usual."""
    if op.name in _layer_shapes.INFERENCES:
        return out._data.copy() if _refuse_layer_of_unknown_sizes(op, args, inputs, attrs, out) else None
    if op.name == "khatri_rao" and _zeros_read_as_unknown(args) and (out is None or type(out) is NDArray):
        _refuse_khatri_rao_of_unknown_sizes(op, inputs, attrs, out)
    if op.name == "_contrib_arange_like" and (type(out) is NDArray or not inputs[0].ndim) \
            and _zeros_read_as_unknown(args):
        return _arange_like_into_out(op, inputs, attrs, out)
    if op.name in _REDUCED_INTO_OUT and type(out) is NDArray and type(inputs[0]) is _NDARRAY:
        from .ops_reduce import into_filled_out, reduced_shape
        shape = reduced_shape(op.name, inputs[0].shape, **attrs)
        if _reduced_into_out(op, args, np.empty(shape), out):
            return into_filled_out(op.name, inputs[0], out._data, **attrs)
    return None


def _forward(op, inputs, attrs, out):
    """``op``'s forward over ``inputs``, written into out= where the op writes into it itself."""
    if op.into_out is None or type(out) is not NDArray:
        return _fresh(op, op.fwd(*inputs, **attrs), inputs)
    return _fresh(op, op.into_out(inputs, attrs, out._data), inputs)


def _failed_kernel_result(error, op, args, inputs, attrs, out, given, empty):
    """The outputs of ``op`` whose kernel failed with ``error`` (a KernelError): they raise it when read."""
    if getattr(error, "op_name", None) is None:
        error.op_name = op.name
    ctx = next((a._ctx._op_ctx for a in args if isinstance(a, NDArray)), CPU0)
    result = _bool_placeholder(op, inputs, attrs) if error.result is None else error.result
    if op.out_type_unchecked and type(out) is NDArray:
        result = _unwritten(result, out)
    if empty and _reduced_into_out(op, args, result, out):
        result = out._data.copy()       # (shape inference took the out= array's sizes: the kernel's error stands)
    elif empty and _sized_by_out_over_no_elements(op, args, inputs, attrs, out, result):
        _refuse_out_type(op, out, result, attrs, 0)     # (type inference, after the shapes, runs before the kernel)
        result = out._data.copy()
    elif empty and not getattr(error, "shapes_inferred", False):
        # shape inference, which reads a zero size as unknown, runs before the kernel (unless the error says it ran)
        _refuse_unknown_sizes_after(error, op, args, inputs, attrs, result, out)
    try:
        outs = _finish(op, args, inputs, attrs, result, out, ctx, given)
    except MXNetError as refusal:   # refused as it is recorded: the kernel queued before fails all the same
        if not getattr(refusal, "before_kernel", False):
            _failures.deliver(error, None, out)
        raise
    if out is None and KEEP_CLASS:      # (a failed result of mx.np inputs fails as an mx.np array)
        outs = kept_class(args, outs)
    return _failures.deliver(error, outs, out, error.written(args, inputs))


def _list_out_shapes(error, out):
    """A failed shape inference lists the out= arrays' shapes where it inferred no output shape: MXNet's
    inference starts from them."""
    failed = getattr(error, "failed_inference", None)
    targets = out if type(out) in (list, tuple) else [out]
    if failed is None or len(targets) > len(failed[2]):
        return
    name, shapes, outputs = failed      # (out= gives the visible outputs: the hidden ones stay unknown)
    listed = [listed_shape(t.shape) if o is None and isinstance(t, NDArray) else o for o, t in zip(outputs, targets)]
    error.failed_inference = (name, shapes, listed + list(outputs[len(targets):]))


def _refuse_out_type_in_kernel(res, out):
    """The kernel of an op whose type inference leaves out= unchecked fails on an out= array of another dtype than
    its result's (when read)."""
    if out.dtype != res.dtype:
        raise _failures.KernelError(blob_type_mismatch(np.dtype(out.dtype).name, res.dtype.name), _unwritten(res, out))


def _unwritten(res, out):
    """The stand-in for result ``res`` of an op whose type inference leaves out='s dtype unchecked and whose kernel
    failed: out= as it was (the shapes are still checked)."""
    return out._data.copy() if out.shape == res.shape else np.zeros(res.shape, out.dtype)


def _zeros_read_as_unknown(args):
    """Whether MXNet's shape inference reads the zero sizes of ``args`` as unknown: under legacy shape semantics,
    outside a backward pass, for legacy arrays."""
    from ..util import is_np_shape
    return not (is_np_shape() or _ag._state.differentiating or any(type(a) in KEEP_CLASS for a in args)
                or not zeros_are_unknown())     # (a bound graph's own empty slice: real sizes)


def _refuse_unknown_sizes(op, args, inputs, attrs, res, out=None):
    """MXNet's legacy shape semantics read an input's 0 dimension as unknown: its shape inference fails
    but for ops whose output shape ignores the input's (shape_array, a sum over all axes)."""
    if not _zeros_read_as_unknown(args):
        return
    if op.name in _SHAPE_FREE:
        return
    if op.name == "repeat" and int(attrs.get("repeats", 1)) == 0:
        return      # its shape function gives (0,) for no repeats before it reads the input's sizes
    outs = [np.shape(r) for r in (res if type(res) is tuple else (res,))]
    if op.name in _KNOWN_BY_OUTPUTS and all(all(s) for s in outs):     # an empty axis reduced or not read
        return
    if op.name in _REDUCED_INTO_OUT and type(out) is NDArray and out.shape:
        _refuse_out_of_reduction(outs[0], out)
    if op.name in _KERNEL_READS_UNKNOWN and all(all(s) for s in outs):
        if max(np.ndim(x) for x in inputs) > 1:
            raise MXNetError(_failures.UNKNOWN_SHAPE)
        return          # a product of two vectors reads no size: it sums nothing
    if op.name in _ALLOCATES_UNKNOWN or op.name in _SETUP_REFUSES_UNKNOWN:
        if all(all(s) for s in outs) or op.sizes_known and op.sizes_known(inputs, attrs):
            return      # the empty sizes did not reach the outputs
        if op.name in _SETUP_REFUSES_UNKNOWN:
            _refuse_out_of_unknown_shape(op, outs, out)
            if op.name not in _DEFERS_UNKNOWN or not inputs[1].shape[0]:
                raise _setup_refusal(op, inputs)
        if op.name in _PROPERTY_OPS:
            first = res[0] if type(res) is tuple else res
            if op.name not in _OUT_TYPE_AS_PROPERTY and type(out) is NDArray and type(first) is _NDARRAY:
                _refuse_out_type(op, out, first, attrs, 0)      # (their type inference checks out= first)
            _refuse_out_of_unknown_shape(op, outs, out)
        _refuse_unknown_allocation(op, inputs, attrs, res)
    shapes = [np.shape(x) for x in inputs if isinstance(x, np.ndarray)]
    if op.name in _NEEDS_KNOWN_INPUT:
        outs = _with_out_shapes([None] * _NEEDS_KNOWN_INPUT[op.name], out)
    elif type(out) is NDArray and out.shape and len(outs) == 1 and op.name not in _PROPERTY_OPS:
        merged = _merged_with_out(shapes, out.shape) if _keeps_shape_both_ways(op) else None
        if merged is not None:      # (shape inference completed: type inference, then the output check, follow)
            _refuse_out_type(op, out, res, attrs, 0)
            if tuple(out.shape) != merged:
                raise _output_check_failure(op, out.shape, merged)
        shapes, outs = _met_by_out(op, shapes, outs[0], out, attrs)
    name, attrs = _as_mxnet_calls(op, args, op.stated_attrs(args, attrs))
    raise with_given_attrs(inference_failure(name, shapes, outs), attrs or {})


def _keeps_shape_both_ways(op):
    """Whether ``op``'s shape inference gives its inputs and its output one shape, filling the unknown (legacy 0)
    sizes of each from the others."""
    from ..symbol.shape_rules import SAME_SHAPE_OPS
    return op.elementwise or op.same_shape_output or op.name in SAME_SHAPE_OPS or op.name in _SAME_SHAPE_OUTPUT


def _merged_with_out(shapes, out_shape):
    """The one shape legacy inference settles on from input ``shapes`` and an out= array's, their unknown (0) sizes
    filled from each other; None where a size stays unknown or two known ones differ."""
    if any(len(shape) != len(out_shape) for shape in shapes):
        return None
    merged = []
    for sizes in zip(out_shape, *shapes):
        known = {legacy_dim(d) for d in sizes} - {-1}
        if len(known) != 1:
            return None
        merged.append(known.pop())
    return tuple(merged)


def _output_check_failure(op, given, inferred):
    """MXNet's refusal, after inference, of an out= array whose shape is not the one inferred."""
    error = MXNetError(_output_check_refusal(op.name, given, inferred))
    error.op_name = op.name
    return error


def _met_by_out(op, shapes, inferred, out, attrs):
    """The input and output shapes a failed legacy inference lists where an out= array's shape entered it
    (transpose infers its input's back from it)."""
    inferred = [legacy_dim(d) for d in inferred]
    if op.name == "transpose" and len(out.shape) == len(shapes[0]):
        axes = attrs.get("axes") or tuple(reversed(range(len(out.shape))))
        axes = [int(a) % len(out.shape) for a in ((axes,) if isinstance(axes, int) else axes)]
        shapes = [_into_out.transpose_back(shapes[0], out.shape, axes)]
    return shapes, [_into_out.listed_output(op.name, inferred, out.shape,
                                            lambda given, shape: _out_shape_refusal(
                                                op, given, shape, same_shape=_keeps_input_shape(op, attrs)))]


def _refuse_out_of_reduction(shape, out):
    """A reduction's shape inference assigns the shape it infers (unknown sizes -1) into an out= array's, refusing
    one that conflicts in its words."""
    inferred = [int(d) or _layer_shapes.UNKNOWN for d in shape]     # (called once legacy sizes are known to apply)
    return _layer_shapes.assign([int(d) or _layer_shapes.UNKNOWN for d in out.shape], inferred, provided)


def _refuse_layer_of_unknown_sizes(op, args, inputs, attrs, out):
    """A FullyConnected, Convolution or Deconvolution over data of unknown (legacy 0) sizes, as MXNet runs it: its
    shape inference (an out= array's shape filled in), the out= array's checks, then for float32 oneDNN's set-up,
    which cannot lay out an output of unknown size and refuses, when read, one inferred that the data does not fit,
    else the layer's own kernel (see legacy_layer_shapes.native_refusal). True where that kernel runs over no
    rows, leaving out= as it was."""
    no_bias = attr_flag(attrs.get("no_bias", op.name == "Deconvolution"))
    if not _zeros_read_as_unknown(args) or out is not None and type(out) is not NDArray \
            or len(inputs) != 2 + (not no_bias) or any(type(x) is not _NDARRAY for x in inputs) \
            or any(0 in x.shape for x in inputs[1:]):
        return False
    shapes = [tuple(legacy_dim(d) for d in x.shape) for x in inputs]
    given = None if out is None or not out.shape else tuple(legacy_dim(d) for d in out.shape)
    shape = _layer_shapes.INFERENCES[op.name](attrs, shapes, given)
    if shape is None:
        return
    _layer_shapes.refuse_mixed_types(op.name, inputs)
    if out is not None:
        if op.name == "FullyConnected":     # (its type inference assigns the output's type)
            _refuse_out_type(op, out, inputs[0], attrs, 0)
        if tuple(out.shape) != tuple(shape):
            error = MXNetError(_output_check_refusal(op.name, out.shape, shape))
            error.op_name = op.name
            raise error
        _refuse_out_type(op, out, inputs[0], attrs, 0)
    stand_in = np.zeros([max(d, 0) for d in shape], inputs[0].dtype) if out is None else out._data.copy()
    if not _layer_shapes.on_onednn(op.name, inputs[0].dtype):
        refusal = _layer_shapes.native_refusal(op.name, attrs, shapes, shape, inputs[0].dtype)
        if refusal is None:
            return True
        words, site, at_call = refusal
        error = located(MXNetError(words) if at_call else _failures.KernelError(words, stand_in), site)
        error.op_name, error.shapes_inferred = op.name, True
        error.unsized = _layer_shapes.UNKNOWN in shape
        raise error
    if _layer_shapes.UNKNOWN in shape:
        raise _setup_refusal(op, inputs)
    raise _failures.KernelError(_layer_shapes.DESCRIPTOR_REFUSALS[op.name], stand_in)


def _refuse_khatri_rao_of_unknown_sizes(op, inputs, attrs, out):
    """khatri_rao over inputs of unknown (legacy 0) sizes, as MXNet runs it: its shape inference (an out= array's
    shape assigned into the one it infers), type inference, the out= array's checks (or the output's allocation),
    then its kernel, whose checks of the sizes it meets fail: at the call for an output of unknown size, else when
    read."""
    from .ops_linalg import same_dtype
    from .ops_misc import khatri_rao_kernel_refusal, khatri_rao_shape
    shape = khatri_rao_shape(inputs)
    if out is not None:
        shape = _shape_assigned(out.shape, shape)
    same_dtype(op.name, *inputs)
    if out is not None:
        _refuse_out_type(op, out, inputs[0], attrs, 0)
        if tuple(out.shape) != tuple(shape):
            error = MXNetError(_output_check_refusal(op.name, out.shape, shape))
            error.op_name = op.name
            raise error
    elif min(shape) < -1:
        raise MXNetError(negative_size_text(min(shape)))
    stand_in = np.zeros([max(d, 0) for d in shape], inputs[0].dtype) if out is None else out._data.copy()
    error = khatri_rao_kernel_refusal(inputs, shape, stand_in)
    error.op_name, error.shapes_inferred = op.name, True
    if _layer_shapes.UNKNOWN in shape:
        raise _at_call(error, op, attrs)
    raise error


def _counts_over_unknown_rank(op, args, attrs, out):
    """Whether ``op`` is an arange_like along no axis over a legacy 0-d array (of unknown rank): its output takes
    that unknown shape (see _arange_like_into_out)."""
    return op.name == "_contrib_arange_like" and attrs.get("axis") is None and (out is None or type(out) is NDArray) \
        and not _STATE.graph_forward and _zeros_read_as_unknown(args)


def _arange_like_into_out(op, inputs, attrs, out):
    """arange_like over data of unknown (legacy 0) sizes, or of unknown rank (legacy 0-d), into an out= array: its
    shape inference assigns the shape it infers (the data's, or its size along the axis) into the out= array's,
    over whose sizes its kernel then counts, the data unread. Without one, the kernel runs at the call and fails
    to size an output of unknown rank, its type switch first."""
    from .ops_contrib import _real_axis
    data, axis = inputs[0], attrs.get("axis")
    if out is None:
        if data.dtype == np.bool_:
            raise _at_call(_failures.KernelError("Unknown type enum 7", None), op, attrs)
        raise located(MXNetError("Check failed: ndim_is_known(this->ndim()): Shape is unknown."),
                      ("../include/mxnet/./tuple.h", 521))
    shape = [legacy_dim(d) for d in data.shape]
    if axis is not None:
        shape = [shape[_real_axis(int(axis), data.ndim)]]
    shape = _shape_assigned(out.shape, shape, provided) if data.ndim else [legacy_dim(d) for d in out.shape]
    _refuse_out_type(op, out, data, attrs, 0)
    if tuple(out.shape) != tuple(shape):
        error = MXNetError(_output_check_refusal(op.name, out.shape, shape))
        error.op_name = op.name
        raise error
    try:
        return op.fwd(np.zeros(shape, data.dtype), **dict(attrs, axis=None))
    except _failures.KernelError as error:
        error.result, error.shapes_inferred = out._data.copy(), True
        raise


def _shape_assigned(given, wanted, text=None):
    """MXNet's shape_assign of an inferred shape ``wanted`` into an out= array's ``given``: its unknown sizes (and
    an unknown rank) filled from it, refused at a size that differs from one ``wanted`` knows (a negative one it
    reads as unknown), ``wanted`` printed by ``text`` (default: as a tuple)."""
    dims = [legacy_dim(d) for d in given]
    if not dims:        # (a legacy 0-d array's rank is unknown)
        return list(wanted)
    for i, want in enumerate(wanted if len(dims) == len(wanted) else ()):
        if dims[i] == _layer_shapes.UNKNOWN:
            dims[i] = want
        elif want >= 0 and dims[i] != want:
            break
    else:
        if len(dims) == len(wanted):
            return dims
    raise MXNetError(f"Shape inconsistent, Provided = {provided(dims)}, inferred shape={(text or _tuple_text)(wanted)}")


def _reduced_into_out(op, args, result, out):
    """Whether a reduction over inputs of unknown (legacy 0) sizes takes the sizes it cannot know from its out=
    array, refusing one that conflicts with those it knows."""
    return op.name in _REDUCED_INTO_OUT and type(out) is NDArray and bool(out.shape) \
        and _zeros_read_as_unknown(args) and _layer_shapes.UNKNOWN not in _refuse_out_of_reduction(np.shape(result),
                                                                                                  out)


def _sized_by_out_over_no_elements(op, args, inputs, attrs, out, res):
    """Whether a one-input elementwise op (or softmax, or an op inferring its inputs' shapes back from its
    output's) over an input of unknown (legacy 0) sizes takes them from an out= array that fits: its kernel then
    runs over the input's no elements, leaving out= as it was."""
    arrays = [x for x in inputs if type(x) is _NDARRAY]
    if type(out) is not NDArray or not out.size or not _zeros_read_as_unknown(args):
        return False
    if op.name in _into_out.BACK_INFERRED:
        return type(res) is not tuple and _into_out.completed_by_out(op.name, arrays, attrs, np.shape(res), out)
    if len(arrays) != 1:
        return False
    if not (op.elementwise and not op.binary or op.name in _OVER_INPUT_ELEMENTS):
        return False
    return fits_as_unknown(out.shape, [legacy_dim(d) for d in arrays[0].shape])


def _refusal_over_no_elements(op, inputs, attrs, out):
    """The kernel error, raised when read, of an op run over no input elements into out= (``out``: its buffer)."""
    if op.name in _into_out.BACK_INFERRED:
        return _into_out.kernel_refusal(op.name, inputs[0].dtype, out)
    if op.name == "Activation" and inputs[0].dtype == np.float32 and attrs.get("act_type") != "softsign":
        # (its oneDNN kernel, which takes float32 but for softsign, reads the input, never allocated)
        return _failures.KernelError("Check failed: delay_alloc: ", out.copy())
    if op.name == "SoftmaxActivation":
        refusal = _softmax_activation_refusal(attrs.get("mode", "instance"), out.shape, inputs[0])
        return located(_failures.KernelError(message_of(refusal), out.copy()), refusal.raised_at)
    if op.name in _COPIES:     # a copy of no elements into out='s
        words = _SIZES_DIFFER[0].replace("(1 vs.", "(0 vs.").format(size=out.size)
        return located(_failures.KernelError(words, out.copy()), _SIZES_DIFFER[1])
    return None


_OVER_INPUT_ELEMENTS = frozenset({"softmax", "log_softmax", "softmin", "logical_not", "ones_like", "zeros_like",
                                  "identity", "BlockGrad", "make_loss", "SoftmaxActivation", "smooth_l1",
                                  "_contrib_sign_ste", "_contrib_round_ste", "_contrib_gradientmultiplier",
                                  "_contrib_div_sqrt_dim"})
# ops whose kernel copies their input into their output
_COPIES = frozenset({"identity", "BlockGrad", "make_loss", "_contrib_gradientmultiplier"})


def _refuse_unknown_sizes_after(error, op, args, inputs, attrs, result, out=None):
    """Shape inference's refusal of the unknown sizes an op met whose kernel failed with ``error``. An output of
    unknown size makes MXNet run the kernel at the call, before it sizes the output: a kernel that checks the type
    first (``error.before_sizes``) raises its own error there."""
    try:
        _refuse_unknown_sizes(op, args, inputs, attrs, result, out)
    except _failures.KernelError:       # outputs of unknown size it allocates (_DEFERS_UNKNOWN): run at the call
        raise _at_call(error, op, attrs) from None
    except MXNetError as refusal:
        if not getattr(error, "before_sizes", False) or message_of(refusal) != _failures.UNKNOWN_SHAPE:
            raise
        raise _at_call(error, op, attrs) from None


def _at_call(error, op, attrs):
    """A kernel's ``error`` as MXNet raises it when it runs the kernel at the call."""
    sync = located(MXNetError(message_of(error)), getattr(error, "raised_at", None))
    sync.op_name = op.name
    return drop_op_name(with_given_attrs(sync, attrs), op.name)


def _refuse_out_shape(op, target, shape, index):
    """Shape inference refuses an out= array of another shape than the output's ``shape``, but one whose zero
    sizes legacy semantics read as unknown."""
    if isinstance(target, NDArray) and tuple(target.shape) != tuple(shape) and not fits_as_unknown(target.shape,
                                                                                                   shape):
        error = MXNetError(_out_shape_refusal(op, target.shape, shape, index))
        error.op_name = op.name
        raise error


def _refuse_out_of_unknown_shape(op, outs, out):
    """The check after shape inference refuses an out= array where an output's shape is unknown (a legacy 0 size,
    -1): an out= array's sizes are all known."""
    targets = [] if out is None else out if type(out) in (list, tuple) else [out]
    for index, (target, shape) in enumerate(zip(targets, outs)):
        inferred = [legacy_dim(d) for d in shape]
        if not isinstance(target, NDArray) or not target.shape or tuple(target.shape) == tuple(inferred):
            continue
        # (a kernel that failed left no shape to check; the operators of the older interface set their outputs'
        # shapes whatever the out= array's rank)
        if len(target.shape) == len(inferred) or op.name in _PROPERTY_OPS:
            raise MXNetError(_out_shape_refusal(op, target.shape, inferred, index))


def _setup_refusal(op, inputs):
    """The error of an op whose kernel set-up meets an output of unknown size: the region-of-interest ops check
    first that their output has a row per box (unknown, -1, for no boxes), then read the unknown size."""
    message = _SETUP_REFUSES_UNKNOWN[op.name]
    if op.name in _BOX_ROW_CHECKS and inputs[1].shape[0] == 0:
        tag = _BOX_ROW_CHECKS[op.name]
        message = f"Check failed: out_data[{tag}: :kOut].shape_[0] == in_data[{tag}::kBox].shape_[0] (-1 vs. 0) : "
    error = MXNetError(message)
    error.op_name = op.name     # (the box check stands in the op's own source)
    return error


def _refuse_out_over_unknown(op, inputs, out):
    """Legacy shape inference over an input of unknown (0) size meets the out= array before it finds the size it
    cannot know: a broadcast, or an op whose output takes its input's shape, refuses an out= shape that conflicts
    with the sizes it knows."""
    from ..symbol.shape_rules import SAME_SHAPE_OPS
    if type(out) is not NDArray:
        return
    shapes = [np.shape(x) for x in inputs if type(x) is _NDARRAY]
    if op.binary and not op.elementwise and len(shapes) == 2:
        refusal = unknown_broadcast_refusal(op.name, *shapes, out.shape)
        if refusal is not None:
            raise MXNetError(refusal)
    elif len(shapes) == 1 and (op.elementwise or op.name in SAME_SHAPE_OPS or op.same_shape_output):
        known = [legacy_dim(d) for d in shapes[0]]
        if tuple(out.shape) != tuple(known) and not fits_as_unknown(out.shape, known):
            if op.name in _PROPERTY_OPS and op.name not in _OUT_TYPE_AS_PROPERTY:
                _refuse_out_type(op, out, inputs[0], _NOATTRS, 0)    # (their type inference checks out= first)
            inferred = known if op.name in _PROPERTY_OPS else shapes[0]     # (their output check prints -1)
            raise MXNetError(_out_shape_refusal(op, out.shape, inferred))


def _refuse_unknown_allocation(op, inputs, attrs, result):
    """Ops whose shape inference passes an unknown size through to their output fail when MXNet allocates it (the
    stateful ones of _DEFERS_UNKNOWN give outputs ``result`` stands for, whose shape fails when read); a repeat
    along an axis multiplies its size by the repeats (-1 times repeats is no size), and fails its inference for a
    known size or at most one repeat."""
    from .failures import UNKNOWN_SHAPE
    axis, repeats = attrs.get("axis"), int(attrs.get("repeats", 1))
    if op.name == "repeat" and axis is not None:
        if inputs[0].shape[int(axis)] or repeats <= 1:
            return
        error = MXNetError(negative_size_text(-repeats))
        error.op_name = op.name     # (its check stands at its own include of tuple.h)
        raise error
    if op.name == "MakeLoss" and all(inputs[0].shape[:-1]):
        raise MXNetError(_flat_copy_refusal(inputs[0].shape))
    first = result[0] if type(result) is tuple else result
    if op.name in _ASSIGNS_UNKNOWN:
        shape = (math.prod(first.shape[:-1]), first.shape[-1]) if op.name == "SVMOutput" else first.shape  # (in 2-D)
        if shape[0]:        # (mshadow's check passes an empty first axis)
            raise MXNetError(assignment_refusal(shape, tuple(map(legacy_dim, shape))))
    if op.name in _DEFERS_UNKNOWN and attrs.get("sample_type") != "bilinear":
        error = _failures.KernelError(UNKNOWN_SHAPE, result)
        error.shapes_inferred = error.unsized = True
        if op.name == "BatchNorm":
            error.reaches = 1       # (its mean and var have the channels' known size)
        raise error
    raise MXNetError(UNKNOWN_SHAPE)


def _flat_copy_refusal(shape):
    """MakeLoss copies its input flattened to 2-D: an output unknown only in its last size flattens, and the copy
    refuses the input's empty rows (``shape``) against the unknown ones."""
    rows = int(np.prod(shape[:-1]))
    return assignment_refusal((rows, 0), (rows, -1))


def _as_mxnet_calls(op, args, attrs):
    """The operator and attributes MXNet runs for ``op`` on ``args``: an array with a number is its scalar
    operator (``x + 1``: ``_plus_scalar`` with ``scalar`` 1.0, ``1 - x``: ``_rminus_scalar``)."""
    if op.scalar_names and len(args) == 2:
        first = not isinstance(args[0], NDArray)
        if first != (not isinstance(args[1], NDArray)):
            name = op.scalar_names.get(first, op.scalar_names[False])
            return name, {"scalar": float(args[0 if first else 1])}
    return _MXNET_OP_NAMES.get(op.name, op.name), attrs


# ops registered here under the name users call, which MXNet registers under another (its errors name that one)
_MXNET_OP_NAMES = {"reshape": "Reshape", "identity": "_copy", "cumsum": "_np_cumsum",
                   "ravel_multi_index": "_ravel_multi_index", "unravel_index": "_unravel_index"}


def _refuse_unknown_broadcast(op, args, inputs, out=None, attrs=_NOATTRS):
    """Legacy shape inference of a broadcast whose operand has an unknown (0) dimension that numpy could not
    broadcast: it fails, the output's dimension unknown (an out= array's size where it gives one)."""
    if len(inputs) == 2 and all(isinstance(x, np.ndarray) for x in inputs) and not all(x.size for x in inputs):
        shape = legacy_broadcast_shape(inputs[0].shape, inputs[1].shape)
        _refuse_unknown_sizes(op, args, inputs, attrs, np.empty(shape), out)


def runs_at_out_shape(op, args, out):
    """Whether MXNet runs ``op``, given a 0-d legacy array (shape unknown), at the shape of its out= array: an
    elementwise op's shape inference takes its inputs' shape from its output's."""
    from ..util import is_np_shape
    if type(out) is not NDArray or not out.ndim:
        return False
    if is_np_shape() or _STATE.differentiating or _STATE.graph_forward or any(type(a) in KEEP_CLASS for a in args):
        return False
    return op.elementwise or op.name in _RUN_AT_OUT_SHAPE


def _reads_known_shape(op, inputs):
    """Whether MXNet's inference of ``op`` gives its 0-d legacy inputs another input's known shape (its kernel
    then reads them so)."""
    return op.name == "stack" and any(type(x) is _NDARRAY and x.ndim for x in inputs)


# elementwise ops beside those flagged ``elementwise``, and those whose kernel reads the 0-d input at its own
# shape (_refuse_kernel_at_out_shape)
_RUN_AT_OUT_SHAPE = frozenset({"softmax", "log_softmax", "softmin", "clip", "zeros_like", "ones_like", "logical_not",
                               "smooth_l1", "add_n", "identity", "BlockGrad", "make_loss", "Cast", "SoftmaxActivation",
                               "reverse"})
_SIZES_DIFFER = ("Check failed: from.Size() == to.Size() (1 vs. {size}) : ",
                 ("../src/operator/contrib/../tensor/./../mxnet_op.h", 737))
_ONE_VALUE_COPIES = {
    "identity": _SIZES_DIFFER, "BlockGrad": _SIZES_DIFFER, "make_loss": _SIZES_DIFFER,
    "Cast": ("Assignment: Check failed: eshape[0] == 0 || eshape == dshape: Shape of Tensors are not consistent "
             "with target, eshape: (1,) dshape:({size},)", ("../include/mshadow/./tensor_cpu-inl.h", 213)),
}


def _inputs_at_out_shape(op, args, inputs, attrs, out):
    """The inputs as ``op``'s kernel reads them at out='s shape: a 0-d array's one value, then what lies past it
    (zeros here); an input of known shape must have out='s, as MXNet's inference assigns it, and out= a known
    size (``attrs``: as the front end states them)."""
    known = [x.shape for x in inputs if type(x) is _NDARRAY and x.ndim]
    if known and known[0] != out.shape:
        raise MXNetError(incompatible(0, known[0], out.shape, "output"))
    if not out.size:
        name, attrs = _as_mxnet_calls(op, args, attrs)
        shapes = [np.shape(x) or out.shape for x in inputs if type(x) is _NDARRAY]
        raise with_given_attrs(inference_failure(name, shapes, [out.shape]), attrs)
    return [_one_value_at(x, out.shape) if type(x) is _NDARRAY and not x.ndim else x for x in inputs]


def _one_value_at(x, shape):
    """A 0-d array's one value read as an array of ``shape``."""
    read = np.zeros(shape, x.dtype)
    read.flat[0] = x
    return read


def _refuse_kernel_at_out_shape(op, args, attrs, out):
    """The kernel of an op that reads a 0-d input at its own shape (one value, no axes) fails on an out= array of
    another size (or that it reads as rows), once type inference has checked the out= array's type."""
    refusal = None
    if op.name in _ONE_VALUE_COPIES and out.size != 1:
        words, site = _ONE_VALUE_COPIES[op.name]
        refusal = located(MXNetError(words.format(size=out.size)), site)
    elif op.name == "SoftmaxActivation":
        refusal = _softmax_activation_refusal(attrs.get("mode", "instance"), out.shape, args[0]._data)
    elif op.name == "reverse":
        refusal = _reverse_refusal(attrs.get("axis"))
    if refusal is not None:
        dtype = attrs["dtype"] if op.name == "Cast" else args[0].dtype
        _refuse_out_type(op, out, np.empty(0, dtype), attrs, 0)     # (type inference runs before the kernel)
        raise located(_failures.KernelError(message_of(refusal), out._data.copy()), refusal.raised_at)


def _reverse_refusal(axis):
    """reverse's kernel on a 0-d input: its input has no axis to reverse."""
    first = int(str(axis).strip("()[] ").split(",")[0])
    if first < 0:
        return located(MXNetError(f"Check failed: i >= 0 && i < ndim(): index = {first} must be in range [0, 0)"),
                       ("../include/mxnet/tuple.h", 244))
    return located(MXNetError(f"Check failed: axis < ishape.ndim() ({first} vs. 0) : "),
                   ("../src/operator/tensor/./matrix_op-inl.h", 2167))


def _softmax_activation_refusal(mode, shape, data):
    """SoftmaxActivation's kernel over ``data`` (0-d, or of no elements) writing out= of ``shape``: it reads
    float32 only, a channel softmax needs three axes and out='s size, an instance one out='s rows."""
    data_shape = data.shape
    if mode == "channel" and len(data_shape) < 3:
        return located(MXNetError(f"Check failed: in_data.ndim() >= 3 ({len(data_shape)} vs. 3) : Input need to have "
                                  "a least 3 dimensions when mode=channel"),
                       ("../src/operator/nn/./softmax_activation-inl.h", 82))
    if data.dtype != np.float32:
        return located(MXNetError(blob_type_mismatch(data.dtype, "float32")),
                       ("../include/mxnet/././tensor_blob.h", 255) if mode == "channel" else None)
    if mode == "channel":
        return located(MXNetError("TBlob.get_with_shape: Check failed: this->shape_.Size() == static_cast<size_t>"
                                  f"(shape.Size()) ({math.prod(shape)} vs. 0) : new and old shape do not match total "
                                  "elements"), ("../include/mxnet/././tensor_blob.h", 310))
    rows, data_rows = _flat_to_2d(shape), _flat_to_2d(data_shape)
    if rows != data_rows:
        return located(MXNetError(f"Softmax: Check failed: dst.shape_ == energy.shape_ (({rows[0]},{rows[1]}) vs. "
                                  f"({data_rows[0]},{data_rows[1]})) : shape mismatch"),
                       ("../include/mshadow/./tensor_cpu-inl.h", 485))
    return None


def _flat_to_2d(shape):
    """A shape as MXNet's kernels read it flattened to two axes: the product of all but the last, and the last."""
    return (math.prod(shape[:-1]), shape[-1]) if shape else (1, 1)


def refuse_shapeless(op, args, attrs=_NOATTRS, shown=None, parsed=False, out=None):
    """MXNet's legacy shape semantics read a 0-d array's shape () as unknown: an operator given one fails its
    shape inference at the call (NumPy-shape mode and mx.np arrays know 0-d arrays; x[()] and x.reshape() run
    outside operators in MXNet). ``shown``: the attributes as the front end states them, which its words list;
    ``parsed``: whether the call's attributes passed MXNet's parameter parser already (else they are parsed
    first)."""
    from ..util import is_np_shape
    if is_np_shape() and op.name == "pick" and len(args) > 1 and all(isinstance(a, NDArray) for a in args[:2]):
        from .ops_select import pick_shapeless_refusal
        refusal = pick_shapeless_refusal(args[0], args[1], attrs)
        if refusal is not None:
            raise with_given_attrs(refusal, attrs)
    if is_np_shape() or _STATE.differentiating or _STATE.graph_forward or op.name.startswith("_np") \
            or op.name in _SHAPE_KNOWN and not (op.name == "pick" and args and getattr(args[0], "ndim", 1) == 0):
        return      # (mx.np's operators check 0-d inputs themselves; a bound graph's inference took them)
    arrays = [a for a in args if isinstance(a, NDArray)]
    if not any(a.ndim == 0 and type(a) not in KEEP_CLASS for a in arrays):
        return
    if op.name in _LABELS_OF_ROWS and [a.ndim for a in arrays] == [1, 0]:
        return      # a vector's label: these ops' shape functions give it the data's shape but its last axis
    if not parsed:
        op._refuse_attrs_unread(attrs)      # (the parameters are parsed first, then the inputs counted)
    if len(arrays) == len(args):        # (a scalar operand makes another operator: _plus_scalar for add)
        _refuse_input_count(op, len(arrays), attrs)     # (counted before shapes are inferred)
    words = op.shapeless_words and op.shapeless_words(attrs) or \
        op.shapeless_ranks and op.shapeless_ranks([a.ndim or -1 for a in arrays], attrs)
    if isinstance(words, MXNetError):       # (located already)
        raise words
    if words:
        error = MXNetError(words)
        error.op_name = op.name     # (its check's source line is the operator's)
        raise error
    name, attrs = _as_mxnet_calls(op, args, attrs if shown is None else shown)
    shapes = [a.shape or None for a in arrays]
    from ..symbol.shape_needs import unknown_input_words
    words = unknown_input_words(name, attrs, shapes)
    if words:
        error = MXNetError(words)
        error.op_name = op.name     # (its check's source line is the operator's)
        raise error
    if op.name in _UNKNOWN_RANK_KERNELS:
        _refuse_older_op_of_unknown_rank(op, arrays[0], attrs, out)
    outputs = _outputs_reached(name, attrs)
    raise with_given_attrs(inference_failure(name, shapes, _with_out_shapes(outputs, out)), attrs)


def _refuse_older_op_of_unknown_rank(op, data, attrs, out):
    """MakeLoss or SequenceReverse over a legacy 0-d array: their shape inference passes its unknown shape to the
    output, which an out= array's check refuses; without one, creating the operator and its kernel, run at the
    call, refuse it (see _UNKNOWN_RANK_KERNELS). SequenceReverse's shape inference checks its axis first."""
    if op.name == "SequenceReverse" and int(attrs.get("axis", 0)) != 0:
        words = (f"Check failed: param_.axis == 0 ({int(attrs['axis'])} vs. 0) : Current implementation expects "
                 "axis to be 0.")
        raise located(MXNetError(words), ("../src/operator/./sequence_reverse-inl.h", 226))
    if type(out) is NDArray:
        error = MXNetError(_output_check_refusal(op.name, out.shape, None))
    else:
        error = _UNKNOWN_RANK_KERNELS[op.name](data, attrs)
    if getattr(error, "raised_at", None) is None:
        error.op_name = op.name     # (its check stands in the operator's own source)
    raise error


def _make_loss_of_unknown_rank(data, attrs):
    """Creating MakeLoss refuses a type but a float's, then sizing its output fails."""
    from .ops_nn import _check_float
    try:
        _check_float("MakeLoss", np.empty(0, data.dtype))
    except MXNetError as refusal:
        return refusal
    return located(MXNetError("Check failed: ndim_is_known(ndim()): shape must have a valid ndim"),
                   ("../include/mxnet/./tuple.h", 599))


def _sequence_reverse_of_unknown_rank(data, attrs):
    """Creating SequenceReverse refuses bool; its kernel then reads the time axis' size."""
    if data.dtype == np.bool_:
        return MXNetError("Unknown type enum 7")
    return located(MXNetError("Check failed: i >= 0 && i < ndim(): index = 0 must be in range [0, 0)"),
                   ("../include/mxnet/./tuple.h", 244))


# the operators of the older interface whose shape inference passes a 0-d array's unknown shape on: how they fail
_UNKNOWN_RANK_KERNELS = {"MakeLoss": _make_loss_of_unknown_rank, "SequenceReverse": _sequence_reverse_of_unknown_rank}


def _with_out_shapes(outputs, out):
    """``outputs`` as a failed inference lists them: an out= array's shape where it inferred none (MXNet's
    inference starts from them)."""
    targets = [] if out is None else out if type(out) in (list, tuple) else [out]
    return [listed_shape(t.shape) if o is None and i < len(targets) and isinstance(t := targets[i], NDArray) else o
            for i, o in enumerate(outputs)]


# outputs whose shape MXNet's inference sets before it reads its inputs' (allclose: a scalar; shape_array: a
# vector of the input's unknown rank)
_OUTPUT_SET_FIRST = {"_contrib_allclose": [()], "shape_array": [(-1,)]}


def _outputs_reached(name, attrs):
    """The output shapes MXNet's inference reaches before it fails on an input of unknown shape: each output
    unknown (None), hidden ones too, but those its inference sets first."""
    from ..symbol.symbol import _ALL_OUTPUTS, _NUM_OUTPUTS
    if name in _OUTPUT_SET_FIRST:
        return _OUTPUT_SET_FIRST[name]
    if name == "scatter_nd" and attrs.get("shape") is not None:
        return [_shape_attr(attrs["shape"])]
    counts = [rule(attrs) for rule in (_NUM_OUTPUTS.get(name), _ALL_OUTPUTS.get(name)) if rule is not None]
    return [None] * max(counts, default=1)


def _shape_attr(shape):
    """A shape attribute as given (a tuple, a number or its text) as a tuple."""
    if isinstance(shape, (int, np.integer)):
        return (int(shape),)
    return tuple(int(v) for v in (shape.strip("()[] ").split(",") if isinstance(shape, str) else shape) if v != "")


# ops that MXNet runs on a 0-d legacy array (pick: as its index, not its data; the others read its one value
# whatever its shape)
_SHAPE_KNOWN = frozenset({"_index", "size_array", "pick", "Custom", "all_finite", "multi_all_finite", "multi_sum_sq",
                          "histogram"})
_LABELS_OF_ROWS = frozenset({"SoftmaxOutput", "SVMOutput"})


# shape_array and size_array; _index also serves x[key], which MXNet runs outside its operators (an empty
# array's x[0] works there)
# (diag, MultiBoxPrior and Concat check their own; all_finite, allclose, histogram and multi_sum_sq answer for the
# whole input, empty or not)
_SHAPE_FREE = {"shape_array", "size_array", "_index", "diag", "all_finite", "multi_all_finite", "_contrib_allclose",
               "_contrib_MultiBoxPrior", "histogram", "multi_sum_sq", "Concat", "_rnn_param_concat",
               "_contrib_boolean_mask"}       # (its kernel, run at the call, sizes the output)
# ops whose shape inference needs only their outputs' sizes: a reduction over all axes, and the *_like ops, which
# read the second input's sizes only on the axes they take
_KNOWN_BY_OUTPUTS = {"sum", "mean", "prod", "nansum", "nanprod", "slice_like", "reshape_like", "broadcast_like", "moments",
                     "_image_resize", "elemwise_add", "elemwise_sub", "elemwise_mul", "elemwise_div",
                     "_contrib_arange_like", "reshape"}
# reductions along axes whose shape inference assigns its output shape into an out= array's
_REDUCED_INTO_OUT = frozenset({"sum", "mean", "nansum", "prod", "nanprod"})
# ops whose shape inference stops at an input of unknown size, before it infers any of its outputs' shapes (their
# count, hidden ones too)
_NEEDS_KNOWN_INPUT = {**dict.fromkeys(("max", "min", "norm", "argmax", "argmin", "argmax_channel", "squeeze", "one_hot",
                                       "stack", "_contrib_DeformableConvolution", "_contrib_count_sketch",
                                       "_contrib_AdaptiveAvgPooling2D"), 1),
                      "BilinearSampler": 2, "_contrib_box_nms": 2, "_contrib_Proposal": 2, "SpatialTransformer": 3,
                      "_contrib_SyncBatchNorm": 3, "LRN": 2}
# ops whose shape inference succeeds with an unknown output size, which then fails to be allocated
_ALLOCATES_UNKNOWN = {"sort", "argsort", "topk", "repeat", "ravel_multi_index", "unravel_index", "SliceChannel",
                      "_contrib_arange_like",
                      "_linalg_gemm", "_linalg_gemm2", "_linalg_makediag", "_linalg_maketrian", "_linalg_syrk",
                      "_linalg_gelqf", "_linalg_trsm", "_linalg_trmm", "_linalg_sumlogdiag", "LayerNorm",
                      "_linalg_syevd", "_linalg_extractdiag", "_linalg_extracttrian", "_image_flip_left_right",
                      "_image_flip_top_bottom", "_image_random_flip_left_right", "_image_random_flip_top_bottom",
                      "_image_adjust_lighting", "_image_random_lighting", "_image_random_brightness",
                      "_image_random_contrast", "_image_random_saturation", "_image_random_hue",
                      "_image_random_color_jitter", "_image_normalize",
                      "Dropout", "LeakyReLU", "UpSampling", "Crop", "L2Normalization", "GridGenerator", "SVMOutput",
                      "Correlation", "BatchNorm", "MakeLoss", "Pooling_v1", "Convolution_v1", "GroupNorm", "Pad",
                      "InstanceNorm", "SequenceMask", "SequenceLast", "SequenceReverse", "split_v2"}
# those that allocate it (MXNet's stateful ops, its image ops but color_jitter's): reading the shape fails
_DEFERS_UNKNOWN = frozenset({"LeakyReLU", "UpSampling", "Crop", "SVMOutput", "Correlation", "BatchNorm", "MakeLoss",
                             "Pad", "Pooling_v1", "Convolution_v1", "_image_flip_left_right", "_image_flip_top_bottom",
                             "_image_random_flip_left_right", "_image_random_flip_top_bottom",
                             "_image_adjust_lighting", "_image_random_lighting", "_image_random_brightness",
                             "_image_random_contrast", "_image_random_saturation", "_image_random_hue", "split_v2",
                             "ROIPooling"})     # (ROIPooling given boxes; without, its set-up refuses first)
# of those, the ops whose kernel assigns its result to the output of unknown size: mshadow refuses it at the call
_ASSIGNS_UNKNOWN = frozenset({"Pooling_v1", "SVMOutput"})
# ops whose shape inference of known outputs passes an unknown size their kernel then fails to read
_KERNEL_READS_UNKNOWN = {"dot"}
# ops whose shape inference passes an unknown size that their setup then refuses at the call, in these words
_SETUP_REFUSES_UNKNOWN = {"FullyConnected": "could not construct a memory descriptor using a format tag",
                          "Convolution": "could not construct a memory descriptor using a format tag",
                          "Deconvolution": "could not construct a memory descriptor using a format tag",
                          "Pooling": "Check failed: delay_alloc: ",
                          "broadcast_to": _failures.UNKNOWN_SHAPE, "broadcast_like": _failures.UNKNOWN_SHAPE,
                          "ROIPooling": _failures.UNKNOWN_SHAPE, "_contrib_PSROIPooling": _failures.UNKNOWN_SHAPE,
                          "_contrib_ROIAlign": _failures.UNKNOWN_SHAPE}
# the region-of-interest ops, by the name their check of a row per box gives their parameters
_BOX_ROW_CHECKS = {"ROIPooling": "roipool", "_contrib_PSROIPooling": "psroipool", "_contrib_ROIAlign": "roialign"}


# NDArray subclasses whose class the results of an op on them take: mx.np.ndarray, so that a legacy operator
# (a Gluon layer's F.FullyConnected under npx.set_np()) keeps NumPy-mode arrays NumPy-mode arrays.
KEEP_CLASS = set()


def kept_class(args, res):
    """``res`` (an NDArray or a list of them) given the class of the first array input in KEEP_CLASS."""
    for a in args:
        cls = type(a)
        if cls in KEEP_CLASS:
            for r in (res if isinstance(res, list) else (res,)):
                if type(r) is NDArray:
                    r.__class__ = cls
            return res
    return res


def _binary_inputs(op, inputs, out=None):
    """Both sides of a binary op in one dtype: a scalar takes the array's, two arrays must agree."""
    a, b = inputs
    if isinstance(a, np.ndarray) and isinstance(b, np.ndarray):
        if a.dtype != b.dtype:
            _same_dtypes(op, a, b, out)
        return inputs
    if isinstance(a, np.ndarray):
        a = a.astype(np.int64) if a.dtype is _BOOL else a       # MXNet: bool with a number computes in int64
        return [a, _scalar_like(a, b)]
    if isinstance(b, np.ndarray):
        b = b.astype(np.int64) if b.dtype is _BOOL else b
        return [_scalar_like(b, a), b]
    return inputs


def _refuse_broadcast_folds(op, a, b):
    """The kernel error of a broadcast whose array operands fold into too many blocks (before its dtype
    is looked at); shapes that do not broadcast at all are refused later, as shape inference does."""
    if type(a) is _NDARRAY and type(b) is _NDARRAY and broadcastable(a.shape, b.shape):
        refuse_broadcast_folds(op.name, a.shape, b.shape, None)


def _bool_pair_refused(op, shapes):
    """The kernel error of a legacy binary operator given two bool arrays (cast them to integers or floats) of
    ``shapes``: two different shapes go to its broadcasting kernel, whose check stands apart."""
    message = f"Operator {op.name} does not support boolean type"
    error = _failures.KernelError(message, None)
    if shapes[0] != shapes[1]:
        from ..error_sites import broadcast_kernel_site, site_of
        error.raised_at = broadcast_kernel_site(site_of(message))
    return error


# Elementwise operators MXNet runs with oneDNN's vector kernels on float32, which read before they write: an out=
# array overlapping an input gets what NumPy gives
_VECTOR_KERNELS = frozenset(["elemwise_add", "Activation"])
# Elementwise operators beside those flagged ``elementwise`` or ``binary``
_ELEMENTWISE = frozenset(["clip", "add_n", "where", "smooth_l1"])


def _element_by_element(op, out):
    """Whether MXNet's kernel of ``op`` writing ``out`` goes element by element (see _computed_in_order)."""
    return (op.elementwise or op.binary or op.name in _ELEMENTWISE) \
        and not (op.name in _VECTOR_KERNELS and out._data.dtype is _F32)


def zeroed_first(op, inputs, attrs, dst):
    """A kernel that zeroes its output ``dst``, then reads its inputs (a BLAS gemm's beta 0)."""
    dst[...] = 0
    return op.fwd(*inputs, **attrs)


def _storage(x):
    while type(x.base) is _NDARRAY:
        x = x.base
    return x


def _shares_storage(dst, inputs):
    """Whether an input array is ``dst`` or a view of its storage (MXNet's NDArrays of one chunk share its engine
    variable: the write is requested in place, overlapping or not)."""
    root = _storage(dst)
    return any(type(x) is _NDARRAY and _storage(x) is root for x in inputs)


def _in_place_refusal(op, inputs, dst):
    """The kernel error of ``op`` refusing an out= ``dst`` that shares an input's storage; the inputs of that
    storage carry it too (MXNet's one engine variable)."""
    message, site = op.in_place_write
    root = _storage(dst)
    error = _failures.KernelError(message, None, mutated=[x for x in inputs if type(x) is _NDARRAY
                                                          and _storage(x) is root])
    error.raised_at = site
    return error


def _overlaps(dst, inputs):
    """Whether an input array other than ``dst`` itself may share ``dst``'s memory (a view of one storage)."""
    return any(type(x) is np.ndarray and x is not dst and np.may_share_memory(x, dst) for x in inputs)


def _computed_in_order(op, inputs, attrs, dst):
    """MXNet's element-by-element kernel writing out= ``dst`` over an input that trails it in the same storage
    (``nd.broadcast_add(x[:-1], x[1:], out=x[1:])``, ``x += x[:1]``: each element reads the ones written before
    it): computed into ``dst``, its result returned. None when no input trails ``dst``."""
    arrays = [x for x in inputs if type(x) is np.ndarray]
    lag = min((n for n in (lag_behind(dst, x) for x in arrays) if n), default=0)
    if not lag or any(x.shape != dst.shape for x in arrays):
        if not broadcasts_to(dst.shape, [x.shape for x in arrays]):
            return None     # (refused later, as MXNet refuses an out= of another shape)
        done = compute_in_order(lambda *xs: op.fwd(*xs, **attrs), dst, inputs)     # x += x[:1]
        return dst.copy() if done else None
    flat = [x.reshape(-1) if type(x) is np.ndarray else x for x in inputs]
    to = dst.reshape(-1)
    for start in range(0, to.size, lag):
        to[start:start + lag] = op.fwd(*[x[start:start + lag] if type(x) is np.ndarray else x for x in flat], **attrs)
    return dst.copy()


def _legacy_bool_pair(args, inputs):
    """Two legacy bool arrays: MXNet's binary kernels have no bool case (its mx.np ones have)."""
    if len(inputs) != 2:
        return False
    a, b = inputs
    if type(a) is not _NDARRAY or a.dtype is not _BOOL or type(b) is not _NDARRAY or b.dtype is not _BOOL:
        return False        # (the common case, kept cheap: every binary call asks)
    return not any(type(x) in KEEP_CLASS for x in args)


def _given_ctx(ctx, op_name):
    """The context an op's ctx attribute places its result on (a GPU refused as MXNet refuses it there)."""
    from ..context import GPU_COPY, SAMPLER_ON_GPU, gpu_operator, placed, resolved_id
    from .creation import _op_ctx
    if op_name.startswith("_random_"):      # (a sampler's random resource is refused the GPU first; a negative
        # id is the operator's to parse)
        return placed(resolved_id(_op_ctx(ctx), by_operator=True), GPU_COPY, SAMPLER_ON_GPU)
    return placed(_op_ctx(ctx), gpu_operator(op_name))


def _finish(op, args, inputs, attrs, res, out, ctx, given=None):
    """Wrap an op's raw result(s) on ``ctx``, record them for autograd, drop hidden outputs, honour out=
    (``given``: the attributes as the call gave them, for an out= refusal that lists them)."""
    multi = type(res) is tuple
    outs = [_wrap(r, ctx) for r in res] if multi else [_wrap(res, ctx)]
    refusal = None if out is None else out_refusal(out, args)     # (before recording enters the inputs)
    if _ag._state.recording and refusal is not IN_GRAPH_WRITE:    # (refused before MXNet numbers the op)
        if out is not None and not op.hidden:
            stated = ([np.shape(i) for i in inputs], attrs if given is None else given)
            _refuse_outs(op, out, outs, attrs, stated=stated)
        _ag._record(op, args, inputs, attrs, res, outs)
        # (a bound executor's gradient graph was checked at bind, where only the gradients it needs are made)
        if op.record_refusal is not None and outs[0]._node is not None and not _ag._state.graph_forward:
            op.record_refusal(attrs, outs[0]._node[0])
    if op.hidden:
        kept = outs[-op.hidden:]
        outs = outs[:-op.hidden]
        multi = len(outs) != 1          # (a Custom op may list no outputs: MXNet returns [])
        if op.stored_outputs is not None:
            outs = op.stored_outputs(outs, res)
        if _lists_hidden(op, out, len(outs)):   # (an unwritten one, None, leaves its array as it was)
            outs = outs + [k if written else None for k, written in zip(kept, op.hidden_written(attrs))]
        elif out is not None and op.kept_written is not None:
            outs = _with_kept(op, out, outs, inputs, attrs, ctx, given)
    if out is not None:
        stated = ([np.shape(i) for i in inputs], attrs if given is None else given)
        if op.visible_written is not None and type(out) in (list, tuple):   # (checked before any is left unset)
            _refuse_outs(op, out, outs, attrs, stated=stated)
            outs = [o if written else None for o, written in zip(outs, op.visible_written(attrs))] + \
                outs[len(op.visible_written(attrs)):]
        return _write_out(op, out, outs, multi, refusal, attrs, stated=stated)
    return outs if multi else outs[0]


def _arrays_by_name(op, args, attrs):
    """Move array inputs given by keyword (``data=x``) to their positions in the forward signature; an array under
    another name stays an attribute, as MXNet's front end passes it (refused by the parser, or ignored)."""
    names = op.positional_names
    args, attrs = list(args), dict(attrs)
    for i, name in enumerate(names):
        if name in attrs and isinstance(attrs[name], NDArray):
            if i < len(args):
                raise MXNetError(f"operator {op.name}: input {name!r} given both by position and by keyword")
            args.extend([None] * (i - len(args)))
            args.append(attrs.pop(name))
    return args, attrs


_PLAIN_VALUES = frozenset((int, float, str, bool, tuple, list, type(None)))


# Ops whose parameters MXNet parses only for their backward node, named here: an NDArray call autograd records
# makes that node (and refuses the parameters in its name); an unrecorded one leaves them unread
PARSED_IN_BACKWARD = {"LinearRegressionOutput": "_backward_linear_reg_out",
                      "LogisticRegressionOutput": "_backward_logistic_reg_out",
                      "MAERegressionOutput": "_backward_mae_reg_out"}


def _read_for_backward(op, args, attrs):
    """``op``'s attributes as its backward node reads them (see PARSED_IN_BACKWARD): none unless recorded (an
    input in the graph); recorded, refused as that node's (``node_<seq>_backward``, its sequence number spent)."""
    if not _ag.is_recording() or not any(getattr(a, "_node", None) is not None or _ag.has_entry(a) for a in args):
        return {}
    try:
        refuse_first_read(op.name, attrs, imperative=True)      # (an unknown one too, in the parser's order)
        read = read_attrs(op.name, attrs, imperative=True) if attrs else attrs
    except MXNetError as e:
        node = f'{PARSED_IN_BACKWARD[op.name]}(name="node_{_ag._next_seq()}_backward"'
        raise MXNetError(message_of(e).replace(f'{op.name}(name=""', node)) from None
    return read


def _symbols_as_text(op, args, attrs):
    """(args, attrs) with a Symbol given for an attribute replaced by its text ('<Symbol a>'): MXNet passes
    attributes as text, which its parser then reads (and refuses as it refuses any such text)."""
    if all(type(v) in _PLAIN_VALUES or isinstance(v, NDArray) for v in (*args, *attrs.values())):
        return args, attrs      # (the common call: nothing to convert)
    from ..symbol.symbol import Symbol
    def text(v):
        return str(v) if isinstance(v, Symbol) else v
    args = tuple(a if n in op.arg_names else text(a) for n, a in zip(op.positional_names, args)) + \
        tuple(args[len(op.positional_names):])
    return args, {k: text(v) for k, v in attrs.items()}


def refuse_bad_out(out):
    """MXNet's front end failing on an ``out`` that is neither an NDArray nor a list or tuple of them (before the
    operator sees its attributes)."""
    if out is None or isinstance(out, NDArray):
        return
    if isinstance(out, (list, tuple)) and all(isinstance(v, NDArray) for v in out):
        return
    _refuse_out(out)


def _refuse_out(value):
    """MXNet's front end failing on a positional ``out`` that is not an array (it takes its len(), then each
    item's handle)."""
    if not hasattr(value, "__len__"):
        len(value)      # Python's own TypeError, naming a C type (numpy.float32) in full as MXNet's len(out) does
    item = next(iter(value), None)
    from ..symbol.symbol import Symbol
    if isinstance(item, Symbol):     # MXNet reads a Symbol's handle as an array's and fails in its engine
        raise MXNetError("out= is a Symbol, which an NDArray operator cannot write; pass an NDArray (or a list of "
                         "them) as out=")
    getattr(item, "handle")     # Python's own AttributeError, whose text names C types in full ('numpy.ndarray')
    raise no_attribute(item, "handle")


# (an imperative call shows C++'s '::' as ': :', as MXNet's error parsing does)
IN_GRAPH_WRITE = ("Check failed: AGInfo: :IsNone(*output): Assigning to NDArrays that are already in a computational "
                  "graph will cause undefined behavior when evaluating gradients. Please call backward first to clear "
                  "the graph or do this out side of a record section. Also note that you cannot use inplace "
                  "operations like +=, *=, relu(x, out=x), y[idx]=x, etc inside a record section.")


# MXNet's words when a recorded op writes into one of its own inputs (x += y, y in the graph)
INPLACE_RECORDED = ("Check failed: AGInfo: :IsNone(*output): Inplace operations (+=, -=, x[:]=, etc) are not "
                    "supported when recording with autograd.")


def recording_refusal(targets, args=()):
    """Why recording refuses an op writing into ``targets`` (None: it does not): a target already in the graph,
    or a target that is also an input of the op being recorded. MXNet runs the op first, so the targets hold its
    result when the refusal is raised."""
    if not _ag._state.recording:
        return None
    if any(_ag.in_graph(t) for t in targets):
        return IN_GRAPH_WRITE
    if any(_ag.has_live_entry(a) for a in args) and any(a is t for a in args for t in targets):
        return INPLACE_RECORDED
    return None


def refuse_recording(op_name, refusal, targets, numbered, later_inputs=0):
    """Raise ``refusal`` (see recording_refusal) for an op that has run; a target that was an unrecorded input
    joins the graph first, as in MXNet (``numbered``: the op has taken its node number already; see
    autograd.enter_refused_targets)."""
    if refusal is INPLACE_RECORDED:
        _ag.enter_refused_targets(targets, numbered, later_inputs)
    raise MXNetError(refusal)       # (MXNet's words name no operator)


def out_refusal(out, args):
    """recording_refusal of the out= array(s) ``out`` of an op given ``args``."""
    return recording_refusal(list(out) if isinstance(out, (list, tuple)) else [out], args)


def _refuse_outs(op, out, outs, attrs, np_target=False, stated=None):
    """MXNet's inference checks of the out= array(s) ``out`` for ``outs``: before it records the op or runs its
    kernel (which then cannot fail), so out= is left usable."""
    targets = list(out) if isinstance(out, (list, tuple)) else [out]
    try:
        _refuse_out_count(op, targets, len(outs), attrs)
        if op.name == "topk" and len(targets) == 2 and all(t.shape == r.shape for t, r in zip(targets, outs)):
            # (the shapes inferred) its type inference assigns the indices' type before the values'
            _refuse_out_type(op, targets[1], outs[1], attrs, 1, np_target)
        for i, (t, r) in enumerate(zip(targets, outs)):
            if r is not None:
                refuse_out_mismatch(op, t, r, attrs, i, np_target, stated)
    except MXNetError as refusal:
        refusal.before_kernel = True
        raise


def _write_out(op, out, outs, multi, refusal=None, attrs=_NOATTRS, np_target=False, stated=None):
    """``outs`` written into the out= array(s) ``out``; then ``refusal`` (see out_refusal) raised, if any
    (``stated``: the inputs' shapes and the attributes as given, for a refusal that lists them)."""
    targets = list(out) if isinstance(out, (list, tuple)) else [out]
    _refuse_outs(op, targets, outs, attrs, np_target, stated)
    for t, r in zip(targets, outs):
        if r is None:
            continue
        if t.stype == "default":
            t._data[...] = r._data
        else:                             # a sparse target keeps its storage type
            t._set_dense(r._data)
        if r._node is not None and refusal is None:     # recorded: the target now stands for the result
            t._node = r._node
    if refusal is not None:
        refuse_recording(op.name, refusal, targets, numbered=True)
    return out if multi or isinstance(out, (list, tuple)) else targets[0]     # MXNet returns out= as given


def _refuse_out_shape_first(op, args, attrs, out):
    """MXNet's check of out='s shapes against the output shapes it assigns from the first inputs' shapes."""
    targets = out if type(out) in (list, tuple) else (out,)
    if not all(isinstance(a, NDArray) for a in (*args, *targets)):
        return
    shapes = op.out_shape_first([a.shape for a in args], attrs) or ()
    if op.out_checked_after and shapes and len(shapes) != len(targets):
        _refuse_out_count(op, out, len(shapes), attrs)      # (MXNet counts the out= arrays first)
    for i, (wanted, target) in enumerate(zip(shapes, targets)):
        if op.out_checked_after:
            if target.shape != wanted:
                raise MXNetError(_output_check_refusal(op.name, target.shape, wanted, i))
            if target.dtype != args[0].dtype:
                raise MXNetError(_out_type_refusal(op, target.dtype, args[0].dtype, attrs, i))
            continue
        fits = len(wanted) == len(target.shape) and \
            all(w in (-1, g) or legacy_dim(g) == -1 for w, g in zip(wanted, target.shape))
        if not fits:        # (an unknown size, -1 or a legacy 0, takes the other's)
            raise MXNetError(f"Shape inconsistent, Provided = {provided(target.shape)}, inferred shape="
                             f"[{','.join(map(str, wanted))}]")


def _with_kept(op, out, outs, inputs, attrs, ctx, given):
    """``outs`` and, where the out= list ``out`` also gives arrays for the outputs MXNet keeps (``op.kept_written``),
    what its kernel writes into them (None: left as they were), after MXNet's checks of every out= array."""
    if type(out) not in (list, tuple) or len(out) == len(outs):
        return outs
    _refuse_out_count(op, out, len(outs), attrs)
    kept = [(_wrap(k, ctx), written) for k, written in op.kept_written(inputs, attrs)]
    _refuse_outs(op, out, outs + [k for k, _ in kept], attrs, stated=([np.shape(i) for i in inputs], given))
    return outs + [k if written else None for k, written in kept]


def _lists_hidden(op, out, visible):
    """Whether the out= list ``out`` gives an array for each of ``op``'s outputs, its hidden ones too (MXNet's
    kernel then writes them)."""
    return op.hidden_written is not None and type(out) in (list, tuple) and len(out) > visible


def _refuse_out_count(op, out, count, attrs):
    """MXNet's check that out= gives one array per visible output (or per output)."""
    given = len(out) if isinstance(out, (list, tuple)) else 1
    lists_kept = op.hidden_written is not None or op.kept_written is not None
    if given != count and not (lists_kept and given == _all_outputs(op, attrs, count)):
        raise MXNetError("Check failed: *num_outputs == infered_num_outputs || *num_outputs == num_visible_outputs: "
                         f"Operator expects {_all_outputs(op, attrs, count)} (all) or {count} (visible only) "
                         f"outputs, but got {given} instead.")


def _all_outputs(op, attrs, visible):
    """How many outputs MXNet's ``op`` makes, the visible ones and those it keeps for its backward."""
    if op.name == "topk":       # the values are kept for the backward of the indices, not of the values
        return 2 if attrs.get("ret_typ") in ("value", "both") else 1
    if op.name == "Pooling":    # oneDNN's max pooling keeps its workspace (in the channels-first layouts)
        return 2 if attrs.get("pool_type", "max") == "max" and attrs.get("layout") in (None, "NCW", "NCHW", "NCDHW") \
            else 1
    if op.hidden and attr_flag(attrs.get("output_mean_var")):   # its kept statistics are the visible ones
        return visible
    return visible + _KEPT_OUTPUTS.get(op.name, op.hidden)


# normalisations whose kept statistics out= may list after the output (output_mean_var shows the same)
_STATISTICS_SHOWN = frozenset({"BatchNorm", "LayerNorm", "GroupNorm"})


def _statistics_shown(attrs, out):
    """``attrs`` with output_mean_var set where the out= list ``out`` gives an array for each of the output and
    its two statistics: MXNet's kernel writes them all, as that flag would show them."""
    if type(out) in (list, tuple) and len(out) == 3 and not attr_flag(attrs.get("output_mean_var")):
        return dict(attrs, output_mean_var=True)
    return attrs


def _has_sparse(out):
    """Whether the out= array(s) ``out`` include a sparse one."""
    targets = out if isinstance(out, (list, tuple)) else (out,)
    return any(isinstance(t, NDArray) and type(t) is not NDArray and t.stype != "default" for t in targets)


# regression outputs with a kernel for a dense data and a csr label
_CSR_LABEL_KERNELS = frozenset({"LinearRegressionOutput", "LogisticRegressionOutput"})


def _has_sparse_kernel(op_name, args):
    """Whether MXNet runs a kernel of its own (no storage fallback) on these sparse inputs."""
    return op_name in _CSR_LABEL_KERNELS and len(args) == 2 and type(args[0]) is NDArray and args[1].stype == "csr"


def _backward_reporting(op, args, attrs, out_stype="default"):
    """``op`` recorded on sparse ``args`` (its result of ``out_stype``): when MXNet's backward node of it runs its
    dense kernel on them, that node's storage fallback is reported as it runs."""
    if op.name not in _DENSE_BACKWARDS or op.bwd is None or _has_sparse_kernel(op.name, args) or \
            attrs and op.name not in _LISTED_ATTRS:
        return op       # (a call with attributes: its backward node's report would list them)
    from ..symbol.backward_ops import rule
    found = rule(op.name, {})
    if isinstance(found, list):         # (make_loss: one node, the ones_like of its input)
        found = found[0] if len(found) == 1 else None
    if not isinstance(found, tuple):
        return op
    name, reads = found[:2]
    backward = op.bwd

    def reported_backward(*bargs, ograd_stype="default", grad_stypes=None, **kwargs):
        from .sparse import _leaf_grad_stype
        stypes = {"g": lambda k: ograd_stype, "o": lambda k: out_stype if k == 0 else "default",
                  "i": lambda k: getattr(args[k], "stype", "default")}
        inputs = [stypes[r[0]](int(r[1:])) for r in reads.split()]
        grads = ["default"] * len(args) if op.name in _REGRESSION_OUTPUTS else \
            [_leaf_grad_stype(a) or "default" for a in args]
        if ograd_stype != "default":    # a sparse output gradient: a kernel takes it beside inputs of its type
            fallback = not (op.name in _SPARSE_GRAD_KERNELS and all(i == ograd_stype for i in inputs))
        else:
            fallback = any(g != "default" for g in grads) or op.name in _DENSE_GRAD_FALLBACKS and \
                any(i != "default" for i in inputs)
        if fallback:
            note_storage_fallback(name, inputs, grads, dict(attrs))
        return backward(*bargs, **kwargs)
    twin = copy.copy(op)
    twin.bwd = reported_backward
    twin.reports_fallback = True
    twin.reads_grad_stypes = True       # (autograd hands it its output gradient's storage type)
    return twin


_REGRESSION_OUTPUTS = frozenset({"LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput"})

# operators whose backward node MXNet runs on sparse inputs through its storage fallback
_DENSE_BACKWARDS = _REGRESSION_OUTPUTS | frozenset(
    "abs arccos arccosh arcsin arcsinh arctan arctanh cbrt cos cosh degrees erf erfinv exp expm1 gamma gammaln "
    "hard_sigmoid log log10 log1p log2 negative radians rcbrt reciprocal relu rsqrt sigmoid sign sin sinh smooth_l1 "
    "softsign sqrt square tan tanh make_loss sum mean norm elemwise_mul clip".split())
# those whose backward falls back on a sparse input even into dense gradients (the others have a kernel for that)
_DENSE_GRAD_FALLBACKS = _REGRESSION_OUTPUTS | frozenset(
    "abs cos cosh erf hard_sigmoid rcbrt reciprocal relu sign smooth_l1 softsign square make_loss norm elemwise_mul "
    "clip".split())
# those whose backward node's report lists the attributes of the call
_LISTED_ATTRS = frozenset(("clip",))


# those whose backward has a kernel for a sparse output gradient beside sparse inputs of its type
_SPARSE_GRAD_KERNELS = frozenset("relu abs square".split())

# operators whose storage inference refuses a sparse output for dense inputs (no fallback)
_NO_SPARSE_OUT = frozenset({"Embedding"})

# operators with a kernel writing dense inputs (or none) into a sparse output: no fallback to report (the random
# samplers report their own, for a csr output)
_SPARSE_OUT_KERNEL = frozenset({"_zeros", "_zeros_without_dtype", "cast_storage"})


def fallback_outputs(op, attrs, res):
    """The outputs MXNet's storage fallback reports for ``op``'s result ``res``: the visible ones, then the dense
    ones it keeps for its backward."""
    shown = list(res) if isinstance(res, (list, tuple)) else [res]
    return shown + ["default"] * (_all_outputs(op, attrs, len(shown)) - len(shown))


def attr_flag(value):
    """A boolean attribute that may arrive as an MXNet string ("True", "0")."""
    if isinstance(value, str):
        return value.strip().lower() in ("1", "true")
    return bool(value)


# operators whose attributes MXNet's pooling parser reads (checking the kernel's rank)
_POOLING_PARSED = frozenset({"Pooling", "_contrib_quantized_pooling"})
# operators whose kept outputs MXNet counts otherwise than distnet's hidden ones (det and slogdet keep the LU
# factors and pivots for their backward, which distnet's does not need; the batch and instance norms keep a mean
# and a variance, distnet's more; RNN's dropout mask and LeakyReLU's are distnet's own (MXNet's rrelu shows its
# mask); L2Normalization and LRN keep the norms, CTCLoss the gradient, the samplers and Correlation their work arrays)
_KEPT_OUTPUTS = {"_linalg_slogdet": 2, "_linalg_det": 2, "RNN": 0, "BatchNorm": 2, "_contrib_SyncBatchNorm": 2,
                 "InstanceNorm": 2, "LeakyReLU": 0, "L2Normalization": 1, "LRN": 1, "CTCLoss": 1, "Correlation": 2,
                 "SpatialTransformer": 2, "BilinearSampler": 1, "GridGenerator": 1}


def refuse_out_mismatch(op, target, result, attrs=_NOATTRS, index=0, np_target=False, stated=None):
    """MXNet's shape and type inference refuse an out= array whose shape or dtype is not the result's
    (``np_target``: an mx.np out= array, whose type an npx operator checks too; ``stated``: the inputs' shapes
    and the attributes as given)."""
    if op.name in _TYPE_BEFORE_OUT_SHAPE or fits_as_unknown(target.shape, result.shape) \
            and op.name not in _OUT_TYPE_AS_PROPERTY:   # (their type inference leaves out= to the checks after it)
        _refuse_out_type(op, target, result, attrs, index, np_target)   # (the shape is checked after the types)
    if target.shape != result.shape:
        # a legacy 0-d out= array's shape is unknown: inference passes, the output check after it refuses it
        shapeless = not target.shape and fits_as_unknown(target.shape, result.shape)
        if op.name in _FAILS_INFERENCE_ON_OUT and stated is not None and not shapeless:
            refusal = _out_inference_refusal(op, target.shape, result.shape, *stated)
        elif op.name == "transpose" and not shapeless:
            refusal = _transpose_out_refusal(target.shape, result.shape, attrs)
        else:
            refusal = _out_shape_refusal(op, target.shape, result.shape, index, _keeps_input_shape(op, attrs))
        error = MXNetError(refusal)
        error.op_name = op.name
        raise error
    _refuse_out_type(op, target, result, attrs, index, np_target)


# ops whose output type check (the generic assignment) names a node and stands in a copy of its own: (node, site)
_SOFTMAX_TYPE_CHECK = ("", ("../src/operator/nn/./../tensor/../elemwise_op_common.h", 134))
_OWN_TYPE_CHECK = {"SliceChannel": ("slice_channel_node", ("../src/operator/././elemwise_op_common.h", 134)),
                   "log_softmax": _SOFTMAX_TYPE_CHECK, "softmin": _SOFTMAX_TYPE_CHECK}


def _refuse_out_type(op, target, result, attrs, index, np_target=False):
    if target.dtype != result.dtype and (np_target or type(target) not in KEEP_CLASS):
        error = MXNetError(_out_type_refusal(op, target.dtype, result.dtype, attrs, index))
        error.op_name = op.name     # (the ordering ops' type checks stand in each one's own code)
        if op.name in _OWN_TYPE_CHECK and message_of(error).startswith("Check failed: assign("):
            error.raised_at = _OWN_TYPE_CHECK[op.name][1]     # (a dtype attribute's check is not located)
        elif op.name == "Embedding":
            error.raised_at = ("../src/operator/tensor/./indexing_op.h", 183)
        raise error


# samplers drawing with parameters given as arrays
_SAMPLERS_OF_ARRAYS = frozenset(f"_sample_{kind}" for kind in ("uniform", "normal", "gamma", "exponential", "poisson",
                                                                  "negative_binomial", "generalized_negative_binomial"))
# ops whose shape inference fails on an output shape it did not make
_FAILS_INFERENCE_ON_OUT = _SAMPLERS_OF_ARRAYS | {"where"}
# operators of MXNet's older interface, which checks an out= array's shape in its own words
_PROPERTY_OPS = frozenset({"Dropout", "LeakyReLU", "SwapAxis", "Pad", "take", "all_finite", "LayerNorm", "SequenceMask",
                           "Pooling", "Embedding", "BatchNorm", "_contrib_MultiBoxPrior", "RNN", "L2Normalization",
                           "SoftmaxOutput", "LinearRegressionOutput", "LogisticRegressionOutput",
                           "MAERegressionOutput", "SVMOutput", "MakeLoss", "multi_all_finite", "SequenceLast",
                           "SequenceReverse", "UpSampling", "Crop", "GridGenerator", "BilinearSampler",
                           "SpatialTransformer", "ROIPooling", "_contrib_ROIAlign", "Correlation", "InstanceNorm",
                           "LRN", "_contrib_PSROIPooling", "_contrib_DeformablePSROIPooling", "_contrib_RROIAlign",
                           "_contrib_AdaptiveAvgPooling2D", "_contrib_BilinearResize2D", "_contrib_MultiBoxDetection"})
# of those, the ops whose type inference (which checks an out= array's type) runs before that shape check
_TYPE_BEFORE_OUT_SHAPE = frozenset({"LeakyReLU", "Pad", "take", "LayerNorm", "Embedding", "Correlation",
                                    "L2Normalization", "LinearRegressionOutput", "LogisticRegressionOutput",
                                    "MAERegressionOutput"})
# ops whose shape inference prints the inferred shape of an out= array it refuses as a tuple
_TUPLE_SHAPE_TEXT = frozenset({"ravel_multi_index", "unravel_index", "Flatten", "FullyConnected", "Convolution",
                               "Deconvolution",
                               "_eye", "khatri_rao", "im2col", "_contrib_DeformableConvolution"})
# ops whose output takes their input's shape (and type), checked as an attribute mismatch
_SAME_SHAPE_OUTPUT = frozenset({"reverse", "logical_not", "_shuffle", "_linalg_potri", "_linalg_potrf", "amp_cast",
                                "_contrib_gradientmultiplier", "_contrib_sign_ste", "_contrib_round_ste",
                                "_contrib_div_sqrt_dim"} | {f"_random_{kind}_like" for kind in (
                                    "uniform", "normal", "exponential", "gamma", "poisson", "negative_binomial",
                                    "generalized_negative_binomial")})
# ops whose type inference assigns the output's type with its own check (the others: as an attribute mismatch)
_TYPE_ASSIGNED = frozenset({"one_hot", "Pad", "pick", "repeat", "scatter_nd", "space_to_depth", "take", "tile", "norm",
                            "shape_array", "size_array", "Cast", "amp_cast", "LeakyReLU", "gather_nd", "cumsum",
                            "_zeros", "_ones", "_full", "_eye", "_contrib_quadratic",
                            "_contrib_backward_gradientmultiplier"})
# ops whose output takes their input's shape by an assignment check, in its own words
_SHAPE_ASSIGNED = frozenset({"_contrib_quadratic"})
# ops that assign their output's type with that check only when their dtype attribute sets it
_TYPE_ASSIGNED_BY_DTYPE = frozenset({"softmax", "log_softmax", "softmin"})


def _out_inference_refusal(op, given, inferred, in_shapes, attrs):
    """How ``where`` and the samplers of array parameters refuse an out= array of another shape: ``where``'s
    inference always fails; a sampler's takes the out= shape less the ``shape`` attribute's dimensions as its
    parameters' shape, failing unless it is theirs, and then finds the result's shape inconsistent."""
    if op.name != "where":
        drawn = len(inferred) - len(in_shapes[0])       # the dimensions the shape attribute adds
        params = given[:len(given) - drawn] if len(given) > drawn else given
        if params == in_shapes[0]:
            return f"Shape inconsistent, Provided = {provided(given)}, inferred shape={provided(inferred)}"
    from ..symbol.graph import attr_to_str
    from .param_text import map_keys
    from .shape_text import inference_failed
    shown = {k: v for k, v in attrs.items() if k != "name"}
    return (inference_failed(op.name, in_shapes, [given])
            + "".join(f"{k} : {attr_to_str(shown[k])}\n" for k in map_keys(op.name, shown, True)) + "\n")


def _keeps_input_shape(op, attrs):
    """Whether ``op`` with ``attrs`` infers its output's shape as its input's, by the elementwise rule (cumsum
    along an axis; over all axes it flattens)."""
    return op.name == "cumsum" and attrs.get("axis") is not None


def _out_shape_refusal(op, given, inferred, index=0, same_shape=False):
    """MXNet's words for an out= array whose shape is not the result's: ops whose output takes their input's
    shape say it as an attribute mismatch, the others as an inconsistent shape. Legacy shape semantics read a
    zero size as unknown: inference takes it (printed -1), and the output check after inference refuses it."""
    from ..symbol.shape_rules import SAME_SHAPE_OPS
    if op.name in _PROPERTY_OPS or fits_as_unknown(given, inferred):
        return _output_check_refusal(op.name, given, inferred, index)
    if op.name in _FAILS_INFERENCE_ON_OUT:
        return f"Operator {op.name} inferring shapes failed."
    if op.name == "Concat":
        return (f"Check failed: shape_assign(&(*out_shape)[0], dshape): Incompatible output shape: expected "
                f"{provided(inferred)}, got {provided(assigned(given, inferred))}")
    if (same_shape or op.elementwise or op.name in SAME_SHAPE_OPS or op.name in _SAME_SHAPE_OUTPUT
            or op.same_shape_output) and op.name not in _SHAPE_ASSIGNED:
        given = [legacy_dim(d) for d in given]      # (an unknown inferred size is filled from it up to a conflict)
        return (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {index}-th output: "
                f"expected {provided(assigned(inferred, given))}, got {provided(given)}")
    text = _tuple_text(inferred) if op.name in _TUPLE_SHAPE_TEXT else provided(inferred)
    return f"Shape inconsistent, Provided = {provided(assigned(given, inferred))}, inferred shape={text}"


def _output_check_refusal(name, given, inferred, index=0):
    """MXNet's check, after shape inference, that an out= array has the shape inferred (None: of unknown rank)."""
    shown = "None" if inferred is None else provided(inferred)
    return (f"Check failed: outputs[i]->shape() == out_shapes[i] ({provided(given)} vs. {shown}) : "
            f"{index}-th output has invalid shape. Expecting {shown} got {provided(given)} in "
            f"operator {mxnet_name(name)}")


def _transpose_out_refusal(given, inferred, attrs):
    """transpose infers its input's shape back from an out= array (of the same rank) and checks it against the
    input's."""
    if len(given) != len(inferred):
        return f"Check failed: out_shp.ndim() == shp.ndim() ({len(given)} vs. {len(inferred)}) : "
    axes = attrs.get("axes") or tuple(reversed(range(len(given))))
    axes = [int(a) % len(given) for a in ((axes,) if isinstance(axes, int) else axes)]
    source, back = [0] * len(given), [0] * len(given)
    for i, a in enumerate(axes):
        source[a], back[a] = inferred[i], legacy_dim(given[i])
    if fits_as_unknown(given, inferred):
        return _output_check_refusal("transpose", given, inferred)
    return f"Shape inconsistent, Provided = {provided(source)}, inferred shape={provided(back)}"


def _tuple_text(shape):
    return f"({shape[0]},)" if len(shape) == 1 else f"({','.join(map(str, shape))})"


# ops of the older interface, which check an out= array's type in their own words (the types' enum numbers)
_OUT_TYPE_AS_PROPERTY = frozenset({"SwapAxis", "LRN", "InstanceNorm", "UpSampling", "GridGenerator", "BilinearSampler",
                                   "SpatialTransformer", "ROIPooling", "SequenceMask", "SequenceReverse",
                                   "SequenceLast", "SoftmaxOutput", "SVMOutput", "MakeLoss", "Dropout", "Pooling",
                                   "BatchNorm", "Convolution", "_contrib_MultiBoxPrior", "RNN", "Crop",
                                   "_contrib_ROIAlign", "_contrib_fft", "_contrib_ifft", "all_finite",
                                   "multi_all_finite", "_contrib_PSROIPooling", "_contrib_DeformablePSROIPooling",
                                   "_contrib_RROIAlign", "_contrib_MultiBoxDetection", "_contrib_DeformableConvolution",
                                   "Deconvolution", "multi_sum_sq"})
# more ops whose type inference assigns an out= array's type with its own check
_OUT_TYPE_ASSIGNED = frozenset({"L2Normalization", "im2col", "col2im", "depth_to_space", "Correlation", "CTCLoss",
                                 "_image_to_tensor", "_image_normalize", "_contrib_boolean_mask", "_linalg_det",
                                 "_linalg_slogdet", "amp_multicast", "_contrib_index_copy", "_contrib_index_array",
                                 "_contrib_quantize_v2", "diag"})


def _binary_scalar_op(name):
    """Whether ``name`` is one of MXNet's legacy array-with-a-number operators (``_plus_scalar``, ...), whose type
    inference assigns the output's type in its own words (the slice assignments are not among them)."""
    return name.endswith("_scalar") and not name.startswith("_np") and not name.endswith("assign_scalar")


def _out_type_refusal(op, given, inferred, attrs=_NOATTRS, index=0):
    """MXNet's words for out= array ``index`` whose dtype is not the result's, by how ``op`` infers types."""
    given, inferred = np.dtype(given), np.dtype(inferred)
    gname, iname = inferred_type_name(given), inferred_type_name(inferred)     # (bool is unknown to it)
    if index == 1 and (op.name == "sort" or op.name == "topk" and attrs.get("ret_typ") == "value"):
        # (the positions they keep: int32)
        return ("Check failed: type_assign(&(*out_attrs)[1], mshadow: :kInt32): Failed to set the type of "
                "ret_indices" + ("." if op.name == "topk" else ""))
    if op.name in ("topk", "argsort"):      # indices take the dtype attribute, values and masks the data's type
        if op.name == "argsort" or attrs.get("ret_typ", "indices") == "indices" or index == 1:
            return (f"Check failed: type_assign(&(*out_attrs)[{index}], param.dtype): Failed to set the type of "
                    "ret_indices.")
        return f"Type inconsistent, Provided = {gname}, inferred type = {iname}"
    if op.name in _TYPE_ASSIGNED or op.name in _OUT_TYPE_ASSIGNED or _binary_scalar_op(op.name) or \
            (op.name in _TYPE_ASSIGNED_BY_DTYPE and attrs.get("dtype") not in (None, _Null)):
        return f"Type inconsistent, Provided = {gname}, inferred type = {iname}"
    if op.name == "Embedding":      # (its weight's type is the output's)
        return (f"Check failed: dtype_in == dtype_out ({_DTYPE_NP_TO_MX[inferred.type]} vs. "
                f"{_DTYPE_NP_TO_MX[given.type]}) : Input and output weights must have same type")
    if op.name == "Concat":
        return f"Type inconsistent, Provided output type = {gname}, inferred type = {iname}"
    if op.name in _OUT_TYPE_AS_PROPERTY:       # (of the older interface: the types' enum numbers)
        codes = _DTYPE_NP_TO_MX[given.type], _DTYPE_NP_TO_MX[inferred.type]
        return (f"Check failed: outputs[i]->dtype() == out_types[i] ({codes[0]} vs. {codes[1]}) : {index}-th output "
                f"has invalid shape. Expecting {codes[1]} got {codes[0]} in operator {op.name}")
    if op.name == "sort":
        return (f"Check failed: type_assign(&data_type, (*out_attrs)[0]): Incompatible dtype of output, "
                f"out_attrs[0]={_DTYPE_NP_TO_MX[given.type]}")
    if op.name == "where":
        return "Check failed: infer_type_success: Operator where is missing FInferType attribute"
    node = _OWN_TYPE_CHECK[op.name][0] if op.name in _OWN_TYPE_CHECK else ""
    return (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node} at {index}-th output: "
            f"expected {iname}, got {gname}")


def _called_from_outside():
    """Whether the method calling this was called by code outside distnet (a user's ``x - csr``; distnet's sparse
    fallbacks pass dense views of sparse arrays with the other operand as it is)."""
    return not sys._getframe(2).f_globals.get("__name__", "").startswith("distnet.")


def _binary(op):
    registered = op.fwd     # (the profiler may wrap op.fwd later: then it is called)
    plain_ufunc, commutes = op.plain_ufunc, op.commutes

    def method(self, other):
        kind = type(other)
        if _failures.COPIES_HELD.held and isinstance(other, _SCALARS):     # its _scalar operator takes a copy
            carried = _failures.carry(invoke, op, (self, other), _NOATTRS, None)
            if carried is not None:
                return carried
        if type(self) is NDArray and (kind is NDArray or kind is float or kind is int or kind is _F32_SCALAR):
            data = self._data           # plain arrays and numbers, the commonest calls: the checks below, in short
            if kind is NDArray:
                b = other._data
                if not data.ndim or not b.ndim:
                    refuse_shapeless(op, (self, other))
                dtype = data.dtype
                if b.dtype is not dtype and b.dtype != dtype:
                    _same_dtypes(op, data, b)
                if dtype is _BOOL:
                    return invoke(op, (self, other), _NOATTRS)      # fails when read, as MXNet's kernel
                ufunc = plain_ufunc
                if ufunc is not None and op.fwd is registered and (not commutes or dtype is _F32 and LOOPS_AS_MODELLED):
                    if commutes and data.nbytes <= SCALAR_LOOP_BYTES and b.nbytes <= SCALAR_LOOP_BYTES:
                        first, second = b, data
                    else:
                        first, second = data, b
                    try:
                        if reports_ignored():
                            res = ufunc(first, second)
                        else:
                            with Quiet():
                                res = ufunc(first, second)
                    except (ValueError, TypeError):      # refused: op.fwd below says so in MXNet's words
                        res = None
                    if type(res) is _NDARRAY:
                        if data.shape != b.shape:
                            if res.ndim > KERNEL_DIMS:
                                return invoke(op, (self, other), _NOATTRS)      # may fold into too many blocks
                            if commutes:
                                res = broadcast_keeping_right_nan(res, b)
                        return _result(op, self, other, data, b, res)
            elif data.dtype is _F32 and data.ndim and (kind is _F32_SCALAR or -3.4e38 < other < 3.4e38) \
                    and other == other:
                b = float(other) if kind is int else other      # (an int beyond int32's: numpy would widen)
                ufunc = plain_ufunc
                if ufunc is not None and kind is not int and op.fwd is registered:
                    if reports_ignored():
                        res = ufunc(data, _f32_operand(other))      # the float rounded to float32, as numpy does
                    else:
                        with Quiet():
                            res = ufunc(data, _f32_operand(other))
                    return _result(op, self, other, data, b, res)
            else:
                if not data.ndim:
                    refuse_shapeless(op, (self, other))
                if data.dtype is _BOOL:     # MXNet: a bool array with a number is computed in int64
                    data = data.astype(np.int64)
                b = _scalar_like(data, other)
        else:
            if type(self) is _Failed or type(other) is _Failed:
                carried = _failures.carry(invoke, op, (self, other), _NOATTRS, None)
                if carried is not None:
                    return carried
            if isinstance(other, NDArray):
                if type(other) in KEEP_CLASS and type(self) not in KEEP_CLASS and _kinds.called_by_user(1):
                    _kinds.refuse_numpy_input(op.name)
                if type(self) is NDArray and other.stype != "default" and _called_from_outside():
                    return op(self, other)      # x.__sub__(csr): MXNet's method calls the operator (its sparse kernels)
                b = other._data
                if b.dtype != self._data.dtype:
                    _same_dtypes(op, self._data, b)
            elif isinstance(other, _SCALARS):
                b = _scalar_like(self, other)
            elif isinstance(other, np.ndarray):
                if not _ag._state.differentiating:     # backward formulas mix the two; users may not
                    raise TypeError(f"type {class_text(other)} not supported")
                b = other
            elif op.name in _EQUALITIES or type(self) is NDArray:
                # MXNet's operators take only numbers and arrays (x == None fails; no reflected operator is tried)
                raise TypeError(f"type {class_text(other)} not supported")
            else:
                return NotImplemented
            data = self._data
            if not data.ndim or isinstance(other, NDArray) and not b.ndim:
                refuse_shapeless(op, (self, other))
            if data.dtype is _BOOL and type(self) is NDArray:
                if isinstance(other, NDArray):
                    return invoke(op, (self, other), _NOATTRS)      # fails when read, as MXNet's kernel
                if isinstance(other, _SCALARS):
                    data = data.astype(np.int64)
                    b = _scalar_like(data, other)
        if isinstance(other, NDArray) and max(data.ndim, b.ndim) > KERNEL_DIMS and data.shape != b.shape \
                or data.dtype.kind == "V":       # (or bfloat16's stand-in: its own path)
            return invoke(op, (self, other), _NOATTRS)      # may fold into too many blocks
        try:
            with Quiet():
                res = op.fwd(data, b)     # op.fwd, not a copy: the profiler wraps it
        except (ValueError, TypeError) as e:          # (TypeError: numpy's refusals, e.g. bool - bool)
            refusal = broadcast_refusal(op.name, [self.shape, np.shape(b)])
            if refusal is not None:
                raise MXNetError(refusal) from None     # MXNet's check, not a Python error
            _refuse_unknown_broadcast(op, (self, other), (data, b))
            raise MXNetError(f"operator {op.name} failed on inputs of shapes {self.shape} and {np.shape(b)}: {e}") from e
        if type(res) is not _NDARRAY:
            res = np.asarray(res)
        return _result(op, self, other, data, b, res)
    return method


def _result(op, x, other, data, b, res):
    """The NDArray of a binary operator's raw result ``res`` (``data``, ``b``: its raw operands), recorded."""
    r = _new(NDArray)           # _wrap, inlined
    r._data = res
    r._ctx = x._ctx._op_ctx
    r._node = None
    if not res.size:
        _refuse_unknown_sizes(op, (x, other), [data, b], _NOATTRS, res)
    if _STATE.recording:
        pa, pb = x._node, other._node if isinstance(other, NDArray) else None    # (numbers: no getattr miss)
        if pa is not None or pb is not None or _ag.has_entry(x) or _ag.has_entry(other):
            node = _new_node(op, (data, b), (x, other), _NOATTRS, res, (pa, pb))    # _record, inlined
            r._node = (node, 0)
            if pa is None:
                _ag.feed(node, (x, other) if pb is None and isinstance(other, NDArray) else (x,))
            elif pb is None and isinstance(other, NDArray):
                _ag.feed(node, (other,))
    return r


_F32_OPERANDS = {}      # id(number) -> (the number, its 0-d float32 array), for numbers used again and again


def _f32_operand(number):
    """A float32 array of a float or float32 number (within float32's range): numpy's ufuncs take a 0-d array
    several times faster than a Python number, and round the float to float32 alike."""
    entry = _F32_OPERANDS.get(id(number))
    if entry is not None and entry[0] is number:      # the same object (a constant in a loop)
        return entry[1]
    if len(_F32_OPERANDS) >= 64:
        _F32_OPERANDS.clear()
    arr = np.array(number, _F32)
    arr.flags.writeable = False
    _F32_OPERANDS[id(number)] = (number, arr)
    return arr


_EQUALITIES = ("broadcast_equal", "broadcast_not_equal")


def _rbinary(op):
    def method(self, other):
        if type(self) is _Failed and isinstance(other, _SCALARS):
            carried = _failures.carry(invoke, op, (other, self), _NOATTRS, None)
            if carried is not None:
                return carried
        if isinstance(other, _SCALARS):     # (a binary op's invoke makes the number the array's, once)
            return invoke(op, (other if op.binary else _scalar_like(self, other), self), {})
        if isinstance(other, NDArray):      # x.__rsub__(y) called by name: y - x, as MXNet's methods give
            return invoke(op, (other, self), {})
        if isinstance(other, np.ndarray) and _ag._state.differentiating:
            return invoke(op, (other, self), {})
        if other is None:       # MXNet drops a None input: the operator sees one array
            raise MXNetError("Check failed: num_inputs == infered_num_inputs (1 vs. 2) : "
                             f"Operator {op.name} expects 2 inputs, but got 1 instead.")
        # MXNet calls the operator with ``other`` as its left array, which asserts it is an NDArray
        raise AssertionError(f"Argument lhs must have NDArray type, but got {other!s}")
    return method


def double_as_int(s, dtype):
    """Number ``s`` as MXNet's kernels make it an integer of ``dtype``: passed on as a double, then converted as C
    does on x86 (through int32, or int64 for 8-byte types; out of range or NaN: the lowest integer), then wrapped."""
    v, bits = float(s), (63 if dtype.itemsize == 8 else 31)
    if not -2.0 ** bits <= v < 2.0 ** bits:
        v = -2.0 ** bits
    return np.array(v).astype(np.int64 if bits == 63 else np.int32).astype(dtype)[()]


def _scalar_like(arr, s):
    """MXNet casts a scalar to an integer array's dtype before the operation (truncating, wrapping)."""
    data = arr._data if isinstance(arr, NDArray) else arr
    dtype = data.dtype
    if isinstance(s, np.complexfloating):
        warn_complex_cast("operand")
        s = float(s.real)       # MXNet passes float(number) on
    if isinstance(s, (float, np.floating)) and s != s:
        s = float("nan")        # MXNet passes the number on as text: a NaN loses its sign
    if dtype is _F32 and data.ndim:       # the commonest case first: numpy keeps float32 with any such scalar
        t = type(s)
        if t is _F32.type or t is float and -3.4e38 < s < 3.4e38:
            return s
        if t is int and -3.4e38 < s < 3.4e38:
            return float(s)     # (numpy would widen float32 for an int beyond int32's range; MXNet: a double)
    if dtype.kind in "iu" and isinstance(s, _SCALARS):
        return double_as_int(s, dtype)
    if dtype.kind == "b" and isinstance(s, _SCALARS):
        return np.array(s).astype(dtype)[()]
    if dtype.kind == "f" and dtype.itemsize < 8 and isinstance(s, _SCALARS) \
            and (dtype.itemsize == 2 or not -3.4e38 < s < 3.4e38):
        with np.errstate(over="ignore"):        # float16/32 keep their dtype: a scalar too large for it is inf
            return dtype.type(s)
    if dtype.kind == "f" and dtype.itemsize < 8 and isinstance(s, _SCALARS) and arr.ndim == 0:
        return dtype.type(s)        # numpy would promote a 0-d float32 array and a Python float to float64
    if dtype.itemsize == 8 and isinstance(s, (float, np.floating)) and not _ag._state.differentiating \
            or dtype.kind == "f" and isinstance(s, (int, np.integer)) and not -2 ** 53 < s < 2 ** 53:
        from ..io.text_float import double_attr
        return double_attr(float(s))    # MXNet reads the scalar's text back as a double, an ulp off at times
    return s


def inferred_type_name(dtype):
    """A dtype as MXNet's type inference names it (its type table has no name for bool; bfloat16's stand-in is
    named by its field)."""
    dtype = np.dtype(dtype)
    return "unknown" if dtype == _BOOL else dtype.names[0] if dtype.names else dtype.name


def _same_dtypes(op, a, b, out=None):
    """MXNet's binary operators need one dtype on both sides (no silent promotion); shapes that do not go
    together (a zero size read as unknown, an out= array of another shape) are refused first, as MXNet infers
    shapes before dtypes."""
    if a.dtype != b.dtype:
        refusal = same_shape_refusal(op.name, a.shape, b.shape) if op.elementwise else \
            broadcast_refusal(op.name, [a.shape, b.shape])
        if refusal is not None:
            raise MXNetError(refusal)
        shape = a.shape if op.elementwise else legacy_broadcast_shape(a.shape, b.shape)
        if any(x == 0 == y for x, y in zip(a.shape, b.shape)) if op.elementwise else 0 in a.shape or 0 in b.shape:
            _refuse_unknown_sizes(op, (a, b), (a, b), _NOATTRS, np.empty(shape, a.dtype))   # (a sparse array: no size)
        if type(out) is NDArray and out.shape != shape and not fits_as_unknown(out.shape, shape):
            raise MXNetError(_out_shape_refusal(op, out.shape, shape))
        raise MXNetError(f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at 1-th input: "
                         f"expected {inferred_type_name(a.dtype)}, got {inferred_type_name(b.dtype)}")


# MXNet's words for in-place arithmetic on an array whose ``writable`` is false
_READONLY_VERBS = {"broadcast_add": "add to", "broadcast_sub": "subtract from", "broadcast_mul": "multiply to",
                   "broadcast_div": "divide from", "broadcast_mod": "take modulo from"}


def _inplace(op):
    def method(self, other):
        legacy = type(self) not in KEEP_CLASS
        if legacy and not self.writable and op.name in _READONLY_VERBS:
            raise ValueError(f"trying to {_READONLY_VERBS[op.name]} a readonly NDArray")
        if legacy and not isinstance(other, (NDArray,) + _SCALARS):
            raise TypeError(f"type {class_text(other)} not supported")      # (in-place operators: no numpy arrays)
        if type(other) in KEEP_CLASS and type(self) not in KEEP_CLASS and _kinds.called_by_user(1):
            _kinds.refuse_numpy_input(op.name)
        # (the output is also an input: recording refuses it, even for a fresh array, once the op has run)
        refusal = recording_refusal((self,), (self, other))
        # an operand carrying an error not raised yet: MXNet's engine skips the kernel, self keeps its data and
        # takes the error (the checks still run, on the operand's placeholder data)
        if isinstance(other, _SCALARS) and _failures.skipped_for_copy(self):
            result = self       # (the error its temp space copy holds)
        else:
            with _failures.skipped_if_failed((other,), (self,)):
                result = _run_inplace(op, self, other, legacy)
        if type(other) is not NDArray and isinstance(other, NDArray) and other.stype != "default":
            _note_sparse_in_place(op, self, other)
        if refusal is not None:
            refuse_recording(op.name, refusal, (self,), numbered=False)
        return result
    return method


def _note_sparse_in_place(op, self, other):
    """``x op= s`` of a dense ``x`` and a sparse ``s`` is MXNet's broadcast operator with out=x: a storage fallback
    but for the csr-dense kernel of broadcast_add/sub."""
    if not (op.name in ("broadcast_add", "broadcast_sub") and other.stype == "csr"):
        note_storage_fallback(op.name, (self, other), (self,), {})


def _run_inplace(op, self, other, legacy):
    """``self op= other`` computed into ``self``, with MXNet's checks."""
    b = other._data if isinstance(other, NDArray) else _scalar_like(self, other)
    if not self._data.ndim or isinstance(other, NDArray) and not b.ndim:
        refuse_shapeless(op, (self, other), out=self)
    if legacy and isinstance(other, NDArray) and not (self._data.size and b.size):
        refusal = unknown_broadcast_refusal(op.name, self.shape, b.shape, self.shape)
        if refusal is not None:
            raise MXNetError(refusal)
    if legacy and not (self._data.size and np.size(b)):
        _refuse_unknown_sizes(op, (self, other), (self._data, b), _NOATTRS, self._data)
    if legacy:
        _refuse_inplace_shape(op, self.shape, np.shape(b))      # (MXNet infers shapes before dtypes)
    if legacy and self._data.dtype is _BOOL and type(other) is NDArray and b.dtype is _BOOL:
        # MXNet's kernels have no case for two bool arrays: the array is left as it was, failing when read
        return _failures.deliver(_bool_pair_refused(op, (self.shape, b.shape)), self, None)
    if legacy and isinstance(other, NDArray) and b.dtype != self._data.dtype:
        _same_dtypes(op, self._data, b)         # MXNet: x += y needs one dtype, as x + y does
    if legacy and self._data.dtype is _BOOL:       # (its result would be int64)
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(_BOOL)}, inferred type = int64")
    if isinstance(other, NDArray):
        try:
            _refuse_broadcast_folds(op, self._data, b)
            getattr(op, "in_place_check", _no_check)(self, other)       # (a storage type's kernel checks)
        except _failures.KernelError as error:      # the array is left as it was, failing when read
            return _failures.deliver(error, self, None)
    if _bf16.is_bfloat16(self._data):      # (computed as the operator with out=self computes it)
        return _bf16.invoke_widened(invoke, op, [self, other], {}, self)
    if isinstance(other, NDArray) and _overlaps(self._data, (b,)) \
            and _computed_in_order(op, (self._data, b), _NOATTRS, self._data) is not None:      # x[1:] += x[:-1]
        return self
    try:
        with Quiet():
            res = op.fwd(self._data, b)
    except ValueError:
        refusal = broadcast_refusal(op.name, [self.shape, np.shape(b)])
        if refusal is None:
            raise
        raise MXNetError(refusal) from None     # MXNet's check, not a Python error
    self._data[...] = res
    return self


def _no_check(self, other):
    """The in-place check of an op without one."""


def _refuse_inplace_shape(op, shape, other):
    """MXNet's shape inference of ``x op= y``: the operands must broadcast, to ``x``'s own shape."""
    try:
        result = np.broadcast_shapes(shape, other)
    except ValueError:
        refusal = broadcast_refusal(op.name, [shape, other])
        if refusal is None:
            raise
        raise MXNetError(refusal) from None     # MXNet's check, not a Python error
    if result != shape:
        raise MXNetError(f"Shape inconsistent, Provided = {provided(shape)}, inferred shape={provided(result)}")


def _method(op, called=None):
    known = set(inspect.signature(op.fwd).parameters)

    def method(self, *args, out=None, name=None, **attrs):      # (MXNet's method passes name= to the function)
        if attrs and type(self) in KEEP_CLASS:
            # numpy's np.mean(x) calls x.mean(axis=None, dtype=None, out=None): an mx.np array drops what it
            # lacks; a legacy array refuses any unknown keyword, None too, as MXNet's (np.sum(x) passes no dtype)
            attrs = {k: v for k, v in attrs.items() if v is not None or k in known}
        if KEEP_CLASS and type(self) not in KEEP_CLASS and (args or out is not None or attrs):
            op._refuse_numpy_arrays(args, attrs, out)
        if args and not op.variadic and type(self) not in KEEP_CLASS:
            # x.exp(y): MXNet's method calls the operator's function, whose positionals after the attributes
            # are ``out`` and ``name``
            args, out, _ = op._bind_trailing((self,) + args, out, None, called)     # (x.flip calls nd.flip)
            args = args[1:]
        if args and len(op.arg_names) > 1 and not op.variadic:
            for i, a in enumerate(args[:len(op.arg_names) - 1], 1):     # x.take(idx): the further array inputs
                if not isinstance(a, NDArray):
                    op._refuse_non_array(op.arg_names[i], a, i)
        args = (self,) + args
        legacy = type(self) not in KEEP_CLASS
        if legacy and attrs and not op.variadic:
            op._refuse_given_twice(args, attrs, called)     # (x.clip(0, 1, a_min=0) binds nd.clip's arguments)
        if legacy and len(args) > len(op.arg_names) and not op.variadic:
            args, attrs = op._positional_attrs(args, attrs)     # read as the function reads them (the method calls it)
        if legacy and "dtype" in attrs and op._declares_dtype():
            attrs = op._front_end_dtype(attrs)      # (numpy's name, or its refusal, before anything else)
        refuse_bad_out(out)
        if not op.variadic:
            args, attrs = _symbols_as_text(op, args, attrs)
        if attrs and legacy:
            given = attrs
            attrs = read_attrs(op.name, attrs, imperative=True)      # x.slice_axis(axis=1.5) fails as nd.slice_axis(x, axis=1.5)
            if attrs is not given:      # (the parser's refusals name the attributes as given, not as read)
                op._refuse_attrs_unread(given)
        if not op.variadic and any(a is None for a in (*args, *attrs.values())):
            op._refuse_dropped_inputs(args, attrs)
        if self.stype != "default":     # MXNet's method calls the operator's function: storage-aware ops see it
            return op(*args, out=out, **attrs)
        return invoke(op, args, attrs, out)
    method.__doc__ = op.__doc__
    method.__signature__ = _FLUENT_SIGNATURE
    return method


# what inspect shows of an operator's NDArray method: MXNet's fluent methods take anything and pass it on
_FLUENT_SIGNATURE = inspect.Signature([inspect.Parameter("self", inspect.Parameter.POSITIONAL_OR_KEYWORD),
                                       inspect.Parameter("args", inspect.Parameter.VAR_POSITIONAL),
                                       inspect.Parameter("kwargs", inspect.Parameter.VAR_KEYWORD)])


_INSTALLED = []

# Registry names that are other front ends' spellings (``nd.equal`` is one of MXNet's Python functions,
# ``npx.batch_norm`` a numpy-extension name): MXNet's mx.nd, mx.nd.op and mx.sym have no such operator function.
FRONTEND_SPELLINGS = frozenset(
    "add subtract multiply divide true_divide modulo equal not_equal greater greater_equal lesser "
    "lesser_equal logical_and logical_or logical_xor elemwise_sum batch_norm convolution deconvolution group_norm "
    "instance_norm l2_normalization layer_norm lrn pooling upsampling".split())


def install(namespace, internal=False):
    """Make ``nd.<name>`` for every op and attach the ops' NDArray methods; with ``internal``, make the names
    starting with an underscore instead, MXNet's internal ones, which only ``nd._internal`` shows."""
    _INSTALLED.append((namespace, internal))
    for name, op in OPS.items():
        _install_op(op, (name,), namespace, internal)


def function(name):
    """The function MXNet generates for operator name ``name``: the operator, or an Alias for another name."""
    op = OPS[name]
    return op if name == op.name else _alias(op, name)


def _install_op(op, names, namespace, internal):
    for name in names:
        if name.startswith("_") == internal and name not in FRONTEND_SPELLINGS:
            namespace[name] = function(name)
    if names[0] == op.name and not internal:
        for m in op.methods:
            if m.startswith("__i"):
                setattr(NDArray, m, _inplace(op))
            elif m.startswith("__"):
                setattr(NDArray, m, _binary(op) if m != "__neg__" and m != "__abs__" else _method(op))
            else:
                setattr(NDArray, m, _method(op, m))
        for m in op.rmethods:
            setattr(NDArray, m, _rbinary(op))
