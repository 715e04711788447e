"""Matrix products summed as OpenBLAS's AVX2 gemm kernels sum them.

MXNet multiplies a one-row matrix by BLAS dgemm, which NumPy never does (it hands vectors to the
matrix-vector kernel, which sums in another order). The kernel's order, measured against MXNet 1.9.1:
the inner dimension is cut into blocks of at most 256 (a remainder under 512 split in two halves
rounded up to 4); within a block, full groups of four output columns keep four partial sums, term i
fused-multiply-added into sum i % 4 for the leading multiple of 8 terms and the rest into sum 0, then
added as (s0 + s1) + (s2 + s3); the last (columns % 4) columns sum every term in order. Each block's
result is added to the previous ones. Fused multiply-adds are exact-rounded here with error-free
transformations (Boldo and Melquiond's emulation through rounding to odd).

Several rows are taken in pairs (or more) by the kernel, which fused-multiply-adds each output's terms in
order within the same blocks; an odd last row is a single row as above.

Where numpy's OpenBLAS runs the kernels MXNet's runs (see cblas), those products are its gemm calls instead,
at any size; the replays here serve the other BLAS builds.
"""
import math

import numpy as np

from . import cblas, openblas_prescott
from .openblas_core import core

_SPLIT = 134217729.0        # 2**27 + 1: Dekker's splitter for doubles
_REPLAY_MAX = 1024          # inner sizes replayed term by term (~30 us a term); longer ones take NumPy's kernel
_ROW_REPLAY_MAX = 4 * _REPLAY_MAX   # a single row steps four terms at a time: as many steps
_FLOAT_REPLAY_MAX = 1 << 14     # float32 products of one row or column: each term one step over every output
_FLOAT_LONG_REPLAY = (1 << 17, 1 << 20)     # longer ones too: up to this many terms, terms times outputs
_ROWS_REPLAY_MAX = 1 << 20  # multiply-adds of a product of several rows replayed; larger ones take NumPy's kernel
_BLOCK = 256


def _two_sum(a, b):
    s = a + b
    bb = s - a
    return s, (a - (s - bb)) + (b - bb)


def _two_product(a, b):
    p = a * b
    huge_a, huge_b = _huge(a), _huge(b)
    if np.any(huge_a) or np.any(huge_b):
        # operands beyond 2**996 would overflow the splitting: their error term is found scaled down (exactly)
        sa, sb = np.where(huge_a, _UNHUGE, 1.0), np.where(huge_b, _UNHUGE, 1.0)
        high, low = _two_product(a * sa, b * sb)
        return p, low / (sa * sb)
    ta, tb = _SPLIT * a, _SPLIT * b
    ah, bh = ta - (ta - a), tb - (tb - b)
    al, bl = a - ah, b - bh
    return p, ((ah * bh - p) + ah * bl + al * bh) + al * bl


_HUGE, _UNHUGE = 2.0 ** 996, 2.0 ** -64


def _huge(x):
    """Where ``x`` is finite beyond 2**996 (an infinity stays one however scaled: its error term is moot)."""
    return np.isfinite(x) & (np.abs(x) > _HUGE)


def _add_to_odd(a, b):
    """a + b rounded to odd: an inexact sum takes the neighbour whose last bit is 1."""
    s, e = _two_sum(a, b)
    even = (s.view(np.int64) & 1) == 0
    return np.where((e != 0) & even, np.nextafter(s, np.where(e > 0, np.inf, -np.inf)), s)


def fma(a, b, c):
    """a * b + c rounded once (float64 arrays)."""
    high, low = _two_product(a, b)
    top, rest = _two_sum(c, high)
    fused = top + _add_to_odd(rest, low)
    plain = a * b + c
    # a zero product leaves c + (+-0) exact: the plain sum keeps IEEE's sign of a zero (-0 * x + -0 is -0)
    return np.where(np.isfinite(fused) & np.isfinite(plain) & (high != 0), fused, plain)


def _accumulate(c, high, low):
    """c + (high + low) rounded once, where high + low is an exact product (beyond about 1e300 the splitting
    overflows: then c + high, as fma does)."""
    top, rest = _two_sum(c, high)
    fused = top + _add_to_odd(rest, low)
    return fused if np.isfinite(fused).all() else np.where(np.isfinite(fused), fused, c + high)


def _block_sum(high, low, four_sums):
    """One inner-dimension block of exact products (K, ..., n) -> (..., n)."""
    if not four_sums:
        total = np.zeros(high.shape[1:])
        for i in range(high.shape[0]):
            total = _accumulate(total, high[i], low[i])
        return total
    sums = np.zeros((4,) + high.shape[1:])
    grouped = (high.shape[0] // 8) * 8
    four = (grouped // 4, 4) + high.shape[1:]
    for h, l in zip(high[:grouped].reshape(four), low[:grouped].reshape(four)):     # terms 4j .. 4j + 3
        sums = _accumulate(sums, h, l)
    for i in range(grouped, high.shape[0]):
        sums[0] = _accumulate(sums[0], high[i], low[i])
    return (sums[0] + sums[1]) + (sums[2] + sums[3])


def _blocks(k, block=_BLOCK, multiple=4):
    """OpenBLAS's split of the inner dimension (``openblas_prescott.k_blocks``) in MXNet's dgemm."""
    return openblas_prescott.k_blocks(k, multiple, block)


def row_products(a, b):
    """Stacked single-row float64 products: a (..., K) times b (..., K, N) -> (..., N), each as OpenBLAS's
    AVX2 dgemm computes a (1, K) @ (K, N) product."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    finite_a, finite_b = np.isfinite(a), np.isfinite(b)
    if not (finite_a.all() and finite_b.all()):     # outputs with a non-finite term are inf/nan in any order
        plain = np.matmul(a[..., None, :], b)[..., 0, :]
        exact = finite_a.all(axis=-1)[..., None] & finite_b.all(axis=-2)
        if not exact.any():
            return plain
        return np.where(exact, row_products(np.where(finite_a, a, 0.0), np.where(finite_b, b, 0.0)), plain)
    high, low = _two_product(a[..., :, None], b)
    high, low = np.moveaxis(high, -2, 0), np.moveaxis(low, -2, 0)       # (K, ..., N): one step per term
    n = b.shape[-1]
    body = (n // 4) * 4
    out = np.empty(high.shape[1:])
    for cols, four_sums in ((slice(0, body), True), (slice(body, n), False)):
        if cols.start == cols.stop:
            continue
        total = None
        for start, stop in _blocks(high.shape[0]):
            part = _block_sum(high[start:stop, ..., cols], low[start:stop, ..., cols], four_sums)
            total = part if total is None else total + part
        out[..., cols] = total
    return out


def _paired_rows(a, b):
    """(M, K) @ (K, N) of finite float64s for an even M: each output's terms fused-multiply-added in order within
    each inner block, the blocks' sums added in order."""
    high, low = _two_product(a[:, None, :], b.T[None, :, :])
    high, low = np.moveaxis(high, -1, 0), np.moveaxis(low, -1, 0)      # (K, M, N): one step per term
    total = None
    for start, stop in _blocks(a.shape[1]):
        part = _block_sum(high[start:stop], low[start:stop], False)
        total = part if total is None else total + part
    return total


def _numpy_blocks(k, block=_BLOCK):
    """The inner-dimension blocks of NumPy's bundled OpenBLAS (MXNet 1.9.1's NumPy): its rest's first half rounded up
    (measured, not MXNet's own)."""
    return openblas_prescott.k_blocks(k, 1, block)


def numpy_gram(rows):
    """``rows @ rows.T`` of a few finite float64 rows as MXNet's NumPy computes it (``numpy.cov``'s product): each
    output fused-multiply-adds its terms in order within each block, the blocks' sums added in order."""
    rows = np.asarray(rows, np.float64)
    high, low = _two_product(rows[:, None, :], rows[None, :, :])
    high, low = np.moveaxis(high, -1, 0), np.moveaxis(low, -1, 0)      # (K, M, M): one step per term
    total = None
    for start, stop in _numpy_blocks(rows.shape[1]):
        part = _block_sum(high[start:stop], low[start:stop], False)
        total = part if total is None else total + part
    return np.zeros((rows.shape[0],) * 2) if total is None else total     # (no terms: zeros)


def rows_product(a, b):
    """2-D float64 ``a @ b`` with two rows or more, as OpenBLAS's AVX2 dgemm computes it: rows in pairs chain
    their terms in order, an odd last row takes the single-row order."""
    a, b = np.asarray(a, np.float64), np.asarray(b, np.float64)
    finite_a, finite_b = np.isfinite(a), np.isfinite(b)
    if not (finite_a.all() and finite_b.all()):     # outputs with a non-finite term are inf/nan in any order
        exact = finite_a.all(axis=1)[:, None] & finite_b.all(axis=0)
        return np.where(exact, rows_product(np.where(finite_a, a, 0.0), np.where(finite_b, b, 0.0)), a @ b)
    even = a.shape[0] - a.shape[0] % 2
    out = np.empty((a.shape[0], b.shape[1]))
    out[:even] = _paired_rows(a[:even], b)
    if even < a.shape[0]:
        out[even:] = row_product(a[even:], b)
    return out


def add_products(c, a, b):
    """``c + a @ b`` for float64 stacks (..., M, K) @ (..., K, N) as the dgemm kernel adds a product onto C
    (beta = 1): each inner block's sum in turn; ``c`` None starts from the first block's. Onto ``c`` the blocks
    are taken in turn however long the inner size (a single row's always, several rows' within the replay's
    budget of multiply-adds); where numpy's OpenBLAS runs MXNet's kernels, the gemm call itself adds onto ``c``."""
    if c is not None and type(c) is np.ndarray and c.dtype == a.dtype and _blas_computes(a, b):
        return cblas.gemm(a, b, c=c, beta=1.0)
    replayed = a.dtype == b.dtype == np.float64 and b.shape[-1] and (
        0 < a.shape[-1] <= _ROW_REPLAY_MAX or c is not None if a.shape[-2] == 1
        else _replays_rows(a, b) or c is not None and _replays_rows(a, b, blocks=True))
    if not replayed:
        return matmul(a, b) if c is None else c + matmul(a, b)
    for start, stop in _blocks(a.shape[-1]):
        part = matmul(a[..., start:stop], b[..., start:stop, :])
        c = part if c is None else c + part
    return c


def _replays_rows(a, b, blocks=False):
    """Whether the several-row replay takes float64 ``a @ b`` (stacks allowed): sizes within its budget
    (``blocks``: taken block by block, of any inner size)."""
    m, k, n = a.shape[-2], a.shape[-1], b.shape[-1]
    stack = int(np.prod(np.broadcast_shapes(a.shape[:-2], b.shape[:-2])))
    return m > 1 and n > 0 and 0 < k and (blocks or k <= _REPLAY_MAX) and stack * m * n * k <= _ROWS_REPLAY_MAX


def row_product(a, b):
    """(1, K) @ (K, N) in float64, as OpenBLAS's AVX2 dgemm computes it."""
    return row_products(np.asarray(a).reshape(-1), b)[None, :]


def single_float_products(a, b):
    """float32 ``a @ b`` over stacks (..., M, K) @ (..., K, N) of equal leading shape, with one row or one
    column, as OpenBLAS's AVX2 sgemm sums each product: every output fused-multiply-adds its terms in order
    within blocks of at most 320 (a remainder under 640 split in two halves rounded up to 8), the blocks'
    sums added in order. The whole stack steps through the terms together."""
    a, b = np.asarray(a, np.float32), np.asarray(b, np.float32)
    row = a.shape[-2] == 1
    lhs = a[..., 0, :, None] if row else np.swapaxes(a, -1, -2)      # (..., K, n): each output's terms
    rhs = b if row else b[..., :, :1]
    exact = lhs.astype(np.float64, order="C") * rhs       # float32 products are exact in double; terms major
    # Adding a term in double and rounding to float32 is the fused multiply-add unless the double lands on a
    # float32 midpoint, or in float32's subnormal range (only reachable from products under 2**-60): outputs
    # that did are summed again with the exact fused step. Non-finite inputs redo every output (NaN bits).
    tiny = _smallest_nonzero(lhs) * _smallest_nonzero(rhs) < 2.0 ** -60
    finite = np.isfinite(lhs).all() and np.isfinite(rhs).all()
    total = None
    for start, stop in _blocks(a.shape[-1], 320, 8):
        part = np.zeros(exact.shape[:-2] + exact.shape[-1:])
        redo = np.full(part.shape, not finite)
        for i in range(start, stop):
            s = exact[..., i, :] + part
            bits = s.view(np.int64)
            redo |= (bits & _BEYOND_FLOAT) == _FLOAT_MIDPOINT
            if tiny:
                redo |= (((bits >> 52) & 0x7FF) < _FLOAT_NORMAL_EXPONENT) & (s != 0)
            part = s.astype(np.float32).astype(np.float64)
        if redo.any():
            where = np.nonzero(redo)
            terms = np.moveaxis(exact[..., start:stop, :], -2, 0)[(slice(None),) + where]
            part[where] = _fused_steps(terms)
        total = part.astype(np.float32) if total is None else total + part.astype(np.float32)
    return total[..., None, :] if row else total[..., :, None]


_BEYOND_FLOAT = np.int64((1 << 29) - 1)      # the mantissa bits a double has beyond a float32's
_FLOAT_MIDPOINT = np.int64(1 << 28)
_FLOAT_NORMAL_EXPONENT = 1023 - 126


def _smallest_nonzero(x):
    return float(np.min(np.abs(x), where=x != 0, initial=np.inf))


def _fused_steps(terms):
    """float32 sums of ``terms`` (K, n) in order, each added with one rounding (rounded to odd in double first)."""
    if not np.isfinite(terms).all() or _smallest_nonzero(terms) < 2.0 ** -60:
        return _odd_steps(terms)
    # finite terms of 2**-60 and more never sum into float32's subnormal range: a step's double sum rounds to
    # float32 as the fused step does unless it lands on a float32 midpoint, the one step rounded to odd first
    part = np.zeros(terms.shape[1:])
    for term in terms:
        total = term + part
        if ((total.view(np.int64) & _BEYOND_FLOAT) == _FLOAT_MIDPOINT).any():
            total = _add_to_odd(term, part)
        part = total.astype(np.float32).astype(np.float64)
    return part


def _odd_steps(terms):
    """_fused_steps with every step rounded to odd in double first."""
    part = np.zeros(terms.shape[1:])
    for term in terms:
        part = _add_to_odd(term, part).astype(np.float32).astype(np.float64)
    return part


def product(a, b):
    """2-D ``a @ b`` in float64 as MXNet's BLAS dgemm computes it: NumPy hands a single row or column to
    the matrix-vector kernel and sums a matrix in its own kernel's order; the dgemm kernel's orders are
    replayed here (rows_product, row_product) up to a size, beyond it a column runs through the matrix-matrix
    kernel with a zero column added. (The Prescott kernels, see openblas_core, add in their own tiles' orders.)"""
    if core() == "prescott" and openblas_prescott.replays(a, b):
        return openblas_prescott.gemm(a, b)
    if _blas_computes(a, b):
        return cblas.gemm(a, b)
    if a.shape[0] == 1 and b.shape[1] and 0 < a.shape[1] <= _ROW_REPLAY_MAX:
        return row_product(a, b)
    if _replays_rows(a, b):
        return rows_product(a, b)
    if b.shape[1] == 1 and a.shape[0] > 1:
        return (a @ np.concatenate([b, np.zeros_like(b)], axis=1))[:, :1]
    return a @ _apart(a, b)


def _blas_computes(a, b):
    """Whether ``a @ b`` is made as MXNet's gemm call through numpy's OpenBLAS (see cblas), on the kernels MXNet runs:
    a single row or column (numpy's matmul would hand it to gemv) and float64 products of any shape; float32
    products of several rows and columns are numpy's sgemm already."""
    return (type(a) is type(b) is np.ndarray and a.ndim >= 2 and b.ndim >= 2 and a.dtype == b.dtype
            and (a.dtype == np.float64 or a.dtype == np.float32 and (a.shape[-2] == 1 or b.shape[-1] == 1))
            and cblas.runs_mxnet_kernels(a, b))


def _apart(a, b):
    """``b``, copied (in its layout) when it shares memory with ``a``: NumPy hands an array times its own transpose
    to BLAS's syrk, whose sums differ from the gemm MXNet calls."""
    return b.copy(order="K") if np.may_share_memory(a, b) else b


def _blas_layout(x):
    """``x``, copied to rows when its matrices are neither rows nor columns of unit stride (a view of another
    product's buffer): NumPy's matmul sums such operands in its own loop, not by the BLAS gemm MXNet's dense
    operands take."""
    if not (type(x) is np.ndarray and x.ndim >= 2):
        return x
    item, (rows, cols), (row_step, col_step) = x.itemsize, x.shape[-2:], x.strides[-2:]
    by_rows = col_step == item and row_step % item == 0 and row_step // item >= cols
    by_columns = row_step == item and col_step % item == 0 and col_step // item >= rows
    return x if by_rows or by_columns else np.ascontiguousarray(x)


def _float_replay_max(a, b):
    """The longest float32 product of ``a @ b`` replayed: _FLOAT_REPLAY_MAX terms, or _FLOAT_LONG_REPLAY's for few
    outputs (a Dense layer of few units over a large flattened input)."""
    outputs = b.shape[-1] if a.shape[-2] == 1 else a.shape[-2] if b.shape[-1] == 1 else None
    longest, work = _FLOAT_LONG_REPLAY
    if outputs is not None and outputs * max(1, math.prod(np.broadcast_shapes(a.shape[:-2], b.shape[:-2]))) \
            * min(a.shape[-1], longest) <= work:
        return longest
    return _FLOAT_REPLAY_MAX


def blas_gemm(a, b):
    """``a @ b`` (stacks allowed) as MXNet's BLAS gemm adds it on this CPU (see openblas_core)."""
    if (core() == "prescott" and type(a) is type(b) is np.ndarray and a.dtype == b.dtype
            and a.dtype in (np.float32, np.float64) and openblas_prescott.replays(a, b)):
        lead = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
        a, b = np.broadcast_to(a, lead + a.shape[-2:]), np.broadcast_to(b, lead + b.shape[-2:])
        return openblas_prescott.gemm(a, b)
    return matmul(a, b)


def matmul(a, b, syrk=False):
    """``np.matmul(a, b)``, with float64 products (also in stacks) and float32 products of a single row or column
    taken as MXNet's BLAS gemm takes them (``syrk``: ``b`` is ``a`` transposed, a product MXNet hands to BLAS's
    syrk, as NumPy does)."""
    if syrk:        # (a product of an operand with its own transpose keeps them one buffer)
        laid = _blas_layout(b)
        a, b = (a, b) if laid is b else (np.swapaxes(laid, -1, -2), laid)
    else:
        a, b = _blas_layout(a), _blas_layout(_apart(a, b))
    if not syrk and _blas_computes(a, b):
        return cblas.gemm(a, b)
    if not (type(a) is np.ndarray and type(b) is np.ndarray and a.dtype == b.dtype
            and a.dtype in (np.float64, np.float32) and a.ndim >= 2 and b.ndim >= 2 and 0 < a.shape[-1]
            <= (_float_replay_max(a, b) if a.dtype == np.float32 else _ROW_REPLAY_MAX if a.shape[-2] == 1 else
                _REPLAY_MAX)):
        return np.matmul(a, b)
    if a.dtype == np.float64 and a.shape[-2] == 1 and b.shape[-1]:
        return row_products(a[..., 0, :], b)[..., None, :]
    if a.dtype == np.float64 and _replays_rows(a, b):
        lead = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
        a, b = np.broadcast_to(a, lead + a.shape[-2:]), np.broadcast_to(b, lead + b.shape[-2:])
        out = np.empty(lead + (a.shape[-2], b.shape[-1]))
        for i in np.ndindex(*lead):
            out[i] = rows_product(a[i], b[i])
        return out
    if not (a.shape[-2] == 1 or b.shape[-1] == 1):
        return np.matmul(a, b)
    if a.dtype == np.float64:       # a single column: the matrix kernel, with a zero column added
        return np.matmul(a, np.concatenate([b, np.zeros_like(b)], axis=-1))[..., :1]
    lead = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    return single_float_products(np.broadcast_to(a, lead + a.shape[-2:]), np.broadcast_to(b, lead + b.shape[-2:]))
