"""The operators (and attributes) MXNet records mx.np calls under, as get_symbol shows a graph recorded from
mx.np arrays: distnet runs many of those calls as legacy operators (sin, broadcast_add, _mul_scalar) or as
one ``_npi_rearrange`` of a NumPy function, which are shown here under MXNet's names."""

# legacy operators whose mx.np call MXNet records as _npi_<name>
_UNARY = frozenset(
    "sin cos tan arcsin arccos arctan sinh cosh tanh arcsinh arccosh arctanh exp expm1 log log2 log10 log1p sqrt "
    "cbrt square negative reciprocal sign rint ceil floor trunc fix degrees radians".split())
_RENAMED = {"abs": "_npi_absolute",
            "broadcast_add": "_npi_add", "broadcast_sub": "_npi_subtract", "broadcast_mul": "_npi_multiply",
            "broadcast_div": "_npi_true_divide", "broadcast_power": "_npi_power", "broadcast_mod": "_npi_mod",
            "broadcast_hypot": "_npi_hypot",
            "_plus_scalar": "_npi_add_scalar", "_minus_scalar": "_npi_subtract_scalar",
            "_rminus_scalar": "_npi_rsubtract_scalar", "_mul_scalar": "_npi_multiply_scalar",
            "_div_scalar": "_npi_true_divide_scalar", "_rdiv_scalar": "_npi_rtrue_divide_scalar",
            "_power_scalar": "_npi_power_scalar", "_rpower_scalar": "_npi_rpower_scalar",
            "_mod_scalar": "_npi_mod_scalar", "_rmod_scalar": "_npi_rmod_scalar", "_npi_det": "_linalg_det"}
# comparisons with a number first: the number second, the comparison turned round
_TURNED = {"greater": "less", "less": "greater", "greater_equal": "less_equal", "less_equal": "greater_equal"}


class ShownAttrs(dict):
    """The attributes an operator runs with, holding those MXNet records for the call (``given``) and, when
    MXNet records it as another operator, that operator (``op``)."""
    __slots__ = ("given", "op")


def with_shown(attrs, given, op=None):
    """``attrs`` as ShownAttrs."""
    shown = ShownAttrs(attrs)
    shown.given, shown.op = given, op
    return shown


def show_as_method(res, given):
    """Let the node ``res`` was recorded by show ``given`` (its attributes as MXNet's ndarray method passes them)."""
    link = getattr(res, "_node", None)
    if link is None:
        return res
    attrs = link[0].attrs
    if type(attrs) is ShownAttrs:
        attrs.given = given
    elif hasattr(attrs.get("fn"), "mxnet_attrs"):
        attrs["fn"].mxnet_attrs = given
    return res


def record_as(res, op_name, given, *inputs):
    """Let the node that made ``res`` from ``inputs`` directly show as MXNet's ``op_name`` with ``given``
    attributes (an mx.np function distnet runs as a registry operator)."""
    link = getattr(res, "_node", None)
    if link is not None and not link[0].is_leaf and len(link[0].args) == len(inputs) and \
            all(a is b for a, b in zip(link[0].args, inputs)):
        link[0].attrs = with_shown(link[0].attrs, given, op_name)
    return res


def recorded_name(op_name, attrs=None):
    """The operator MXNet records for an mx.np call that distnet recorded as ``op_name`` with ``attrs``."""
    shown = getattr(attrs, "op", None)
    if shown is not None:
        return shown
    found = _RENAMED.get(op_name)
    if found is not None:
        return found
    return "_npi_" + op_name if op_name in _UNARY else op_name


def shown_as(fn, op_name, attrs=None):
    """``fn`` (a recorded rearrangement's function) marked with the operator and attributes MXNet records."""
    fn.mxnet_op, fn.mxnet_attrs = op_name, attrs or {}
    return fn


def comparison_shown_as(fn, name, x1, x2):
    """``fn`` marked as MXNet's comparison ``name`` of ``x1`` and ``x2`` (arrays, or one a number)."""
    from ..ndarray.ndarray import NDArray
    if isinstance(x1, NDArray) and isinstance(x2, NDArray):
        return shown_as(fn, f"_npi_{name}")
    if isinstance(x1, NDArray):
        return shown_as(fn, f"_npi_{name}_scalar", {"scalar": float(x2)})
    return shown_as(fn, f"_npi_{_TURNED.get(name, name)}_scalar", {"scalar": float(x1)})


def rearrangement_form(attrs):
    """(operator, attributes) MXNet records for a rearrangement with ``attrs``, or None if it is not known: as
    marked by shown_as, else the operator of the NumPy function it runs, with that function's plain keywords."""
    fn = attrs.get("fn")
    op_name = getattr(fn, "mxnet_op", None)
    if op_name is not None:
        return op_name, dict(fn.mxnet_attrs)
    from .shaping import operator_of
    op_name = operator_of(fn)
    if op_name is None:
        return None
    keywords = getattr(fn, "keywords", {})
    return op_name, {k: v for k, v in keywords.items() if v is None or isinstance(v, (int, float, str, tuple, list))}
