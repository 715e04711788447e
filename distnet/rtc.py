"""``mx.rtc``: CUDA runtime compilation, which needs a CUDA build; distnet runs on the CPU only.

As in an MXNet build without CUDA, the arguments are converted and checked in Python first; the
compilation or launch itself then fails.
"""
import ctypes  # noqa: F401  (modules MXNet's module shows, as its own imports)
import re  # noqa: F401

import numpy as np  # noqa: F401

from .base import _LIB  # noqa: F401
from .base import MXNetError as _MXNetError, c_str, c_str_array, located as _located, numeric_types
from .base import CudaKernelHandle, CudaModuleHandle, c_array, c_array_buf, check_call, mx_uint  # noqa: F401
from .base import string_types  # noqa: F401  (names MXNet's module shows, as its own imports)
from .ndarray import NDArray, array  # noqa: F401

_NO_CUDA = "Compile with USE_CUDA=1 and ENABLE_CUDA_RTC=1 to have CUDA runtime compilation."
_CREATE_SITE = ("../src/c_api/c_api.cc", 3055)     # MXNet's C calls refusing a module's creation, a launch
_LAUNCH_SITE = ("../src/c_api/c_api.cc", 3122)
_FREE_SITE = ("../src/c_api/c_api.cc", 3065)


def _as_strings(value):
    """``value`` as a sequence of strings (one string is a sequence of one)."""
    return (value,) if isinstance(value, str) else value


class CudaModule:
    """A CUDA source module compiled at run time: not available without CUDA."""

    def __init__(self, source, options=(), exports=()):
        self.handle = CudaModuleHandle()     # (before the C call, as MXNet's: collecting the module frees it)
        c_str(source)                   # text is encoded for the C call: anything else is an AttributeError
        c_str_array(_as_strings(options))
        c_str_array(_as_strings(exports))
        raise _located(_MXNetError(_NO_CUDA), _CREATE_SITE)

    def __del__(self):
        # MXNet frees the handle when the module is collected, a C call that fails without CUDA too (Python
        # prints it as "Exception ignored in ...")
        if "handle" in vars(self):
            raise _located(_MXNetError(_NO_CUDA), _FREE_SITE)

    def get_kernel(self, name, signature):
        """A kernel of the module (never reached: construction raises)."""
        raise _located(_MXNetError(_NO_CUDA), _CREATE_SITE)


class CudaKernel:
    """A kernel of a ``CudaModule``: it can be described, but launching it needs CUDA."""

    def __init__(self, handle, name, is_ndarray, dtypes):
        from .ndarray.ndarray import _DTYPE_MX_TO_NP
        self.handle = handle
        self._name = name
        self._is_ndarray = is_ndarray
        self._dtypes = [_DTYPE_MX_TO_NP[code] for code in dtypes]

    def launch(self, args, ctx, grid_dims, block_dims, shared_mem=0):
        """Run the kernel on a GPU: the arguments are checked, then the launch fails without CUDA."""
        from .ndarray import NDArray
        _check(ctx.device_type == "gpu", "Cuda kernel can only be launched on GPU")
        _check(len(grid_dims) == 3, "grid_dims must be a tuple of 3 integers")
        _check(len(block_dims) == 3, "grid_dims must be a tuple of 3 integers")    # (MXNet's words)
        _check(len(args) == len(self._dtypes),
               f"CudaKernel({self._name}) expects {len(self._dtypes)} arguments but got {len(args)}")
        for i, (arg, is_array) in enumerate(zip(args, self._is_ndarray)):
            if is_array:
                _check(isinstance(arg, NDArray), f"The {i}-th argument is expected to be a NDArray but got "
                                                 f"{type(arg)}")
            else:
                _check(isinstance(arg, numeric_types), f"The {i}-th argument is expected to be a number, but got "
                                                        f"{type(arg)}")
        raise _located(_MXNetError(_NO_CUDA), _LAUNCH_SITE)


def _check(condition, message):
    """MXNet checks a launch's arguments with asserts: an AssertionError with ``message``."""
    if not condition:
        raise AssertionError(message)
