"""Storage types of the arrays simple_bind allocates: arguments as declared, gradients as MXNet infers them.

An argument takes its ``stype_dict`` entry, else its variable's ``stype`` (``__storage_type__``).
MXNet's storage inference gives a row_sparse gradient to the weight of ``Embedding(sparse_grad=True)``
and to the right operand of ``dot(csr, w)``; every other gradient is dense.
"""
from ..ndarray.ndarray import _STORAGE_TYPE_STR_TO_ID
from .graph import topo_order

_STYPE_OF_ID = {str(v): k for k, v in _STORAGE_TYPE_STR_TO_ID.items() if v >= 0}
_DOT_OPS = frozenset({"dot", "_sparse_dot"})


def argument_stypes(symbol, stype_dict=None):
    """{argument name: storage type} of ``symbol``'s arguments."""
    stype_dict = stype_dict or {}
    stypes = {}
    for node in topo_order(symbol._heads):
        if node.is_variable:
            declared = _STYPE_OF_ID.get(str(node.user_attrs.get("__storage_type__", "0")), "default")
            stypes[node.name] = stype_dict.get(node.name, declared)
    return stypes


def _true(value):
    return str(value).lower() in ("1", "true")


def _use_stype(node, position, stypes):
    """The gradient storage MXNet infers for input ``position`` of op ``node``."""
    op = node.op.name
    if op == "Embedding" and position == 1 and _true(node.attrs.get("sparse_grad", False)):
        return "row_sparse"
    if op == "_contrib_SparseEmbedding" and position == 1:
        return "row_sparse"
    if op in _DOT_OPS and position == 1 and not _true(node.attrs.get("transpose_a", False)):
        lhs, _ = node.inputs[0]
        if lhs.is_variable and stypes.get(lhs.name) == "csr":
            return "row_sparse"
    return "default"


def gradient_stypes(symbol, stypes):
    """{argument name: storage type of its gradient}: row_sparse only where every use gives one."""
    uses = {}
    for node in topo_order(symbol._heads):
        if node.is_variable:
            continue
        for position, (source, _) in enumerate(node.inputs):
            if source.is_variable:
                uses.setdefault(source.name, set()).add(_use_stype(node, position, stypes))
    return {name: "row_sparse" if uses.get(name) == {"row_sparse"} else "default" for name in stypes}
