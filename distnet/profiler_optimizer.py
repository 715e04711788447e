"""The operators MXNet 1.9.1 runs for an optimizer's step, as its profiler lists them.

distnet's SGD and Adam update weights in numpy; MXNet runs one fused operator per group of dense weights
(``multi_sgd_update``) or one per weight (``sgd_update``, ``adam_update``), and one ``_zeros`` per state
array it creates. Only float32-style updates are named here (multi-precision ones are not listed).
"""
import numpy as np


def _dense(arrays):
    return all(getattr(a, "stype", "default") == "default" for a in arrays)


def _sgd_rows(optimizer, index, weight, grad):
    momentum = "_mom" if optimizer.momentum > 0 else ""
    if isinstance(index, (list, tuple)):
        if _dense(weight) and _dense(grad):
            return ["multi_sgd%s_update" % momentum]
        return ["sgd%s_update" % momentum] * len(index)
    return ["sgd%s_update" % momentum]


def _adam_rows(optimizer, index, weight, grad):
    return ["adam_update"] * (len(index) if isinstance(index, (list, tuple)) else 1)


def _state_rows(optimizer, index, weight):
    if type(optimizer).__name__ == "Adam":
        return ["_zeros", "_zeros"]                 # mean and variance
    return ["_zeros"] if optimizer.momentum != 0.0 else []


def _multi_precision(optimizer, weight):
    weights = weight if isinstance(weight, (list, tuple)) else [weight]
    return optimizer.multi_precision and any(w.dtype == np.float16 for w in weights)


def _timed(cls, method, rows_of, weight_at):
    """``method`` of ``cls`` recorded as the operators ``rows_of`` names (exact ``cls`` only, not subclasses)."""
    from . import profiler

    def run(self, *args):
        if type(self) is not cls or getattr(profiler._scope, "quiet", False) \
                or _multi_precision(self, args[weight_at]):
            return method(self, *args)
        start = profiler._now_us()
        profiler._scope.quiet = True
        try:
            return method(self, *args)
        finally:
            profiler._scope.quiet = False
            for name in rows_of(self, *args[:3]):
                profiler._add("operator", name, start, profiler._now_us() - start)
    return run


def time_optimizers(originals):
    """Record SGD's and Adam's updates and state creations while the profiler runs (``originals`` keeps
    what to put back, as ``("attr", class, name)`` keys)."""
    from .optimizer import SGD, Adam
    for cls, rows_of in ((SGD, _sgd_rows), (Adam, _adam_rows)):
        for name, rows, weight_at in (("update_multi_precision", rows_of, 1),
                                      ("create_state_multi_precision", _state_rows, 1)):
            method = getattr(cls, name)
            originals[("attr", cls, name)] = method
            setattr(cls, name, _timed(cls, method, rows, weight_at))
