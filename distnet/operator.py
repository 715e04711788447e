"""Operators written in Python: ``mx.operator.CustomOp``, ``CustomOpProp``, ``register``, and the
deprecated ``PythonOp`` / ``NumpyOp`` / ``NDArrayOp``.

``nd.Custom(*inputs, op_type=NAME, **kwargs)`` and ``sym.Custom`` run the registered operator; it is
one registry entry whose forward and backward call the user's ``forward`` and ``backward``. The
inputs are the Prop's arguments followed by its auxiliary states, which the operator may update in
place. Keyword values reach the Prop's ``__init__`` as strings, as in MXNet.
"""
import collections
import contextlib
import functools
import inspect
import sys
import threading
import traceback
import warnings
import weakref
from array import array
from ctypes import CFUNCTYPE, POINTER, Structure, c_bool, c_char, c_char_p, c_int, c_void_p, cast, pointer  # noqa: F401
from threading import Lock  # noqa: F401

import numpy as np

from . import autograd, profiler
from .base import log_time
from .base import MXNetError, c_str, located, message_of
from .base import _LIB, MXCallbackList, NDArrayHandle, OpHandle, c_array, c_array_buf, check_call  # noqa: F401  (MXNet's
from .base import ctypes, ctypes2numpy_shared, hiding as _hiding, mx_float, mx_int, mx_uint, py_str  # noqa: F401  names)
from . import context  # noqa: F401
from .context import current_context
from .ndarray.failures import KernelError, backward_kernel_error
from .ndarray.ndarray import _DTYPE_NP_TO_MX, _STORAGE_TYPE_STR_TO_ID, NDArray, _wrap, shapeless_array
from .ndarray.param_docs import declared_parameters
from .ndarray.registry import OPS, defop
from .ndarray.shape_text import provided
from .ndarray.sparse import zeros as sparse_zeros
from .operator_names import ALIASES, REGISTERED
from .util import is_np_array

_PROPS = {}     # op_type -> CustomOpProp subclass
_NP_ARRAYS = {}     # op_type -> whether it was registered in NumPy mode (its operator gets mx.np arrays)


class CustomOp:
    """Base of a Python operator: override ``forward`` and ``backward``; write results with ``assign``."""

    def __init__(self):
        pass

    def forward(self, is_train, req, in_data, out_data, aux):
        """Compute ``out_data`` from ``in_data`` (NDArrays); ``req`` says how to write each output."""

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        """Compute ``in_grad`` from ``out_grad``; ``req`` says how to write each input gradient."""

    def assign(self, dst, req, src):
        """Write ``src`` into ``dst`` as ``req`` says: 'null' skips, 'write'/'inplace' copy, 'add' adds."""
        if req == "null":
            return
        if req in ("write", "inplace"):
            from .ndarray.indexing import refuse_sparse_into_dense
            refuse_sparse_into_dense(dst, src)       # MXNet's assign writes with dst[:] = src, which refuses it
            dst[:] = src
        elif req == "add":
            dst[:] += src


class CustomOpProp:
    """Describes a custom operator: its inputs, outputs, shapes, types and how to create it.

    Parameters
    ----------
    need_top_grad : bool
        Whether ``backward`` uses the output gradient; False for loss layers, whose backward
        runs without a head gradient.
    """

    def __init__(self, need_top_grad=True):
        self.need_top_grad_ = need_top_grad

    def infer_shape(self, in_shape):
        """(input shapes, output shapes, auxiliary shapes): every output shaped as the first input."""
        return in_shape, (in_shape[0],) * len(self.list_outputs()), ()

    def infer_type(self, in_type):
        """(input types, output types, auxiliary types): everything typed as the first input."""
        return (in_type, [in_type[0]] * len(self.list_outputs()),
                [in_type[0]] * len(self.list_auxiliary_states()))

    def infer_storage_type(self, in_stype):
        """Storage types of inputs, outputs and auxiliary states: dense only, unless overridden."""
        for i, stype in enumerate(in_stype):
            if stype != "default":
                raise AssertionError(_sparse_refusal("infer_storage_type", "in_stype", i, stype, "input/output"))
        return in_stype, ["default"] * len(self.list_outputs()), ["default"] * len(self.list_auxiliary_states())

    def infer_storage_type_backward(self, ograd_stype, in_stype, out_stype, igrad_stype, aux_stype):
        """Storage types of the backward's arrays: dense only, unless overridden."""
        for i, stype in enumerate(ograd_stype):
            if stype != "default":
                raise AssertionError(_sparse_refusal("infer_storage_type_backward", "ograd_stype", i, stype,
                                                     "output gradient"))
        for i, stype in enumerate(igrad_stype):
            if stype not in ("default", "undefined"):
                raise AssertionError(_sparse_refusal("infer_storage_type_backward", "igrad_stype", i, stype,
                                                     "input gradient"))
        lists = [ograd_stype, in_stype, out_stype, igrad_stype, aux_stype]
        for stypes in lists:
            stypes[:] = ["default"] * len(stypes)
        return tuple(lists)

    def list_outputs(self):
        return ["output"]

    def list_arguments(self):
        return ["data"]

    def list_auxiliary_states(self):
        return []

    def declare_backward_dependency(self, out_grad, in_data, out_data):
        """The arrays ``backward`` reads: the output gradients (if needed), inputs and outputs."""
        deps = list(out_grad) if self.need_top_grad_ else []
        return deps + list(in_data) + list(out_data)

    def create_operator(self, ctx, in_shapes, in_dtypes):
        """The CustomOp that computes; ``in_shapes`` and ``in_dtypes`` (MXNet type codes) cover every input."""
        return CustomOp()


def _sparse_refusal(method, what, i, stype, kind):
    return (f"Default {method} implementation doesnt allow non default stypes: found non default stype "
            f"'{stype}' for {what}[{i}]. Please implement infer_storage_type and infer_storage_type_backward "
            f"interface in your custom operator if you have non-default {kind} stypes")


def register(reg_name):
    """Class decorator registering a CustomOpProp subclass as ``op_type=reg_name``; registered in NumPy mode
    (npx.set_np), its operator is handed mx.np arrays."""
    def do_register(prop_cls):
        c_str(reg_name)                 # MXNet passes the name on as a C string: other types fail here
        if reg_name in _PROPS:          # allowed, as in MXNet, which logs the same line
            print(f"{log_time()} ../src/c_api/../operator/custom/custom-inl.h:56: New registration "
                  f"is overriding existing custom operator {reg_name}", file=sys.stderr)
        _PROPS[reg_name] = prop_cls
        _NP_ARRAYS[reg_name] = is_np_array()
        for key in [k for k in _NODE_PROPS if k[0] == reg_name]:      # a name registered again: a new operator
            del _NODE_PROPS[key]
        return prop_cls
    return do_register


def _prop(op_type, kwargs):
    """A new Prop for ``op_type``, built from the keyword attributes as strings (as MXNet passes them)."""
    op_type = str(op_type)      # as the attribute text MXNet parses (an explicit None is the name "None")
    if not op_type:
        raise MXNetError("Check failed: !params.op_type.empty(): Required argument `op_type` is missing.")
    if op_type not in _PROPS:
        end = "\n" if "\n" in op_type else ""      # (MXNet ends a message of several lines with a line break)
        raise located(MXNetError("Check failed: CustomOperator: :Get()->Find(params.op_type) != nullptr: "
                                 f"Cannot find custom operator {op_type}{end}"), ("../src/operator/custom/custom.cc", 98))
    prop = _PROPS[op_type](**{k: str(v) for k, v in kwargs.items()})
    counts = {}
    for method in ("list_arguments", "list_outputs", "list_auxiliary_states"):
        with _reported(method, op_type):
            counts[method] = len([c_str(name) for name in getattr(prop, method)()])      # (as MXNet's call back)
    # MXNet asks a new Prop which arrays its backward reads, naming them by number: the output gradients,
    # then the inputs, then the outputs
    nout, nin = counts["list_outputs"], counts["list_arguments"]
    with _reported("declare_backward_dependency", op_type):
        declared = prop.declare_backward_dependency(
            list(range(nout)), list(range(nout, nout + nin)), list(range(nout + nin, 2 * nout + nin)))
        len(declared)       # (MXNet's call back counts them first)
        declared = array("i", declared)
    try:
        _BACKWARD_READS[prop] = frozenset(declared)
    except TypeError:       # a Prop that cannot be weakly referenced or hashed: its backward gets every array
        pass
    return prop


# Prop -> the numbers of the arrays its backward reads (output gradients, inputs, outputs, numbered in that
# order): MXNet keeps only those for the backward and hands over arrays without storage in place of the others.
_BACKWARD_READS = weakref.WeakKeyDictionary()


def _declared_reads(prop, arrays, first):
    """``arrays`` (numbered from ``first``) as backward gets them: the undeclared ones without storage."""
    try:
        reads = _BACKWARD_READS.get(prop)
    except TypeError:
        reads = None
    return [(a if isinstance(a, NDArray) else _wrap(a)) if reads is None or first + i in reads else shapeless_array()
            for i, a in enumerate(arrays)]


_Signature = collections.namedtuple("Signature", "arguments aux outputs need_top_grad")
_NODE_PROPS = {}     # (op_type, attributes) -> the Prop of the symbol nodes with those attributes
# Prop -> {("shapes", *argument shapes): output shapes, ("types", *argument dtypes): output dtypes} from shape
# and type inference, so that a bound executor runs the operator without asking the Prop again (MXNet asks
# at bind, never per forward).
_BOUND_OUTPUTS = weakref.WeakKeyDictionary()


def _node_prop(attrs, fresh=False):
    """The Prop a Custom node's attributes describe. MXNet builds one when it parses a node's attributes
    (creating or loading a symbol: ``fresh``); binding, inference and execution reuse it."""
    attrs = dict(attrs)
    op_type = attrs.pop("op_type", "")
    attrs.pop("_state", None)
    key = (op_type, tuple(sorted((k, str(v)) for k, v in attrs.items())))
    if fresh or key not in _NODE_PROPS:
        _NODE_PROPS[key] = _prop(op_type, attrs)
    return _NODE_PROPS[key]


def _node_signature(attrs, fresh=False):
    """The arguments, auxiliary states and outputs of the Custom operator that ``attrs`` describe."""
    prop = _node_prop(attrs, fresh)
    return _Signature(list(prop.list_arguments()), list(prop.list_auxiliary_states()), list(prop.list_outputs()),
                      bool(prop.need_top_grad_))


def _split(prop, count):
    """(number of arguments, number of auxiliary states), checking that ``count`` inputs were given."""
    nargs, naux = len(prop.list_arguments()), len(prop.list_auxiliary_states())
    if count != nargs + naux:
        raise MXNetError(f"Check failed: num_inputs == infered_num_inputs ({count} vs. {nargs + naux}) : "
                         f"Operator Custom expects {nargs + naux} inputs, but got {count} instead.")
    return nargs, naux


_RETURNED = {"infer_shape": ("InferShape", "shapes"), "infer_type": ("InferType", "types")}


def _returned(prop, method, ret):
    """What a Prop's infer_shape or infer_type returned, as (input, output, aux) lists; MXNet asserts their
    lengths in its call back (so a wrong length is printed and raised as the call back's failure)."""
    if len(ret) not in (2, 3):
        raise AssertionError(f"{method} must return 2 or 3 lists")
    inputs, outputs, aux = list(ret[0]), list(ret[1]), list(ret[2]) if len(ret) == 3 else []
    kind, noun = _RETURNED[method]
    for where, got, expected in (("output", outputs, prop.list_outputs()), ("input", inputs, prop.list_arguments()),
                                 ("aux state", aux, prop.list_auxiliary_states())):
        if len(got) != len(expected):
            raise AssertionError(f"{kind} Error: expecting {len(expected)} entries in returned {where} {noun}, "
                                 f"got {len(got)}.")
    if method == "infer_type":
        for dtype in inputs + outputs + aux:
            _DTYPE_NP_TO_MX[dtype]      # MXNet numbers each type by its numpy type class: a KeyError for others
    else:
        for shape in inputs + outputs + aux:
            array("i", shape)     # MXNet hands each shape on as C ints: a float dimension is a TypeError
    return inputs, outputs, aux


def _infer(prop, arg_shapes, arg_types, shapes=None, op_type="CustomOpProp", given_types=False):
    """Output shapes and dtypes from the Prop (``shapes``: what its infer_shape already returned, checked),
    with MXNet's checks of what it returns (``given_types``: the argument types are the arrays' own, which
    the Prop may not change)."""
    if shapes is None:
        with _reported("infer_shape", op_type):
            shapes = _returned(prop, "infer_shape", prop.infer_shape([list(s) for s in arg_shapes]))
    for given, inferred in zip(arg_shapes if given_types else (), shapes[0]):
        if tuple(given) != tuple(int(d) for d in inferred):
            raise MXNetError(f"Shape inconsistent, Provided = {_dims(given)}, inferred shape={_dims(inferred)}")
    with _reported("infer_type", op_type):
        types = _returned(prop, "infer_type", prop.infer_type(list(arg_types)))
    for given, inferred in zip(arg_types if given_types else (), types[0]):
        if np.dtype(given) != np.dtype(inferred):
            raise MXNetError(f"Type inconsistent, Provided = {np.dtype(given).name}, inferred type = "
                             f"{np.dtype(inferred).name}")
    out_shapes = [tuple(int(d) for d in s) for s in shapes[1]]
    for shape in out_shapes:        # (MXNet allocates the outputs)
        if any(d < 0 for d in shape):
            raise MXNetError(f"Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value "
                             f"{min(shape)}")
    return out_shapes, [np.dtype(t) for t in types[1]]


def _storage_types(prop, stypes, op_type):
    """(argument storage types, output storage types) as the Prop's infer_storage_type of the arguments' returns
    them, with MXNet's checks of what it returns."""
    with _reported("infer_storage_type", op_type):
        ret = prop.infer_storage_type(list(stypes))
        if len(ret) not in (2, 3):
            raise AssertionError("infer_storage_type must return 2 or 3 lists")
        inputs, outputs, aux = ret[0], ret[1], ret[2] if len(ret) == 3 else []
        for where, got, expected in (("output", outputs, prop.list_outputs()), ("input", inputs, prop.list_arguments()),
                                     ("aux state", aux, prop.list_auxiliary_states())):
            if len(got) != len(expected):
                raise AssertionError(f"InferStorageType Error: expecting {len(expected)} entries in returned {where} "
                                     f"stypes, got {len(got)}.")
        for stype in list(inputs) + list(outputs) + list(aux):
            _STORAGE_TYPE_STR_TO_ID[stype]      # MXNet numbers each by its name: a KeyError for others
    return list(inputs), list(outputs)


def _dims(shape):
    return "[" + ",".join(str(int(d)) for d in shape) + "]"


_LIST_CHECK = "reinterpret_cast<CustomOpListFunc>( params.info->callbacks[Type])( &args, params.info->contexts[Type])"
_FB_ARGS = ("ptrs.size(), const_cast<void**>(ptrs.data()), const_cast<int*>(tags.data()), "
            "reinterpret_cast<const int*>(req.data()), static_cast<int>(ctx.is_train), ")
# The check MXNet's C++ side fails when the Python method it called back raised: its error message
_CALLBACK_CHECKS = {
    "list_arguments": _LIST_CHECK, "list_outputs": _LIST_CHECK, "list_auxiliary_states": _LIST_CHECK,
    "declare_backward_dependency": "reinterpret_cast<CustomOpBwdDepFunc>( params.info->callbacks["
    "kCustomOpPropDeclareBackwardDependency])( out_grad.data(), in_data.data(), out_data.data(), &num_dep, "
    "&rdeps, params.info->contexts[kCustomOpPropDeclareBackwardDependency])",
    "infer_shape": "reinterpret_cast<CustomOpInferShapeFunc>( params.info->callbacks[kCustomOpPropInferShape])( "
    "shapes.size(), ndims.data(), shapes.data(), params.info->contexts[kCustomOpPropInferShape])",
    "infer_type": "reinterpret_cast<CustomOpInferTypeFunc>( params.info->callbacks[kCustomOpPropInferType])( "
    "types.size(), types.data(), params.info->contexts[kCustomOpPropInferType])",
    "create_operator": "reinterpret_cast<CustomOpCreateFunc>( params.info->callbacks[kCustomOpPropCreateOperator])( "
    "os.str().c_str(), shapes.size(), shapes.data(), ndims.data(), in_type.data(), op_info, "
    "params.info->contexts[kCustomOpPropCreateOperator])",
    "forward": "reinterpret_cast<CustomOpFBFunc>( params.info->callbacks[kCustomOpForward])( " + _FB_ARGS
    + "params.info->contexts[kCustomOpForward])",
    "backward": "reinterpret_cast<CustomOpFBFunc>(params.info->callbacks[kCustomOpBackward])( " + _FB_ARGS
    + "params.info->contexts[kCustomOpBackward])",
    "infer_storage_type": "reinterpret_cast<CustomOpInferStorageTypeFunc>( params.info->callbacks["
    "kCustomOpPropInferStorageType])( stypes.size(), stypes.data(), params.info->contexts[kCustomOpPropInferStorageType])",
    "infer_storage_type_backward": "reinterpret_cast<CustomOpBackwardInferStorageTypeFunc>( params.info->callbacks["
    "kCustomOpPropBackwardInferStorageType])( stypes.size(), stypes.data(), tags.data(), "
    "params.info->contexts[kCustomOpPropBackwardInferStorageType])",
}
# MXNet's call backs print their failures under that name
_PRINTED_AS = {"infer_storage_type": "infer_type", "infer_storage_type_backward": "infer_type"}


@contextlib.contextmanager
def _reported(method, owner="CustomOp"):
    """Print an error raised by the user's ``method`` with its traceback, then raise MXNet's error: the
    failed check of the call back into Python (``owner``: the operator's name for a Prop's methods)."""
    try:
        yield
    except Exception as e:
        print(f"Error in {owner}.{_PRINTED_AS.get(method, method)}: {traceback.format_exc()}")
        raise MXNetError(f"Check failed: {_CALLBACK_CHECKS[method]}: ") from e


@defop("Custom", hidden=1)
def custom(*data, op_type="", _state=None, **kwargs):
    """Run the custom operator registered as ``op_type`` (outputs, then the operator for backward).

    ``_state``, given by a bound executor, keeps the Prop and the operators it created across calls,
    as MXNet creates them once per bind (one operator per input shapes and dtypes).
    """
    state = {} if _state is None else _state
    if state.get("replaying") and "last" in state:      # a bound graph recording its last forward again
        return state["last"]
    if "prop" not in state:     # an executor reuses its node's Prop; nd.Custom makes one per call, as MXNet
        state["prop"] = _prop(op_type, kwargs) if _state is None else _node_prop(dict(kwargs, op_type=op_type))
    prop = state["prop"]
    nargs, _ = _split(prop, len(data))
    args, aux = data[:nargs], data[nargs:]
    shapes, types = ("shapes",) + tuple(a.shape for a in args), ("types",) + tuple(a.dtype.type for a in args)
    known = (_remembered(prop, shapes), _remembered(prop, types)) if _state is not None else (None, None)
    out_shapes, out_types = known if None not in known else \
        _infer(prop, [a.shape for a in args], [a.dtype.type for a in args], op_type=op_type, given_types=True)
    if _state is not None:
        _remember(prop, shapes, out_shapes)
        _remember(prop, types, out_types)
    if "stypes" in state:       # a bound executor's node: its bind inferred them
        stored, out_stypes = state["stypes"]
    else:                       # nd.Custom, or a hybridized block's node: inferred at each call
        given, given_out = _given_stypes(len(args))
        for provided_type, inferred in zip(getattr(_CALL, "out_dtypes", None) or (), out_types):
            if provided_type is not None and np.dtype(provided_type) != inferred:     # (out= arrays)
                raise MXNetError(f"Type inconsistent, Provided = {np.dtype(provided_type).name}, inferred type = "
                                 f"{inferred.name}")
        stored, out_stypes = _storage_types(prop, given, op_type)
        for provided_stype, inferred in zip(given + given_out, stored + out_stypes):
            if provided_stype != inferred:
                raise located(MXNetError(f"Storage type inconsistent, Provided = {provided_stype}, inferred storage "
                                         f"type = {inferred}"), ("", 0))
    op = _created(state, prop, current_context(), [a.shape for a in data], [a.dtype for a in data], op_type)
    ctx = current_context()
    outs = [_wrap(np.zeros(s, dtype=t), ctx) if stype == "default" else sparse_zeros(stype, s, ctx, t)
            for s, t, stype in zip(out_shapes, out_types, out_stypes)]
    training = autograd.is_training()
    holder = np.empty((), dtype=object)
    ran = _Ran(op, nargs, prop, stored, outs, state.get("backward_stypes"))
    holder[()] = ran
    try:
        with autograd.pause(train_mode=training), _reported("forward"), profiler.custom_operator_scope(op_type):
            in_data = [_wrap(a) if stype == "default" else _wrap(a).tostype(stype) for a, stype in zip(args, stored)]
            handed = _handed(op_type)
            op.forward(is_train=int(training), req=["write"] * len(outs), in_data=handed(in_data),
                       out_data=handed(outs), aux=handed([_wrap(a) for a in aux]))
    except MXNetError as e:         # MXNet's engine runs it later: the error shows when the result is read
        holder[()] = ran._replace(op=None)      # (and skips the backward: no operator)
        raise KernelError(message_of(e), tuple(o._data for o in outs) + (holder,)) from e
    result = tuple(o._data for o in outs) + (holder,)
    if _state is not None:
        state["last"] = result
    return result


# What a Custom op's forward leaves for its backward: the operator (None when its forward failed), the number of
# arguments, the Prop, the storage types its inputs were handed in, its output arrays (sparse ones as the Prop
# declared), and in a bound graph the storage types the bind inferred for its backward
_Ran = collections.namedtuple("Ran", "op nargs prop in_stypes outputs backward_stypes")


def _sparse_outputs(outs, res):
    """nd.Custom's (or a graph node's) visible results: an output the Prop declared sparse is that sparse array,
    in the autograd graph in place of its dense view."""
    ran = res[-1][()]
    if all(type(o) is NDArray for o in ran.outputs):
        return outs
    for i, made in enumerate(ran.outputs):
        if type(made) is not NDArray:
            made._node, made._ctx = outs[i]._node, outs[i]._ctx
            outs[i] = made
    return outs


_CALL = threading.local()      # .stypes, .out_stypes: the storage types of an nd.Custom call's inputs and out= arrays


def _run_sparse_inputs(run, inputs, out):
    """nd.Custom runs no storage fallback: its Prop's infer_storage_type is asked of its inputs' storage types."""
    outs = () if out is None else out if isinstance(out, (list, tuple)) else (out,)
    _CALL.stypes = [getattr(a, "stype", "default") for a in inputs]
    _CALL.out_stypes = [getattr(o, "stype", "default") for o in outs]
    _CALL.out_dtypes = [getattr(o, "dtype", None) for o in outs]
    try:
        return run()
    finally:
        _CALL.stypes = _CALL.out_stypes = _CALL.out_dtypes = None


def _given_stypes(count):
    """The storage types of this nd.Custom call's arguments and out= arrays (taken once: a Custom op run by its
    forward is another call)."""
    stypes, _CALL.stypes = getattr(_CALL, "stypes", None), None
    out_stypes, _CALL.out_stypes = getattr(_CALL, "out_stypes", None), None
    return (stypes[:count] if stypes else ["default"] * count), out_stypes or []


def _created(state, prop, ctx, shapes, dtypes, op_type="CustomOpProp"):
    """The operator ``prop`` creates for inputs of these shapes and dtypes, once per ``state``."""
    shapes, dtypes = [list(s) for s in shapes], [_DTYPE_NP_TO_MX.get(np.dtype(t).type, -1) for t in dtypes]
    key = repr((shapes, dtypes))
    if key not in state:
        with _reported("create_operator", op_type):
            op = prop.create_operator(ctx, shapes, dtypes)
            op._ref_holder = []     # MXNet keeps its callbacks on the operator: one taking no attribute fails
            state[key] = op
    return state[key]


def _create_at_bind(attrs, ctx, shapes, dtypes, node_name, stypes):
    """A bound executor's Custom node: its operator, created when the graph binds (not at the first forward), and
    the storage types the bind inferred for it (``stypes``: {"stypes": (arguments', outputs'),
    "backward_stypes": its backward's five lists, when the graph has gradients}), which its runs hand over."""
    state = attrs["_state"]
    state.setdefault("prop", _node_prop(attrs))
    state["stypes"], state["backward_stypes"] = stypes["stypes"], stypes.get("backward_stypes")
    _created(state, state["prop"], ctx, shapes, dtypes, attrs.get("op_type"))


def _forward_stypes(attrs, in_stypes, node_name):
    """(argument storage types, output storage types) a bound graph's Custom node takes for inputs of storage
    ``in_stypes`` (its auxiliary states' last), its Prop asked; one it changes is refused."""
    prop = _node_prop(attrs)
    nargs, _ = _split(prop, len(in_stypes))
    try:
        args, outs = _storage_types(prop, in_stypes[:nargs], attrs.get("op_type"))
    except MXNetError as e:
        raise MXNetError(f"Error in operator {node_name}: {log_time()} "
                         f"../src/operator/custom/custom.cc:521: {message_of(e)}") from None
    for provided_stype, inferred in zip(in_stypes, args):
        if provided_stype != inferred:
            raise MXNetError(f"Error in operator {node_name}: Storage type inconsistent, Provided = {provided_stype}, "
                             f"inferred storage type = {inferred}")
    return args, outs


def _graph_backward_stypes(attrs, ograds, in_stypes, out_stypes, igrads, node_name):
    """The five storage type lists of a bound graph's Custom node's backward (see _backward_storage_types)."""
    prop = _node_prop(attrs)
    nargs, naux = _split(prop, len(in_stypes))
    return _backward_storage_types(prop, (ograds, in_stypes[:nargs], out_stypes, igrads, ["default"] * naux),
                                   attrs.get("op_type"), node_name)


@custom.grad
def _(dy, out, *data, op_type=None, needs=None, add_into=None, _state=None, node_name=None, grad_stypes=None,
      ograd_stypes=None, **kwargs):
    """``add_into``: per input, the buffer of an 'add' variable fed by this input alone, which MXNet hands
    to ``backward`` with req 'add' (its result replaces the buffer); ``node_name``: the recorded node's, whose
    backward storage types are inferred first (not in a bound graph: its bind did) from ``grad_stypes``, those
    of its inputs' gradient buffers ('undefined' where MXNet has none of its own for it) and ``ograd_stypes``,
    its head gradients' (dense unless given)."""
    ran = out[-1][()]
    nargs, outs = ran.nargs, ran.outputs
    args, aux = data[:nargs], data[nargs:]
    stypes = ran.backward_stypes
    if node_name is not None:
        out_stypes = [o.stype for o in outs]
        igrads = grad_stypes or ["default" if needs is None or need else "undefined" for need in needs]
        ograds = list(ograd_stypes or ["default"] * len(outs))[:len(outs)]
        stypes = _backward_storage_types(ran.prop, (ograds, ran.in_stypes, out_stypes, list(igrads),
                                                    ["default"] * len(aux)), op_type, node_name)
    if ran.op is None:      # the forward failed: MXNet's engine skips the backward, its gradients get that error
        return tuple(np.zeros_like(a) if needs is None or needs[i] else None
                     for i, a in enumerate(args)) + (None,) * len(aux)
    if stypes is None:
        stypes = (["default"] * len(outs), ran.in_stypes, (), ["default"] * nargs, ())
    og_stypes, in_stypes, _, ig_stypes, _ = stypes
    dys = dy if isinstance(dy, tuple) else (dy,)
    add_into = add_into or (None,) * nargs
    req = ["null" if needs is not None and not needs[i] else "write" if add_into[i] is None else "add"
           for i in range(nargs)]
    in_grad = [_stored(np.zeros_like(a) if buffer is None else buffer.copy(), stype)
               for a, buffer, stype in zip(args, add_into, ig_stypes)]
    training = autograd.is_training()       # the backward pass's train_mode, which MXNet keeps for the callback
    try:
        with autograd.pause(train_mode=training), _reported("backward"), \
                profiler.custom_operator_scope("_backward_" + op_type):
            op, handed = ran.op, _handed(op_type)
            op.backward(req=req, in_data=handed(_declared_reads(ran.prop, [_stored(a, t) for a, t in
                                                                           zip(args, in_stypes)], len(outs))),
                        out_data=handed(_declared_reads(ran.prop, outs, len(outs) + nargs)), in_grad=handed(in_grad),
                        out_grad=handed(_declared_reads(ran.prop, [_stored(g, t) for g, t in zip(dys, og_stypes)], 0)),
                        aux=handed([_wrap(a) for a in aux]))
    except MXNetError as e:         # MXNet's engine runs it later: the error shows when a gradient is read
        backward_kernel_error(message_of(e))
    _WRITTEN_ROWS.rows = [g._aux[0] if g.stype == "row_sparse" else None for g in in_grad]
    return tuple(g._data if r != "null" else None for g, r in zip(in_grad, req)) + (None,) * len(aux)


def _handed(op_type):
    """A new list of the arrays handed to ``op_type``'s operator: mx.np views of the dense ones when it was
    registered in NumPy mode (MXNet picks the array class at registration)."""
    if not _NP_ARRAYS.get(op_type):
        return list
    return lambda arrays: [a.as_np_ndarray() if type(a) is NDArray and a.dtype is not None else a for a in arrays]


def _stored(dense, stype):
    """An NDArray of numpy ``dense`` in storage ``stype``."""
    return _wrap(dense) if stype == "default" else _wrap(dense).tostype(stype)


_WRITTEN_ROWS = threading.local()       # .rows: the rows each row_sparse input gradient of the last backward stores


def _gradient_rows(position, inputs, attrs):
    """The rows a Custom op's backward stored in the row_sparse gradient of input ``position``."""
    rows = getattr(_WRITTEN_ROWS, "rows", None)
    return rows[position] if rows and position < len(rows) else None


def _backward_storage_types(prop, given, op_type, node_name):
    """MXNet's storage inference of a Custom op's backward: the Prop's infer_storage_type_backward of ``given``
    (the output gradients', inputs', outputs', input gradients' and auxiliary states' storage types; an input
    gradient 'undefined' where no array is given for it), checked; it must keep every storage type given.
    Returns the five lists it inferred."""
    words = ("output gradient", "input", "output", "input gradient", "aux")
    try:
        with _reported("infer_storage_type_backward", op_type):
            ret = prop.infer_storage_type_backward(*[list(stypes) for stypes in given])
            if len(ret) == 4:
                ret = ret + []      # (as MXNet's call back: a tuple of four fails here, a list at its fifth)
            elif len(ret) != 5:
                raise AssertionError("infer_storage_type_backward must return 4 or 5 lists")
            for i, what in enumerate(words):
                if len(ret[i]) != len(given[i]):
                    raise AssertionError(f"InferStorageTypeBackward Error: expecting == {len(given[i])} entries in "
                                         f"returned {what} stypes, got {len(ret[i])}.")
            for stype in [stype for stypes in ret for stype in stypes]:
                if stype == "undefined":
                    raise AssertionError("stype should not be undefined")
                if stype not in _STORAGE_TYPE_STR_TO_ID:
                    raise AssertionError(f"Provided stype: {stype} is not valid valid stypes are default, row_sparse, csr")
    except MXNetError as e:
        raise MXNetError(f"Error in operator {node_name}: {log_time()} "
                         f"../src/operator/custom/custom.cc:471: {message_of(e)}") from None
    for provided_stypes, inferred_stypes in zip(given, ret):
        for provided_stype, inferred in zip(provided_stypes, inferred_stypes):
            if provided_stype not in ("undefined", inferred):      # (an undefined one takes what is inferred)
                raise MXNetError(f"Error in operator {node_name}: Storage type inconsistent, Provided = "
                                 f"{provided_stype}, inferred storage type = {inferred}")
    return [list(stypes) for stypes in ret]


def _prop_of(attrs, count):
    """The Prop a Custom node's attributes describe and its number of arguments, given ``count`` inputs."""
    prop = _node_prop(attrs)
    return prop, _split(prop, count)[0]


def _infer_shapes(shapes, attrs):
    """(input shapes, output (shape, dtype) pairs) of a Custom node from its Prop, once the argument
    shapes are known (None before); the Prop also gives the auxiliary states' shapes."""
    prop, nargs = _prop_of(attrs, len(shapes))
    # MXNet asks whatever is known: an unknown shape is passed as [], an unknown dimension as -1
    with _reported("infer_shape", attrs.get("op_type")):
        given = [[-1 if d == 0 else int(d) for d in s] if s is not None else [] for s in shapes[:nargs]]
        ret = _returned(prop, "infer_shape", prop.infer_shape(given))
    ins = [_legacy_shape(s) for s in ret[0] + ret[2]]
    for given, got in zip(shapes, ins):     # (an empty shape returned for a given one fails too)
        if given is not None and not _compatible(given, got):
            raise MXNetError(f"Shape inconsistent, Provided = {provided(given)}, inferred shape={provided(got)}")
    out_shapes = [_legacy_shape(s) for s in ret[1]]
    if all(0 not in s for s in ins[:nargs] + out_shapes):
        _remember(prop, ("shapes",) + tuple(ins[:nargs]), out_shapes)
    return ins, [(s, np.float32) for s in out_shapes]     # (the dtypes are type inference's, which asks the Prop)


def _legacy_shape(shape):
    """A shape a Prop returned, in legacy terms: a known dimension as it is, an unknown one (-1) as 0. An
    empty shape is a known scalar's, as MXNet reads it."""
    return tuple(0 if int(d) < 0 else int(d) for d in shape)


def _compatible(given, got):
    """Whether a shape the Prop returned agrees with the one given (unknown, 0, dimensions agree with any)."""
    return len(given) == len(got) and all(not a or not b or a == b for a, b in zip(given, got))


def _remembered(prop, key):
    """The output shapes (key ("shapes", *argument shapes)) or dtypes (("types", *argument dtypes)) inference
    found, or None."""
    try:
        return _BOUND_OUTPUTS.get(prop, {}).get(key)
    except TypeError:
        return None


def _remember(prop, key, outputs):
    try:
        _BOUND_OUTPUTS.setdefault(prop, {})[key] = outputs
    except TypeError:       # a Prop that cannot be weakly referenced or hashed is simply asked again
        pass


def _infer_types(types, attrs):
    """(input dtypes, output dtypes) of a Custom node from its Prop once the argument dtypes are known."""
    prop, nargs = _prop_of(attrs, len(types))
    if any(t is None for t in types[:nargs]):
        return None
    given = [np.dtype(t).type for t in types[:nargs]]
    with _reported("infer_type", attrs.get("op_type")):
        ret = _returned(prop, "infer_type", prop.infer_type(list(given)))
    for provided_type, inferred in zip(given, ret[0]):
        if np.dtype(provided_type) != np.dtype(inferred):
            raise MXNetError(f"Type inconsistent, Provided = {np.dtype(provided_type).name}, inferred type = "
                             f"{np.dtype(inferred).name}")
    _remember(prop, ("types",) + tuple(given), [np.dtype(t) for t in ret[1]])
    return ret[0] + ret[2], ret[1]


custom.infer_shapes, custom.infer_types, custom.signature = _infer_shapes, _infer_types, _node_signature
custom.stateful = True
custom.partial_shapes = True       # the Prop is asked with unknown dimensions too
custom.reads_add_buffers = True
custom.create_at_bind = _create_at_bind
custom.runs_sparse_inputs = _run_sparse_inputs
custom.forward_stypes, custom.backward_stypes = _forward_stypes, _graph_backward_stypes
custom.stored_outputs = _sparse_outputs
custom.grad_rows = _gradient_rows


def _renew_state(state):
    """A hybridized block's call: MXNet's cached op creates the node's operator again (its Prop is kept)."""
    for key in [k for k in state if k != "prop"]:
        del state[key]


custom.renew_state = _renew_state


# ---- the deprecated PythonOp family ---------------------------------------------------------------
class PythonOp:
    """Deprecated base of operators written in Python; use CustomOp and CustomOpProp instead.

    Calling the instance (``op(data=x, name='y')``) makes its symbol.
    """

    _ref_holder = []

    def __init__(self, need_top_grad=True):
        self.info_ = None
        self.need_top_grad_ = need_top_grad
        warnings.warn("PythonOp has been deprecated. Please use CustomOp")

    def __call__(self, *args, **kwargs):
        return self.get_symbol(*args, **kwargs)

    def get_symbol(self, *args, **kwargs):
        """The symbol applying this operator to ``args``."""
        raise NotImplementedError("Must override this")

    def forward(self, in_data, out_data):
        """Compute ``out_data`` from ``in_data``: a copy unless overridden."""
        out_data[0][:] = in_data[0]

    def backward(self, out_grad, in_data, out_data, in_grad):
        """Compute ``in_grad``: ones unless overridden."""
        in_grad[0][:] = 1.0

    def infer_shape(self, in_shape):
        """(input shapes, output shapes): one output shaped as the first input."""
        return in_shape, [in_shape[0]]

    def list_outputs(self):
        return ["output"]

    def list_arguments(self):
        return ["data"]

    def need_top_grad(self):
        """Whether ``backward`` uses the output gradient (False for loss layers)."""
        return self.need_top_grad_

    def _symbol(self, kind, args, kwargs):
        """The symbol of this instance: a Custom node of an op type registered for it alone."""
        from . import symbol
        op_type = f"_{kind}_{id(self)}"
        if op_type not in _PROPS:
            self._ref_holder.append(self)           # the op type refers to this instance from now on
            register(op_type)(functools.partial(_LegacyProp, self, kind == "NDArray"))
        return symbol.Custom(*args, op_type=op_type, **kwargs)


class NumpyOp(PythonOp):
    """Deprecated: an operator whose ``forward``/``backward`` work on numpy arrays, written in place."""

    def __init__(self, need_top_grad=True):
        super().__init__(need_top_grad)
        warnings.warn("NumpyOp has been deprecated. Please use CustomOp")

    def get_symbol(self, *args, **kwargs):
        return self._symbol("Native", args, kwargs)


class NDArrayOp(PythonOp):
    """Deprecated: an operator whose ``forward``/``backward`` work on NDArrays, written in place."""

    def __init__(self, need_top_grad=True):
        super().__init__(need_top_grad)
        warnings.warn("NDArrayOp has been deprecated. Please use CustomOp")

    def get_symbol(self, *args, **kwargs):
        return self._symbol("NDArray", args, kwargs)

    def declare_backward_dependency(self, out_grad, in_data, out_data):
        """The arrays ``backward`` reads: the output gradients (if needed), inputs and outputs."""
        deps = list(out_grad) if self.need_top_grad() else []
        return deps + list(in_data) + list(out_data)


class _LegacyProp(CustomOpProp):
    """A PythonOp instance seen as a CustomOpProp."""

    def __init__(self, legacy, as_ndarrays, **kwargs):
        super().__init__(legacy.need_top_grad())
        self.legacy, self.as_ndarrays = legacy, as_ndarrays

    def list_arguments(self):
        return self.legacy.list_arguments()

    def list_outputs(self):
        return self.legacy.list_outputs()

    def infer_shape(self, in_shape):
        ins, outs = self.legacy.infer_shape(in_shape)[:2]
        return ins, outs, []

    def infer_type(self, in_type):
        return in_type, [np.float32] * len(self.list_outputs()), []      # MXNet's legacy ops are float32

    def create_operator(self, ctx, in_shapes, in_dtypes):
        return _LegacyOp(self.legacy, self.as_ndarrays)


class _LegacyOp(CustomOp):
    """Runs a PythonOp's ``forward``/``backward`` on numpy arrays (NumpyOp) or NDArrays (NDArrayOp)."""

    def __init__(self, legacy, as_ndarrays):
        super().__init__()
        self.legacy, self.view = legacy, (lambda a: a) if as_ndarrays else (lambda a: a._data)

    def forward(self, is_train, req, in_data, out_data, aux):
        self.legacy.forward([self.view(a) for a in in_data], [self.view(a) for a in out_data])

    def backward(self, req, out_grad, in_data, out_data, in_grad, aux):
        # the output gradients a loss layer does not read come as 0-d arrays, not arrays without storage
        out_grad = [_wrap(np.zeros((), np.float32)) if a.dtype is None else a for a in out_grad]
        self.legacy.backward([self.view(a) for a in out_grad], [self.view(a) for a in in_data],
                             [self.view(a) for a in out_data], [self.view(a) for a in in_grad])


# ---- operator introspection ------------------------------------------------------------------------
OperatorArguments = collections.namedtuple("OperatorArguments", ["narg", "names", "types"])


def get_all_registered_operators():
    """The names of every operator MXNet registers (aliases included), sorted."""
    return sorted(REGISTERED)


def get_operator_arguments(op_name):
    """An operator's arguments: ``OperatorArguments(narg, names, types)``, arrays first.

    Array inputs are typed 'NDArray-or-Symbol'; a parameter's type is told from its default in
    MXNet's words ('boolean, optional, default=0', 'int, required', ...).
    """
    c_str(op_name)
    if op_name not in REGISTERED:      # (nnvm's logged check: its time and place lead the message)
        raise MXNetError(f"{log_time()} ../3rdparty/tvm/nnvm/src/core/op.cc:73: Check failed: "
                         f"op != nullptr: Operator {op_name} is not registered\n")
    op = OPS.get(op_name) or OPS.get(ALIASES.get(op_name)) or OPS.get(_sparse_alias_base(op_name))
    if op is None:      # (MXNet's backward nodes and internal operators declare no arguments)
        return OperatorArguments(0, [], [])
    params = inspect.signature(op.fwd).parameters
    names = [n for n in params if params[n].kind not in (inspect.Parameter.VAR_POSITIONAL,
                                                          inspect.Parameter.VAR_KEYWORD)]
    documented = _documented_types(op_name) or _documented_types(op.name)     # (an alias: its operator's)
    order = {name: i for i, name in enumerate(documented)}      # (parameters in MXNet's declaration order)
    names = [n for n in names if n not in _UNLISTED.get(op.name, ())]
    names = [n for n in names if n in op.arg_names] + sorted(
        [n for n in names if n not in op.arg_names and not n.startswith("_")], key=lambda n: order.get(n, len(order)))
    array = _INPUT_WORDING.get(op.name, "NDArray-or-Symbol")
    types = [array if n in op.arg_names else documented.get(n) or _param_type(params[n].default) for n in names]
    if op.variadic:
        if op.name in _SUMS_OF_ARGS:        # (their input count is no parameter MXNet lists)
            return OperatorArguments(1, ["args"], ["NDArray-or-Symbol[]"])
        described = dict(zip(names, types), **{n: t for n, t in documented.items() if n not in names})
        names = sorted(described, key=lambda n: order.get(n, len(order)))     # (num_args among them)
        arrays = _INPUT_WORDING.get(op.name, "NDArray-or-Symbol[]")
        names, types = ["data"] + names, [arrays] + [described[n] for n in names]
    return OperatorArguments(len(names), names, types)


_SUMS_OF_ARGS = frozenset(["ElementWiseSum", "add_n", "khatri_rao"])
# what MXNet leaves out of its operators' listings: legacy operators' auxiliary states, hidden parameters
_UNLISTED = {"BatchNorm_v1": ("moving_mean", "moving_var"), "IdentityAttachKLSparseReg": ("moving_avg",),
             "_linalg_potrf": ("lower",), "_linalg_potri": ("lower",), "_npi_cholesky": ("lower",)}
# how the operators declaring their inputs otherwise than "NDArray-or-Symbol" type them
_INPUT_WORDING = {"Crop": "Symbol or Symbol[]", "_contrib_PSROIPooling": "Symbol",
                  "_contrib_DeformablePSROIPooling": "Symbol", "_copyto": "NDArray", "all_finite": "NDArray",
                  "fill_element_0index": "NDArray"}


def _sparse_alias_base(op_name):
    """The operator a ``_sparse_`` alias names (MXNet registers one per operator with sparse kernels)."""
    return op_name[len("_sparse_"):] if op_name.startswith("_sparse_") else None


def _documented_types(op_name):
    """{parameter: its type, default included, as MXNet documents it} where MXNet's listing of the operator's
    parameters is known."""
    if op_name == "Custom":         # its one declared parameter (the Prop takes any others)
        return {"op_type": "string"}
    listed = declared_parameters(op_name) or ""
    return dict(line.split(" : ", 1) for line in listed.split("\n") if " : " in line and not line.startswith(" "))


def _param_type(default):
    """MXNet's description of a parameter's type from its default value."""
    if default is inspect.Parameter.empty:
        return "required"
    if default is None:
        return "optional, default='None'"
    if isinstance(default, bool):
        return f"boolean, optional, default={int(default)}"
    if isinstance(default, int):
        return f"int, optional, default='{default}'"
    if isinstance(default, float):      # (as C++ prints a float: nine significant digits)
        return f"float, optional, default={np.float32(default):.9g}"
    if isinstance(default, str):
        return f"string, optional, default='{default}'"
    if isinstance(default, tuple):
        return f"Shape(tuple), optional, default=[{','.join(str(d) for d in default)}]"
    return f"Shape(tuple), optional, default={default}"


c_int_p = POINTER(c_int)        # (a name of MXNet's module)

# the registry and kernel helpers distnet's custom operators share are no names of MXNet's module
__dir__ = _hiding(globals(), """ALIASES KernelError MXNetError OPS REGISTERED autograd backward_kernel_error contextlib
    current_context custom declared_parameters defop functools inspect located log_time message_of np profiler provided
    shapeless_array sparse_zeros sys threading weakref""".split())
