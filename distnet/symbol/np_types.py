"""The type rules of mx.sym.np's two-array operators and ``where`` in a graph: which inputs must share a dtype
(checked as ``mx.np`` checks them, named after the node), and what a known dtype tells an unknown one."""
import numpy as np

from ..base import MXNetError, message_of
from ..ndarray.shape_text import in_operator
from ..numpy.umath import check_same_dtype

# operator -> the kinds of dtype it takes, for those whose two arrays share one dtype
_SAME_DTYPE = {**dict.fromkeys((f"_npi_{n}" for n in ("equal", "not_equal", "greater", "greater_equal", "less",
                                                       "less_equal", "copysign", "ldexp")), "biuf"),
               "_npi_hypot": "f", "_npi_arctan2": "f",
               **dict.fromkeys(("_npi_bitwise_and", "_npi_bitwise_or", "_npi_bitwise_xor", "_npi_lcm"), "iub")}
_MIXED = frozenset({"_npi_add", "_npi_subtract", "_npi_multiply", "_npi_mod", "_npi_power"})
_ONE_DATA = frozenset({"_npi_where_lscalar", "_npi_where_rscalar"})
OPERATORS = frozenset(_SAME_DTYPE) | _MIXED | _ONE_DATA | {"_npi_where"}


def pair_types(node, types, assign):
    """Apply ``node``'s rule to ``types`` ({(id(node), index): dtype}); ``assign(types, entry, dtype)`` sets an
    unknown dtype. Returns (whether a dtype became known, whether the output's dtype is settled here)."""
    op = node.op.name
    get = [types.get((id(src), i)) for src, i in node.inputs]
    if op == "_npi_where":              # x's dtype decides, else y's (they must agree); the condition's is free
        if get[1] is not None and get[2] is not None:
            _check(node, "where", "biuf", get[1], get[2])
        branch = get[1] if get[1] is not None else get[2]
        return branch is not None and assign(types, (node, 0), branch), True
    if op in _ONE_DATA:
        return get[1] is not None and assign(types, (node, 0), get[1]), True
    known = [t for t in get if t is not None]
    if op in _SAME_DTYPE and known:
        _check(node, op[len("_npi_"):], _SAME_DTYPE[op], get[0] if get[0] is not None else known[0], known[-1])
    changed = False
    if len(known) == 1:                 # one operand's dtype is taken for the other's
        changed = any([assign(types, entry, known[0]) for entry in node.inputs])
    return changed, False


def _check(node, name, kinds, first, second):
    try:
        check_same_dtype(name, kinds, np.dtype(first), np.dtype(second))
    except MXNetError as e:
        raise MXNetError(in_operator(node.name, node.op.name, message_of(e))) from None
