"""How ``sym.contrib`` names the inputs and outputs of the quantization ops, and infers their shapes and dtypes.

The ops take int8/uint8/int32 data and (1,) float32 ranges, so symbols cannot probe them with float32
zeros as they probe other ops: each op declares its inputs and outputs (MXNet's names) and a dtype rule,
and shapes come from running it on zeros of those dtypes.
"""
from collections import namedtuple

import numpy as np

from ..base import MXNetError
from .registry import OPS, inferred_type_name
from .serialize import DTYPE_TO_FLAG

Signature = namedtuple("Signature", "arguments aux outputs need_top_grad")
_RANGE_OUTPUTS = ["output", "min_output", "max_output"]
_F32, _I8, _U8, _I32 = np.float32, np.int8, np.uint8, np.int32


def is_true(value):
    """An operator's boolean attribute, given as a bool or as MXNet's string."""
    return str(value).lower() in ("1", "true")


def _with_bias(attrs):
    bias = [] if is_true(attrs.get("no_bias", False)) else ["bias"]
    ranges = ["min_data", "max_data", "min_weight", "max_weight"]
    return ["data", "weight"] + bias + ranges + ([] if not bias else ["min_bias", "max_bias"])


def _concat_inputs(attrs):
    """num_args arrays, then each one's range: arg0, arg1, ..., arg0_min, arg0_max, arg1_min, ..."""
    n = int(attrs.get("num_args", 1))
    return [f"arg{i}" for i in range(n)] + [f"arg{i}_{end}" for i in range(n) for end in ("min", "max")]


def _out_type(attrs, default):
    kind = attrs.get("out_type", default)
    if kind == "auto":
        low = attrs.get("min_calib_range")
        return _U8 if low is not None and float(low) >= 0 else _I8
    return np.dtype(kind).type


def _probe_types(op, attrs, n):
    """The dtype of each input when the op is run on zeros to learn its output shapes."""
    if op in ("quantize", "quantize_v2", "quantize_asym", "calibrate_entropy"):
        return [_F32] * n
    first = {"quantized_conv": _U8, "requantize": _I32, "quantized_embedding": _F32}.get(op, _I8)
    if op == "quantized_concat":
        k = n // 3
        return [_I8] * k + [_F32] * (n - k)
    ints = {"quantized_fully_connected": 3, "quantized_conv": 3, "quantized_elemwise_add": 2,
            "quantized_embedding": 2}.get(op, 1)
    if is_true(attrs.get("no_bias", False)):
        ints -= 1
    return [first] + [_U8 if op == "quantized_elemwise_add" and first == _U8 else _I8] * (ints - 1) \
        + [_F32] * (n - ints)


# op -> (input names or a rule, output names, the main output's dtype from (input dtypes, attrs))
_DECLARED = {
    "quantize": (["data", "min_range", "max_range"], ["output0", "output1", "output2"],
                 lambda t, a: _out_type(a, "uint8")),
    "quantize_v2": (["data"], ["output0", "output1", "output2"], lambda t, a: _out_type(a, "int8")),
    "quantize_asym": (["data"], ["output", "scale", "shift"], lambda t, a: _U8),
    "dequantize": (["data", "min_range", "max_range"], ["output"], lambda t, a: _F32),
    "requantize": (["data", "min_range", "max_range"], ["output0", "output1", "output2"],
                   lambda t, a: _out_type(a, "int8")),
    "quantized_fully_connected": (_with_bias, _RANGE_OUTPUTS, lambda t, a: _I32),
    "quantized_conv": (_with_bias, _RANGE_OUTPUTS, lambda t, a: _I32),
    "quantized_pooling": (["data", "min_data", "max_data"], _RANGE_OUTPUTS, lambda t, a: t[0]),
    "quantized_act": (["data", "min_data", "max_data"], _RANGE_OUTPUTS, lambda t, a: _I8),
    "quantized_flatten": (["data", "min_data", "max_data"], _RANGE_OUTPUTS, lambda t, a: t[0]),
    "quantized_concat": (_concat_inputs, _RANGE_OUTPUTS,
                         lambda t, a: _I8 if _I8 in t[:len(t) // 3] else _U8),      # (int8 if any input is)
    "quantized_elemwise_add": (["lhs", "rhs", "lhs_min", "lhs_max", "rhs_min", "rhs_max"], _RANGE_OUTPUTS,
                               lambda t, a: _I32 if a.get("min_calib_range") is None else
                               (_U8 if t[0] == t[1] == _U8 else _I8)),
    "quantized_elemwise_mul": (["lhs", "rhs", "lhs_min", "lhs_max", "rhs_min", "rhs_max"],
                               lambda a: ["output"] if is_true(a.get("enable_float_output", False)) else _RANGE_OUTPUTS,
                               lambda t, a: _F32 if is_true(a.get("enable_float_output", False)) else
                               _I32 if a.get("min_calib_range") is None else _I8),
    "quantized_embedding": (["data", "weight", "min_weight", "max_weight"], _RANGE_OUTPUTS, lambda t, a: t[1]),
    "quantized_batch_norm": (["data", "gamma", "beta", "moving_mean", "moving_var", "min_data", "max_data"],
                             _RANGE_OUTPUTS, lambda t, a: _I8),
    "calibrate_entropy": (["hist", "hist_edges"], ["threshold", "divergence"], lambda t, a: _F32),
    "quantized_rnn": (["data", "parameters", "state", "state_cell", "min_data", "max_data"],
                      lambda a: ["output", "state_output", "statecell_ouput"] if is_true(a.get("state_outputs", False))
                      else ["output"], lambda t, a: _F32),
}
_RNN_SITE = "../src/operator/quantization/quantized_rnn.cc"


def _rnn_shapes(shapes, attrs):
    """quantized_rnn's input and output shapes from its (steps, batch, features) data, as MXNet's LSTM gives
    them; None while the data's shape is unknown."""
    from .ops_rnn import parameter_size
    data = shapes[0]
    if data is None:
        return None
    if len(data) != 3:
        raise MXNetError(f"{_RNN_SITE}:94: Check failed: dshape.ndim() == 3U ({len(data)} vs. 3) : Input data of RNN "
                         "operator should be 3-rank tensor of dim [steps, batch, input size]")
    dirs = 2 if is_true(attrs.get("bidirectional", False)) else 1
    layers, hidden = int(attrs["num_layers"]), int(attrs["state_size"])
    proj = None if attrs.get("projection_size") in (None, "None") else int(attrs["projection_size"])
    states = (layers * dirs, data[1], hidden)
    size = parameter_size("lstm", layers, dirs, data[2], hidden, proj)
    ins = [tuple(data), (size,), states, states, (1,), (1,)]
    outs = [(data[0], data[1], dirs * hidden), states, states]     # (a projection sizes the parameters only)
    return ins, outs[:len(_DECLARED["quantized_rnn"][1](attrs))]


def _rnn_types(types, attrs):
    """quantized_rnn takes uint8 data, which must be known, and float32 for the rest; its outputs are float32."""
    data = types[0]
    if data is None or np.dtype(data) != np.uint8:
        flag = -1 if data is None else DTYPE_TO_FLAG[np.dtype(data)]
        raise MXNetError(f"{_RNN_SITE}:134: Check failed: in_type->at(quantized_rnn::kData) == mshadow::kUint8 "
                         f"({flag} vs. 3) : Quantized RNN operator only supports uint8 input, while {flag} is given.")
    for t in types[1:]:
        if t is not None and np.dtype(t) != np.float32:
            raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(t)}, inferred type = float32")
    return [_U8] + [_F32] * (len(types) - 1), [_F32] * len(_DECLARED["quantized_rnn"][1](attrs))


def _param_shapes(op, data, attrs):
    """The shapes of an op's weights that follow from its data shape (MXNet's shape inference)."""
    if op == "quantized_fully_connected":
        n = int(attrs["num_hidden"])
        units = int(np.prod(data[1:])) if is_true(attrs.get("flatten", True)) else data[-1]
        return {"weight": (n, units), "bias": (n,)}
    if op == "quantized_conv":
        f = int(attrs["num_filter"])
        return {"weight": (f, data[1]) + tuple(int(k) for k in attrs["kernel"]), "bias": (f,)}
    if op == "quantized_batch_norm":
        c = (data[int(attrs.get("axis", 1))],)
        return dict.fromkeys(("gamma", "beta", "moving_mean", "moving_var"), c)
    if op == "quantized_elemwise_add":
        return {"rhs": tuple(data)}
    return {}


def _fill_shapes(op, names, shapes, attrs):
    """Unknown input shapes filled in: every range is (1,), weights follow from the data's shape."""
    params = _param_shapes(op, shapes[0], attrs) if shapes and shapes[0] is not None else {}
    if op == "quantized_embedding":
        params = {"weight": (int(attrs["input_dim"]), int(attrs["output_dim"]))}
    for i, name in enumerate(names):
        if shapes[i] is None and (name.startswith(("min_", "max_")) or name.endswith(("_min", "_max"))):
            shapes[i] = (1,)
        elif shapes[i] is None and name in params:
            shapes[i] = params[name]
    return shapes


def _declare(short, inputs, outputs, main_type):
    op = OPS["_contrib_" + short]

    def names(attrs):
        return list(inputs(attrs) if callable(inputs) else inputs)

    def output_names(attrs):
        return list(outputs(attrs) if callable(outputs) else outputs)

    def signature(attrs, fresh=False):
        inputs = names(attrs)
        return Signature(inputs, [n for n in inputs if n in _STATES], output_names(attrs), False)

    def infer_shapes(shapes, attrs):
        if short == "calibrate_entropy":        # (its outputs are one value each, whatever its inputs)
            return list(shapes), [((1,), _F32), ((1,), _F32)]
        if short == "quantized_rnn":        # (its kernel is not built: its shapes are MXNet's LSTM's)
            ruled = _rnn_shapes(shapes, attrs)
            types = [_F32] * len(output_names(attrs))
            return None if ruled is None else (ruled[0], list(zip(ruled[1], types)))
        if short == "quantized_elemwise_add":       # (given its operands' shapes with unknown sizes as they are)
            _check_same_operands(shapes[0], shapes[1])
        if short == "quantized_conv" and (shapes[0] is None or len(shapes[0]) not in (4, 5)):
            raise MXNetError(f"{_SITE}quantized_conv.cc:58: Check failed: data_ndims == 4U || data_ndims == 5U: "
                             "mkldnn quantized_conv only supports 4d or 5d layout for now")
        if op.partial_shapes:
            shapes = [s if s is not None and 0 not in s else None for s in shapes]
        shapes = _fill_shapes(short, names(attrs), list(shapes), attrs)
        if any(s is None for s in shapes):
            return None
        if short == "quantized_elemwise_mul":       # (its CPU kernel cannot run: the lhs's shape, then ranges)
            _check_same_sizes(shapes[0], shapes[1])
            types = infer_types([None] * len(shapes), attrs)[1]
            return [tuple(s) for s in shapes], [(tuple(shapes[0]), types[0])] + [((1,), _F32)] * (len(types) - 1)
        zeros = [np.zeros(s, t) for s, t in zip(shapes, _probe_types(short, attrs, len(shapes)))]
        if short == "quantized_batch_norm":     # an uncalibrated BN binds; MXNet refuses it when it runs
            attrs = dict(attrs, min_calib_range=-1.0, max_calib_range=1.0)
        with np.errstate(all="ignore"):
            res = op.fwd(*zeros, **attrs)
        res = res if isinstance(res, (tuple, list)) else (res,)
        types = infer_types([z.dtype.type for z in zeros], attrs)[1]
        return [tuple(s) for s in shapes], [(r.shape, t) for r, t in zip(res, types)]

    def infer_types(types, attrs):
        if short == "quantized_rnn":
            return _rnn_types(types, attrs)
        if short in _QUANTIZED_DATA:        # their data types are checked (int8 stays, others are assigned uint8)
            count = len(types) // 3 if short == "quantized_concat" else 2
            for t in types[:count]:
                if t is not None and np.dtype(t) not in (np.dtype(_I8), np.dtype(_U8)):
                    raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(t)}, inferred type = uint8")
            data = [_U8 if t is None else np.dtype(t).type for t in types[:count]]
            main = main_type(data + [_F32] * (len(types) - count), attrs)
            # (their ranges' dtypes are left to the ops giving them)
            return data + list(types[count:]), [main] + [_F32] * (len(output_names(attrs)) - 1)
        if short == "quantized_elemwise_mul":      # (its operands' dtypes are told, never inferred)
            return list(types[:2]) + [_F32] * 4, [main_type(types, attrs)] + [_F32] * (len(output_names(attrs)) - 1)
        _check_data_type(short, types[0] if types else None)
        known = [t if t is not None else p for t, p in zip(types, _probe_types(short, attrs, len(types)))]
        if short in _DATA_TYPE_TOLD and types[0] is None:
            known[0] = None
            main = main_type([None] + [np.dtype(t).type for t in known[1:]], attrs)
            return known, [main] + [_F32] * (len(output_names(attrs)) - 1)
        main = main_type([np.dtype(t).type for t in known], attrs)
        return known, [main] + [_F32] * (len(output_names(attrs)) - 1)

    op.signature, op.infer_shapes, op.infer_types = signature, infer_shapes, infer_types
    op.partial_shapes = short in ("quantized_elemwise_add", "quantized_conv")      # (checked before sizes)


def _shape_text(shape):
    """A shape as MXNet's checks print it: None while its rank is unknown, an unknown size -1."""
    return "None" if shape is None else "[" + ",".join(str(d or -1) for d in shape) + "]"


def _check_same_sizes(lhs, rhs):
    """quantized_elemwise_mul's known operand shapes agree size by size."""
    if lhs is not None and rhs is not None and any(a != b for a, b in zip(lhs, rhs)):
        raise MXNetError(f"{_SITE}quantized_elemwise_mul.cc:53: Check failed: (lshape[i]) == (rshape[i]) ")


def _check_same_operands(lhs, rhs):
    """quantized_elemwise_add's operands have one shape, the same unknown sizes (or rank) included."""
    if lhs is None or rhs is None or tuple(lhs) != tuple(rhs):
        raise MXNetError(f"{_SITE}quantized_elemwise_add.cc:37: Check failed: (*in_shape)[0] == (*in_shape)[1] "
                         f"({_shape_text(lhs)} vs. {_shape_text(rhs)}) : ")


_SITE = "../src/operator/quantization/"
# op -> (the data dtypes its type function takes (None: any), its refusal of another (or an unknown) one's flag):
# an op whose refusal is None assigns its first dtype to unknown data
_DATA_TYPES = {
    "quantize": ((_F32,), None), "requantize": ((_I32,), None),
    "quantize_asym": ((_F32,), lambda f: f"{_SITE}quantize_asym.cc:60: Check failed: in_attrs->at(0) == "
                                         f"mshadow::kFloat32 ({f} vs. 0) : "),
    "quantize_v2": ((_F32, _U8, _I8), lambda f: f"{_SITE}./quantize_v2-inl.h:130: Check failed: in_attrs->at(0) == "
                                                "mshadow::kFloat32 || in_attrs->at(0) == mshadow::kUint8 || "
                                                "in_attrs->at(0) == mshadow::kInt8: "),
    "dequantize": ((_U8, _I8), lambda f: f"{_SITE}./dequantize-inl.h:96: Check failed: in_attrs->at(0) == "
                                         "mshadow::kUint8 || in_attrs->at(0) == mshadow::kInt8: the input data type "
                                         "of dequantize op must be provided, either uint8 or int8"),
    "calibrate_entropy": ((_F32,), lambda f: f"{_SITE}calibrate.cc:185: Check failed: in_attrs->at(0) == "
                                             "mshadow::kFloat32: "),
    "quantized_batch_norm": ((_I8, _U8), lambda f: f"{_SITE}quantized_batch_norm.cc:70: Check failed: in_type->at(0) "
                                                   "== mshadow::kInt8 || in_type->at(0) == mshadow::kUint8 "
                                                   "QuantizedBatchNorm with MKLDNN backend only supports int8/uint8 "
                                                   f"input, while {f} is given."),
    "quantized_fully_connected": ((_I8, _U8), lambda f: f"{_SITE}quantized_fully_connected.cc:97: Check failed: "
                                                        "in_type->at(0) == mshadow::kInt8 || in_type->at(0) == "
                                                        "mshadow::kUint8: QuantizedFullyConnected only supports "
                                                        f"int8/uint8 input, while {f} is given."),
    "quantized_embedding": (None, lambda f: f"{_SITE}quantized_indexing_op.cc:60: Check failed: (itype) != (-1) "
                                            "First input must have specified type"),
}
# ops whose type function leaves data of unknown dtype unknown
_DATA_TYPE_TOLD = ("quantized_flatten", "quantized_pooling", "quantized_act", "quantized_conv")


def _check_data_type(op, data):
    """The check ``op``'s type function makes of its data's dtype (None: unknown)."""
    if op not in _DATA_TYPES:
        return
    allowed, refusal = _DATA_TYPES[op]
    if data is not None and (allowed is None or np.dtype(data) in [np.dtype(t) for t in allowed]):
        return
    if refusal is not None:
        raise MXNetError(refusal(-1 if data is None else DTYPE_TO_FLAG[np.dtype(data)]))
    if data is not None:
        raise MXNetError(f"Type inconsistent, Provided = {inferred_type_name(data)}, inferred type = "
                         f"{inferred_type_name(allowed[0])}")


# inputs MXNet lists as auxiliary states (quantized_batch_norm's, read in their place among its arguments)
_STATES = ("moving_mean", "moving_var")
_QUANTIZED_DATA = ("quantized_concat", "quantized_elemwise_add")


def declare_all():
    """Attach the declarations to the registered quantization ops."""
    for short, (inputs, outputs, main_type) in _DECLARED.items():
        if "_contrib_" + short in OPS:
            _declare(short, inputs, outputs, main_type)
