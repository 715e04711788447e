"""OpenBLAS 0.3.13's Prescott (SSE3) kernels, which MXNet 1.9.1 runs on a CPU its OpenBLAS does not know
(see openblas_core): every product is rounded to the dtype before it is added (no fused multiply-add).

sdot: four accumulators of four lanes over blocks of 16, summed ``(a0 + a1) + (a2 + a3)``; then one
four-lane chunk after another; the lanes summed ``(l0 + l1) + (l2 + l3)``; the last ``n % 4`` products one
by one. ddot: four accumulators of two lanes over blocks of 8; of the rest, a pair of pairs goes to
accumulators 0 and 1, a pair to 0, a single value to lane 0 of 0; then ``(a0 + a1) + (a2 + a3)``, lane 0 +
lane 1.

sgemm and dgemm work on tiles: the output's rows in blocks of 4, then 2, then 1; its columns in blocks of 8
(dgemm: 4), then 4, 2, 1. Each tile kind adds an output's products one of five ways: one running sum; two
(even and odd terms, in groups of 8); four (terms mod 4, groups of 8, summed (s0 + s1) + (s2 + s3), or
(s0 + s2) + (s1 + s3)); eight (terms mod 8, groups of 16, the even and the odd sums each added as a tree).
Terms past the last whole group go to the first sum. The inner dimension is cut in blocks (128; a
remainder under 256 split in halves rounded up to the kernel's unroll, 8 or 4), whose results are added to
the output in order.
"""
import numpy as np


def _running(terms, start=None):
    """``start + terms[0] + terms[1] + ...`` one after another over the first axis (numpy would pair them)."""
    if start is None:
        start = np.zeros(terms.shape[1:], terms.dtype)
    if not len(terms):
        return start
    return np.add.accumulate(np.concatenate([start[None], terms]), axis=0)[-1]


def _sdot(p):
    n16, n4 = p.size & -16, p.size & -4
    acc = _running(p[:n16].reshape(-1, 4, 4), np.zeros((4, 4), np.float32))
    lanes = _running(p[n16:n4].reshape(-1, 4), (acc[0] + acc[1]) + (acc[2] + acc[3]))
    total = (lanes[0] + lanes[1]) + (lanes[2] + lanes[3])
    for v in p[n4:]:
        total = total + v
    return total


def _ddot(p):
    n8 = p.size & -8
    acc = _running(p[:n8].reshape(-1, 4, 2), np.zeros((4, 2), np.float64))
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
    """``dot(x, y)`` of two 1-D float32 or float64 arrays of one dtype (a 0-d array)."""
    products = x * y
    return np.asarray(_sdot(products) if x.dtype == np.float32 else _ddot(products), x.dtype)


# ---- gemm -----------------------------------------------------------------------------------
_Q = 128
_REPLAY_MAX = 1 << 22       # multiply-adds replayed (~7 ms); larger products take NumPy's kernel (last bits differ)


def replays(a, b):
    """Whether ``a @ b`` (stacks allowed) is small enough to be added as the kernel adds it."""
    lead = np.broadcast_shapes(a.shape[:-2], b.shape[:-2])
    return int(np.prod(lead)) * a.shape[-2] * a.shape[-1] * b.shape[-1] <= _REPLAY_MAX


class _Kernel:
    """One dtype's gemm kernel: its tiles (row and column block sizes), how each tile adds, its unroll."""

    def __init__(self, row_blocks, col_blocks, unroll, tile_sums):
        self.row_blocks, self.col_blocks, self.unroll, self.tile_sums = row_blocks, col_blocks, unroll, tile_sums


_KERNELS = {
    np.dtype(np.float32): _Kernel((4, 2, 1), (8, 4, 2, 1), 8, {
        (4, 8): "one", (4, 4): "one", (4, 2): "two", (4, 1): "two",
        (2, 8): "one", (2, 4): "two", (2, 2): "two", (2, 1): "two",
        (1, 8): "two", (1, 4): "two", (1, 2): "eight", (1, 1): "four"}),
    np.dtype(np.float64): _Kernel((4, 2, 1), (4, 2, 1), 4, {
        (4, 4): "one", (4, 2): "one", (4, 1): "one",
        (2, 4): "one", (2, 2): "two", (2, 1): "four",
        (1, 4): "two", (1, 2): "four", (1, 1): "four_paired"}),
}


def k_blocks(k, unroll, block=_Q):
    """An OpenBLAS level-3 driver's cut of the inner dimension: blocks of ``block`` while two remain, then a rest
    longer than one block in two halves, the first rounded up to a multiple of ``unroll`` (syrk's driver and
    NumPy's bundled OpenBLAS: unroll 1, the first half rounded up)."""
    start = 0
    while start < k:
        size = k - start
        if size >= 2 * block:
            size = block
        elif size > block:
            size = (size // 2 + unroll - 1) // unroll * unroll if unroll > 1 else (size + 1) // 2
        yield start, start + size
        start += size


def _regions(n, blocks):
    """(start, stop, block): the whole blocks of the first size, then at most one of each smaller size."""
    start = n - n % blocks[0]
    if start:
        yield 0, start, blocks[0]
    for b in blocks[1:]:
        if n - start >= b:
            yield start, start + b, b
            start += b


# a tile kind's sums: (number of running sums, group of terms dealt round them, how the sums are added)
_TILE_KINDS = {
    "one": (1, 1, lambda s: s[0]),
    "two": (2, 8, lambda s: s[0] + s[1]),
    "four": (4, 8, lambda s: (s[0] + s[1]) + (s[2] + s[3])),
    "four_paired": (4, 8, lambda s: (s[0] + s[2]) + (s[1] + s[3])),
    "eight": (8, 16, lambda s: ((s[0] + s[2]) + (s[4] + s[6])) + ((s[1] + s[3]) + (s[5] + s[7]))),
}


def _tile_sum(a, b, kind):
    """The tile's ``a @ b`` (a: (..., rows, L), b: (..., L, cols)) with its rounded products dealt round the
    kind's running sums (terms past the last whole group to the first) and those sums added its way."""
    ways, group, combine = _TILE_KINDS[kind]
    length = a.shape[-1]
    whole = length - length % group
    sums = [np.zeros(a.shape[:-1] + b.shape[-1:], a.dtype) for _ in range(ways)]
    for i in range(length):
        term = a[..., :, i, None] * b[..., None, i, :]
        j = i % ways if i < whole else 0
        sums[j] = sums[j] + term
    return combine(sums)


def syrk(a, alpha=1.0):
    """``alpha * a @ a.T`` of stacks as ?syrk fills its lower triangle (gemm's tiles, syrk's inner blocks),
    mirrored to the upper one as MXNet does."""
    full = gemm(a, np.ascontiguousarray(np.swapaxes(a, -1, -2)), alpha, unroll=1)
    return np.tril(full) + np.swapaxes(np.tril(full, -1), -1, -2)


def gemm(a, b, alpha=1.0, c=None, beta=0.0, unroll=None):
    """float32 or float64 ``alpha * a @ b + beta * c`` of stacks (..., M, K) @ (..., K, N) with equal leading
    shapes and one dtype, as the kernel adds: ``beta * c`` first, then each inner block's sum times alpha."""
    kernel = _KERNELS[a.dtype]
    m, k, n = a.shape[-2], a.shape[-1], b.shape[-1]
    out = np.zeros(a.shape[:-2] + (m, n), a.dtype)
    for c0, c1, cols in _regions(n, kernel.col_blocks):
        for r0, r1, rows in _regions(m, kernel.row_blocks):
            kind = kernel.tile_sums[(rows, cols)]
            total = out[..., r0:r1, c0:c1]
            if c is not None and beta != 0:
                total = c[..., r0:r1, c0:c1] * a.dtype.type(beta) if beta != 1 else c[..., r0:r1, c0:c1]
            for k0, k1 in k_blocks(k, unroll or kernel.unroll):
                block = _tile_sum(a[..., r0:r1, k0:k1], b[..., k0:k1, c0:c1], kind)
                total = total + (block * a.dtype.type(alpha) if alpha != 1 else block)
            out[..., r0:r1, c0:c1] = total
    return out
