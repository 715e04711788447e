"""The multi-weight updates (``multi_sgd_update``, ``multi_mp_sgd_mom_update``, their ``preloaded_`` forms,
``_multi_adamw_update``, ``_multi_lamb_update`` and their mixed-precision forms) as Symbols, as MXNet 1.9.1 builds
and infers them.

Each weight takes a group of inputs (weight, grad, then its states: mom, or mean and var, and weight32 where the
op keeps them; some ops end with arrays of their own: the preloaded forms' lrs and wds, AdamW's rescale_grad) and
gives one output. The states are updated in place: auxiliary states. MXNet's shape function checks the rates its
attributes list and each group, on a copy, and never writes a shape, so a Symbol's outputs stay unknown; its groups
are checked in order until one is not fully known. The mixed-precision and preloaded type functions likewise check
each group's weight and gradient on a copy, assigning float32 to the states and the trailing arrays alone; the others
give every input and output one dtype.
"""
import numpy as np

from ..base import MXNetError
from ..ndarray.shape_text import in_operator, provided

_STATES = ("mom", "mean", "var", "weight32")        # inputs the update writes: auxiliary states
_RATES = ("lrs", "wds")


def _layouts():
    layouts = {}
    for pre in ("", "preloaded_"):
        for mp in ("", "mp_"):
            for mom in ("", "mom_"):
                group = ("weight", "grad") + (("mom",) if mom else ()) + (("weight32",) if mp else ())
                layouts[f"{pre}multi_{mp}sgd_{mom}update"] = (group, _RATES if pre else ())
    for mp in ("", "mp_"):
        group = ("weight", "grad", "mean", "var") + (("weight32",) if mp else ())
        layouts[f"_multi_{mp}adamw_update"] = (group, ("rescale_grad",))
        layouts[f"_multi_{mp}lamb_update"] = (group, ())
    return layouts


LAYOUTS = _layouts()     # op -> (the input names of one weight's group, the trailing input names)


def _rate_checks():
    """op -> (its source file, [(attribute, what it holds, line)]): the attributes listing one value per weight."""
    sgd = ("../src/operator/./optimizer_op-inl.h", [("lrs", "learning rates", 155), ("wds", "weight decays", 160)])
    adamw = ("../src/operator/contrib/./adamw-inl.h", [("lrs", "learning rates", 244), ("wds", "weight decays", 249),
                                                       ("etas", "learning rates schedule multiplier", 254)])
    lamb = ("../src/operator/contrib/./multi_lamb-inl.h", [("learning_rates", "learning rates", 121),
                                                           ("wds", "weight decays", 125),
                                                           ("step_count", "step counts", 129)])
    checks = {op: sgd for op, (_, trailing) in LAYOUTS.items() if "sgd" in op and not trailing}
    checks.update({op: adamw if "adamw" in op else lamb for op in LAYOUTS if op.startswith("_multi_")})
    return checks


_RATE_CHECKS = _rate_checks()


def count(op_name, attrs):
    """How many weights the node updates (its outputs)."""
    return int(attrs.get("num_tensors" if "lamb" in op_name else "num_weights", 1))


def input_count(op_name, num_weights):
    group, trailing = LAYOUTS[op_name]
    return num_weights * len(group) + len(trailing)


def input_names(op_name, num_weights):
    """The op's input names for ``num_weights`` weights (as the variables MXNet makes for missing inputs). MXNet's
    AdamW and LAMB updates list every input of weight k under the k-th name of their list (their trailing input's
    among them), with k appended, one per name of the list: AdamW's lists more names than inputs beyond a weight."""
    group, trailing = LAYOUTS[op_name]
    if not op_name.startswith("_multi_"):
        return [f"{name}_{k}" for k in range(num_weights) for name in group] + list(trailing)
    listed = group + trailing
    return [f"{listed[k % len(listed)]}_{k}" for k in range(num_weights) for _ in listed]


def mutates(op_name, position):
    """Whether input ``position`` of the op is a state it updates (the rate arrays come after whole groups)."""
    group, _ = LAYOUTS[op_name]
    return group[position % len(group)] in _STATES


def check_shapes(node, shapes, outputs):
    """MXNet's shape function's checks (it infers nothing): the rates' counts, then the groups in order, each with
    its output (``outputs``: their shapes, known where a reader of the output told them)."""
    op_name, attrs = node.op.name, node.attrs
    group, trailing = LAYOUTS[op_name]
    weights = count(op_name, attrs)
    if trailing == _RATES:
        for k, what in enumerate(("learning rates", "weight decays")):
            _check_rate_array(node, shapes[weights * len(group) + k], weights, k, what)
    site, checks = _RATE_CHECKS.get(op_name, (None, ()))
    for name, what, line in checks:
        given = len(attrs.get(name, ()))
        if given != weights:
            raise _error(node, f"Check failed: param.{name}.ndim() == param.{_counted_by(op_name)} ({given} vs. "
                               f"{weights}) : {_rate_words(op_name, what, weights, given)}", (site, line))
    for k in range(weights):
        merged = None
        members = [(f"{i}-th input", shape) for i, shape in enumerate(shapes[k * len(group):(k + 1) * len(group)])]
        for where, shape in members + [("0-th output", outputs[k])]:
            if _conflicts(merged, shape):
                raise _error(node, f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node.name} at "
                                   f"{where}: expected {provided(merged)}, got {provided(shape)}")
            merged = _merge(merged, shape)
        if merged is None or 0 in merged:       # MXNet's loop stops at the first group not fully known
            return


def _counted_by(op_name):
    return "num_tensors" if "lamb" in op_name else "num_weights"


def _rate_words(op_name, what, weights, given):
    if what == "step counts":       # (MXNet's words run on without a space)
        return (f"Number of step counts is inconsistent with num_tensors.Expected number of step counts: {weights}, "
                f"and got {given}")
    if "schedule" in what:          # (MXNet's words give the count of weights as the count got)
        given = weights
    return (f"Number of {what} is inconsistent with {_counted_by(op_name)} parameter passed. Expected number of "
            f"{what}: {weights}, and got {given}")


def _check_rate_array(node, shape, count, k, what):
    site = "../include/mxnet/./tuple.h"
    if shape is None:
        raise _error(node, "Check failed: ndim_is_known(this->ndim()): Shape is unknown.", (site, 521))
    if 0 in shape:
        raise _error(node, "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1",
                     (site, 525))
    size = int(np.prod(shape))
    if size != count:
        which = f"param.num_weights * input_stride{' + 1' if k else ''}"
        raise _error(node, f"Check failed: in_attrs->at({which}).Size() == param.num_weights ({size} vs. {count}) : "
                           f"Number of {what} is inconsistent with num_weights parameter passed. Expected number of "
                           f"{what}: {count}, and got {size}",
                     ("../src/operator/contrib/./preloaded_multi_sgd-inl.h", 104 if k else 99))


def _conflicts(a, b):
    if a is None or b is None:
        return False
    return len(a) != len(b) or any(x and y and x != y for x, y in zip(a, b))


def _merge(a, b):
    if a is None or b is None:
        return a if b is None else tuple(b)
    return tuple(x or y for x, y in zip(a, b))


def infer_types(node, types, assign):
    """One pass of MXNet's type function over ``types`` ({(node id, index): dtype}); ``assign(types, entry,
    dtype)`` records a dtype. True if any became known."""
    group, trailing = LAYOUTS[node.op.name]
    entries = list(node.inputs)
    if trailing != _RATES and "weight32" not in group:        # one dtype for every input and output
        return _one_type(node, entries + [(node, i) for i in range(node.num_outputs)], types, assign)
    checked = [j for j, name in enumerate(group) if name not in _STATES]
    for k in range(count(node.op.name, node.attrs)):
        known = None
        for i, j in enumerate(checked):
            dtype = _type_of(types, entries[k * len(group) + j])
            if known is not None and dtype is not None and dtype != known:
                raise _error(node, f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node.name} "
                                   f"at {i}-th input: expected {known.name}, got {dtype.name}")
            known = known or dtype
        if known is None:
            break
    fixed = [e for p, e in enumerate(entries) if mutates(node.op.name, p) or p >= len(entries) - len(trailing)]
    changed = False
    for entry in fixed:
        have = _type_of(types, entry)
        if have is not None and have != np.float32:
            raise MXNetError(f"Error in operator {node.name}: Type inconsistent, Provided = {have.name}, inferred type"
                             " = float32")
        changed |= assign(types, entry, np.float32)
    return changed


def _one_type(node, entries, types, assign):
    known = None
    for i, entry in enumerate(entries):
        dtype = _type_of(types, entry)
        if known is not None and dtype is not None and dtype != known:
            where = f"{i}-th input" if i < len(node.inputs) else f"{i - len(node.inputs)}-th output"
            raise _error(node, f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node.name} at "
                               f"{where}: expected {known.name}, got {dtype.name}")
        known = known or dtype
    changed = False
    for entry in entries if known is not None else ():
        changed |= assign(types, entry, known.type)
    return changed


def _type_of(types, entry):
    dtype = types.get((id(entry[0]), entry[1]))
    return None if dtype is None else np.dtype(dtype)


def _error(node, message, site=None):
    return MXNetError(in_operator(node.name, node.op.name, message, site))
