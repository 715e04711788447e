"""MXNet's report of an operator's storage types (failed storage inference, a storage fallback), its stderr
warning when an operator runs its dense kernel on sparse arrays, and its other once-per-process log lines."""
import os
import sys
import types

import numpy as np

from ..base import log_time
from ..base import flag_within

_ADVICE = ("The operator with default storage type will be dispatched for execution. You're seeing this warning "
           "message because the operator above is unable to process the given ndarrays with specified storage types, "
           "context and parameter. Temporary dense ndarrays are generated in order to execute the operator. This does "
           "not affect the correctness of the programme. You can set environment variable "
           "MXNET_STORAGE_FALLBACK_LOG_VERBOSE to 0 to suppress this warning.")
_NOTED = set()      # MXNet logs each distinct message once
# as_graph: a hybridized block runs its graph's ops one by one; skipped: ops MXNet's engine skips (an input failed)
# run only for their outputs' shapes
_FLAGS = types.SimpleNamespace(as_graph=False, skipped=False)


def stype_report(op, inputs, outputs, params=None, imperative=True):
    """``operator = ...`` and the storage types of ``inputs`` and ``outputs`` (arrays or storage type names;
    None: unknown), then the attributes the call gave (in MXNet's attribute map order: an NDArray call's, or
    with ``imperative`` False a graph node's) and the device."""
    from .param_text import map_keys

    def listed(arrays):
        return "".join(f"{'unknown' if a is None else getattr(a, 'stype', a)}, " for a in arrays)
    text = f"operator = {op}\ninput storage types = [{listed(inputs)}]\noutput storage types = [{listed(outputs)}]\n"
    if params is None:
        return text
    shown = "".join(f'"{k}" : {getattr(params[k], "spelt", params[k])}, ' for k in map_keys(op, params, imperative))
    return text + f"params = {{{shown}}}\ncontext.dev_mask = cpu\n"


def note_storage_fallback(op, inputs, outputs, params, imperative=True):
    """Warn on stderr, as MXNet does, that ``op`` ran its dense kernel on sparse ``inputs`` (``imperative``: in an
    NDArray call, else in a graph)."""
    imperative = imperative and not _FLAGS.as_graph
    if os.environ.get("MXNET_STORAGE_FALLBACK_LOG_VERBOSE", "1") == "0":
        return
    from ..symbol.symbol import _MXNET_OP_NAME
    report = "\nStorage type fallback detected:\n" \
        + stype_report(_MXNET_OP_NAME.get(op, op), inputs, outputs, params, imperative) + _ADVICE
    log_once("../src/executor/../operator/../common/utils.h", report)


def as_graph_nodes():
    """Report the calls made inside as a graph's nodes (a hybridized block running its ops one by one)."""
    return flag_within(_FLAGS, "as_graph")


def note_copy_fallback(source, target):
    """Warn on stderr, as MXNet's copy does, that copying ``source`` into ``target`` crosses storage types."""
    if os.environ.get("MXNET_STORAGE_FALLBACK_LOG_VERBOSE", "1") == "0":
        return
    where = f"{source.stype} storage type on {_dev_mask(source.context)}"
    to = f"{target.stype} storage type on {_dev_mask(target.context)}"
    log_once("../src/executor/../operator/../common/utils.h",
             f"\nStorage fallback detected:\nCopy from {where} to {to}.\nA temporary ndarray with {target.stype} "
             "storage type will be generated in order to perform the copy. This does not affect the correctness of "
             "the programme. You can set environment variable MXNET_STORAGE_FALLBACK_LOG_VERBOSE to 0 to suppress "
             "this warning.")


def _dev_mask(ctx):
    """The device kind MXNet's copy names: pinned host memory is cpu."""
    return "gpu" if ctx.device_type == "gpu" else "cpu"


def log_once(source, message):
    """MXNet's ``common::LogOnce``: ``message`` on stderr, with the time and the including ``source`` file of the
    log line, the first time it is logged in this process."""
    if message not in _NOTED:
        _NOTED.add(message)
        print(f"{log_time()} {source}:472: {message}", file=sys.stderr, flush=True)


def kernels_skipped():
    """Run ops whose kernels MXNet's engine skips (an input carries an error): what those kernels log is not
    logged."""
    return flag_within(_FLAGS, "skipped")


def kernel_log_once(source, message):
    """``log_once`` for a line an operator's kernel logs as it runs: nothing for a kernel MXNet skips."""
    if not _FLAGS.skipped:
        log_once(source, message)


def safe_accumulation():
    """Whether MXNET_SAFE_ACCUMULATION=1: MXNet's softmax and norm kernels then sum in a wider type."""
    return os.environ.get("MXNET_SAFE_ACCUMULATION", "0") == "1"


def accumulation_type(dtype):
    """The type MXNet's softmax kernels sum ``dtype`` values in: the wider float type under
    MXNET_SAFE_ACCUMULATION=1 (float16 in float32, float32 in float64), else the type itself."""
    dtype = np.dtype(dtype)
    if not safe_accumulation() or dtype.kind != "f":
        return dtype
    return np.dtype(np.float32) if dtype == np.float16 else np.dtype(np.float64)


def note_float16_accumulation(op_words, source, dtype):
    """MXNet's advice, once, when ``op_words``' kernel (logging from ``source``) reduces float16 data without
    MXNET_SAFE_ACCUMULATION=1."""
    if dtype == "float16" and not safe_accumulation():
        kernel_log_once(source, f"MXNET_SAFE_ACCUMULATION=1 is recommended for {op_words} with float16 inputs. See "
                         "https://mxnet.apache.org/api/faq/env_var for more details.")


# ---- legacy NDArray functions: their kernels read a sparse array's stored values as they are ----------------------
_STORED = types.SimpleNamespace(values=None)


def on_stored_values(run, args, out, in_place=False):
    """Run a legacy NDArray function (an op's ``runs_sparse_inputs``) with no storage fallback: its kernel reads
    each sparse input's stored values (see stored_values); with ``in_place``, a sparse input that is also its out=
    is written in its stored values (onehot_encode's), keeping its stored rows."""
    sparse = [a for a in args if getattr(a, "stype", "default") != "default"]
    if not sparse:
        return run()
    targets = [] if out is None else list(out) if isinstance(out, (list, tuple)) else [out]
    written = [(a, a._values, a._aux) for a in sparse if in_place and any(a is t for t in targets)]
    _STORED.values = [a._values if any(a is s for s in sparse) else None for a in args]
    try:
        return run()
    finally:
        _STORED.values = None
        from .failures import carried_error
        for a, values, aux in written:     # (the kernel wrote the values in place; a failed one holds its error)
            if carried_error([a]) is None:
                a._set_parts(values, aux)


def stored_values(given):
    """The buffers a legacy kernel reads of its inputs ``given`` (numpy arrays, in the call's order): a sparse
    input's stored values while on_stored_values runs it, else the input itself."""
    stored = _STORED.values
    if stored is None:
        return list(given)
    return [g if s is None else s for s, g in zip(stored, given)]


def assignment_refusal(source, target):
    """mshadow's words when a kernel assigns a tensor of shape ``source`` to one of shape ``target``."""
    def shown(shape):
        return "(" + ",".join(map(str, shape)) + ("," if len(shape) == 1 else "") + ")"
    return ("Assignment: Check failed: eshape[0] == 0 || eshape == dshape: Shape of Tensors are not consistent with "
            f"target, eshape: {shown(source)} dshape:{shown(target)}")
