"""BLAS level-3 routines called as MXNet calls its own, through numpy's OpenBLAS.

Where numpy's OpenBLAS runs the kernels MXNet's OpenBLAS 0.3.13 runs (Haswell's, see openblas_core), its gemm,
syrk, trmm and trsm give MXNet's bits for the same call: alpha and beta applied by the kernel, the operands in
the roles MXNet gives them. ``runs_mxnet_kernels`` says whether that holds here; otherwise the callers keep their
own replays.
"""
import ctypes
import functools

import numpy as np

from .openblas_core import core, library_function, numpy_openblas

_ROW_MAJOR, _NO_TRANS, _TRANS, _UPPER, _LOWER, _LEFT, _RIGHT, _NON_UNIT = 101, 111, 112, 121, 122, 141, 142, 131
_INT = ctypes.c_int64
_SCALAR = {np.dtype(np.float32): ctypes.c_float, np.dtype(np.float64): ctypes.c_double}
_PREFIX = {np.dtype(np.float32): "s", np.dtype(np.float64): "d"}


@functools.lru_cache(maxsize=None)
def _function(dtype, routine):
    libs = numpy_openblas()
    if not libs or np.dtype(dtype) not in _PREFIX:
        return None
    return library_function(libs[0], f"cblas_{_PREFIX[np.dtype(dtype)]}{routine}")


def runs_mxnet_kernels(*arrays):
    """Whether numpy's OpenBLAS computes BLAS calls on ``arrays`` (numpy arrays of one float dtype) with MXNet's
    kernels: both run Haswell's (numpy's 64-bit integer OpenBLAS, whose routines are called here)."""
    dtype = arrays[0].dtype
    if core() != "haswell" or any(type(a) is not np.ndarray or a.dtype != dtype for a in arrays):
        return False
    corename = _corename()
    return corename is not None and _function(dtype, "gemm") is not None and corename().lower() == b"haswell"


@functools.lru_cache(maxsize=None)
def _corename():
    corename = library_function(numpy_openblas()[0], "openblas_get_corename") if numpy_openblas() else None
    if corename is not None:
        corename.restype = ctypes.c_char_p
    return corename


def _pointer(x):
    return x.ctypes.data_as(ctypes.c_void_p)


def _stacked(lead, *arrays):
    """Each array broadcast to the ``lead`` stack and made C-contiguous (a copy where needed)."""
    return [np.ascontiguousarray(np.broadcast_to(x, lead + x.shape[-2:])) for x in arrays]


def gemm(a, b, alpha=1.0, c=None, beta=0.0, transpose_a=False, transpose_b=False):
    """``alpha op(a) @ op(b) + beta c`` for stacks of row-major matrices, one ?gemm call per matrix."""
    m = a.shape[-1] if transpose_a else a.shape[-2]
    k = a.shape[-2] if transpose_a else a.shape[-1]
    n = b.shape[-2] if transpose_b else b.shape[-1]
    lead = np.broadcast_shapes(a.shape[:-2], b.shape[:-2], () if c is None else c.shape[:-2])
    a, b = _stacked(lead, a, b)
    out = np.zeros(lead + (m, n), a.dtype) if c is None else \
        np.array(np.broadcast_to(c, lead + (m, n)), a.dtype, order="C")
    if m and n:
        call, scalar = _function(a.dtype, "gemm"), _SCALAR[a.dtype]
        flags = (_TRANS if transpose_a else _NO_TRANS, _TRANS if transpose_b else _NO_TRANS)
        for i in np.ndindex(*lead):
            call(_ROW_MAJOR, *flags, _INT(m), _INT(n), _INT(k), scalar(alpha), _pointer(a[i]), _INT(max(1, a.shape[-1])),
                 _pointer(b[i]), _INT(max(1, b.shape[-1])), scalar(beta if c is not None else 0.0), _pointer(out[i]),
                 _INT(n))
    return out


def syrk_lower(a, alpha=1.0, transpose=False):
    """``alpha op(a) @ op(a)^T``'s lower triangle (the upper one zero) for a stack, as ?syrk fills it."""
    n, k = (a.shape[-1], a.shape[-2]) if transpose else a.shape[-2:]
    (a,) = _stacked(a.shape[:-2], a)
    out = np.zeros(a.shape[:-2] + (n, n), a.dtype)
    if n:
        call, scalar = _function(a.dtype, "syrk"), _SCALAR[a.dtype]
        for i in np.ndindex(*a.shape[:-2]):
            call(_ROW_MAJOR, _LOWER, _TRANS if transpose else _NO_TRANS, _INT(n), _INT(k), scalar(alpha),
                 _pointer(a[i]), _INT(max(1, a.shape[-1])), scalar(0.0), _pointer(out[i]), _INT(n))
    return out


def triangular(routine, t, b, alpha=1.0, transpose=False, rightside=False, lower=True):
    """?trmm (``routine`` "trmm": ``alpha op(t) b`` or ``alpha b op(t)``) or ?trsm (solving for that product) on a
    copy of ``b``, for stacks; ``t``'s other triangle is not read."""
    lead = np.broadcast_shapes(t.shape[:-2], b.shape[:-2])
    t, out = _stacked(lead, t, b)
    out = out.copy() if np.shares_memory(out, b) else out
    m, n = out.shape[-2:]
    if m and n:
        call, scalar = _function(b.dtype, routine), _SCALAR[b.dtype]
        flags = (_RIGHT if rightside else _LEFT, _LOWER if lower else _UPPER, _TRANS if transpose else _NO_TRANS,
                 _NON_UNIT)
        for i in np.ndindex(*lead):
            call(_ROW_MAJOR, *flags, _INT(m), _INT(n), scalar(alpha), _pointer(t[i]), _INT(max(1, t.shape[-1])),
                 _pointer(out[i]), _INT(n))
    return out
