"""The multi-weight SGD updates (``multi_sgd_update``, ``multi_mp_sgd_mom_update``, their ``preloaded_``
forms) as Symbols, as MXNet 1.9.1 builds and infers them.

Each weight takes a group of inputs (weight, grad, then mom and weight32 where the op keeps them; the
preloaded forms end with the lrs and wds arrays) and gives one output. The momenta and float32 masters are
updated in place: auxiliary states. MXNet's shape function checks each group on a copy and never writes a
shape, so a Symbol's outputs stay unknown; its groups are checked in order until one is not fully known.
The mixed-precision and preloaded type functions likewise check each group's weight and gradient on a copy,
assigning float32 to the states (and the rate arrays) alone; the plain ones give every input and output one dtype.
"""
import numpy as np

from ..base import MXNetError
from ..ndarray.shape_text import in_operator, provided

_STATES = ("mom", "weight32")        # inputs the update writes: auxiliary states
_RATES = ("lrs", "wds")


def _layouts():
    layouts = {}
    for pre in ("", "preloaded_"):
        for mp in ("", "mp_"):
            for mom in ("", "mom_"):
                group = ("weight", "grad") + (("mom",) if mom else ()) + (("weight32",) if mp else ())
                layouts[f"{pre}multi_{mp}sgd_{mom}update"] = (group, _RATES if pre else ())
    return layouts


LAYOUTS = _layouts()     # op -> (the input names of one weight's group, the trailing input names)


def input_names(op_name, num_weights):
    """The op's input names for ``num_weights`` weights (as the variables MXNet makes for missing inputs)."""
    group, trailing = LAYOUTS[op_name]
    return [f"{name}_{k}" for k in range(num_weights) for name in group] + list(trailing)


def mutates(op_name, position):
    """Whether input ``position`` of the op is a state it updates (the rate arrays come after whole groups)."""
    group, _ = LAYOUTS[op_name]
    return group[position % len(group)] in _STATES


def check_shapes(node, shapes):
    """MXNet's shape function's checks (it infers nothing): the rates' counts, then the groups in order."""
    op_name, attrs = node.op.name, node.attrs
    group, trailing = LAYOUTS[op_name]
    count = int(attrs.get("num_weights", 1))
    if trailing:
        for k, what in enumerate(("learning rates", "weight decays")):
            _check_rate_array(node, shapes[count * len(group) + k], count, k, what)
    else:
        for name, what, line in (("lrs", "learning rates", 155), ("wds", "weight decays", 160)):
            given = len(attrs.get(name, ()))
            if given != count:
                raise _error(node, f"Check failed: param.{name}.ndim() == param.num_weights ({given} vs. {count}) : "
                                   f"Number of {what} is inconsistent with num_weights parameter passed. Expected "
                                   f"number of {what}: {count}, and got {given}",
                             ("../src/operator/./optimizer_op-inl.h", line))
    for k in range(count):
        merged = None
        for i, shape in enumerate(shapes[k * len(group):(k + 1) * len(group)]):
            if _conflicts(merged, shape):
                raise _error(node, f"Check failed: assign(&dattr, vec.at(i)): Incompatible attr in node {node.name} at "
                                   f"{i}-th input: expected {provided(merged)}, got {provided(shape)}")
            merged = _merge(merged, shape)
        if merged is None or 0 in merged:       # MXNet's loop stops at the first group not fully known
            return


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
    if not trailing and "weight32" not in group:        # one dtype for every input and output
        return _one_type(node, entries + [(node, i) for i in range(node.num_outputs)], types, assign)
    checked = [j for j, name in enumerate(group) if name not in _STATES]
    for k in range(int(node.attrs.get("num_weights", 1))):
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
