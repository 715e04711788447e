"""The C library's float functions that MXNet's Poisson sampler calls: tanf, expf, logf and lgammaf.

They are not always correctly rounded (lgammaf is often a unit in the last place off for large
arguments), and a last-bit difference changes which proposals MXNet's rejection loop accepts, so the
sampler calls the same functions. A Python float argument is rounded to float, as C converts a double
argument. Without a loadable C math library the correctly rounded values stand in.
"""
import ctypes
import math

import numpy as np

_F = np.float32


def _correctly_rounded(fn):
    def call(x):
        try:
            return float(_F(fn(float(_F(x)))))
        except OverflowError:
            return math.inf
        except ValueError:          # log of zero or less, lgamma at a pole: C's values
            if fn is math.log:
                return -math.inf if x == 0 else math.nan
            return math.inf
    return call


def _load():
    for name in ("libm.so.6", "libm.dylib", None):
        try:
            lib = ctypes.CDLL(name)
            fns = [getattr(lib, n) for n in ("tanf", "expf", "logf", "lgammaf")]
        except (OSError, AttributeError):
            continue
        for fn in fns:
            fn.restype, fn.argtypes = ctypes.c_float, [ctypes.c_float]
        return fns
    return [_correctly_rounded(fn) for fn in (math.tan, math.exp, math.log, math.lgamma)]


tanf, expf, logf, lgammaf = _load()
