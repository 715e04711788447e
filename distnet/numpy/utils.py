"""``mx.np.utils``: MXNet's module of the dtype and number names mx.np re-exports."""
import numpy as _np
import numpy as onp  # noqa: F401  (as MXNet's module imports it)
from numpy import bool_, finfo, float16, float32, float64, int8, int32, int64, uint8

bool = bool  # noqa: A001,PLW0127  (Python's bool, as MXNet's)
pi, e, inf, nan, newaxis = _np.pi, _np.e, _np.inf, _np.nan, None
PZERO, NZERO, NINF, PINF, NAN, NaN = 0.0, -0.0, -_np.inf, _np.inf, _np.nan, _np.nan
_STR_2_DTYPE_ = {"float16": float16, "float32": float32, "float64": float64, "float": float64, "uint8": uint8,
                 "int8": int8, "int32": int32, "int64": int64, "int": int64, "bool": bool, "bool_": bool_, "None": None}

__all__ = ["float16", "float32", "float64", "uint8", "int32", "int8", "int64", "bool", "bool_", "pi", "inf", "nan",
           "PZERO", "NZERO", "newaxis", "finfo", "e", "NINF", "PINF", "NAN", "NaN", "_STR_2_DTYPE_"]
