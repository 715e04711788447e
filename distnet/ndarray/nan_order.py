"""Which NaN a sum or product keeps where both operands are NaN.

MXNet's float and double kernels keep the right operand's NaN (its half kernels, computing in float, the left
one's; with a number, the array's). numpy 1.26's loops on AVX-512 keep their first operand's in scalar code (arrays
within one 64-byte vector, the last doubles past whole vectors) and their second's in vector code; its half loops
always keep the second's. Ordering the operands by that model costs next to nothing; the model is checked once
against this machine's numpy (``LOOPS_AS_MODELLED``), and where it does not hold the NaNs are set after the ufunc
instead, at the cost of passes over the arrays.
"""
import numpy as np

SCALAR_LOOP_BYTES = 64      # numpy's float loops run arrays within one AVX-512 vector in scalar code
_NDARRAY = np.ndarray
_F16, _F64 = np.dtype(np.float16), np.dtype(np.float64)
_DOUBLE_TAIL = 8            # the doubles past whole vectors, fewer than this, may run in scalar code


def _kept_signs(ufunc, dtype, n):
    """Sign bits ``ufunc(+NaN..., -NaN...)`` keeps in ``n`` elements of ``dtype``: False where the first's."""
    first = np.full(n, np.nan, dtype)
    return np.signbit(ufunc(first, -first))


def _as_modelled(signs, dtype):
    n = signs.size
    if dtype is _F16:
        return signs.all()
    if n * dtype.itemsize <= SCALAR_LOOP_BYTES:
        return not signs.any()
    return signs[:n - n % _DOUBLE_TAIL].all() if dtype is _F64 else signs.all()


def _loops_as_modelled():
    return all(_as_modelled(_kept_signs(ufunc, dtype, n), dtype)
               for ufunc in (np.add, np.multiply) for dtype in (_F16, np.dtype(np.float32), _F64)
               for n in range(1, 70))


LOOPS_AS_MODELLED = _loops_as_modelled()


def nan_kept(ufunc, keep, other):
    """``ufunc(keep, other)`` of a commutative ufunc on two arrays of one shape, giving ``keep``'s NaN where both
    are NaN."""
    if not LOOPS_AS_MODELLED:
        return _set_after(ufunc(keep, other), keep, other)
    if keep.dtype is _F16:
        return ufunc(other, keep)
    if keep.nbytes <= SCALAR_LOOP_BYTES:
        return ufunc(keep, other)
    r = ufunc(other, keep)
    if r.dtype is _F64:
        _double_tail(ufunc, r, keep, other)
    return r


def _double_tail(ufunc, r, keep, other):
    """Redo the last doubles of ``r = ufunc(other, keep)`` past whole vectors, which numpy's scalar code may have
    given ``other``'s NaN, as an array within one vector (keeping its first operand's)."""
    tail = r.size % _DOUBLE_TAIL
    if tail and keep.shape == other.shape and r.flags.c_contiguous:
        r.reshape(-1)[-tail:] = ufunc(keep.reshape(-1)[-tail:], other.reshape(-1)[-tail:])


def _set_after(r, keep, other):
    """``r`` taking ``keep``'s NaN where ``keep`` (of ``r``'s shape and float type) is NaN."""
    return keep_nan(r, keep) if r.dtype.kind == "f" and keep.shape == other.shape == r.shape else r


def commuted(ufunc, lhs, rhs):
    """``ufunc(lhs, rhs)`` of a commutative ufunc (add, multiply) keeping MXNet's NaN where both are NaN."""
    if type(lhs) is not _NDARRAY or type(rhs) is not _NDARRAY:
        return _with_number(ufunc, lhs, rhs)
    if lhs.shape != rhs.shape and lhs.dtype.kind == "f" and lhs.dtype is not _F16:
        return broadcast_keeping_right_nan(ufunc(lhs, rhs), rhs)
    if not LOOPS_AS_MODELLED:
        return nan_kept(ufunc, lhs, rhs) if lhs.dtype is _F16 else nan_kept(ufunc, rhs, lhs)
    if lhs.nbytes <= SCALAR_LOOP_BYTES and rhs.nbytes <= SCALAR_LOOP_BYTES or lhs.dtype is _F16:
        return ufunc(rhs, lhs)
    r = ufunc(lhs, rhs)
    if r.dtype is _F64:
        _double_tail(ufunc, r, rhs, lhs)
    return r


def broadcast_keeping_right_nan(result, rhs):
    """``result``, a float or double broadcast of a commutative ufunc, taking its right operand ``rhs``'s NaN
    wherever ``rhs`` is NaN, as MXNet's broadcast kernels keep it (numpy's broadcasting loops mix the two by the
    operands' strides and lengths)."""
    if _may_hold_nan(rhs):
        np.copyto(result, rhs, where=np.isnan(rhs))
    return result


def _with_number(ufunc, lhs, rhs):
    """``ufunc(lhs, rhs)`` with a number on one side: a NaN number leaves the array's NaNs as they are."""
    r = ufunc(lhs, rhs)
    array, number = (rhs, lhs) if type(rhs) is _NDARRAY else (lhs, rhs)
    if isinstance(number, (float, np.floating)) and number != number and type(array) is _NDARRAY \
            and array.dtype.kind == "f":
        return np.where(np.isnan(array), array, r)
    return r


def keep_nan(result, source):
    """``result`` taking ``source``'s NaN wherever ``source`` is NaN, in place when it is an array: of two NaN
    operands, the one a compiled kernel's operation keeps (numpy's vector loops keep either, by the array's length)."""
    if isinstance(result, np.ndarray):
        if _may_hold_nan(source):
            np.copyto(result, source, where=np.isnan(source))
        return result
    return np.where(np.isnan(source), source, result)[()]      # (a 0-d operation's numpy scalar: a new one)


def combine_keeping_nan(ufunc, a, b):
    """``ufunc(a, b)`` keeping ``a``'s NaN where both are NaN, as MXNet's compiled kernels do (numpy's vector loops
    keep either, by the array's length); in place in ``a`` when it is an array."""
    if isinstance(a, np.ndarray):
        if not _may_hold_nan(a):        # (the common case: numpy's own loop, unmasked)
            return ufunc(a, b, out=a)
        nan = np.isnan(a)
        kept = a[nan]
        ufunc(a, b, out=a)
        a[nan] = kept
        return a
    return a if np.isnan(a) else ufunc(a, b)


def _may_hold_nan(a):
    """Whether array ``a`` may hold a NaN: its sum is NaN when it does (one fast pass; +inf and -inf say maybe)."""
    return np.isnan(np.add.reduce(a, axis=None))
