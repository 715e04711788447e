"""Reading symbol JSON written by MXNet before 0.9 (nodes with ``param``/``attr``), upgraded as MXNet does.

Such files keep operator parameters in ``param`` and user attributes in ``attr`` with plain keys
(``ctx_group``, ``lr_mult``); an operator node may carry ``<input>_<key>`` attributes meant for one of its
input variables, and BatchNorm nodes list no moving statistics. MXNet's loader renames the keys to
``__key__``, moves the per-input ones onto the input variables and creates the missing auxiliary inputs.
"""
import sys

from .attr_order import iteration_order
from .graph import AUX_INPUTS, input_names, lookup_op
from ..base import log_time

HIDDEN_KEYS = ("ctx_group", "lr_mult", "wd_mult", "force_mirroring", "mirror_stage")
_STAT_INITS = {"moving_mean": '["zero", {}]', "moving_var": '["one", {}]'}


def is_legacy(graph):
    """Whether ``graph`` (parsed JSON) is in the pre-0.9 layout."""
    return "mxnet_version" not in (graph.get("attrs") or {}) and \
        any("param" in entry or "attr" in entry for entry in graph["nodes"])


def _version(graph):
    """The MXNet version number that wrote ``graph`` (10901 for 1.9.1; 0 when missing)."""
    version = (graph.get("attrs") or {}).get("mxnet_version", [None, 0])
    if not isinstance(version, list) or len(version) < 2 or not isinstance(version[1], int):
        return 0
    return version[1]


def log_version(graph):
    """MXNet's log line (on stderr) as it loads a graph another MXNet version wrote: an upgrade of an older one (a
    graph naming no version is 0.8.0's) begins, or a warning for a newer one."""
    version = _written_by(graph)
    if version > _MXNET_VERSION:
        _log(203, f"Warning: loading symbol saved by MXNet version {version} with lower version of MXNet "
                  f"v{_MXNET_VERSION}. May cause undefined behavior. Please update MXNet if you encounter any issue")
    elif version < _MXNET_VERSION:
        _log(208, f"Loading symbol saved by previous version v{version // 10000}.{version // 100 % 100}."
                  f"{version % 100}. Attempting to upgrade...")


def log_upgraded(graph):
    """MXNet's log line once an older version's graph is loaded (its nodes' attributes read without error)."""
    if _written_by(graph) < _MXNET_VERSION:
        _log(216, "Symbol successfully upgraded!")


def _written_by(graph):
    return _version(graph) if "mxnet_version" in (graph.get("attrs") or {}) else 800


_MXNET_VERSION = 10901


def _log(line, message):
    print(f"{log_time()} ../src/nnvm/legacy_json_util.cc:{line}: {message}", file=sys.stderr,
          flush=True)


def before_0_9(graph):
    """Whether ``graph`` was written by an MXNet older than 0.9 (its version missing or under 900)."""
    return _version(graph) < 900


def before_0_9_4(graph):
    """Whether ``graph`` was written before 0.9.4: MXNet's loader then gives input variables the initializers
    their operators set when composed (a BatchNorm's moving statistics, a PReLU's gamma)."""
    return _version(graph) < 904


def upgrade(graph):
    """``graph`` in the current layout: ``attrs`` per node, three-element inputs, created aux inputs."""
    entries = graph["nodes"]
    attrs = [_node_attrs(entry) for entry in entries]
    for entry, own in zip(entries, attrs):
        if entry["op"] == "null":
            continue
        names = _input_names(entry["op"])
        for key in [k for k in own if _per_input(k, names)]:
            arg, hidden = _per_input(key, names)
            slot = names.index(arg)
            if slot < len(entry["inputs"]):
                src = entry["inputs"][slot][0]
                if entries[src]["op"] == "null":
                    attrs[src][f"__{hidden}__"] = own[key]
            del own[key]
    nodes, moved = [], {}
    for i, (entry, own) in enumerate(zip(entries, attrs)):
        inputs = [[moved[src], k, 0] for src, k, *_ in entry["inputs"]]
        if entry["op"] != "null":
            for name in _input_names(entry["op"])[len(inputs):]:
                if name in AUX_INPUTS:             # a statistic the old format left out
                    stat = dict(own, __init__=_STAT_INITS.get(name, '["zero", {}]'))
                    nodes.append({"op": "null", "name": f"{entry['name']}_{name}", "attrs": stat, "inputs": []})
                    inputs.append([len(nodes) - 1, 0, 0])
        moved[i] = len(nodes)
        nodes.append({"op": entry["op"], "name": entry["name"], "attrs": own, "inputs": inputs})
    heads = [[moved[n], k, 0] for n, k, *_ in graph["heads"]]
    return {"nodes": nodes, "arg_nodes": [i for i, n in enumerate(nodes) if n["op"] == "null"], "heads": heads}


def _node_attrs(entry):
    """An old node's parameters and user attributes, the known user keys spelt ``__key__``; in the order MXNet's
    loader inserts them: each group as its hash map lists it (see attr_order), parameters first."""
    params, attrs = entry.get("param") or {}, entry.get("attr") or {}
    out = {k: str(params[k]) for k in iteration_order(list(params))}
    for key in iteration_order(list(attrs)):
        out[f"__{key}__" if key in HIDDEN_KEYS else key] = str(attrs[key])
    return out


def hidden_keys(attrs):
    """``attrs`` with the known user keys spelt ``__key__`` (kept in place), as the pre-0.9 upgrade renames them."""
    return {f"__{k}__" if k in HIDDEN_KEYS else k: v for k, v in attrs.items()}


def _input_names(op_name):
    op = lookup_op(op_name)
    return [] if op.variadic else list(input_names(op))


def _per_input(key, names):
    """(input, hidden key) when ``key`` is ``<input>_<hidden key>`` for one of ``names``."""
    for hidden in HIDDEN_KEYS:
        arg = key[:-len(hidden) - 1]
        if key.endswith("_" + hidden) and arg in names:
            return arg, hidden
    return None
