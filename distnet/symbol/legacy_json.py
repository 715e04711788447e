"""Reading symbol JSON written by older MXNet versions, upgraded as MXNet's loader does.

Files from before 0.9 keep operator parameters in ``param`` and user attributes in ``attr`` with plain keys
(``ctx_group``, ``lr_mult``); an operator node may carry ``<input>_<key>`` attributes meant for one of its
input variables, and BatchNorm nodes list no moving statistics. For any older version MXNet's loader takes such
keys out, puts them back as ``__key__`` (the per-input ones on the input variables), and creates the missing
auxiliary inputs of pre-0.9 graphs; what it leaves in each node's attribute map, and in which order, is replayed.
"""
import sys

from .attr_order import MapOrder, iteration_order
from .graph import AUX_INPUTS, input_names, lookup_op
from ..base import log_time

HIDDEN_KEYS = ("ctx_group", "lr_mult", "wd_mult", "force_mirroring", "mirror_stage")
_STAT_INITS = {"moving_mean": '["zero", {}]', "moving_var": '["one", {}]'}


def is_legacy(graph):
    """Whether ``graph`` (parsed JSON) takes MXNet's upgrade from 0.8: it names a version before 0.9, or none."""
    return _written_by(graph) < 900


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


def replays_loader(graph):
    """Whether MXNet's loader leaves ``graph``'s attribute maps in another order than its JSON text: it was
    written by an older version (whose known user keys the loader moves aside and puts back), or a node
    keeps its parameters under ``param`` (read into a map of their own and inserted after the others)."""
    return _written_by(graph) < _MXNET_VERSION or any("param" in entry for entry in graph["nodes"])


def replay_loader(graph):
    """``graph`` with each node's attributes under ``attrs`` as MXNet's loader leaves its map: ``attr``/``attrs``
    read in JSON order, then ``param`` inserted from its own map; for an older version's graph, the known user
    keys (``lr_mult``, ``<input>_lr_mult``, ...) taken out and put back as ``__key__`` (on the input variable
    an ``<input>_`` prefix names). Each node's map is kept under the private key ``__map__`` (see map_note)."""
    entries = graph["nodes"]
    maps, values, put_back = [], [], [[] for _ in entries]
    for entry in entries:
        own = {k: str(v) for k, v in _read_attrs(entry).items()}
        table = MapOrder()
        for key in own:
            table.insert(key)
        params = entry.get("param") or {}
        table.insert_range(iteration_order(list(params)))
        maps.append(table)
        values.append({**{k: str(v) for k, v in params.items()}, **own})
    changed = {i for i, entry in enumerate(entries) if entry.get("param")}
    if _written_by(graph) < _MXNET_VERSION:
        for i in range(len(entries)):
            changed |= _put_back_hidden_keys(i, entries, maps, values, put_back[i])
    nodes = []
    for i, (entry, table, own) in enumerate(zip(entries, maps, values)):
        if i not in changed:    # a map the loader left as read: its JSON order tells it
            nodes.append(entry)
            continue
        attrs = {k: own[k] for k in table.keys}
        attrs["__map__"] = map_note(table, put_back[i])
        nodes.append({**{k: v for k, v in entry.items() if k not in ("attr", "attrs", "param")}, "attrs": attrs})
    return {**graph, "nodes": nodes}


def _read_attrs(entry):
    """A node's ``attr`` or ``attrs`` field, the later of them in the JSON text (each read clears the map)."""
    read = [field for field in entry if field in ("attr", "attrs")]
    return dict(entry[read[-1]] or {}) if read else {}


def _hidden_match(key):
    """Whether MXNet's loader takes ``key`` aside as a user key: it starts (last occurrence) or ends with one."""
    return any(key.rfind(hidden) == 0 or (hidden in key and key.rfind(hidden) == len(key) - len(hidden))
               for hidden in HIDDEN_KEYS)


def map_note(table, put_back):
    """The text kept of a loaded node's map: its buckets, its keys in order, the keys put back after the parser
    read the rest (see read_map_note)."""
    return f"{table.buckets}|{','.join(table.keys)}|{','.join(put_back)}"


def read_map_note(note):
    """(buckets, keys in order, keys put back after parsing) of a ``map_note``."""
    buckets, keys, put_back = note.split("|")
    return int(buckets), [k for k in keys.split(",") if k], [k for k in put_back.split(",") if k]


def _put_back_hidden_keys(i, entries, maps, values, put_back):
    """Node ``i``'s user keys taken out of its map and put back, in the map's order, as MXNet's upgrade does:
    ``key`` as ``__key__``, ``<input>_key`` as ``__key__`` on that input when it is a variable, others as they
    were (at the end of the map); the ones put back on the node itself are added to ``put_back``. The nodes whose
    maps changed."""
    table, own = maps[i], values[i]
    taken = [k for k in table.keys if _hidden_match(k)]
    changed = {i} if taken else set()
    for key in taken:
        table.erase(key)
    for key in taken:
        value, target, name = own.pop(key), i, key
        for hidden in HIDDEN_KEYS:
            pos = key.rfind(hidden)
            if pos == 0 and key == hidden:
                name = f"__{hidden}__"
                break
            if pos > 1 and pos == len(key) - len(hidden):
                src = _input_source(entries, i, key[:pos - 1])
                if src is not None:
                    target, name = src, f"__{hidden}__"
                break
        maps[target].insert(name)
        values[target][name] = value
        changed.add(target)
        if target == i:
            put_back.append(name)
    return changed


def _input_source(entries, i, arg):
    """The index of the variable node feeding node ``i``'s input named ``arg``, or None."""
    entry = entries[i]
    if entry["op"] == "null":
        return None
    names = _input_names(entry["op"])
    if arg not in names or names.index(arg) >= len(entry["inputs"]):
        return None
    src = entry["inputs"][names.index(arg)][0]
    return src if entries[src]["op"] == "null" else None


def upgrade(graph):
    """``graph`` (its attributes as ``replay_loader`` leaves them) in the current layout: three-element inputs,
    created aux inputs (whose attributes copy their operator's map, as MXNet's upgrade does)."""
    entries = graph["nodes"]
    attrs = [_read_attrs(entry) for entry in entries]
    nodes, moved = [], {}
    for i, (entry, own) in enumerate(zip(entries, attrs)):
        inputs = [[moved[src], k, 0] for src, k, *_ in entry["inputs"]]
        if entry["op"] != "null":
            for name in _missing_before_statistics(entry["op"], len(inputs)):
                if name in AUX_INPUTS:             # a statistic the old format left out
                    made = dict(own, __init__=_STAT_INITS.get(name, '["zero", {}]'))
                else:                              # (e.g. BatchNorm's gamma and beta, listed before them)
                    made = dict(own)
                nodes.append({"op": "null", "name": f"{entry['name']}_{name}", "attrs": made, "inputs": []})
                inputs.append([len(nodes) - 1, 0, 0])
        moved[i] = len(nodes)
        nodes.append({"op": entry["op"], "name": entry["name"], "attrs": own, "inputs": inputs})
    heads = [[moved[n], k, 0] for n, k, *_ in graph["heads"]]
    return {"nodes": nodes, "arg_nodes": [i for i, n in enumerate(nodes) if n["op"] == "null"], "heads": heads}


def _missing_before_statistics(op_name, given):
    """The inputs of an op with statistics that a node listing ``given`` inputs leaves out, up to its last
    statistic (other ops' missing inputs, which may be optional, are created as the graph is read)."""
    names = _input_names(op_name)
    last = max((i for i, name in enumerate(names) if name in AUX_INPUTS), default=-1)
    return names[given:last + 1]


def _input_names(op_name):
    op = lookup_op(op_name)
    return [] if op.variadic else list(input_names(op))
