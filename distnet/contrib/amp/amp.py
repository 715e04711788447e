"""Automatic mixed precision: operator wrapping with ``init``, dynamic loss scaling for a Gluon Trainer,
and the conversion of float32 symbols, models and hybridized blocks to mixed precision graphs."""
import contextlib
import json
import logging
import numbers

import numpy as np

from ... import ndarray, symbol
from ...base import MXNetError
from ...context import gpu
from ...ndarray.serialize import BFLOAT16
from ...symbol.infer import infer_type
from ...gluon import trainer as _trainer
from ... import optimizer as _opt
from . import lists
from .loss_scaler import LossScaler
from ._low_precision import ReducePrecision, offline_casts

# (MXNet leaves convert_bucketing_module out: it is reached as amp.amp.convert_bucketing_module)
__all__ = ["init", "init_trainer", "scale_loss", "unscale", "convert_model", "convert_symbol",
           "convert_hybrid_block", "list_lp16_ops", "list_fp32_ops",
           "list_lp16_fp32_ops", "list_conditional_fp32_ops", "list_widest_type_cast",
           "list_loss_output_functions", "list_lp16_use_fp32_params"]

_TYPE_FLAGS = {"float32": 0, "float16": 2, "bfloat16": 12}
_state = {"initialized": False, "scaler_given": False, "loss_scaler": None}
bfloat16 = BFLOAT16


# ---- the operator lists ------------------------------------------------------------------------------------
def _lists(target_dtype):
    """The lists of ``target_dtype``: float16 (a name or a numpy type), or the ``bfloat16`` dtype object."""
    if target_dtype in ("float16", np.float16):
        return lists.symbol_fp16
    assert target_dtype == bfloat16, "not supported type"
    return lists.symbol_bf16


def list_lp16_ops(target_dtype):
    """The operators run in ``target_dtype``."""
    m = _lists(target_dtype)
    return m.FP16_FUNCS if m is lists.symbol_fp16 else m.BF16_FUNCS


def list_fp32_ops(target_dtype):
    """The operators run in float32."""
    return _lists(target_dtype).FP32_FUNCS


def list_lp16_fp32_ops(target_dtype):
    """The operators that run in the type of their inputs."""
    m = _lists(target_dtype)
    return m.FP16_FP32_FUNCS if m is lists.symbol_fp16 else m.BF16_FP32_FUNCS


def list_conditional_fp32_ops(target_dtype):
    """(operator, attribute, values) of the operators run in float32 for those attribute values."""
    return _lists(target_dtype).CONDITIONAL_FP32_FUNCS


def list_widest_type_cast(target_dtype):
    """The operators run in the widest type of their inputs."""
    return _lists(target_dtype).WIDEST_TYPE_CASTS


def list_loss_output_functions(target_dtype):
    """The loss-output operators whose gradients the loss scale multiplies."""
    return _lists(target_dtype).LOSS_OUTPUT_FUNCTIONS


def list_lp16_use_fp32_params(target_dtype):
    """Low-precision operators some of whose parameters stay float32 (None for float16)."""
    m = _lists(target_dtype)
    return None if m is lists.symbol_fp16 else m.BF16_USE_FP32_PARAMS


# ---- init: the nd and sym operators wrapped ------------------------------------------------------------------
def _cast_input(x, dtype):
    """``x`` cast to ``dtype`` with ``amp_cast`` when it is a symbol, or a float32 (or bfloat16) array on the
    CPU as MXNet casts there; anything else as it is."""
    if isinstance(x, symbol.Symbol):
        return symbol.amp_cast(x, dtype=dtype)
    if isinstance(x, ndarray.NDArray) and np.dtype(x.dtype) != np.dtype(dtype) and x.dtype == np.float32:
        return ndarray.amp_cast(x, dtype=dtype)
    return x


def _casting(f, dtype, condition=None, fp32_params=None):
    """``f`` with its array arguments cast to ``dtype`` (when ``condition`` (attribute, values) holds)."""
    def wrapped(*args, **kwargs):
        if condition is not None and kwargs.get(condition[0]) not in condition[1]:
            return f(*args, **kwargs)
        keep = fp32_params or ()
        args = [a if i < len(keep) and keep[i] else _cast_input(a, dtype) for i, a in enumerate(args)]
        kwargs = {k: v if k in keep else _cast_input(v, dtype) for k, v in kwargs.items()}
        return f(*args, **kwargs)
    wrapped.__name__, wrapped.__doc__ = getattr(f, "__name__", "op"), f.__doc__
    return wrapped


def _symbol_casting(f, dtype, condition=None, fp32_params=None):
    """``f`` building a symbol whose every input but auxiliary states (and float32 parameters) goes through
    ``amp_cast``, as MXNet rebuilds the node: the weights and biases a layer creates are cast too."""
    def wrapped(*args, **kwargs):
        if condition is not None and kwargs.get(condition[0]) not in condition[1]:
            return f(*args, **kwargs)
        sym = f(*args, **kwargs)
        aux = sym.list_auxiliary_states()
        keep = fp32_params or ()
        inputs = [x if x.name in aux or (i < len(keep) and keep[i]) else symbol.amp_cast(x, dtype=dtype)
                  for i, x in enumerate(sym.get_children())]
        rebuilt = sym._gen_atomic_symbol()(*inputs)
        rebuilt._set_attr(name=sym.name)
        return rebuilt
    wrapped.__name__, wrapped.__doc__ = getattr(f, "__name__", "op"), f.__doc__
    return wrapped


def _widest(f, target_dtype):
    """``f`` with its array arguments in their widest type: float32 arrays make the low precision ones
    float32; symbols go through one ``amp_multicast``."""
    def wrapped(*args, **kwargs):
        args = list(args)
        slots = [(args, i) for i, a in enumerate(args) if isinstance(a, (symbol.Symbol, ndarray.NDArray))]
        slots += [(kwargs, k) for k, v in kwargs.items() if isinstance(v, (symbol.Symbol, ndarray.NDArray))]
        values = [where[key] for where, key in slots]
        if any(isinstance(v, symbol.Symbol) for v in values):
            casts = symbol.amp_multicast(*values, num_outputs=len(values))
            for (where, key), cast in zip(slots, casts if len(values) > 1 else [casts]):
                where[key] = cast
        else:
            widest = np.float32 if any(v.dtype == np.float32 for v in values) else np.dtype(target_dtype)
            for where, key in slots:
                if where[key].dtype != widest and where[key].dtype == np.dtype(target_dtype):
                    where[key] = ndarray.amp_cast(where[key], dtype=widest)
        return f(*args, **kwargs)
    wrapped.__name__, wrapped.__doc__ = getattr(f, "__name__", "op"), f.__doc__
    return wrapped


def _wrap(module, name, make):
    """Replace ``module``'s function ``name`` (an ``_contrib_``/``_internal`` name in its submodule)."""
    for prefix, sub in (("_contrib_", "contrib"), ("_linalg_", "linalg"), ("_sparse_", "sparse"),
                        ("_image_", "image"), ("_random_", "random")):
        if name.startswith(prefix) and not (prefix == "_random_" and not name.endswith("_like")):
            module, name = getattr(module, sub, None), name[len(prefix):]
            break
    else:
        if name.startswith("_"):
            module = getattr(module, "_internal", None)
    f = getattr(module, name, None) if module is not None else None
    if f is not None:
        setattr(module, name, make(f))


# The module functions MXNet's array-with-array operators call, so that they follow amp's wrapped ones.
_OPERATOR_FUNCTIONS = {
    "__add__": ("broadcast_add", "_Plus"), "__sub__": ("broadcast_sub", "_Minus"),
    "__mul__": ("broadcast_mul", "_Mul"), "__truediv__": ("broadcast_div", "_Div"),
    "__mod__": ("broadcast_mod", "_Mod"), "__pow__": ("broadcast_power", "_Power"),
    "__eq__": ("broadcast_equal", "_equal"), "__ne__": ("broadcast_not_equal", "_not_equal"),
    "__gt__": ("broadcast_greater", "_greater"), "__lt__": ("broadcast_lesser", "_lesser"),
    "__ge__": ("broadcast_greater_equal", "_greater_equal"), "__le__": ("broadcast_lesser_equal", "_lesser_equal"),
}
# The sym._internal functions MXNet's Symbol operators call with a number.
_SYMBOL_SCALAR_FUNCTIONS = {
    "__add__": "_PlusScalar", "__radd__": "_PlusScalar", "__sub__": "_MinusScalar", "__rsub__": "_RMinusScalar",
    "__mul__": "_MulScalar", "__rmul__": "_MulScalar", "__truediv__": "_DivScalar", "__rtruediv__": "_RDivScalar",
    "__mod__": "_ModScalar", "__rmod__": "_RModScalar", "__pow__": "_PowerScalar", "__rpow__": "_rpower_scalar",
    "__eq__": "_equal_scalar", "__ne__": "_not_equal_scalar", "__gt__": "_greater_scalar",
    "__ge__": "_greater_equal_scalar", "__lt__": "_lesser_scalar", "__le__": "_lesser_equal_scalar",
}


def _routed(cls, method, call_with_array=None, call_with_number=None):
    """``cls.method`` calling ``call_with_array(self, other)`` for another ``cls`` instance and
    ``call_with_number(self, other)`` for a number; anything else goes to the original method."""
    original = getattr(cls, method)

    def routed(self, other):
        if call_with_array is not None and isinstance(other, cls):
            return call_with_array(self, other)
        if call_with_number is not None and isinstance(other, numbers.Number):
            return call_with_number(self, other)
        return original(self, other)
    routed.__name__, routed.__doc__ = method, original.__doc__
    return routed


def _route_operators():
    """NDArray and Symbol operators call the nd (sym._internal) functions by name, as MXNet's do, so amp's
    casts apply to ``a + b`` (and ``x ** 2`` on symbols) too."""
    for method, (nd_name, sym_name) in _OPERATOR_FUNCTIONS.items():
        setattr(ndarray.NDArray, method, _routed(
            ndarray.NDArray, method, lambda a, b, n=nd_name: getattr(ndarray, n)(a, b)))
    for method in set(_OPERATOR_FUNCTIONS) | set(_SYMBOL_SCALAR_FUNCTIONS):
        sym_name = _OPERATOR_FUNCTIONS.get(method, (None, None))[1]
        scalar_name = _SYMBOL_SCALAR_FUNCTIONS.get(method)
        setattr(symbol.Symbol, method, _routed(
            symbol.Symbol, method,
            None if sym_name is None else lambda a, b, n=sym_name: getattr(symbol._internal, n)(a, b),
            None if scalar_name is None else lambda a, b, n=scalar_name: getattr(symbol._internal, n)(a, scalar=b)))


def _wrap_loss_outputs(target_dtype, scaler):
    """The loss-output operators of ``nd`` scale their gradients by the loss scale; those of ``sym`` cannot,
    and say so (a warning each time one is called, as MXNet's do)."""
    for name in list_loss_output_functions(target_dtype):
        f = getattr(ndarray, name, None)
        if f is not None:
            def scaled(*args, __f=f, **kwargs):
                kwargs["grad_scale"] = kwargs.get("grad_scale", 1.0) * scaler.loss_scale
                return __f(*args, **kwargs)
            scaled.__name__, scaled.__doc__ = name, f.__doc__
            setattr(ndarray, name, scaled)
        f = getattr(symbol, name, None)
        if f is not None:
            def unscaled(*args, __f=f, __name=name, **kwargs):
                logging.warning("%s does not support dynamic loss scaling in symbolic and hybridized execution.",
                                __name)
                return __f(*args, **kwargs)
            unscaled.__name__, unscaled.__doc__ = name, f.__doc__
            setattr(symbol, name, unscaled)


def init(target_dtype="float16", target_precision_ops=None, conditional_fp32_ops=None, fp32_ops=None):
    """Turn automatic mixed precision on for the ``nd`` and ``sym`` operators (call it before building the
    model): listed operators cast their inputs to ``target_dtype``, others to float32, others to the widest
    type of their inputs; loss outputs scale their gradients by the loss scale."""
    if _state["initialized"]:
        return
    assert target_dtype in ("float16", np.float16, "bfloat16", bfloat16), \
        "AMP currently supports only float16 or bfloat16 as a target_dtype"
    # as in MXNet, bfloat16 is its numpy stand-in from here on (sent to the operators as 'bfloat16')
    target_dtype = lists_of = bfloat16 if target_dtype in ("bfloat16", bfloat16) else "float16"
    _state["initialized"] = True
    logging.info("Using AMP")
    fp32_params = list_lp16_use_fp32_params(lists_of) or {}
    for module, casting in ((symbol, _symbol_casting), (ndarray, _casting)):
        for name in target_precision_ops if target_precision_ops is not None else list_lp16_ops(lists_of):
            _wrap(module, name, lambda f, n=name, c=casting: c(f, target_dtype, fp32_params=fp32_params.get(n)))
        for name in fp32_ops if fp32_ops is not None else list_fp32_ops(lists_of):
            _wrap(module, name, lambda f, c=casting: c(f, "float32"))
        for name, attr, values in (conditional_fp32_ops if conditional_fp32_ops is not None
                                   else list_conditional_fp32_ops(lists_of)):
            _wrap(module, name, lambda f, c=casting, cond=(attr, values): c(f, "float32", condition=cond))
        for name in list_widest_type_cast(lists_of):
            _wrap(module, name, lambda f: _widest(f, target_dtype))
    _route_operators()
    _state["loss_scaler"] = LossScaler()
    _wrap_loss_outputs(lists_of, _state["loss_scaler"])


# ---- dynamic loss scaling for a Trainer ----------------------------------------------------------------------
def _trainer_only(optimizer_or_trainer):
    if isinstance(optimizer_or_trainer, _opt.Optimizer):
        raise TypeError("AMP is currently only compatible with Gluon Trainer")
    if not isinstance(optimizer_or_trainer, _trainer.Trainer):
        raise TypeError("optimizer_or_trainer should be a Gluon Trainer or an optimizer, instead is "
                        f"{type(optimizer_or_trainer)}")


def init_trainer(optimizer_or_trainer):
    """Give a Gluon Trainer dynamic loss scaling: its steps skip updates whose gradients overflowed."""
    assert _state["initialized"], "AMP not initialized, did you forget to call amp.init()?"
    _trainer_only(optimizer_or_trainer)
    scaler = _state["loss_scaler"] if not _state["scaler_given"] else LossScaler()
    _state["scaler_given"] = True
    optimizer_or_trainer._amp_loss_scaler = scaler
    optimizer_or_trainer._amp_original_scale = optimizer_or_trainer._scale


@contextlib.contextmanager
def scale_loss(loss, optimizer_or_trainer):
    """The loss (or list of losses) times the loss scale, for backward; the trainer divides it out again."""
    assert optimizer_or_trainer._amp_loss_scaler is not None, \
        "Loss scaler is not initialized, did you forget to call amp.init_trainer()?"
    scale = optimizer_or_trainer._amp_loss_scaler.loss_scale
    optimizer_or_trainer._scale = optimizer_or_trainer._amp_original_scale / scale
    yield [scale * x for x in loss] if isinstance(loss, (list, tuple)) else scale * loss


def unscale(optimizer_or_trainer):
    """Divide the loss scale out of the gradients now (to read or clip them before ``step``)."""
    _trainer_only(optimizer_or_trainer)
    for param in optimizer_or_trainer._params:
        if param._grad is not None:
            for g in param._grad:
                g[:] *= optimizer_or_trainer._scale
    optimizer_or_trainer._scale = 1.0


# ---- conversion of float32 graphs ----------------------------------------------------------------------------
def _checked_lists(target_dtype, target_dtype_ops, fp32_ops, conditional_fp32_ops, excluded_sym_names):
    """The operator lists of a conversion, the caller's or the defaults, checked as MXNet checks them."""
    for value, what in ((target_dtype_ops, "target_dtype_ops should be a list of strs"),
                        (fp32_ops, "fp32_ops should be a list of strs"),
                        (conditional_fp32_ops, "conditional_fp32_ops should be a list"),
                        (excluded_sym_names, "excluded_sym_names should be a list of strs")):
        assert value is None or isinstance(value, list), what
    target_dtype_ops = list_lp16_ops(target_dtype) if target_dtype_ops is None else target_dtype_ops
    fp32_ops = list_fp32_ops(target_dtype) if fp32_ops is None else fp32_ops
    conditional = list_conditional_fp32_ops(target_dtype) if conditional_fp32_ops is None else conditional_fp32_ops
    for item in conditional:
        assert isinstance(item[0], str) and isinstance(item[1], str) and isinstance(item[2], list), \
            "conditional_fp32_ops should be a list of (str, str, list of str)"
    conditional_names = [c[0] for c in conditional]
    for a, b, names in ((target_dtype_ops, fp32_ops, "target_dtype_ops and fp32_ops"),
                        (target_dtype_ops, conditional_names, "target_dtype_ops and conditional_fp32_ops"),
                        (conditional_names, fp32_ops, "fp32_ops and conditional_fp32_ops")):
        common = set(a) & set(b)
        assert not common, f"Ops cannot be in two or more lists. Common ops in {names} {common}"
    known = set(list_lp16_ops(target_dtype) + list_fp32_ops(target_dtype) + list_lp16_fp32_ops(target_dtype)
                + [c[0] for c in list_conditional_fp32_ops(target_dtype)])
    illegal = set(target_dtype_ops + fp32_ops + conditional_names) - known
    indent = "\n" + " " * 28      # MXNet's message keeps its source indentation
    assert not illegal, indent.join([
        "Can only choose ops from one of the three lists", "for lp16_ops and fp32_ops",
        "1. amp.list_lp16_ops(target_dtype)", "2. amp.list_fp32_ops(target_dtype)",
        "3. amp.list_lp16_fp32_ops(target_dtype)", "4. amp.list_conditional_fp32_ops(target_dtype)",
        f"Op {illegal} not in any of them"])
    return target_dtype_ops, fp32_ops, conditional, excluded_sym_names or []


def convert_symbol(sym, target_dtype="float16", target_dtype_ops=None, fp32_ops=None, conditional_fp32_ops=None,
                   excluded_sym_names=None, data_names=None, cast_optional_params=False):
    """A float32 symbol with ``amp_cast``/``amp_multicast`` nodes added so that the listed operators run in
    ``target_dtype``. With ``cast_optional_params``, parameters (inputs not in ``data_names``) read only in
    ``target_dtype`` are marked to be stored in it (their casts dropped)."""
    return _convert(sym, target_dtype, target_dtype_ops, fp32_ops, conditional_fp32_ops, excluded_sym_names,
                    data_names, cast_optional_params)[0]


def _convert(sym, target_dtype, target_dtype_ops, fp32_ops, conditional_fp32_ops, excluded_sym_names, data_names,
             cast_optional_params):
    """(the converted symbol, the graph inputs it reads uncast in ``target_dtype``)."""
    from ..quantization.graph_pass import graph_order, parse, to_symbol
    assert isinstance(sym, symbol.Symbol), "First argument to convert_symbol should be Symbol"
    assert target_dtype in ("float16", "bfloat16"), "Only target_dtype float16 and bfloat16 are supported currently"
    lists_of = bfloat16 if target_dtype == "bfloat16" else target_dtype
    target_ops, fp32, conditional, excluded = _checked_lists(lists_of, target_dtype_ops, fp32_ops,
                                                             conditional_fp32_ops, excluded_sym_names)
    attrs = sym.attr_dict()
    if data_names is None:
        data_names = [n for n in sym.list_inputs() if "__dtype__" not in attrs.get(n, {})]
    params = set(sym.list_inputs()) - set(data_names)
    flags = _param_type_flags(sym, data_names, params) if params else {}
    nodes, heads = parse(sym)
    rewrite = ReducePrecision(target_dtype, target_ops, fp32, list_widest_type_cast(lists_of), conditional,
                              excluded)
    new_heads = rewrite.run(heads)
    if params:      # every parameter is marked with its type: the target type where it is stored in it, else the
        offline = offline_casts(new_heads, params, target_dtype) if cast_optional_params else ()     # converted
        variables = [n for n in graph_order(new_heads) if n.is_variable and n.name in params]    # graph's, else the
        for node in variables:                                                                  # float32 graph's
            node.attrs.pop("__dtype__", None)
        try:
            converted_flags = _param_type_flags(to_symbol(new_heads), data_names, params)
        except MXNetError:      # (types that clash are refused when the converted graph is used)
            converted_flags = {}
        for node in variables:
            flag = _TYPE_FLAGS[target_dtype] if node.name in offline else converted_flags.get(node.name, -1)
            node.attrs["__dtype__"] = str(flags[node.name] if flag == -1 else flag)
    converted = to_symbol(new_heads)
    if not params:      # MXNet infers the graph's types from float32 data: a clash fails
        converted.infer_type_partial(**{n: "float32" for n in converted.list_inputs()})
    return converted, rewrite.low_inputs


def _param_type_flags(sym, data_names, params):
    """The type flag of each of ``params`` as MXNet's conversion infers it: from float32 ``data_names`` through
    the graph ``sym``, the types the parameters declare set aside (-1 where nothing decides one)."""
    from ...ndarray.serialize import DTYPE_TO_FLAG
    graph = json.loads(sym.tojson(remove_amp_cast=False))
    for node in graph["nodes"]:
        node.get("attrs", {}).pop("__dtype__", None)
    plain = symbol.load_json(json.dumps(graph))
    arg_types, _, aux_types = infer_type(plain, (), {name: np.float32 for name in data_names}, partial=True)
    names = plain.list_arguments() + plain.list_auxiliary_states()
    flag_of = {**DTYPE_TO_FLAG, BFLOAT16: _TYPE_FLAGS["bfloat16"]}
    return {name: -1 if t is None else flag_of[np.dtype(t)]
            for name, t in zip(names, list(arg_types) + list(aux_types)) if name in params}


def _dtype_of(attrs, name, low_inputs=(), target_dtype="float16"):
    """The dtype parameter ``name`` is stored in: the target type when a low precision node reads it uncast
    (MXNet's type inference gives it that type), else its ``__dtype__`` mark, else None (as it is)."""
    text = str(_TYPE_FLAGS[target_dtype]) if name in low_inputs else attrs.get(name, {}).get("__dtype__")
    if text in (None, "-1"):
        return None
    if text == "12":
        return BFLOAT16
    from ...ndarray.serialize import FLAG_TO_DTYPE
    return FLAG_TO_DTYPE[int(text)]


def _stored_as(value, dtype):
    """A parameter's array converted to the type the conversion stores it in: to bfloat16 with amp_cast's
    rounding (to nearest even), as MXNet converts it, to other types with astype."""
    if dtype != BFLOAT16:
        return value.astype(dtype)
    from ...ndarray.bfloat16 import to_bfloat16
    from ...ndarray.ndarray import _wrap
    return _wrap(to_bfloat16(value.asnumpy()), value.context)


def convert_model(sym, arg_params, aux_params, target_dtype="float16", target_dtype_ops=None, fp32_ops=None,
                  conditional_fp32_ops=None, excluded_sym_names=None, cast_optional_params=False):
    """(symbol, arg_params, aux_params) of a float32 model converted to mixed precision (see convert_symbol);
    the graph's other inputs are its data."""
    assert isinstance(sym, symbol.Symbol), "First argument to convert_model should be Symbol"
    assert isinstance(arg_params, dict) and isinstance(aux_params, dict), "arg_params and aux_params should be dicts"
    data_names = [n for n in sym.list_inputs() if n not in arg_params and n not in aux_params]
    converted, low_inputs = _convert(sym, target_dtype, target_dtype_ops, fp32_ops, conditional_fp32_ops,
                                     excluded_sym_names, data_names, cast_optional_params)
    attrs = converted.attr_dict()
    cast = [{}, {}]
    for out, params in zip(cast, (arg_params, aux_params)):
        for name, value in params.items():
            dtype = _dtype_of(attrs, name, low_inputs, target_dtype)
            out[name] = _stored_as(value, dtype) if dtype is not None else value
    return converted, cast[0], cast[1]


def convert_hybrid_block(block, target_dtype="float16", target_dtype_ops=None, fp32_ops=None,
                         conditional_fp32_ops=None, excluded_sym_names=None, ctx=gpu(0), cast_optional_params=False):
    """A SymbolBlock running a hybridized (and once run) block's graph converted to mixed precision, with
    its parameters (cast as the conversion stores them) on ``ctx`` (as in MXNet, gpu(0) unless given)."""
    from ...gluon import HybridBlock, SymbolBlock
    from ...context import current_context
    if not isinstance(block, HybridBlock):
        raise AssertionError("block input should be a HybridBlock")
    if not block._cached_graph:
        raise RuntimeError("Please first call block.hybridize() and then run forward with this block at least "
                           "once before calling export.")
    inputs, sym = block._cached_graph
    input_names = [i.name for i in (inputs if isinstance(inputs, (list, tuple)) else [inputs])]
    converted, low_inputs = _convert(sym, target_dtype, target_dtype_ops, fp32_ops, conditional_fp32_ops,
                                     excluded_sym_names, input_names, cast_optional_params)
    ret = SymbolBlock(converted, [symbol.var(n) for n in input_names])
    attrs = converted.attr_dict()
    params = {p.name: p for p in block.collect_params().values()}
    ctx = ctx or current_context()
    for name, param in ret.collect_params().items():
        value = params[name].data().copyto(ctx) if name in params else None
        if value is None:
            continue
        dtype = _dtype_of(attrs, name, low_inputs, target_dtype)
        if dtype is not None:
            param.cast(dtype)
            value = _stored_as(value, dtype)
        param._load_init(value, ctx)
    return ret


def convert_bucketing_module(bucketing_mod, target_dtype="float16", target_dtype_ops=None, fp32_ops=None,
                             conditional_fp32_ops=None, excluded_sym_names=None, cast_optional_params=False):
    """A BucketingModule whose buckets' symbols are converted to mixed precision, with the model's
    parameters (bind and ``set_params`` it as the original)."""
    from ...module import BucketingModule
    assert isinstance(bucketing_mod, BucketingModule), "bucketing_mod should be a BucketingModule"
    assert bucketing_mod.binded and bucketing_mod.params_initialized, \
        "the bucketing module must be bound and its parameters initialized"
    arg_params, aux_params = bucketing_mod.get_params()
    sym_gen = bucketing_mod._sym_gen

    def converted_gen(bucket_key):
        sym, data_names, label_names = sym_gen(bucket_key)
        sym, _, _ = convert_model(sym, arg_params, aux_params, target_dtype, target_dtype_ops, fp32_ops,
                                  conditional_fp32_ops, excluded_sym_names, cast_optional_params)
        return sym, data_names, label_names
    return BucketingModule(converted_gen, default_bucket_key=bucketing_mod._default_bucket_key,
                           context=bucketing_mod._context)
