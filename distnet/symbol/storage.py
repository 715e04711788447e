"""Storage types of the arrays simple_bind allocates: arguments as declared, gradients as MXNet infers them.

An argument takes its ``stype_dict`` entry, else its variable's ``stype`` (``__storage_type__``).
Gradients follow MXNet's storage inference: a forward pass gives every node output a storage type
(sparse inputs stay sparse through the ops with sparse kernels), then a backward pass gives each
input the gradient storage its op's backward kernel produces from the output gradient's storage.
Embedding(sparse_grad=True) and dot(csr, w) give a row_sparse gradient whatever the output gradient.
"""

from ..ndarray.ndarray import _STORAGE_TYPE_STR_TO_ID
from ..ndarray.sparse import _ZERO_PRESERVING
from ..base import log_time
from ..base import MXNetError
from .graph import attr_to_str, topo_order
from .backward_ops import zero_gradient_inputs

_STYPE_OF_ID = {str(v): k for k, v in _STORAGE_TYPE_STR_TO_ID.items() if v >= 0}
_DOT_OPS = frozenset({"dot", "_sparse_dot"})
_SAME_SPARSE_OPS = frozenset({"elemwise_add", "elemwise_sub", "_grad_add", "add_n", "ElementWiseSum",
                              "_maximum", "_minimum", "_hypot"})
_SCALAR_OPS = frozenset({"_mul_scalar", "_div_scalar"})
# ops whose output takes the input's storage, whatever the values (zeros_like, a copy)
_SAME_STORAGE_OPS = frozenset({"zeros_like", "_copy", "identity", "BlockGrad"})
# scalar comparisons: sparse output when comparing zero with the scalar is false (the stored zeros stay zeros)
_COMPARE_SCALAR = {"_greater_scalar": float.__gt__, "_lesser_scalar": float.__lt__, "_greater_equal_scalar": float.__ge__,
                   "_lesser_equal_scalar": float.__le__, "_equal_scalar": float.__eq__, "_not_equal_scalar": float.__ne__}
# unary ops whose backward kernel keeps a sparse output gradient sparse (MXNet: sqrt, exp, ... do not)
_SPARSE_BACKWARD = frozenset({"square", "abs", "relu", "negative", "sign", "rint", "floor", "ceil", "trunc", "fix",
                              "round", "_copy", "identity"}) | _SCALAR_OPS
_SPARSE_GRAD_ADD = frozenset({"elemwise_add", "elemwise_sub", "_grad_add", "add_n", "ElementWiseSum"})


def argument_stypes(symbol, stype_dict=None):
    """{argument name: storage type} of ``symbol``'s arguments."""
    stype_dict = stype_dict or {}
    stypes = {}
    for node in topo_order(symbol._heads):
        if node.is_variable:
            declared = _STYPE_OF_ID.get(str(node.user_attrs.get("__storage_type__", "0")), "default")
            stypes[node.name] = stype_dict.get(node.name, declared)
    return stypes


# Ops whose storage inference leaves an input of unknown storage unknown (their sparse kernels read it); an
# argument that only they read has to be in stype_dict once one is given. Other ops take such an input as dense.
_STYPE_READERS = frozenset(_ZERO_PRESERVING) - {"sqrt", "sin", "tan", "arcsin", "arctan", "sinh", "arcsinh",
                                                "arctanh", "expm1", "log1p", "degrees", "radians", "cbrt"} | {
    "_plus_scalar", "_minus_scalar", "_mul_scalar", "_div_scalar", "_equal_scalar", "elemwise_add", "elemwise_sub",
    "elemwise_mul", "elemwise_div", "broadcast_add", "broadcast_sub", "dot",
    "sum", "mean", "norm", "slice", "where", "identity", "Concat", "FullyConnected", "BlockGrad",
    "zeros_like", "LinearRegressionOutput", "LogisticRegressionOutput", "MAERegressionOutput", "take", "add_n"}


def undecided_stypes(symbol, stype_dict):
    """The arguments whose storage type MXNet's inference leaves unknown: with ``stype_dict`` given, those
    not in it (nor declared with ``stype``) that only ops in _STYPE_READERS read."""
    if stype_dict is None:
        return []
    order = topo_order(symbol._heads)
    filled = {id(src) for node in order if not node.is_variable and _name(node) not in _STYPE_READERS
              and node.op.name not in _STYPE_READERS for src, _ in node.inputs}
    return [n.name for n in order if n.is_variable and n.name in symbol.list_arguments() and n.name not in stype_dict
            and "__storage_type__" not in n.user_attrs and id(n) not in filled]


def note_undecided_fallbacks(symbol, stype_dict):
    """MXNet's storage inference warns, as it goes, of every op reading its stypes that has an input of unknown
    storage: it dispatches that op's dense fallback (before refusing the unknown arguments)."""
    from ..ndarray.storage_report import note_storage_fallback
    order = topo_order(symbol._heads)
    forward = _forward(order, argument_stypes(symbol, stype_dict))
    for node in order:
        if node.is_variable or _name(node) not in _STYPE_READERS:
            continue
        ins = [_entry_stype(src, i, stype_dict, forward) for src, i in node.inputs]
        if "unknown" in ins:
            params = {k: v for k, v in node.attrs.items() if not k.startswith("__")}
            note_storage_fallback(_name(node), [None if t == "unknown" else t for t in ins], ["default"], params,
                                  imperative=False)


def _not_implemented(node, ins, out="unknown"):
    """MXNet's words when its storage inference has no case for ``node`` with inputs of storage ``ins``."""
    params = "".join(f'"{k}" : {attr_to_str(v)}, ' for k, v in reversed(list(node.attrs.items()))
                     if not k.startswith("__"))
    return (f"{log_time()} ../src/executor/infer_graph_attr_pass.cc:57: "
            f"Operator not implemented: operator = {_name(node)}\ninput storage types = "
            f"[{''.join(t + ', ' for t in ins)}]\noutput storage types = [{out}, ]\nparams = {{{params}}}\n"
            "context.dev_mask = cpu\n")


def _embedding_stypes(node, ins):
    """Embedding's storage inference: dense data and a dense or row_sparse weight, none left unknown."""
    if ins in {("default", "default"), ("default", "row_sparse")}:
        return None
    return _not_implemented(node, ins)


def _cast_storage_stypes(node, ins):
    """cast_storage converts between dense storage and either sparse one, not between csr and row_sparse."""
    if {ins[0], str(node.attrs.get("stype", "default"))} == {"csr", "row_sparse"}:
        return _not_implemented(node, ins)
    return None


def _retain_stypes(node, ins):
    """sparse.retain keeps rows of a row_sparse array only."""
    return None if ins[0] in ("row_sparse", "unknown") else _not_implemented(node, ins)


def _clip_stypes(node, ins):
    """clip keeps a sparse input sparse only when its range holds zero (its kernel leaves the zeros alone)."""
    if ins[0] in ("csr", "row_sparse") and not (float(node.attrs.get("a_min", 0)) <= 0
                                                <= float(node.attrs.get("a_max", 0))):
        return _not_implemented(node, ins, out="default")
    return None


def _square_sum_stypes(node, ins):
    """_square_sum reads row_sparse input only (a bound dense one is refused too)."""
    return _not_implemented(node, ins) if ins[0] in ("csr", "default") else None


def batch_norm_refusal(stypes, attrs):
    """BatchNorm's storage inference: a sparse input (data or any other) only with a learned gamma (its words, or
    None)."""
    if any(s in ("csr", "row_sparse") for s in stypes) and _true(attrs.get("fix_gamma", True)):
        return "fix_gamma=True is not supported for sparse ndarrays. Tracked at #11647"
    return None


def _batch_norm_stypes(node, ins):
    return batch_norm_refusal(ins, node.attrs)


# op -> its storage inference's refusal (words, or None) for the storage types of its inputs
_STYPE_RULES = {"Embedding": _embedding_stypes, "BatchNorm": _batch_norm_stypes, "cast_storage": _cast_storage_stypes,
                "_sparse_retain": _retain_stypes, "clip": _clip_stypes, "_square_sum": _square_sum_stypes}


def unimplemented_stypes(symbol, stype_dict):
    """MXNet's refusal (or None) of a node whose inputs' storage types its inference has no case for, once
    ``stype_dict`` is given: an argument it does not name (nor declares) stays unknown."""
    if stype_dict is None:
        return None
    order = topo_order(symbol._heads)
    forward = _forward(order, argument_stypes(symbol, stype_dict))
    for node in order:
        rule = None if node.is_variable else _STYPE_RULES.get(_name(node))
        words = rule and rule(node, tuple(_entry_stype(src, i, stype_dict, forward) for src, i in node.inputs))
        if words:
            return MXNetError(f"Error in operator {node.name}: {words}")
    return None


def _entry_stype(src, index, stype_dict, forward):
    """The storage type MXNet's inference gives a node input: an operator's output as inferred (``forward``),
    an argument's as given or declared, else unknown."""
    if not src.is_variable:
        return forward.get((id(src), index), "default")
    if src.name in stype_dict:
        return stype_dict[src.name]
    return _STYPE_OF_ID.get(str(src.user_attrs.get("__storage_type__", "-1")), "unknown")


def _true(value):
    return str(value).lower() in ("1", "true")


def _name(node):
    return node.op_name or node.op.name


def _forward_stype(node, ins):
    """The storage type of ``node``'s first output given its inputs' storage types."""
    op, attrs = _name(node), node.attrs
    if op == "cast_storage":
        return str(attrs.get("stype", "default"))
    if op in _ZERO_PRESERVING or op in _SCALAR_OPS or op in _SAME_STORAGE_OPS:
        return ins[0] if ins else "default"
    if op in ("add_n", "ElementWiseSum"):     # (a sparse sum of row_sparse arrays only)
        return "row_sparse" if ins and set(ins) == {"row_sparse"} else "default"
    if op in _SAME_SPARSE_OPS:
        return ins[0] if ins and len(set(ins)) == 1 else "default"
    if op == "elemwise_mul":
        sparse = set(ins) - {"default"}
        return sparse.pop() if len(sparse) == 1 and (len(set(ins)) == 1 or "default" in ins) else "default"
    if op in _DOT_OPS and len(ins) == 2:
        transpose_a = _true(attrs.get("transpose_a", False))
        if ins[0] == "csr" and ins[1] in ("default", "row_sparse"):
            return "row_sparse" if transpose_a else "default"
        if ins == ["default", "csr"] and not transpose_a:
            return "csr"
    if op in _COMPARE_SCALAR:
        keeps = ins and ins[0] != "default" and not _COMPARE_SCALAR[op](0.0, float(attrs.get("scalar", 0)))
        return ins[0] if keeps else "default"
    if op == "clip":        # (zeros clipped to zeros)
        keeps = ins and float(attrs.get("a_min", 0)) <= 0 <= float(attrs.get("a_max", 0))
        return ins[0] if keeps else "default"
    if op == "slice" and ins == ["csr"] and str(attrs.get("step", "()")).strip("()[], ").replace("None", "") == "":
        return "csr"
    if op == "Concat" and ins and set(ins) == {"csr"} and str(attrs.get("dim", "1")) == "0":
        return "csr"
    if op in ("broadcast_mul", "broadcast_div") and ins == ["csr", "default"]:     # (its csr kernel, any rhs shape)
        return "csr"
    if op == "_sparse_retain":
        return "row_sparse"
    if op == "_square_sum" and ins == ["row_sparse"]:     # summing each row keeps the stored rows
        axis = str(attrs.get("axis", "")).strip("()[], ")
        return "row_sparse" if axis in ("1", "-1") and _true(attrs.get("keepdims", False)) else "default"
    return "default"


def _gradient_stype(node, position, ins, ograd):
    """The storage of the gradient ``node``'s backward gives input ``position``, for an output gradient of
    storage ``ograd``."""
    op, attrs = _name(node), node.attrs
    if op == "Embedding" and position == 1 and _true(attrs.get("sparse_grad", False)):
        return "row_sparse"
    if op == "_contrib_SparseEmbedding" and position == 1:
        return "row_sparse"
    if op in ("_square_sum", "_sparse_retain") and ins[position] == "row_sparse":
        return "row_sparse"
    if op in _DOT_OPS and position == 1 and ins[0] == "csr" and not _true(attrs.get("transpose_a", False)) \
            and not _true(attrs.get("transpose_b", False)):
        return "row_sparse"
    printed = {key: attr_to_str(value) for key, value in attrs.items()}     # the rules read attribute strings
    if position in zero_gradient_inputs(op, printed, len(ins)):     # a zeros_like of the input keeps its storage
        return ins[position]
    if ograd == "default":
        return "default"
    if op == "cast_storage":
        return ograd
    if op in _SPARSE_BACKWARD or op in _SPARSE_GRAD_ADD:
        return ograd if ins[position] == ograd else "default"
    return "default"


def _sum_stype(stypes):
    """The storage of a gradient from its contributions (a list): one keeps its storage; MXNet's sum of several is
    row_sparse when every one is, else dense (a sum of csr gradients too)."""
    kinds = set(stypes)
    if len(kinds) == 1 and (len(stypes) == 1 or kinds <= {"default", "row_sparse"}):
        return kinds.pop()
    return "default"


def _forward(order, stypes, custom=None):
    """{(id(node), output index): storage type} of every node's first output (a Custom node's every output, its
    Prop asked once per ``custom``: {node name: its storage types}, kept for the executor)."""
    forward = {}
    for node in order:
        if node.is_variable:
            forward[(id(node), 0)] = stypes.get(node.name, "default")
            continue
        ins = [forward.get((id(s), i), "default") for s, i in node.inputs]
        if custom is not None and _name(node) == "Custom":
            if node.name not in custom:
                custom[node.name] = {"stypes": node.op.forward_stypes(node.attrs, ins, node.name)}
            for i, stype in enumerate(custom[node.name]["stypes"][1]):
                forward[(id(node), i)] = stype
        else:
            forward[(id(node), 0)] = _forward_stype(node, ins)
    return forward


def output_stypes(symbol, stypes, custom=None):
    """The storage types of ``symbol``'s outputs for arguments of storage ``stypes``."""
    forward = _forward(topo_order(symbol._heads), stypes, custom)
    return [forward.get((id(node), index), "default") for node, index in symbol._heads]


def gradient_stypes(symbol, stypes, custom=None, given=None, node_ograds=None):
    """{argument name: storage type of its gradient}, by MXNet's forward-then-backward storage inference.

    With ``custom`` ({node name: storage types}, filled here), Custom nodes' Props are asked: their backward's
    gradients given as undefined, or an argument's as ``given`` ({argument: its gradient array's storage type}).
    ``node_ograds`` ({id(node): storage type}, filled here) takes each operator node's output gradient storage."""
    order = topo_order(symbol._heads)
    forward = _forward(order, stypes, custom)
    ograds = {}
    for node, index in symbol._heads:
        ograds.setdefault((id(node), index), []).append(forward.get((id(node), index), "default"))
    result = {}
    for node in reversed(order):
        own = ograds.get((id(node), 0), ["default"])
        if node.is_variable:
            result[node.name] = _sum_stype(own)
            continue
        ins = [forward.get((id(s), i), "default") for s, i in node.inputs]
        if custom is not None and _name(node) == "Custom":
            igrads = _custom_gradient_stypes(node, ins, forward, ograds, custom[node.name], given or {})
        else:
            ograd = _sum_stype(own)
            if node_ograds is not None:
                node_ograds[id(node)] = ograd
            igrads = [_gradient_stype(node, position, ins, ograd) for position in range(len(node.inputs))]
        for (source, index), igrad in zip(node.inputs, igrads):
            ograds.setdefault((id(source), index), []).append(igrad)
    return {name: result.get(name, "default") for name in stypes}


def unimplemented_backward_stypes(symbol, stypes, wanted, buffers=None):
    """MXNet's refusal (or None) of a backward node its storage inference has no case for, the gradients of the
    arguments ``wanted`` being asked (into arrays of storage ``buffers`` {argument: storage type}; None: not
    allocated yet): _backward_sparse_retain given a row_sparse output gradient leaves the indices' unknown."""
    ograds = {}
    gradient_stypes(symbol, stypes, node_ograds=ograds)
    order = topo_order(symbol._heads)
    forward = _forward(order, stypes)
    differentiable = set()      # the nodes whose output depends on a wanted argument
    for node in order:
        if node.name in wanted if node.is_variable else any(id(s) in differentiable for s, _ in node.inputs):
            differentiable.add(id(node))
    for node in order:
        if node.is_variable or _name(node) != "_sparse_retain" or ograds.get(id(node)) != "row_sparse" \
                or not any(id(s) in differentiable for s, _ in node.inputs):
            continue
        ins = ["row_sparse"] + [forward.get((id(s), i), "default") for s, i in node.inputs[1:]]
        outs = [(buffers or {}).get(s.name, "unknown") if s.is_variable and s.name in wanted else "unknown"
                for s, _ in node.inputs]
        return MXNetError(f"Error in operator {node.name}_backward: {log_time()} "
                          "../src/executor/infer_graph_attr_pass.cc:57: Operator not implemented: operator = "
                          f"_backward_sparse_retain\ninput storage types = [{''.join(t + ', ' for t in ins)}]\n"
                          f"output storage types = [{''.join(t + ', ' for t in outs)}]\nparams = {{}}\n"
                          "context.dev_mask = cpu\n")
    return None


def _custom_gradient_stypes(node, ins, forward, ograds, found, given):
    """The storage types of a Custom node's input gradients, as its Prop's infer_storage_type_backward gives them
    (kept in ``found``, its entry of the executor's storage types)."""
    if "backward_stypes" not in found:
        outs = found["stypes"][1]
        head_grads = [_sum_stype(ograds.get((id(node), i), ["default"])) for i in range(len(outs))]
        igrads = [given.get(source.name, "undefined") if source.is_variable else "undefined"
                  for source, _ in node.inputs]
        found["backward_stypes"] = node.op.backward_stypes(node.attrs, head_grads, ins, outs, igrads, node.name)
    return found["backward_stypes"][3]
