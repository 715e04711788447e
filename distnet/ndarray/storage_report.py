"""MXNet's report of an operator's storage types (failed storage inference, a storage fallback) and its
stderr warning when an operator runs its dense kernel on sparse arrays."""
import os
import sys
import time

_ADVICE = ("The operator with default storage type will be dispatched for execution. You're seeing this warning "
           "message because the operator above is unable to process the given ndarrays with specified storage types, "
           "context and parameter. Temporary dense ndarrays are generated in order to execute the operator. This does "
           "not affect the correctness of the programme. You can set environment variable "
           "MXNET_STORAGE_FALLBACK_LOG_VERBOSE to 0 to suppress this warning.")
_NOTED = set()      # MXNet warns once per distinct report


def stype_report(op, inputs, outputs, params=None):
    """``operator = ...`` and the storage types of ``inputs`` and ``outputs`` (arrays or storage type names;
    None: unknown), then the attributes the call gave (in MXNet's attribute map order) and the device."""
    from .param_text import map_keys

    def listed(arrays):
        return "".join(f"{'unknown' if a is None else getattr(a, 'stype', a)}, " for a in arrays)
    text = f"operator = {op}\ninput storage types = [{listed(inputs)}]\noutput storage types = [{listed(outputs)}]\n"
    if params is None:
        return text
    shown = "".join(f'"{k}" : {params[k]}, ' for k in map_keys(op, params, imperative=True))
    return text + f"params = {{{shown}}}\ncontext.dev_mask = cpu\n"


def note_storage_fallback(op, inputs, outputs, params):
    """Warn on stderr, as MXNet does, that ``op`` ran its dense kernel on sparse ``inputs``."""
    if os.environ.get("MXNET_STORAGE_FALLBACK_LOG_VERBOSE", "1") == "0":
        return
    report = "\nStorage type fallback detected:\n" + stype_report(op, inputs, outputs, params) + _ADVICE
    if report not in _NOTED:
        _NOTED.add(report)
        print(f"[{time.strftime('%H:%M:%S')}] ../src/executor/../operator/../common/utils.h:472: {report}",
              file=sys.stderr, flush=True)
