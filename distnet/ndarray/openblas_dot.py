"""BLAS sdot/ddot as MXNet 1.9.1's OpenBLAS adds them: the dot of two vectors (``nd.dot`` of 1-D arrays, and
the L2 norm of a sparse array's stored values, MXNet's ``VectorDot``).

Every product is rounded to the dtype before it is added (no fused multiply-add). float32: four accumulators
of four lanes over blocks of 16, summed ``(a0 + a1) + (a2 + a3)``; then one four-lane chunk after another, the
lanes summed ``(l0 + l1) + (l2 + l3)``, and the last ``n % 4`` products one by one. float64: four accumulators
of two lanes over blocks of 8; of the rest, a pair of pairs goes to accumulators 0 and 1, a pair to 0, a single
value to lane 0 of 0; then ``(a0 + a1) + (a2 + a3)`` and lane 0 + lane 1.
"""
import numpy as np


def _sequential_sum(rows, start):
    """``start`` plus ``rows[0]``, then plus ``rows[1]``, ... one row after another (numpy would pair them)."""
    if not len(rows):
        return start
    return np.add.accumulate(np.concatenate([start[None], rows]), axis=0)[-1]


def _sdot(p):
    n16, n4 = p.size & -16, p.size & -4
    acc = _sequential_sum(p[:n16].reshape(-1, 4, 4), np.zeros((4, 4), np.float32))
    lanes = _sequential_sum(p[n16:n4].reshape(-1, 4), (acc[0] + acc[1]) + (acc[2] + acc[3]))
    total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
    for v in p[n4:]:
        total = total + v
    return total


def _ddot(p):
    n8 = p.size & -8
    acc = _sequential_sum(p[:n8].reshape(-1, 4, 2), np.zeros((4, 2), np.float64))
    rest = p[n8:]
    if rest.size >= 4:
        acc[0] += rest[:2]
        acc[1] += rest[2:4]
        rest = rest[4:]
    if rest.size >= 2:
        acc[0] += rest[:2]
        rest = rest[2:]
    if rest.size:
        acc[0, 0] += rest[0]
    lanes = (acc[0] + acc[1]) + (acc[2] + acc[3])
    return lanes[0] + lanes[1]


def vector_dot(x, y):
    """``dot(x, y)`` of two 1-D float32 or float64 arrays of one dtype, with MXNet's bits (a 0-d array)."""
    products = x * y
    return np.asarray(_sdot(products) if x.dtype == np.float32 else _ddot(products), x.dtype)


def self_dot(x):
    """``dot(x, x)`` of a 1-D float32 or float64 array."""
    return vector_dot(x, x)
