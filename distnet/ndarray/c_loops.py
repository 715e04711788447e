"""numpy ufuncs that call a C library function on every element, in numpy's own C loop.

A ctypes function called per element (through ``np.frompyfunc``) costs a microsecond an element;
numpy's generic loops (``PyUFunc_f_f`` and kin, in its C API table) call a C function pointer
directly, so a ufunc built on them costs what ``np.exp`` costs. The results are the C function's
bits: float arguments go in as C floats, double ones as doubles, as a per-element call passes them.
"""
import ctypes

import numpy as np

# Slots of numpy's ufunc C API table (fixed by its ABI since numpy 1.0).
_FROM_FUNC_AND_DATA = 1
_LOOPS = {      # (arguments, C type) -> ((loop slot, numpy type) for each loop, first match wins)
    (1, ctypes.c_float): ((6, np.float32),),     # PyUFunc_f_f
    (2, ctypes.c_float): ((14, np.float32),),    # PyUFunc_ff_f
    (1, ctypes.c_double): ((5, np.float64),),                    # PyUFunc_d_d
    (2, ctypes.c_double): ((15, np.float64),),                   # PyUFunc_dd_d
}
_KEEP = []      # the loop, data and type tables a ufunc points into live as long as the process


def _api_table():
    get_pointer = ctypes.pythonapi.PyCapsule_GetPointer
    get_pointer.restype, get_pointer.argtypes = ctypes.c_void_p, [ctypes.py_object, ctypes.c_char_p]
    return ctypes.cast(get_pointer(np.core._multiarray_umath._UFUNC_API, None), ctypes.POINTER(ctypes.c_void_p))


def c_ufunc(name, address, nargs, ctype):
    """A ufunc calling the C function at ``address`` (``nargs`` arguments of ``ctype``) on every element,
    or None where numpy's loops do not fit it (the caller then calls it per element)."""
    loops = _LOOPS.get((nargs, ctype))
    if loops is None:
        return None
    try:
        table = _api_table()
        make = ctypes.PYFUNCTYPE(ctypes.py_object, ctypes.c_void_p, ctypes.c_void_p, ctypes.c_char_p, ctypes.c_int,
                                 ctypes.c_int, ctypes.c_int, ctypes.c_int, ctypes.c_char_p, ctypes.c_char_p,
                                 ctypes.c_int)(table[_FROM_FUNC_AND_DATA])
        funcs = (ctypes.c_void_p * len(loops))(*[table[slot] for slot, _ in loops])
        data = (ctypes.c_void_p * len(loops))(*[address] * len(loops))
        types = (ctypes.c_char * ((nargs + 1) * len(loops)))(
            *[bytes([np.dtype(t).num]) for _, t in loops for _ in range(nargs + 1)])
        name_bytes = name.encode()
        ufunc = make(funcs, data, types, len(loops), nargs, 1, -1, name_bytes, b"", 0)
    except (AttributeError, ValueError, TypeError, OSError):
        return None
    _KEEP.append((funcs, data, types, name_bytes))
    if not _agrees(ufunc, ctypes.PYFUNCTYPE(ctype, *[ctype] * nargs)(address), nargs, ctype):
        return None
    return ufunc


# A ufunc's error mask for one call (numpy < 2): MXNet's C calls overflow, underflow and make NaNs silently, and
# np.errstate costs more than a small array's whole call.
SILENT = [np.getbufsize(), 0, None]


def any_float_arguments(loop):
    """A float function's ``loop`` taking any numbers: each rounded to a C float first, as a C call converts them."""
    def call(*xs):
        return loop(*xs, dtype=np.float32, casting="unsafe", extobj=SILENT)
    return call


def _agrees(ufunc, per_element, nargs, ctype):
    """Whether ``ufunc`` gives what calling the C function per element gives (a check of the table's slots)."""
    dtype = np.float32 if ctype is ctypes.c_float else np.float64
    sample = [np.array([0.5, 1.25, -2.0, 3.0], dtype)[i:i + 3] for i in range(nargs)]
    want = np.array([per_element(*[float(v[k]) for v in sample]) for k in range(3)], dtype)
    with np.errstate(all="ignore"):
        got = ufunc(*sample)
    return got.dtype == dtype and np.array_equal(got, want, equal_nan=True)
