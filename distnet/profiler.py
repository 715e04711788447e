"""``mx.profiler``: time every operator call while running, then ``dumps()`` a table or ``dump()`` a trace.

The trace is Chrome's trace-event JSON (open it in chrome://tracing or Perfetto), as MXNet writes.
"""
import contextlib
import ctypes
import functools
import json
import threading
import time
import warnings
from collections import defaultdict

import numpy as np

from .autograd import _SCALAR_OPS
from .base import HoldsCHandle, MXNetError, flag_within, located, no_attribute
from .base import _LIB, KVStoreHandle, ProfileHandle, c_str, c_str_array, check_call, py_str  # noqa: F401  (MXNet's)
from .base import hiding as _hiding
from .ndarray.registry import OPS
from .profiler_indexing import mxnet_assignment, mxnet_indexing
from .profiler_optimizer import time_optimizers

_config = {"filename": "profile.json", "profile_all": False, "aggregate_stats": False}
_lock = threading.Lock()
_events = []             # (category, name, start µs, duration µs, thread id, kind, value): what dump() writes
_aggregate = []          # the same events for dumps()'s statistics (kept when aggregate_stats is on)
_early = []              # annotations made before the first set_state('run'): counted from that run on
_started = False         # whether set_state('run') was ever called
_running = False
_paused = False
# MXNet's continuous dump is a timer thread waking every dump_period; a finished dump() or a configuration
# without continuous dumps makes it quit at its next wake, and until then one that dumps continuously again
# is refused.
_timer = None            # (start, period) of the running dump timer, None when there is none
_timer_exit = 0.0        # time.monotonic() at which a timer stopped by a finished dump() quits
# MXNet writes a trace only after set_state('run'), until a dump() (or dumps(), which writes the trace too)
# that finished it or was the one dump of a configuration without continuous dumps.
_output_open = False
# MXNet's flag that a dump() not finished leaves the output open: off in a profiler never configured, set by
# the first configuration with continuous dumps (set_config's default) and never cleared
_left_open = False
_ORIGINAL = {}           # op (or mx.nd function name) -> its untimed self while the profiler runs
profiler_kvstore_handle = None       # set by set_kvstore_handle, as in MXNet

# MXNet's profiler parameters: name -> (kind, default, description); kinds are checked as MXNet's parser does,
# and the table is listed, in this order, in its error for an unknown parameter.
_PARAMS = {
    "profile_all": ("boolean", False, "Profile all. Default is False."),
    "profile_symbolic": ("boolean", True, "Profile symbolic operators.  Default is True."),
    "profile_imperative": ("boolean", True, "Profile imperative operators.  Default is True."),
    "profile_memory": ("boolean", True, "Profile memory.  Default is True."),
    "profile_api": ("boolean", True, "Profile C API.  Default is True."),
    "filename": ("string", "profile.json", "File name to write profiling info."),
    "continuous_dump": ("boolean", True, "Periodically dump (and append) profiling data to file while running. "
                        "Default is True."),
    "dump_period": ("float", 1.0, "When continuous dump is enabled, the period between subsequent profile info "
                    "dumping."),
    "aggregate_stats": ("boolean", False, "Maintain aggregate stats, required for MXDumpAggregateStats.  Note that "
                        "this can have a negative performance impact. Default is False."),
    "profile_process": ("{'server', 'worker'}", "worker", "Specifies which process to profile: worker: this is "
                        "default. for single node training it should always be worker.server: for distributed "
                        "training, this profiles server process"),
}


def _param_doc(name):
    """A parameter's entry in MXNet's list of them."""
    kind, default, description = _PARAMS[name]
    shown = {bool: lambda v: str(int(v)), str: repr, float: lambda v: f"{v:g}"}[type(default)](default)
    separator = "," if kind.startswith("{") else ", "       # (MXNet's spacing)
    return f"{name} : {kind}{separator}optional, default={shown}\n    {description}"


def _parse_param(key, value):
    """``value`` as parameter ``key`` takes it, or MXNet's error for an unknown key or a bad value."""
    if key not in _PARAMS:
        listed = "\n".join(_param_doc(name) for name in _PARAMS)
        raise MXNetError(f"Cannot find argument '{key}', Possible Arguments:\n----------------\n{listed}")
    kind, text = _PARAMS[key][0], str(value)
    if kind == "boolean":
        if text.lower() not in ("0", "1", "true", "false"):
            raise MXNetError(f"Invalid Parameter format for {key} expect boolean but value='{text}'")
        return text.lower() in ("1", "true")
    if kind == "float":
        try:
            return float(text)
        except ValueError:
            raise MXNetError(f"Invalid Parameter format for {key} expect float but value='{text}'") from None
    if key == "profile_process" and text not in ("server", "worker"):
        raise MXNetError(f"Invalid Input: '{text}', valid values are: {{'server', 'worker'}}")
    return text


def _process_id(profile_process):
    """MXNet's number for ``profile_process``; another name is a KeyError."""
    return {"worker": 0, "server": 1}[profile_process]


# MXNet's check that a server-side request has a kvstore, worded differently by configuration and by the
# state calls (set_state, pause, resume, dump)
_NO_KVSTORE_CONFIG = "Check failed: kvstoreHandle: KVStoreHandle passed to profiler is null"
_NO_KVSTORE_STATE = "Check failed: kvStoreHandle: Kvstore Handle passed to profiler is null"


def _check_process(profile_process, line, no_kvstore=_NO_KVSTORE_STATE):
    """``profile_process`` named as MXNet knows it (a KeyError if not); the server process is refused (without a
    kvstore, by the check at ``line`` of MXNet's c_api_profile.cc)."""
    if _process_id(profile_process) == 1:
        if profiler_kvstore_handle is None:
            raise located(MXNetError(no_kvstore), ("../src/c_api/c_api_profile.cc", line))
        raise MXNetError("profile_process='server': distnet cannot profile its parameter servers from a worker; "
                         "profile the worker process instead")


def set_config(**kwargs):
    """Set profiler options by MXNet's names (``filename``, ``profile_all``, ``aggregate_stats``, ...); as in
    MXNet, each call starts from the defaults (a file name not given is profile.json again)."""
    parsed = {k: _parse_param(k, v) for k, v in kwargs.items()}
    _check_process(parsed.get("profile_process", "worker"), 285, _NO_KVSTORE_CONFIG)
    global _timer, _left_open
    given = {name: parsed.get(name, default) for name, (_, default, _) in _PARAMS.items()}
    continuous = given["continuous_dump"]
    if continuous and given["dump_period"] <= 0:
        raise MXNetError("Check failed: !continuous_dump || dump_period > 0: ")
    # MXNet takes the file name and which operators are timed, and sets its flag of continuous dumps, before a
    # timer still running out refuses to start again; only then does it keep or drop the aggregate statistics
    _config["filename"] = given["filename"]
    _config["imperative"] = given["profile_all"] or given["profile_imperative"]
    now = time.monotonic()
    _left_open = _left_open or continuous
    if continuous and now < _timer_exit:
        raise MXNetError("Check failed: auto_remove_ == false (1 vs. 0) : ")
    if not continuous:
        _stop_timer()
    elif _timer is None:
        _timer = (now, given["dump_period"])
    _config.update(given)
    if not given["aggregate_stats"]:
        with _lock:
            _aggregate.clear()


def profiler_set_config(mode="symbolic", filename="profile.json"):
    """Deprecated: profile ``mode`` ('symbolic' or 'all') into ``filename``; use ``set_config``."""
    warnings.warn("profiler.profiler_set_config() is deprecated. Please use profiler.set_config() instead")
    set_config(**{"profile_" + mode: True, "filename": filename})


def set_kvstore_handle(handle):
    """Remember the kvstore whose server processes ``profile_process='server'`` would refer to."""
    global profiler_kvstore_handle
    profiler_kvstore_handle = handle


# mx.nd creation functions (plain functions here, operators in MXNet) and the names MXNet shows for them.
_CREATION = {"zeros": "_zeros", "ones": "_ones", "full": "_full", "arange": "_arange", "eye": "_eye",
             "linspace": "_linspace"}
# NDArray methods that MXNet runs as one engine operation of another name (their inner ops are not shown).
_METHODS = {"copy": "CopyCPU2CPU", "astype": "CopyCPU2CPU", "copyto": "CopyCPU2CPU", "attach_grad": "zeros_like",
            "reshape": None,          # None: a view MXNet makes without running an operator
            "__setitem__": mxnet_assignment}      # named by the assignment (its inner ops shown if unnamed)


def set_state(state="stop", profile_process="worker"):
    """``'run'`` starts timing operators (and ends a ``pause()``), ``'stop'`` stops; as in MXNet, annotations
    (tasks, counters, ...) are recorded until the first stop, then only while running."""
    global _running, _paused, _output_open, _started
    {"stop": 0, "run": 1}[state]        # an unknown state is a KeyError, as in MXNet
    _check_process(profile_process, 369)
    _paused = state == "stop"
    if state == "run":
        _output_open = True
        with _lock:
            if not _started and _config.get("aggregate_stats"):
                _aggregate.extend(_early)
            _started = True
            _early.clear()
    if state == "run" and not _running:
        _start_timing()
    elif state == "stop" and _running:
        _stop_timing()
    _running = state == "run"


def _start_timing():
    """Time every operator's forward, and mx.nd's creation functions, until ``_stop_timing``."""
    from . import ndarray
    from .symbol.symbol import _MXNET_OP_NAME
    for op in set(OPS.values()) - {OPS.get("Custom")}:       # MXNet times a Custom op's code, not the op
        _ORIGINAL[op] = op.fwd
        op.fwd = _timed(_MXNET_OP_NAME.get(op.name, op.name), op.fwd)     # MXNet's name (Reshape, _copy)
    for name, shown in _CREATION.items():
        _ORIGINAL[name] = getattr(ndarray, name)
        setattr(ndarray, name, _timed(shown, _ORIGINAL[name]))
    for name, shown in _METHODS.items():
        _ORIGINAL[("method", name)] = getattr(ndarray.NDArray, name)
        setattr(ndarray.NDArray, name, _timed_method(shown, _ORIGINAL[("method", name)]))
    time_optimizers(_ORIGINAL)
    _start_timing_backward()


def _start_timing_backward():
    """Time every operator's backward under the names MXNet's backward nodes have, the sums of
    gradients, and the ones a backward without head gradients starts from."""
    from . import autograd
    from .symbol import graph
    for op in set(OPS.values()) - {OPS.get("Custom")}:
        if op.bwd is not None:
            _ORIGINAL[("attr", op, "bwd")] = op.bwd
            op.bwd = _timed_backward(op.name, op.bwd)
    for module in (autograd, graph):
        _ORIGINAL[("attr", module, "sum_gradients")] = module.sum_gradients
        module.sum_gradients = _timed_sum(module.sum_gradients)
    _ORIGINAL[("attr", autograd, "_run_backward")] = autograd._run_backward
    autograd._run_backward = _counting_head_fills(autograd._run_backward)


def _stop_timing():
    from . import ndarray
    for key, fwd in _ORIGINAL.items():
        if isinstance(key, str):
            setattr(ndarray, key, fwd)
        elif isinstance(key, tuple) and key[0] == "attr":
            setattr(key[1], key[2], fwd)
        elif isinstance(key, tuple):
            setattr(ndarray.NDArray, key[1], fwd)
        else:
            key.fwd = fwd
    _ORIGINAL.clear()


def _timed_backward(name, bwd):
    """``bwd`` recorded as the backward node(s) MXNet runs for op ``name``."""
    def run(dy, out, *inputs, **attrs):
        if getattr(_scope, "quiet", False):
            return bwd(dy, out, *inputs, **attrs)
        start = _now_us()
        try:
            with untimed():         # the operators an op's code calls are part of it (one engine op in MXNet)
                return bwd(dy, out, *inputs, **attrs)
        finally:
            duration = _now_us() - start
            arrays = sum(isinstance(a, np.ndarray) for a in inputs)
            if name == "_index":
                shown = mxnet_indexing(inputs[0].shape, attrs.get("key"))[1]
            else:
                # imported here: mx.operator imports this module before it registers Custom, and importing
                # distnet.symbol earlier would build mx.sym without Custom
                from .symbol.backward_ops import profiled_names
                heads = dy if type(dy) is tuple else (dy,)
                shown = profiled_names(_op_name(name, inputs), {k: str(v) for k, v in attrs.items()}, arrays,
                                       len(heads), {k for k, g in enumerate(heads) if g is None})
            for node in shown:
                _add("operator", node, start, duration / len(shown))
    return functools.wraps(bwd)(run)


def _timed_sum(sum_gradients):
    """``sum_gradients`` recorded as MXNet sums gradients: one add_n below 8 terms, else a _grad_add per
    term after the first and a _copy of the total."""
    def run(parts):
        if type(parts) is not list or getattr(_scope, "quiet", False):
            return sum_gradients(parts)
        start = _now_us()
        try:
            return sum_gradients(parts)
        finally:
            duration = _now_us() - start
            from .symbol.backward_ops import sum_cap      # imported late, as profiled_names above
            shown = ["add_n"] if len(parts) < sum_cap() else ["_grad_add"] * (len(parts) - 1) + ["_copy"]
            for node in shown:
                _add("operator", node, start, duration / len(shown))
    return run


def _counting_head_fills(run_backward):
    """A backward pass that records MXNet's SetValueOp for each head given no gradient (filled with ones)."""
    def run(heads, head_grads, *args, **kwargs):
        count = 1 if not isinstance(heads, (list, tuple)) else len(heads)
        if head_grads is None:
            fills = count
        elif isinstance(head_grads, (list, tuple)):
            fills = sum(g is None for g in head_grads)
        else:
            fills = 0
        for _ in range(fills):
            _add("operator", "SetValueOp", _now_us(), 0.0)
        return run_backward(heads, head_grads, *args, **kwargs)
    return run


def profiler_set_state(state="stop"):
    """Deprecated: ``set_state(state)``."""
    warnings.warn("profiler.profiler_set_state() is deprecated. Please use profiler.set_state() instead")
    set_state(state)


def pause(profile_process="worker"):
    """Stop recording events until ``resume()``."""
    global _paused
    _check_process(profile_process, 526)
    _paused = True


def resume(profile_process="worker"):
    """Record events again after ``pause()`` (or after set_state('stop'))."""
    global _paused
    _check_process(profile_process, 526)
    _paused = False


def _now_us():
    return time.perf_counter_ns() / 1000.0


_EPOCH_US = time.time_ns() / 1000.0 - _now_us()      # trace timestamps are microseconds since the epoch


_OPERATOR_CATEGORIES = ("operator", "Custom Operator")


def _add(category, name, start, duration, kind="operator", value=None):
    """Record one event; imperative operators (hybridized blocks' too) only while profile_imperative is on,
    a bound executor's always (MXNet times its graph whatever the flags say), annotations always."""
    if category in _OPERATOR_CATEGORIES and not _config.get("imperative", True) \
            and not getattr(_scope, "executor", False):
        return
    if not _paused:
        with _lock:
            event = (category, name, start, duration, threading.get_ident(), kind, value)
            _events.append(event)
            if not _started:
                _early.append(event)
            elif _config.get("aggregate_stats"):
                _aggregate.append(event)


_scope = threading.local()      # the custom operator whose Python code runs in this thread, if any
# Broadcasting ops that MXNet runs as scalar ops when one side is a number: (number right, number left).
_SCALAR_NAMES = dict(_SCALAR_OPS, broadcast_equal=("_equal_scalar", "_equal_scalar"),
                     broadcast_not_equal=("_not_equal_scalar", "_not_equal_scalar"),
                     broadcast_greater=("_greater_scalar", "_lesser_scalar"),
                     broadcast_greater_equal=("_greater_equal_scalar", "_lesser_equal_scalar"),
                     broadcast_lesser=("_lesser_scalar", "_greater_scalar"),
                     broadcast_lesser_equal=("_lesser_equal_scalar", "_greater_equal_scalar"))


def _op_name(name, args):
    """The name MXNet's profiler shows for op ``name`` on ``args`` (``_plus_scalar`` for ``x + 1``)."""
    pair = _SCALAR_NAMES.get(name)
    if pair is None or len(args) < 2:
        return name
    if not isinstance(args[1], np.ndarray):
        return pair[0]
    return pair[1] if not isinstance(args[0], np.ndarray) else name


def _add_operation(name, start, duration):
    """Record operator ``name``, under the custom operator whose Python code runs it, if any. A copy from host
    memory (name '') is shown only there: MXNet's custom operator scope names every engine call it makes."""
    custom = getattr(_scope, "custom", None)
    if custom is None:
        if name:
            _add("operator", name, start, duration)
    else:
        _add("Custom Operator", f"{custom}::{name}", start, duration)


def in_custom_operator():
    """Whether a custom operator's Python code runs here while the profiler runs."""
    return _running and getattr(_scope, "custom", None) is not None


def record_host_copy():
    """A copy of host data into an NDArray (``nd.array`` of a list or numpy array), which MXNet's engine makes
    unnamed: shown only under a custom operator."""
    if in_custom_operator() and not getattr(_scope, "quiet", False):
        _add_operation("", _now_us(), 0.0)


def record_copy():
    """A copy MXNet makes with its engine's CopyCPU2CPU (``nd.array`` of an NDArray) where it is made otherwise."""
    if _running and not getattr(_scope, "quiet", False):
        _add_operation("CopyCPU2CPU", _now_us(), 0.0)


def _timed_method(name, method):
    """``method`` recorded as the single operation ``name`` (the operators it runs inside are not)."""
    def run(self, *args, **kwargs):
        if type(self).__name__ != "NDArray" or getattr(_scope, "quiet", False):
            return method(self, *args, **kwargs)
        shown = name(self, *args) if callable(name) else name
        if shown is None and callable(name):
            return method(self, *args, **kwargs)
        start = _now_us()
        _scope.quiet = True
        try:
            result = method(self, *args, **kwargs)
        finally:
            _scope.quiet = False
        # astype(copy=False) to the same type and copyto into the array itself (False) are no operation
        if result is not self and result is not False and shown is not None:
            _add_operation(shown, start, _now_us() - start)
        return result
    run.__doc__ = method.__doc__
    return run


def _timed(name, fwd):
    def run(*args, **kwargs):
        if getattr(_scope, "quiet", False):
            return fwd(*args, **kwargs)
        start = _now_us()
        try:
            with untimed():         # the operators an op's code calls are part of it (one engine op in MXNet)
                return fwd(*args, **kwargs)
        finally:
            custom = getattr(_scope, "custom", None)
            if name == "_index":
                for shown in mxnet_indexing(args[0].shape, kwargs.get("key"))[0]:
                    _add("operator", shown, start, _now_us() - start)
            elif custom is None:
                _add("operator", _op_name(name, args), start, _now_us() - start)
            else:
                _add("Custom Operator", f"{custom}::{_op_name(name, args)}", start, _now_us() - start)
    return functools.wraps(fwd)(run)        # the op's signature stays visible (symbols check attributes by it)


def executor_scope():
    """Operators run here belong to a bound executor's graph (timed even without profile_imperative)."""
    return flag_within(_scope, "executor")


def record_head_gradients(count):
    """MXNet's executor copies each head gradient it is given into its own array (CopyCPU2CPU), then passes it
    through an _identity_with_attr_like_rhs node."""
    if _running:
        for name in ("CopyCPU2CPU", "_identity_with_attr_like_rhs"):
            for _ in range(count):
                _add("operator", name, _now_us(), 0.0)


def untimed():
    """Run operators without recording them (work MXNet does not do, e.g. probing a backward)."""
    return flag_within(_scope, "quiet")


@contextlib.contextmanager
def custom_operator_scope(name):
    """Time a custom operator's Python code as ``<name>::pure_python`` ("Custom Operator"), and the
    operators it calls as ``<name>::<op>``, as MXNet's profiler shows them."""
    outer, _scope.custom = getattr(_scope, "custom", None), name
    start = _now_us()
    try:
        yield
    finally:
        _scope.custom = outer
        if _running:
            _add("Custom Operator", f"{name}::pure_python", start, _now_us() - start)


_SORT_KEYS = {"count": "Count", "total": "Total", "min": "Min", "max": "Max", "avg": "Avg"}


def _statistics(reset):
    """{category: {name: {"Count", "Total", "Min", "Max", "Avg"}}} in ms; markers make empty categories."""
    with _lock:
        events = list(_aggregate)
        if reset:
            _aggregate.clear()
    durations = defaultdict(lambda: defaultdict(list))
    counters = {}
    for category, name, _, duration, _, kind, value in events:
        if category.endswith(",instant_marker"):
            durations[category]         # listed, with no statistics, as MXNet lists its markers
        elif kind == "counter":
            durations[category][name].append(value)
            counters[category, name] = True
        else:
            durations[category][name].append(duration / 1000.0)
    return {c: {n: _counter_row(d) if (c, n) in counters else
                {"Count": len(d), "Total": sum(d), "Min": min(d), "Max": max(d), "Avg": sum(d) / len(d)}
                for n, d in names.items()} for c, names in durations.items()}


def _counter_row(values):
    """MXNet's statistics of a counter's values, shown in the time columns as thousandths (in single
    precision): the last value as total, half the range as average; its minimum starts at 2**31 - 1."""
    shown = lambda v: float(np.float32(v) / np.float32(1000))     # noqa: E731
    low, high = min(min(values), (1 << 31) - 1), max(values)
    return {"Count": len(values), "Total": shown(values[-1]), "Min": shown(low), "Max": shown(high),
            "Avg": shown((high - low) // 2)}


def dumps(reset=False, format="table", sort_by="total", ascending=False):
    """The aggregate statistics per category and name: count and total/min/max/avg time in ms, as a
    table or as MXNet's JSON ({"Time": ..., "Memory": ..., "Unit": ...}); ``reset`` clears them."""
    if sort_by not in _SORT_KEYS:
        raise AssertionError(f"Invalid value provided for sort_by: {sort_by}.             "     # (MXNet's spaces)
                             "Support: 'total', 'avg', 'min', 'max', 'count'")
    if format not in ("table", "json"):
        raise AssertionError(f"Invalid value provided for format: {format}. Support: 'table', 'json'")
    if ascending not in (False, True):
        raise AssertionError(f"Invalid value provided for ascending: {ascending}. Support: False, True")
    if reset not in (False, True):
        raise AssertionError(f"Invalid value provided for reset: {reset}. Support: False, True")
    if _output_open:
        _write_trace(finished=False)        # as MXNet: the trace so far is written first
    if reset and not _config.get("aggregate_stats"):
        # MXNet's words, from its C++ side without a check's location: there are no statistics to reset
        raise located(MXNetError("Operation not permitted"), ("", 0))
    key = _SORT_KEYS[sort_by]
    # rows of equal value are listed by name in reverse order, as MXNet lists them
    stats = {c: dict(sorted(sorted(names.items(), reverse=True), key=lambda kv: kv[1][key], reverse=not ascending))
             for c, names in sorted(_statistics(reset).items())}
    if not _config.get("aggregate_stats"):
        return ""                       # as MXNet: statistics are kept only with aggregate_stats=True
    if format == "json":
        return _stats_json(stats)
    lines = ["", "Profile Statistics:", "\tNote the difference in units for different entries."]
    for category, names in stats.items():
        lines += [category, "=================",
                  f"{'Name':<30}{'Total Count':>11}{'Time (ms)':>17}{'Min Time (ms)':>17}{'Max Time (ms)':>17}"
                  f"{'Avg Time (ms)':>17}",
                  f"{'----':<30}{'-----------':>11}{'---------':>17}{'-------------':>17}{'-------------':>17}"
                  f"{'-------------':>17}"]
        # names 25 wide then the count 16 wide (so longer names push the row), times after a space
        lines += [f"{n:<25}{v['Count']:>16} {v['Total']:>16.4f} {v['Min']:>16.4f} {v['Max']:>16.4f} {v['Avg']:>16.4f}"
                  for n, v in names.items()]
        lines.append("")
    return "\n".join(lines) + "\n"


def _stats_json(stats):
    """The statistics as MXNet's JSON text: 4-space indents, the comma between two entries on a line of its
    own, numbers as C++ streams print them with a precision of 4 (significant digits)."""
    def entries(indent, items):
        """Lines of ``"key": {`` blocks (``items``: key -> inner lines), separated by comma lines."""
        lines = []
        for i, (key, inner) in enumerate(items):
            lines += ([indent + ","] if i else []) + [f'{indent}"{key}": {{'] + inner + [indent + "}"]
        return lines

    def row(v, indent=" " * 16):
        return [f'{indent}"Count": {v["Count"]},'] + [f'{indent}"{k}": {v[k]:.4g}' + ("," if k != "Avg" else "")
                                                       for k in ("Total", "Min", "Max", "Avg")]

    time = entries(" " * 8, [(c, entries(" " * 12, [(n, row(v)) for n, v in names.items()]))
                             for c, names in stats.items()])
    lines = ["{", '    "Time": {'] + time + ["    }", "    ,", '    "Memory": {', "    }", ",", '    "Unit": {',
                                              '        "Time": "ms",', '        "Memory": "kB"', "    }", "}"]
    return "\n".join(lines) + "\n"


def _stop_timer():
    """Stop the continuous-dump timer, if one runs: it quits at its next wake."""
    global _timer, _timer_exit
    if _timer is not None:
        start, period = _timer
        _timer_exit = start + (int((time.monotonic() - start) / period) + 1) * period
        _timer = None


def dump(finished=True, profile_process="worker"):
    """Write the events to the configured ``filename`` as Chrome trace JSON (``finished``: and clear them)."""
    _check_process(profile_process, 347)
    if not _output_open:
        raise MXNetError("Check failed: profiler->IsEnableOutput(): Profiler hasn't been run. Config and start "
                         "profiler first")
    _write_trace(finished)


def _write_trace(finished):
    """Write the trace file; the output stays open for later dumps if it is not finished (see _left_open)."""
    global _output_open
    _output_open = not finished and _left_open
    with _lock:
        events = list(_events)
        if finished:
            _events.clear()
            _stop_timer()
    text = json.dumps({"traceEvents": _trace(events), "displayTimeUnit": "ms"})     # C encoder: streams in Python
    try:
        with open(_config["filename"], "w") as f:
            f.write(text)
    except OSError:         # MXNet's file stream that fails to open writes nothing, and says nothing
        pass


_DEVICES = ("cpu/0", "cpu/1", "cpu pinned/", "cpu shared/")      # MXNet's device processes, pid 0 to 3
_MARKER_SCOPES = {"global": "g", "process": "p", "thread": "t", "task": "p", "marker": "p"}


def _std_hash(data):
    """libstdc++'s std::hash of ``data`` (bytes): MXNet names trace processes and threads by it."""
    mask, mul = (1 << 64) - 1, (0xc6a4a793 << 32) + 0x5bd1e995
    mix = lambda v: v ^ (v >> 47)          # noqa: E731
    h = (0xc70f6907 ^ (len(data) * mul)) & mask
    whole = len(data) & ~7
    for i in range(0, whole, 8):
        h = ((h ^ (mix(int.from_bytes(data[i:i + 8], "little") * mul & mask) * mul & mask)) * mul) & mask
    if len(data) & 7:
        h = ((h ^ int.from_bytes(data[whole:], "little")) * mul) & mask
    return mix(mix(h) * mul & mask)


def _trace(events):
    """Chrome trace events as MXNet writes them: operators as B/E pairs on device cpu/0, then every event in
    the process of its category (operators and tasks as async b/e pairs, frames as '(' ')', counters 'C',
    markers 'n'), timestamps in whole microseconds since the epoch."""
    trace = [{"ph": "M", "args": {"name": name}, "pid": pid, "name": "process_name"} for pid, name in enumerate(_DEVICES)]
    threads = {tid: _std_hash(tid.to_bytes(8, "little")) for tid in {e[4] for e in events}}
    for category, name, start, duration, tid, kind, _ in events:
        if kind == "operator":
            trace += [{"name": name, "cat": category, "ph": ph, "ts": int(t + _EPOCH_US), "pid": 0, "tid": threads[tid]}
                      for ph, t in (("B", start), ("E", start + duration))]
    named = set()
    for category, name, start, duration, tid, kind, value in events:
        pid, thread = _std_hash(category.encode()), threads[tid]
        if category not in named:
            named.add(category)
            trace.append({"ph": "M", "args": {"name": category}, "pid": pid, "name": "process_name"})
        begin, end = int(start + _EPOCH_US), int(start + duration + _EPOCH_US)
        common = {"name": name, "cat": category}
        if kind in ("operator", "task"):
            trace += [dict(common, ph=ph, ts=t, id=thread, pid=pid, tid=thread) for ph, t in (("b", begin), ("e", end))]
        elif kind == "frame":
            trace += [dict(common, ph=ph, ts=t, pid=pid, tid=thread) for ph, t in (("(", begin), (")", end))]
        elif kind == "counter":
            trace.append(dict(common, ph="C", ts=begin, args={name: value}, pid=pid, tid=thread))
        elif kind == "marker":
            trace.append(dict(common, ph="n", ts=begin, s=_MARKER_SCOPES[value], pid=pid, tid=thread))
        else:           # a plain event
            trace += [dict(common, ph=ph, ts=t, pid=pid, tid=thread) for ph, t in (("B", begin), ("E", end))]
    return trace


def dump_profile():
    """Deprecated: ``dump(True)``."""
    warnings.warn("profiler.dump_profile() is deprecated. Please use profiler.dump() instead")
    dump(True)


def _c_name(name):
    """MXNet passes names to its library as C strings: anything but a str fails on ``encode``."""
    if not isinstance(name, str):
        raise no_attribute(name, "encode")
    return name


def _c_int(value, position=2):
    """``value`` as ctypes passes a Python int (argument ``position`` of a library call) to a C int: its low
    32 bits, signed; an int outside a C long's 64 bits fails the conversion."""
    if not -(1 << 63) <= value < (1 << 64):
        raise ctypes.ArgumentError(f"argument {position}: OverflowError: int too long to convert")
    value &= 0xFFFFFFFF
    return value - (1 << 32) if value & 0x80000000 else value


def _domain(domain):
    """MXNet hands a domain's handle to its library: anything but a Domain fails on ``handle``."""
    if not isinstance(domain, Domain):
        raise no_attribute(domain, "handle")
    return domain


def _new_handle(obj):
    """A void pointer standing in for the C handle MXNet's profiler object holds."""
    return ctypes.c_void_p(id(obj))


class Domain(HoldsCHandle):
    """A named group for user annotations (Task, Frame, Event, Counter, Marker)."""

    def __init__(self, name):
        self.name = _c_name(name)
        self.handle = _new_handle(self)

    def __str__(self):
        return self.name

    def new_task(self, name):
        return Task(self, name)

    def new_frame(self, name):
        return Frame(self, name)

    def new_counter(self, name, value=None):
        return Counter(self, name, value)

    def new_marker(self, name):
        return Marker(self, name)


def _frees_handle(cls):
    """Give profiler class ``cls`` MXNet's __del__, which frees the handle it made: one refused before it got
    its handle (its domain or name refused) frees a NULL one, which MXNet's library refuses (printed by Python
    as "Exception ignored in <function cls.__del__ ...>")."""
    def __del__(self):
        if "name" not in vars(self):
            raise located(MXNetError("Check failed: object_handle != static_cast<ProfileHandle>(nullptr) (0 vs. 0) "
                                     ": Invalid NULL handle passed to MXProfileDestroyHandle"),
                          ("../src/c_api/c_api_profile.cc", 447))
    __del__.__qualname__ = f"{cls.__name__}.__del__"
    cls.__del__ = __del__
    return cls


class _Span(HoldsCHandle):
    """A user-timed range: ``start()`` ... ``stop()``, recorded under its domain."""

    _kind = "event"         # how the trace shows it: a B/E pair (tasks: async b/e, frames: '(' ')')

    def _open(self, domain, name):
        self._domain, self.name = domain, _c_name(name)
        self.handle, self._start = _new_handle(self), None

    def start(self):
        self._start = _now_us()

    def stop(self):
        if self._start is None:         # MXNet ignores a stop without a start
            return
        _add(self._category(), self.name, self._start, _now_us() - self._start, self._kind)
        self._start = None

    def _category(self):
        return str(self._domain)

    def __str__(self):
        return self.name


@_frees_handle
class Task(_Span):
    """A timed task in a domain."""

    _kind = "task"

    def __init__(self, domain, name):
        self._open(_domain(domain), name)


@_frees_handle
class Frame(_Span):
    """A timed frame (e.g. one iteration) in a domain, listed under "<domain>,frame" as MXNet lists it."""

    _kind = "frame"

    def __init__(self, domain, name):
        self._open(_domain(domain), name)

    def _category(self):
        return f"{self._domain},frame"


@_frees_handle
class Event(_Span):
    """A timed event, not tied to a domain."""

    def __init__(self, name):
        self._open("event", name)


@_frees_handle
class Counter(HoldsCHandle):
    """A named value recorded each time it changes."""

    def __init__(self, domain, name, value=None):
        self._domain, self.name = _domain(domain), _c_name(name)
        self.handle, self._value = _new_handle(self), 0
        if value is not None:
            self.set_value(value)

    # MXNet's counters are unsigned 64-bit integers, set and changed by C ints (the low 32 bits, signed)
    def set_value(self, value):
        self._record(_c_int(int(value)))

    def increment(self, delta=1):
        self._record(self._value + _c_int(int(delta)))

    def decrement(self, delta=1):
        self._record(self._value + _c_int(-int(delta)))

    def _record(self, value):
        self._value = value % (1 << 64)
        _add(str(self._domain), self.name, _now_us(), 0.0, "counter", self._value)

    def __iadd__(self, delta):
        self.increment(delta)
        return self

    def __isub__(self, delta):
        self.decrement(delta)
        return self

    def __str__(self):
        return self.name


_SCOPES = ("global", "marker", "process", "task", "thread")


class Marker:
    """An instant marker."""

    def __init__(self, domain, name):
        self.domain, self.name = domain, name

    def mark(self, scope="process"):
        """Record the marker with ``scope``: 'global', 'process', 'thread', 'task' or 'marker'."""
        _domain(self.domain), _c_name(self.name), _c_name(scope)
        if scope not in _SCOPES:
            raise MXNetError(f"Invalid Input: '{scope}', valid values are: {{'global', 'marker', 'process', "
                             "'task', 'thread'}")
        _add(f"{self.domain},instant_marker", self.name, _now_us(), 0.0, "marker", scope)


# the timing hooks distnet's operators, executors and optimizers call are no names of MXNet's module
__dir__ = _hiding(globals(), """HoldsCHandle MXNetError OPS contextlib custom_operator_scope defaultdict executor_scope
    flag_within functools in_custom_operator json located mxnet_assignment mxnet_indexing no_attribute np record_copy
    record_head_gradients record_host_copy threading time time_optimizers untimed""".split())
