"""The words MXNet's shape checks use, so distnet's shape errors read as MXNet's (its context follows)."""
import re
import threading

import numpy as np

from ..base import MXNetError, flag_within

_marks = threading.local()


def provided(shape):
    """A given shape as MXNet prints it: ``[3,8]``."""
    return "[" + ",".join(str(int(d)) for d in shape) + "]"


def legacy_dim(size):
    """A size as MXNet's shape inference holds it: legacy shape semantics read 0 as unknown (-1), and so does an
    inference of NumPy-semantics shapes whose unknown dimensions were given as -1."""
    return int(size) if size or not zeros_are_unknown() else -1


def zeros_are_unknown():
    """Whether shape inference reads a 0 dimension as unknown: under legacy shape semantics, or in an inference of
    NumPy-semantics shapes whose unknown dimensions were given as -1."""
    from ..util import is_np_shape
    if getattr(_marks, "real_zeros", False):
        return False
    return not is_np_shape() or getattr(_marks, "unknown_zeros", False)


def zeros_unknown():
    """While an inference runs NumPy-semantics shapes whose -1 dimensions it reads as legacy 0s."""
    return flag_within(_marks, "unknown_zeros")


def zeros_real(active=True):
    """While a legacy graph's inference runs an op on sizes it inferred itself: MXNet's pass holds unknown sizes as
    -1, so a 0 it computed (an empty slice) is a real size, not an unknown one (``active=False``: back to legacy
    semantics within)."""
    return flag_within(_marks, "real_zeros", active)


def assigned(given, inferred):
    """An out= array's shape as MXNet's shape_assign leaves it when checked against ``inferred``: its unknown
    sizes (legacy 0, printed -1) filled from ``inferred`` up to the first size that differs."""
    dims = [legacy_dim(d) for d in given]
    if len(dims) == len(inferred):
        for i, (mine, theirs) in enumerate(zip(dims, inferred)):
            if mine == -1:
                dims[i] = int(theirs)
            elif mine != theirs != -1:
                break
    return dims


def fits_as_unknown(given, inferred):
    """Whether an out= shape other than ``inferred`` (where -1 is unknown) passes MXNet's shape inference only
    because legacy shape semantics read its zero sizes as unknown (the output check after inference refuses it)."""
    from ..util import is_np_shape
    if not len(given) and not is_np_shape():
        return len(inferred) > 0        # (a 0-d array's shape is unknown, its rank too)
    return tuple(given) != tuple(inferred) and len(given) == len(inferred) and \
        all(theirs == -1 or legacy_dim(mine) in (-1, theirs) for mine, theirs in zip(given, inferred))


def unknown_broadcast_refusal(op_name, a, b, out):
    """MXNet's words when legacy shape inference of a broadcast of shapes ``a`` and ``b`` (one with a zero size,
    read as unknown) into an out= array of shape ``out`` (``x`` itself for ``x op= y``) fails before finding the
    size it cannot know: the shapes do not broadcast, or ``out`` cannot hold their broadcast (else None)."""
    refusal = broadcast_refusal(op_name, [a, b])
    if refusal is not None:
        return refusal
    inferred = [legacy_dim(d) for d in legacy_broadcast_shape(a, b)]
    if len(out) == len(inferred) and (tuple(out) == tuple(inferred) or fits_as_unknown(out, inferred)):
        return None
    return f"Shape inconsistent, Provided = {provided(assigned(out, inferred))}, inferred shape={provided(inferred)}"


def inferred_dims(shape):
    """A shape as MXNet's shape inference prints it: ``[3,-1]`` (a legacy 0 size unknown)."""
    return "[" + ",".join(str(legacy_dim(d)) for d in shape) + "]"


def listed_shape(shape):
    """An input shape as a failed inference lists it: None (unknown) for a 0-d shape without NumPy shape
    semantics."""
    from ..util import is_np_shape
    return shape if shape or is_np_shape() else None


def inference_failure(op, shapes, outputs, attrs=None):
    """The MXNetError of ``inference_failed`` listing ``attrs`` ((name, text) pairs); without them, one that
    ``with_given_attrs`` completes with the attributes a call gave."""
    if attrs is not None:
        error = MXNetError(inference_failed(op, shapes, outputs) + "".join(f"{k} : {v}\n" for k, v in attrs) + "\n")
    else:
        error = MXNetError(inference_failed(op, shapes, outputs) + "\n")
        error.failed_inference = (op, shapes, outputs)
    error.failed_outputs = outputs      # (a graph's inference leaves them so, unknown where None)
    return error


def with_given_attrs(error, attrs, imperative=True):
    """``error``; an ``inference_failure`` lists ``attrs``, as an NDArray call (or a graph's node) gave them, in
    MXNet's order."""
    failed = getattr(error, "failed_inference", None)
    if failed is not None:
        from ..symbol.graph import attr_to_str
        from .param_text import map_keys, shown_attrs
        attrs = shown_attrs(attrs)
        given = "".join(f"{k} : {attr_to_str(attrs[k])}\n" for k in map_keys(failed[0], attrs, imperative))
        error.args = (inference_failed(*failed) + given + "\n",)
    return error


def inferred(shape):
    """An expected shape as MXNet prints it: ``(3,5)``, ``(4,)``."""
    dims = [str(int(d)) for d in shape]
    return "(" + ",".join(dims) + ("," if len(dims) == 1 else "") + ")"


def inconsistent(given, expected):
    """MXNet's words for an input whose shape differs from the one its op infers."""
    return f"Shape inconsistent, Provided = {provided(given)}, inferred shape={inferred(expected)}"


def incompatible(index, expected, given, kind="input"):
    """MXNet's words for an operator's ``index``-th input (or output) whose shape differs from its first input's."""
    return (f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node  at {index}-th {kind}: expected "
            f"{provided(expected)}, got {provided(given)}")


def broadcastable(a, b):
    """Whether shapes ``a`` and ``b`` broadcast together (each trailing pair equal or 1)."""
    return all(x == y or x == 1 or y == 1 for x, y in zip(a[::-1], b[::-1]))


def broadcasts_to(shape, shapes):
    """Whether ``shapes`` broadcast together to exactly ``shape``."""
    try:
        return np.broadcast_shapes(*shapes) == shape
    except ValueError:
        return False


# mx.np's broadcasting binary operators, whose shape check is the broadcast_* operators' own
_NP_BROADCASTING = frozenset("_npi_" + name for name in (
    "add", "subtract", "multiply", "true_divide", "floor_divide", "mod", "fmod", "power", "maximum", "minimum", "fmax",
    "fmin", "hypot", "arctan2", "copysign", "ldexp", "lcm", "gcd", "bitwise_and", "bitwise_or", "bitwise_xor",
    "logical_and", "logical_or", "logical_xor", "equal", "not_equal", "greater", "greater_equal", "less", "less_equal",
    "where_lscalar", "where_rscalar"))


def broadcast_refusal(op_name, shapes):
    """MXNet's words when a broadcasting operator cannot combine its two inputs' shapes (else None). Legacy shape
    semantics read a 0 dimension as unknown (-1): it goes with any other."""
    if not (op_name.startswith("broadcast_") or op_name in _NP_BROADCASTING) or len(shapes) != 2:
        return None
    from ..util import is_np_shape
    a, b = shapes
    if not is_np_shape() and zeros_are_unknown():
        a, b = (tuple(d if d else -1 for d in shape) for shape in (a, b))
    if all(x == y or 1 in (x, y) or -1 in (x, y) for x, y in zip(a[::-1], b[::-1])):
        return None
    return (f"Check failed: l == 1 || r == 1: operands could not be broadcast together with shapes {provided(a)} "
            f"{provided(b)}")


def legacy_broadcast_shape(a, b):
    """The output shape legacy shape inference gives two broadcast operands: a dimension unknown (0) on
    either side stays unknown."""
    ndim = max(len(a), len(b))
    a, b = (1,) * (ndim - len(a)) + tuple(a), (1,) * (ndim - len(b)) + tuple(b)
    return tuple(0 if 0 in (x, y) else max(x, y) for x, y in zip(a, b))


def same_shape_refusal(op_name, a, b):
    """MXNet's words when an ``elemwise_*`` (or ``_equal``-like) operator's two inputs differ in shape (else None)."""
    if tuple(a) == tuple(b):
        return None
    a, b = ([legacy_dim(d) for d in shape] for shape in (a, b))
    if len(a) == len(b):        # inference fills the first input's unknown sizes from the second's, up to a conflict
        for i, (x, y) in enumerate(zip(a, b)):
            if -1 not in (x, y) and x != y:
                break
            a[i] = y if x == -1 else x
        else:
            return None     # (sizes unknown on one side only: inference passes, the kernel fails)
    return incompatible(1, a, b)


def filled_shape(a, b):
    """The shape legacy inference gives two same-shape operands whose sizes are unknown (0) on at most one side."""
    return tuple(max(x, y) for x, y in zip(a, b))


def axis_exceeds(axis, ndim):
    """MXNet's words when a one-axis operator (argmax, softmax, pick) is given an axis outside ``ndim`` (a 0-d
    array takes 0 and -1 only)."""
    if ndim == 0:
        return f"Check failed: axis == 0 || axis == -1: axis {axis} is out of bounds for 0-dimension tensor"
    return f"Check failed: axis < ndim && axis >= -ndim: axis {axis} exceeds the input dimension of {ndim}"


def inference_failed(op_name, inputs, outputs):
    """MXNet's words when an operator's shape inference fails, with the shapes it had (None: unknown; a text:
    as it is, for a shape whose zero sizes are sizes)."""
    def show(shape):
        return "None" if shape is None else shape if isinstance(shape, str) else inferred_dims(shape)
    return (f"Operator {op_name} inferring shapes failed.\ninput shapes:\n" + "".join(show(s) + "\n" for s in inputs)
            + "output shapes:\n" + "".join(show(s) + "\n" for s in outputs) + "operator attributes:\n")


# the C type names MXNet's type checks print
C_TYPE_NAMES = {"float32": "float", "float64": "double", "float16": "half", "int32": "int", "int64": "long long",
                "uint8": "unsigned char", "int8": "char", "bool": "bool"}


def blob_type_mismatch(actual, wanted):
    """MXNet's words when a kernel reads an array of dtype ``actual`` as type ``wanted`` (an imperative call
    shows C++'s '::' as ': :')."""
    names = [C_TYPE_NAMES.get(str(d), str(d)) for d in (actual, wanted)]
    return ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not "
            f"match specified type.Expected: {names[0]} v.s. given {names[1]}")


def uniform_type_refusal(expected, given, at):
    """MXNet's words when an input ``at`` of dtype ``given`` joins a layer computing in dtype ``expected``."""
    from .serialize import _DENSE_FLAGS
    flags = [_DENSE_FLAGS.get(np.dtype(d), -1) for d in (given, expected)]
    names = ["unknown" if np.dtype(d) == np.bool_ else (np.dtype(d).names or [np.dtype(d).name])[0]
             for d in (expected, given)]
    return (f"Check failed: (*in_type)[i] == dtype ({flags[0]} vs. {flags[1]}) : This layer requires uniform type. "
            f"Expected '{names[0]}' v.s. given '{names[1]}' at '{at}'")


def _without_op_name(op_name, message):
    """``message`` without a leading ``<operator name>: ``."""
    head, sep, rest = message.partition(": ")
    if sep and head.lower().lstrip("_") == op_name.lower().lstrip("_"):      # linalg_gemm2 is _linalg_gemm2
        return rest
    if sep and op_name.startswith("_np") and head in _registered_ops():     # the operator a numpy one runs
        return rest
    return message


def _registered_ops():
    from .registry import OPS
    return OPS


def drop_op_name(error, op_name):
    """``error`` as an NDArray call shows it: a C++ check's words alone (MXNet names no operator there)."""
    if len(error.args) == 1 and isinstance(error.args[0], str):
        message = _without_op_name(op_name, error.args[0])
        if message.startswith(("Check failed", "Shape inconsistent", "Unexpected shape")):
            error.args = (_named_check_first(op_name, message),)
    return error


def _named_check_first(op_name, message):
    """A check whose own words begin with the operator's name, as an NDArray call shows it: MXNet's error
    normaliser moves that name in front of ``Check failed``."""
    check, sep, rest = message.partition(f" : {op_name}: ")
    return f"{op_name}: {check} : {rest}" if sep else message


def _as_raised(message):
    """A check's words as C++ raised them, before the error normaliser of an NDArray call moved the name its
    message begins with in front (``Name: Check failed: X : rest`` was ``Check failed: X : Name: rest``)."""
    name, sep, check = message.partition(": ")
    end = check.find(": ", 13)
    if not sep or not check.startswith("Check failed: ") or end < 0 or \
            not name.replace("_", "a").replace(".", "a").isalnum():
        return message
    return f"{check[:end + 2]}{name}: {check[end + 2:]}"


# a check's words as MXNet logs them: time, source line, message
_LOGGED_CHECK = re.compile(r"\[\d\d:\d\d:\d\d\] \.\./\S+:\d+: ")


def in_operator(node_name, op_name, message, site=None, prefixed=True):
    """MXNet's words for an error a graph's operator raised while checking its inputs: ``Error in operator
    <node>: ...`` (a leading ``<operator name>: `` of the message dropped); ``site``: (path, line) of the check,
    where the words alone do not tell it; not ``prefixed``: the check's words naming the node, as a graph run
    node by node raises them."""
    message = _as_raised(_without_op_name(op_name, message))
    if _LOGGED_CHECK.match(message):
        message = message.rstrip("\n")      # its log line's newline, which a graph's error drops
    if site is not None:
        message = f"{site[0]}:{site[1]}: {message}"
    if message.startswith("Operator ") and " inferring shapes failed" in message:
        return message      # the inference pass's own words, about no node
    # an imperative call's node has no name; in a graph MXNet's attribute checks name it
    message = message.replace("Incompatible attr in node  at", f"Incompatible attr in node {node_name} at", 1)
    if not prefixed:
        return OperatorMessage(message, op_name)
    # an imperative error shows C++'s '::' as ': :' (MXNet's error parsing); a graph's keeps it
    message = message.replace(": :", "::")
    # image.crop's box checks stream their words after a space of their own, which an NDArray call's parsing drops
    message = message.replace("ishape.ndim() - 2]: x + width", "ishape.ndim() - 2]:  x + width", 1)
    message = message.replace("ishape.ndim() - 3]: y + height", "ishape.ndim() - 3]:  y + height", 1)
    return OperatorMessage(f"Error in operator {node_name}: {message}", op_name)


class OperatorMessage(str):
    """A message about the node of operator ``op`` (whose checks' source lines depend on the operator); ``site``:
    the source line of its check, where the operator's types decide it."""

    def __new__(cls, text, op=None, site=None):
        message = super().__new__(cls, text)
        message.op, message.site = op, site
        return message
