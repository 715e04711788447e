"""OpenBLAS's dot product of two vectors, added in the order of its x86-64 Haswell (AVX2) kernels
(openblas_prescott has the Prescott kernels' order; openblas_core says which set MXNet runs).

MXNet's ``VectorDot`` (``nd.dot`` of two vectors, the L2 norm of a sparse array's stored values) is BLAS
sdot/ddot. The kernel runs four accumulators of one vector register each over blocks of four registers
(fused multiply-adds), folds them lane-wise, and leaves the last ``n % block`` values to a C loop: sdot adds
those float products in double, ddot fuses each into its running sum. (OpenBLAS's AVX-512 kernels use
wider registers, so on such machines the last bits can differ.)
"""
import numpy as np

from . import openblas_prescott
from .dgemm_row import _add_to_odd, fma
from .openblas_core import core


def _fma_f32(a, b, c):
    """float32 a * b + c rounded once: the product is exact in double, the sum rounded to odd, then to float."""
    return _add_to_odd(a.astype(np.float64) * b.astype(np.float64), c.astype(np.float64)).astype(np.float32)


def fused_multiply_add(dtype):
    """``f(a, b, c)``: a * b + c rounded once, for arrays of ``dtype`` (float32 or float64)."""
    return _fma_f32 if np.dtype(dtype) == np.float32 else fma


def _register_sums(x, y, lanes, fused):
    """The kernel's four accumulators (of ``lanes`` lanes) over x * y, folded to one number as the kernel does."""
    acc = np.zeros((4, lanes), x.dtype)
    for bx, by in zip(x.reshape(-1, 4, lanes), y.reshape(-1, 4, lanes)):
        acc = fused(bx, by, acc)
    half = acc[:, :lanes // 2] + acc[:, lanes // 2:]           # each register's upper half onto its lower
    s = (half[0] + half[1]) + (half[2] + half[3])
    if lanes == 8:                                              # two horizontal adds of four floats
        return (s[0] + s[1]) + (s[2] + s[3])
    return s[0] + s[1]


def vector_dot(x, y):
    """``dot(x, y)`` of two 1-D float32 or float64 arrays of one dtype with OpenBLAS's bits (a 0-d array)."""
    if core() == "prescott":
        return openblas_prescott.vector_dot(x, y)
    if x.dtype == np.float32:
        n1 = x.size & -32
        kernel = float(_register_sums(x[:n1], y[:n1], 8, _fma_f32)) if n1 else 0.0
        tail = 0.0
        for p in (x[n1:] * y[n1:]).tolist():                   # float products, summed in double
            tail += p
        return np.asarray(tail + kernel, np.float32)
    n1 = x.size & -16
    dot = np.array([_register_sums(x[:n1], y[:n1], 4, fma) if n1 else 0.0])
    for u, v in zip(x[n1:], y[n1:]):
        dot = fma(np.array([u]), np.array([v]), dot)
    return dot.reshape(())


def self_dot(x):
    """``dot(x, x)`` of a 1-D float32 or float64 array with OpenBLAS's bits."""
    return vector_dot(x, x)
