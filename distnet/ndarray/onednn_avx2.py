"""oneDNN's float32 inner product (MXNet 1.9.1's FullyConnected) as its AVX2 kernels sum it, in numpy.

On a CPU without AVX-512, oneDNN 2.4 computes ``y = x @ w.T`` as a column-major sgemm with M = outputs,
N = rows, K = units, and for the sizes a network's layers have (1/M + 1/N >= 0.0038) takes the
"no copy" kernel, run on one thread for MXNet. That kernel tiles the outputs in 16s (a tail of 9 to 15
still 16 wide, of 8 or fewer 8 wide) and the rows in 6s inside blocks of 96 (longer spans split in
halves), and sums the units in blocks of at most 256 (a span of 257 to 511 in two halves), each block
from zero and added to the previous ones. Inside a block a tile either

* runs one chain of fused multiply-adds over the units (16-wide tiles of 4 to 6 rows), or
* runs two chains, even units in one and odd units in the other, adds them and then the last unit
  of an odd count (every other tile); tiles of 1 or 2 rows round each product before adding it.

A single row or a single output goes to the matrix-vector kernel instead: units in 16s feed 8 lanes,
the lanes folded pairwise ((l0+l1)+(l4+l5)) + ((l2+l3)+(l6+l7)), then the tail's 8, 4, 2 and 1 units
each summed the same way on their own and added in that order. The bias is added afterwards.

The gradients are sgemms too: the data's ("N", "N": M units, N rows, K outputs, rows in blocks of 48)
and the weight's ("N", "T": M units, N outputs, K rows, rows in blocks of 48 and K in blocks of 96).
Their matrix-vector cases without a transposed matrix run one fused chain in order; the bias
gradient adds the rows one after another.

The chains run as numpy's BLAS products 8 (or 7) outputs wide: OpenBLAS's AVX2 sgemm sums each output of
such a product in one chain of fused multiply-adds (checked once against an emulation, where a fused
multiply-add is one float64 add of the exact product rounded once to float32, used if the check fails).
Checked on an AMD EPYC (2 cores) against MXNet 1.9.1, which ran these on one thread; oneDNN would split a
large product between threads (and sum its parts) on a machine where MXNet gives it several.
"""
import functools
import math

import numpy as np

from . import openblas_core
from .running_sums import running_total

_F32, _F64 = np.float32, np.float64
_EXACT_MACS = 1 << 30           # multiply-adds replayed at most (some 4x BLAS's time); larger products use BLAS
_NO_COPY = 0.0038               # oneDNN takes the no-copy kernel while 1/M + 1/N reaches this
_CHUNK = 1 << 16                # float64 products held at once (kept in cache)
_TILE = 1 << 15                 # sums emulated at once at most (every sum its own chain: the same bits, in cache)
_TILE_WIDTH = 1024              # outputs of a row those take at most
_COPY_MACS = 1 << 33            # multiply-adds of a copy-kernel product replayed at most (BLAS chains: a few BLAS times)
_ORDERED_CONV_MACS = _EXACT_MACS   # an image's convolution product replayed at most (beyond: BLAS)
WGRAD_ROWS = 96                 # a convolution's weight-gradient sgemm takes the filters in blocks of 96 (probed)
DGRAD_UNITS = 96                # its data-gradient sgemm sums the filters in blocks of 96 (more than 96: halves)
_DOT_SEVENS = 16                # fused_dots' products of 7 rows taken at once at most
_ROW_TILE = 256                 # rows of a long chain's products taken at once at least (see _row_tile)
_TILE_ROWS_MOST = 2048          # ... and at most
_TILE_BYTES = 1 << 22           # a tile's operand copies (each row's units once a slice) kept near this size
_BATCH_MACS = 1 << 22           # multiply-adds of the images' products taken together at most
# The most units numpy's BLAS products sum in one chain: OpenBLAS's Haswell kernels (which split longer ones: 320
# here), then its SkylakeX ones (Sapphire Rapids' by default: 32 units or more take two chains); see blas_chain.
_BLAS_CHAINS = (256, 31)


def _spans(n, block, halve_above=None):
    """oneDNN's split of n into blocks: whole blocks while 2 remain, then a rest longer than ``halve_above``
    (the rows' 1.5 blocks by default; the units use one block) in halves."""
    halve_above = block + block // 2 if halve_above is None else halve_above
    spans, start = [], 0
    while start < n:
        size = n - start
        if size >= 2 * block:
            size = block
        elif size > halve_above:
            size = (size + 1) // 2
        spans.append((start, start + size))
        start += size
    return spans


def _row_tiles(rows, block):
    """The row-tile height of every row: 6s from the start of each block of rows, the block's rest after."""
    height = np.empty(rows, np.int64)
    for start, stop in _spans(rows, block):
        whole = start + (stop - start) // 6 * 6
        height[start:whole] = 6
        height[whole:stop] = stop - whole
    return height


def _wide_outputs(outs):
    """True for outputs in 16-wide tiles: whole 16s of each block of 4032 and a tail of 9 to 15."""
    wide = np.empty(outs, bool)
    for start, stop in _spans(outs, 4032):
        whole = start + (stop - start) // 16 * 16
        wide[start:whole] = True
        wide[whole:stop] = stop - whole > 8
    return wide


def _fma_steps(acc, products, total):
    """Add each leading slice of products to acc (float32) in turn: one float64 add rounded once each."""
    add = np.add        # three plain passes a step beat one casting pass (np.add(acc, step, acc, casting=...))
    total[...] = acc
    for step in products:
        add(total, step, total)
        acc[...] = total
        total[...] = acc


def _products(a, w, t0, t1, buffer, fused):
    """The exact (unit, row, output) products of units t0 to t1, rounded to float32 unless fused."""
    out = buffer[:t1 - t0]
    np.multiply(a[t0:t1, :, None], w[t0:t1, None, :], out)
    if not fused:
        out[...] = out.astype(_F32)
    return out


def _lead(*stacks):
    """The leading axes of stacks of matrices whose leading axes are alike or absent."""
    lead = ()
    for m in stacks:
        if m.ndim - 2 > len(lead):
            lead = m.shape[:-2]
    return lead


def _blas_chains(a, w):
    """(..., rows, outputs) float32 sums of a (..., units, rows) and w (..., units, outputs) float32 (leading axes
    alike or absent), each one chain of fused multiply-adds over the units in order, from zero: numpy's BLAS products
    ``slice_width`` outputs wide (OpenBLAS's AVX2 sgemm sums each output of such a product in one chain;
    ``blas_sums_in_chains`` checks)."""
    width = slice_width(a.shape[-1], w.shape[-1])
    y = _sliced_chains(a, w, width)
    return y if _kept(y, width) else _sliced_chains(a, w, _NARROW)


def _kept(sums, width):
    """Whether sums of products ``width`` outputs wide stand: 7-wide ones, and finite ones (others are summed again
    7 wide, whose slices decide which outputs a non-finite start spreads NaN to, as a start times 0, and which NaN
    payload a sum keeps)."""
    return width == _NARROW or np.isfinite(sums).all()


def _sliced_chains(a, w, width):
    """``_blas_chains`` in BLAS products ``width`` outputs wide."""
    (units, rows), outs = a.shape[-2:], w.shape[-1]
    lead = _lead(a, w)
    if not units:
        return np.zeros(lead + (rows, outs), _F32)
    left = a.swapaxes(-1, -2)
    height = _slice_height(rows, width)
    if height != rows or not left.flags.c_contiguous:
        left = np.zeros(a.shape[:-2] + (height, units), _F32)
        left[..., :rows, :] = a.swapaxes(-1, -2)
    return _slice_products(left[..., None, :, :], _sliced(w, width), lead, rows, outs, width)


# Outputs a BLAS product takes: OpenBLAS's AVX2 sgemm sums 7 (its kernels of 4, 2 and 1) in one chain a row always,
# its Haswell one 8 where it takes the rows 12, 2 or 1 at a time (4 at a time: two chains, the even and odd units).
_NARROW, _WIDE = 7, 8
_ROW_GROUP = 12                 # the rows the Haswell sgemm takes together; a rest of 4 or more goes 4 at a time
_WIDE_SLICE_ROWS = 4096         # the most rows an 8-wide product takes (its driver splits more in other groups)


def _slice_height(rows, width):
    """The rows a product ``width`` outputs wide is given for ``rows`` rows: 2 at least (one would take the
    matrix-vector kernel), and for 8 outputs zero rows added up to a rest of at most 3 rows after whole 12s."""
    height = max(rows, 2)
    if width == _WIDE and height % _ROW_GROUP > 3:
        height += _ROW_GROUP - height % _ROW_GROUP
    return height


def slice_width(rows, outs):
    """The outputs a BLAS product of ``rows`` rows takes at once of ``outs`` (see _NARROW; checked once): 8 where
    that takes fewer products, and only while numpy's OpenBLAS runs on one thread (split between threads, the rows of
    an 8-wide product could come to its kernel 4 at a time)."""
    fewer = -(-outs // _WIDE) < -(-outs // _NARROW)
    return _blas_layout()[1] if fewer and rows <= _WIDE_SLICE_ROWS and _blas_on_one_thread() else _NARROW


def _sliced(w, width):
    """w (..., units, outputs) with its outputs padded with zeros to a multiple of ``width``, C-contiguous (each
    ``width`` outputs then one BLAS operand in place: rows of whole floats, the next row a stride further)."""
    outs = w.shape[-1]
    padded_outs = -(-outs // width) * width
    if padded_outs == outs and w.flags.c_contiguous and w.dtype == _F32:
        return w
    padded = np.zeros(w.shape[:-1] + (padded_outs,), _F32)
    padded[..., :outs] = w
    return padded


def _slice_products(left, right, lead, rows, outs, width):
    """(..., rows, outputs) of left (..., slices or 1, height, units) (C-contiguous matrices) times each ``width``
    outputs of ``_sliced`` right, one BLAS product a slice, written in place into the result."""
    height, padded_outs = left.shape[-2], right.shape[-1]
    slices = padded_outs // width
    y = np.empty(lead + (height, padded_outs), _F32)
    # (..., slices, units, width) and (..., slices, height, width): views, each slice one BLAS product
    np.matmul(left, right.reshape(right.shape[:-1] + (slices, width)).swapaxes(-3, -2),
              out=y.reshape(lead + (height, slices, width)).swapaxes(-3, -2))
    return y[..., :rows, :outs]


@functools.lru_cache(maxsize=1)
def _blas_layout():
    """(the most units, the most outputs) of the BLAS products that sum as the emulated chains do with this
    machine's BLAS (checked once), (0, _NARROW) where none does."""
    for chain in _BLAS_CHAINS:
        if _replays_chains(chain, _NARROW):
            return chain, _WIDE if _blas_on_one_thread() and _replays_chains(chain, _WIDE) else _NARROW
    return 0, _NARROW


def _blas_on_one_thread():
    """Whether numpy's BLAS is an OpenBLAS running one thread now (as distnet sets it)."""
    counters = _thread_counters()
    for threads in counters:
        if threads() != 1:
            return False
    return bool(counters)


@functools.lru_cache(maxsize=1)
def _thread_counters():
    """openblas_get_num_threads of each OpenBLAS numpy loaded (none where one lacks it)."""
    counters = tuple(openblas_core.library_function(lib, "openblas_get_num_threads")
                     for lib in openblas_core.numpy_openblas())
    return counters if all(counters) else ()


def _replays_chains(chain, width):
    """Whether products ``width`` outputs wide of up to ``chain`` units sum as the emulated chains (rows of every
    kind of group, and a rest of 4 to 11 rows after them)."""
    rng = np.random.RandomState(0)
    cases = ((min(37, chain), 1, 9), (chain, 5, 20), (chain - 1, 64, 15), (min(100, chain), 300, 7),
             (min(40, chain), 16, 17), (min(9, chain), 29, 8), (chain, 126, 3), (min(64, chain), 1000, 9))
    return all(np.array_equal(_sliced_chains(a, w, width), _emulated_sums(a, w, True, 1))
               for a, w in ((rng.randn(units, rows).astype(_F32), rng.randn(units, outs).astype(_F32))
                            for units, rows, outs in cases))


def blas_chain():
    """The most units ``_blas_chains`` sums as the emulated chains do with this machine's BLAS (checked once), 0
    where it does not."""
    return _blas_layout()[0]


def blas_sums_in_chains():
    """Whether numpy's BLAS products replay the emulated chains (of up to ``blas_chain()`` units)."""
    return blas_chain() > 0


def _rounded_chains(a, w):
    """(..., rows, outputs) float32 sums of a (..., units, rows) and w (..., units, outputs) float32, each product
    rounded and added in order, from zero."""
    (units, rows), outs = a.shape[-2:], w.shape[-1]
    if not units:
        return np.zeros(_lead(a, w) + (rows, outs), _F32)
    lead = _lead(a, w)
    # (..., rows * outputs, units), each rounded: summed in order, a fused chain of the products times 1
    products = np.multiply(a.swapaxes(-1, -2)[..., :, None, :], w.swapaxes(-1, -2)[..., None, :, :])
    products = products.reshape(lead + (rows * outs, units))
    sums = _long_chains(products.swapaxes(-1, -2), np.ones((units, 1), _F32))
    if np.isnan(sums).any():        # (a NaN's payload as numpy's adds leave it)
        sums = np.add.accumulate(products, axis=-1)[..., -1:]
    return sums.reshape(lead + (rows, outs)) + _F32(0)        # (from zero: a sum of -0s is +0)


def _long_chains(a, w, start=None):
    """``_blas_chains`` over any number of units, from ``start`` (..., rows, outputs) if given: BLAS products of up to
    ``blas_chain()`` units, each but a first from zero starting from the sums so far (a slice's width more units:
    each output's sum so far times 1, the others' times 0)."""
    units, rows = a.shape[-2:]
    if rows < w.shape[-1]:       # the fewer slices' products
        swapped = _long_chains(w, a, None if start is None else start.swapaxes(-1, -2))
        return swapped.swapaxes(-1, -2)
    chain = blas_chain()
    if start is None and units <= chain:
        return _blas_chains(a, w)
    a = np.ascontiguousarray(a.swapaxes(-1, -2)).swapaxes(-1, -2)     # (each row's units in a run: copied whole below)
    tiles = -(-rows // _row_tile(w.shape[-1], chain))
    if tiles == 1:
        return _chunked_chains(a, w, start, chain)
    cuts = [rows * i // tiles for i in range(tiles + 1)]     # (every row its own sums: a tile's copies stay in cache)
    return np.concatenate([_chunked_chains(a[..., i:j], w, None if start is None else start[..., i:j, :], chain)
                           for i, j in zip(cuts[:-1], cuts[1:])], axis=-2)


def _row_tile(outs, chain):
    """The rows ``_long_chains`` takes at once for ``outs`` outputs: few outputs (few slices, each holding a copy of
    the rows' units) take more rows a tile, fewer tiles' fixed costs, while the copies stay near _TILE_BYTES."""
    slices = -(-outs // _NARROW)
    return min(_TILE_ROWS_MOST, max(_ROW_TILE, _TILE_BYTES // (4 * slices * chain)))


def _chunked_chains(a, w, start, chain):
    """``_long_chains`` in BLAS products of up to ``chain`` units."""
    width = slice_width(a.shape[-1], w.shape[-1])
    sums = _chunks_of_width(a, w, start, chain, width)
    return sums if _kept(sums, width) else _chunks_of_width(a, w, start, chain, _NARROW)


def _chunks_of_width(a, w, start, chain, width):
    """``_chunked_chains`` in products ``width`` outputs wide (each but a first of ``chain - width`` units)."""
    acc, first = start, 0
    if acc is None:
        acc, first = _sliced_chains(a[..., :chain, :], w[..., :chain, :], width), chain
    if first >= a.shape[-2]:
        return acc
    sums = _chunks_in_place(acc, a[..., first:, :], w[..., first:, :], chain - width, width)
    if np.isfinite(sums).all():
        return sums
    for t0 in range(first, a.shape[-2], chain - width):     # (a non-finite sum's NaNs as the fresh operands leave them)
        acc = _chains_from(acc, a[..., t0:t0 + chain - width, :], w[..., t0:t0 + chain - width, :], width)
    return acc


def _chunks_in_place(start, a, w, step, width):
    """``_chains_from`` over a (..., units, rows) and w (..., units, outputs) ``step`` units at a time, each product's
    operands built in buffers made once, its sums copied into the next one's start (the padded outputs' starts
    kept zero; the same bits while every sum stays finite)."""
    (units, rows), outs = a.shape[-2:], w.shape[-1]
    lead = _lead(a, w, start)
    slices, height = -(-outs // width), _slice_height(rows, width)
    whole, rest = divmod(outs, width)
    left = np.empty(lead + (slices, height, width + step), _F32)     # (zeros would cost a pass of their own)
    left[..., rows:, :] = 0
    starts = left[..., :width]
    starts[...] = 0
    start = np.broadcast_to(start, lead + (rows, outs))
    right = np.zeros(w.shape[:-2] + (width + step, slices * width), _F32)
    eye = right.reshape(w.shape[:-2] + (width + step, slices, width))[..., :width, :, :]
    eye[...] = np.eye(width, dtype=_F32)[:, None, :]      # (each output's sum so far times 1, the others' times 0)
    starts.swapaxes(-3, -2)[..., :rows, :whole, :] = start[..., :whole * width].reshape(lead + (rows, whole, width))
    if rest:
        starts[..., whole, :rows, :rest] = start[..., whole * width:]
    y = np.empty(lead + (height, slices * width), _F32)
    sums = y.reshape(lead + (height, slices, width)).swapaxes(-3, -2)
    for t0 in range(0, units, step):
        t1 = min(t0 + step, units)
        k = width + t1 - t0
        left[..., :rows, width:k] = a[..., t0:t1, :].swapaxes(-1, -2)[..., None, :, :]
        right[..., width:k, :outs] = w[..., t0:t1, :]
        np.matmul(left[..., :k], right[..., :k, :].reshape(w.shape[:-2] + (k, slices, width)).swapaxes(-3, -2),
                  out=sums)
        if t1 < units:
            starts[...] = sums
            if rest:
                starts[..., whole, :, rest:] = 0
    return y[..., :rows, :outs]


def _chains_from(start, a, w, width):
    """``_blas_chains`` of a (..., units, rows) and w (..., units, outputs) float32 in products ``width`` outputs
    wide, each chain starting from ``start``."""
    (units, rows), outs = a.shape[-2:], w.shape[-1]
    lead = _lead(a, w, start)
    slices, height = -(-outs // width), _slice_height(rows, width)
    left = np.empty(lead + (slices, height, width + units), _F32)
    padded = np.zeros(lead + (height, slices * width), _F32)
    padded[..., :rows, :outs] = start
    left[..., :width] = padded.reshape(lead + (height, slices, width)).swapaxes(-3, -2)
    left[..., :rows, width:] = a.swapaxes(-1, -2)[..., None, :, :]
    left[..., rows:, width:] = 0
    right = np.zeros(w.shape[:-2] + (units + width, slices * width), _F32)
    right.reshape(w.shape[:-2] + (units + width, slices, width))[..., :width, :, :] = \
        np.eye(width, dtype=_F32)[:, None, :]
    right[..., width:, :outs] = w
    return _slice_products(left, right, lead, rows, outs, width)


def _block_sums(a, w, fused, chains):
    """One unit block: a (units, rows) and w (units, outputs) float32 to (rows, outputs) float32 sums."""
    if not blas_sums_in_chains():
        return _emulated_sums(a, w, fused, chains)
    chain = _long_chains if fused else _rounded_chains
    if chains == 1:
        return chain(a, w)
    pairs = a.shape[-2] // 2 * 2
    y = chain(a[..., 0:pairs:2, :], w[..., 0:pairs:2, :]) + chain(a[..., 1:pairs:2, :], w[..., 1:pairs:2, :])
    if pairs == a.shape[-2]:
        return y
    last_a, last_w = a[..., -1, :, None], w[..., -1, None, :]
    if fused:       # the odd unit after the two chains
        return (y + last_a.astype(_F64) * last_w).astype(_F32)
    return y + last_a * last_w


def fused_chains(a, w, start=None):
    """(..., rows, outputs) float32 sums of a (..., units, rows) and w (..., units, outputs) float32 (leading axes
    alike), each one chain of fused multiply-adds over the units in order, from ``start`` (float32, default zero)."""
    if a.ndim > 2 and not blas_sums_in_chains():        # (the emulation takes one matrix at a time)
        return np.stack([fused_chains(a[i], w[i], None if start is None else start[i]) for i in range(len(a))])
    if start is None:
        return _block_sums(a, w, True, 1)
    if blas_sums_in_chains():
        return _long_chains(a, w, start)
    return _emulated_sums(a, w, True, 1, start)


def fused_dots(a, b):
    """(rows,) float32 dot products of the rows of a and b (rows, units) float32, each one chain of fused
    multiply-adds in order, from zero: BLAS products of ``blas_chain()`` units, each starting from the sum so far
    (one more unit: the sum times 1), 7 rows to a product (the 7 x 7 sums' diagonal: each its own row's chain)."""
    rows, units = a.shape
    acc = np.zeros(rows, _F32)
    if not blas_sums_in_chains():
        for t in range(units):
            acc = (acc + a[:, t].astype(_F64) * b[:, t]).astype(_F32)
        return acc
    if not rows or not units:
        return acc
    step = blas_chain() - 1
    chunks, sevens = -(-units // step), -(-rows // 7)
    height = min(sevens, _DOT_SEVENS)
    left = np.zeros((chunks, height, 7, step + 1), _F32)     # zero units past the end leave a chain's sum as it is
    right = np.zeros((chunks, height, step + 1, 7), _F32)
    right[:, :, 0, :] = 1
    whole = (chunks - 1) * step
    a, b = (np.concatenate([v, np.zeros((7 * sevens - rows, units), _F32)]) if rows % 7 else v for v in (a, b))
    sums = np.zeros((sevens, 7), _F32)
    for s0 in range(0, sevens, height):       # (a few rows at a time: the operands stay in cache)
        n = min(height, sevens - s0)
        va, vb = (v[7 * s0:7 * (s0 + n)].reshape(n, 7, units) for v in (a, b))
        left[:-1, :n, :, 1:] = va[..., :whole].reshape(n, 7, chunks - 1, step).transpose(2, 0, 1, 3)
        left[-1, :n, :, 1:1 + units - whole] = va[..., whole:]
        right[:-1, :n, 1:, :] = vb[..., :whole].reshape(n, 7, chunks - 1, step).transpose(2, 0, 3, 1)
        right[-1, :n, 1:1 + units - whole, :] = vb[..., whole:].swapaxes(-1, -2)
        for i in range(chunks):
            left[i, :n, :, 0] = sums[s0:s0 + n]
            sums[s0:s0 + n] = np.matmul(left[i, :n], right[i, :n]).reshape(n, 49)[:, ::8]
    return sums.reshape(-1)[:rows]


def _emulated_sums(a, w, fused, chains, start=None):
    """_block_sums in float64 numpy: each fused multiply-add one float64 add of the exact product, rounded once
    (one chain may start from ``start``)."""
    a, w = a.astype(_F64), w.astype(_F64)
    rows, outs = a.shape[1], w.shape[1]
    if outs < rows:     # every sum is its own chain: the transposed problem has the longer side innermost (faster)
        return _emulated_sums(w, a, fused, chains, None if start is None else start.T).T
    if rows * outs <= _TILE:
        return _emulated_tile(a, w, fused, chains, start)
    width = min(outs, _TILE_WIDTH)
    height = _TILE // width
    y = np.empty((rows, outs), _F32)
    for r in range(0, rows, height):
        for o in range(0, outs, width):
            part = None if start is None else start[r:r + height, o:o + width]
            y[r:r + height, o:o + width] = _emulated_tile(a[:, r:r + height], w[:, o:o + width], fused, chains, part)
    return y


def _emulated_tile(a, w, fused, chains, start):
    """``_emulated_sums`` of float64 a (units, rows) and w (units, outputs)."""
    units, rows, outs = a.shape[0], a.shape[1], w.shape[1]
    size = rows * outs
    pairs = units // 2 if chains == 2 else 0
    step = 2 * max(1, _CHUNK // max(1, 2 * size))
    buffer = np.empty((min(step, max(units, 1)), rows, outs))
    acc = np.zeros(2 * size if pairs else size, _F32)       # flat: numpy's loops run fastest on 1-d arrays
    if start is not None:
        acc[...] = start.ravel()
    total = np.empty(acc.shape)
    for t0 in range(0, 2 * pairs, step):        # (pair, chain and sum) products, a chunk at a time
        products = _products(a, w, t0, min(t0 + step, 2 * pairs), buffer, fused)
        _fma_steps(acc, products.reshape(-1, 2 * size), total)
    if pairs:
        acc, total = acc[:size] + acc[size:], total[:size]
    for t0 in range(2 * pairs, units, step):     # one chain, or the odd unit after two
        products = _products(a, w, t0, min(t0 + step, units), buffer, fused)
        _fma_steps(acc, products.reshape(-1, size), total)
    return acc.reshape(rows, outs)


@functools.lru_cache(maxsize=256)
def _tile_plan(rows, outs, row_block):
    """The (rows, outputs, fused, chains) groups a product of this size is summed in (see _gemm)."""
    height, wide = _row_tiles(rows, row_block), _wide_outputs(outs)
    plan = []
    for row_class in (height <= 2, height == 3, height >= 4):
        r = np.flatnonzero(row_class)
        for out_class in (wide, ~wide):
            o = np.flatnonzero(out_class)
            if len(r) and len(o):
                h = height[r[0]]        # tiles of 1-2 rows round each product; 16 wide by 4-6 rows: one chain
                plan.append((_as_slice(r), _as_slice(o), h >= 3, 1 if h >= 4 and wide[o[0]] else 2))
    return plan


def _as_slice(positions):
    """Ascending positions as a slice where they are consecutive (a view, not a copy, to index with)."""
    first, last = int(positions[0]), int(positions[-1])
    return slice(first, last + 1) if last - first + 1 == len(positions) else positions


def _cells(r, o):
    """The index of the (rows r, outputs o) cells of the last two axes."""
    return (...,) + (np.ix_(r, o) if isinstance(r, np.ndarray) and isinstance(o, np.ndarray) else (r, o))


def _gemm(a, w, row_block, unit_block, into=None):
    """(..., rows, outputs) sums over the units of a (..., rows, units) and w (..., outputs, units) as the tiled
    kernel sums them (see the module's doc), added to ``into`` unit block by unit block if given."""
    out = into
    for part in _gemm_blocks(a, w, row_block, unit_block):
        out = part if out is None else out + part
    return out


def _gemm_blocks(a, w, row_block, unit_block):
    """The tiled kernel's sums of each unit block of a (..., rows, units) and w (..., outputs, units)."""
    rows, outs = a.shape[-2], w.shape[-2]
    plan = _tile_plan(rows, outs, row_block)
    spans = _spans(a.shape[-1], unit_block, halve_above=unit_block)
    if len(plan) == 1:
        _, _, fused, chains = plan[0]
        at, wt = _units_first(a), _units_first(w)
        return [_block_sums(at[..., i:j, :], wt[..., i:j, :], fused, chains) for i, j in spans]
    lead = _lead(a, w)
    blocks = [np.empty(lead + (rows, outs), _F32) for _ in spans]
    for r, o, fused, chains in plan:
        at, wt = _units_first(a[..., r, :]), _units_first(w[..., o, :])
        for block, (i, j) in zip(blocks, spans):
            block[_cells(r, o)] = _block_sums(at[..., i:j, :], wt[..., i:j, :], fused, chains)
    return blocks


def _units_first(m):
    """m (..., n, units) float32 as (..., units, n): a view (the BLAS chains take their left operand as (n, units),
    so a contiguous ``m`` needs no copy there)."""
    return m.swapaxes(-1, -2)


def _fold8(acc):
    """The kernel's horizontal sum of 8 lanes: ((l0+l1)+(l4+l5)) + ((l2+l3)+(l6+l7))."""
    pairs = acc[..., 0::2] + acc[..., 1::2]
    halves = pairs[..., :2] + pairs[..., 2:]
    return halves[..., 0] + halves[..., 1]


def _gemv(a, w):
    """One row or one output: every (row, output) a dot product over the units."""
    return gemv_dots(a[:, None, :], w[None, :, :])


def gemv_dots(t, g, start=None):
    """Dot products over the last axis of float64 ``t`` and ``g`` (broadcast against each other) as oneDNN's AVX2
    gemv kernel sums them onto ``start``: 8 lanes, 16 units a step, each lane a fused chain, folded (see _fold8)
    and added; then the last units % 16 in parts of 8, 4, 2 and 1 units, each folded and added in turn."""
    shape = np.broadcast_shapes(t.shape[:-1], g.shape[:-1])
    units = t.shape[-1]
    y = np.zeros(shape, _F32) if start is None else np.array(start, _F32)
    whole = units - units % 16
    if whole:
        acc = np.zeros(shape + (8,), _F32)
        total = np.empty(acc.shape)
        step = max(1, _CHUNK // max(1, 8 * math.prod(shape)))
        for t0 in range(0, whole // 8, step):
            t1 = min(t0 + step, whole // 8)
            pt, pg = (np.moveaxis(v[..., 8 * t0:8 * t1].reshape(v.shape[:-1] + (t1 - t0, 8)), -2, 0) for v in (t, g))
            _fma_steps(acc, pt * pg, total)
        y += _fold8(acc)
    start = whole
    for width in (8, 4, 2, 1):
        if units % 16 & width:
            acc = np.zeros(shape + (8,), _F32)
            acc[..., :width] = t[..., start:start + width] * g[..., start:start + width]
            y += _fold8(acc)
            start += width
    return y


def _exact(p, q, most=None, force_nocopy=False, short_k=2):
    """Whether MXNet's product of p (n, k) and q (m, k) is replayed: float32, of at most ``most`` (by default
    _EXACT_MACS) multiply-adds, on the no-copy kernel (which a caller may force, as oneDNN's RNNs do; ``short_k``
    see _takes_nocopy)."""
    return _replayed(p, q, most) and (force_nocopy or _takes_nocopy(p, q, short_k))


def _takes_nocopy(p, q, short_k=0):
    """Whether oneDNN's one-thread AVX2 sgemm of p (n, k) by q (m, k) takes its no-copy kernel: while 1/m + 1/n
    reaches _NO_COPY, or for a k of at most ``short_k`` (2 when its B is not transposed, 1 when it is); an empty
    product computes nothing either way."""
    n, m = p.shape[0], q.shape[0]
    return not n or not m or 1 / m + 1 / n >= _NO_COPY or p.shape[1] <= short_k


def _replayed(p, q, most=None):
    (n, k), m = p.shape, q.shape[0]
    return p.dtype == _F32 and q.dtype == _F32 and n and m and k and n * m * k <= (most or _EXACT_MACS)


def _unreplayed(p, q, into, nocopy):
    """``into + p @ q.T`` (``into`` None: from zero) for a product _exact does not replay: on the copy kernel
    unless ``nocopy``, replayed up to _COPY_MACS multiply-adds; else NumPy's BLAS product."""
    if not nocopy and _replayed(p, q, _COPY_MACS):
        return _copy_gemm(p, q, into)
    return p @ q.T if into is None else into + p @ q.T


def _copy_gemm(p, q, into=None):
    """(n, m) sums over k of p (n, k) times q (m, k) float32 as oneDNN's packing ("copy") AVX2 sgemm sums them
    (probed): k in one block up to 256, in two halves up to 383, else in blocks of 192 and the rest; each
    block's sums one chain from zero, the blocks' sums added in turn onto ``into`` (C of a gemm with beta 1)."""
    k = p.shape[1]
    cuts = [0, k] if k <= 256 else [0, (k + 1) // 2, k] if k < 384 else list(range(0, k, 192)) + [k]
    y = into
    for start, stop in zip(cuts[:-1], cuts[1:]):
        part = _long_chains(np.ascontiguousarray(p[:, start:stop].T), np.ascontiguousarray(q[:, start:stop].T))
        y = part if y is None else y + part
    return y


def _sgemm(p, q, row_block, unit_block, vector_kinds, into=None, force_nocopy=False):
    """(n, m) sums over k of p (n, k) times q (m, k) float32, as oneDNN's sgemm with C (m, n) (C = ``into``
    plus the sums, its unit blocks added in turn, if given).

    One output (m = 1), else one row (n = 1), takes a matrix-vector kernel, its kind in vector_kinds
    for those two cases: "lanes" (the transposed kernel's 8 lanes) or "chain" (one fused chain in order).
    A product too large for the no-copy kernel (1/m + 1/n below _NO_COPY) takes the packing one, unless
    ``force_nocopy`` (the caller's choice of the no-copy kernel).
    """
    if p.ndim > 2 or q.ndim > 2:
        return _sgemms(p, q, row_block, unit_block, vector_kinds, into)
    kind = vector_kinds[0] if q.shape[0] == 1 else vector_kinds[1] if p.shape[0] == 1 else None
    if kind is None and not force_nocopy and not _takes_nocopy(p, q):     # (a convolution's gradient: probed)
        return _copy_gemm(p, q, into)
    if kind == "lanes":
        y = _gemv(p.astype(_F64), q.astype(_F64))
    elif kind == "chain":       # a gemm with beta 1 starts the chain from C
        return np.ascontiguousarray(fused_chains(_units_first(p), _units_first(q), into))
    else:
        return np.ascontiguousarray(_gemm(p, q, row_block, unit_block, into))
    return np.ascontiguousarray(y if into is None else into + y)


def _sgemms(p, q, row_block, unit_block, vector_kinds, into=None):
    """``_sgemm`` of every image: p (N, n, k) or (n, k), q (N, m, k) or (m, k), ``into`` (N, n, m) or None;
    the tiled kernel's products of several images in one pass."""
    n, m = p.shape[-2], q.shape[-2]
    images = _lead(p, q)[0]
    if not _tiled(n, m):
        return np.stack([_sgemm(_image(p, i), _image(q, i), row_block, unit_block, vector_kinds,
                                None if into is None else into[i]) for i in range(images)])
    step = _images_at_once(p, q)
    return np.concatenate([_gemm(_image(p, slice(i, i + step)), _image(q, slice(i, i + step)), row_block, unit_block,
                                 None if into is None else into[i:i + step]) for i in range(0, images, step)])


def _tiled(n, m):
    """Whether an (n, m) product takes the tiled kernel (not a matrix-vector or the packing one) and the BLAS
    chains replay it."""
    return n > 1 and m > 1 and 1 / n + 1 / m >= _NO_COPY and blas_sums_in_chains()


def _image(m, i):
    """Image(s) ``i`` of a stack of matrices (N, rows, cols); a single matrix stands for every image."""
    return m[i] if m.ndim == 3 else m


def _images_at_once(p, q):
    """How many images' products to take at once (their rounded products held together stay in bounds)."""
    return max(1, _BATCH_MACS // max(1, p.shape[-2] * q.shape[-2] * p.shape[-1]))


def inner_product(x, weight):
    """``x @ weight.T`` over the last axis of x, summed as oneDNN's AVX2 kernels sum it (float32)."""
    units = x.shape[-1]
    p = x.reshape(math.prod(x.shape[:-1]), units)
    if not _exact(p, weight):
        y = _unreplayed(p, weight, None, _takes_nocopy(p, weight, 2))
        return y.reshape(x.shape[:-1] + (weight.shape[0],))
    # sgemm("T", "N"): M outputs, N rows, K units
    y = _sgemm(p, weight, 96, 256, ("lanes", "lanes"), force_nocopy=True)
    return y.reshape(x.shape[:-1] + (weight.shape[0],))


def convolution_gemm(weights, cols, into=None):
    """``weights @ cols`` (filters, positions) of each image's window matrix ``cols`` ((N,) terms, positions), as
    oneDNN's AVX2 im2col convolution sums it (probed), onto ``into`` if given: None where that is not replayed."""
    if not _exact(weights, _image(cols, 0).T, _ORDERED_CONV_MACS):
        return None
    # sgemm("N", "N"): M positions, N filters, K terms; one filter at one position: one chain
    kinds = ("chain", "chain") if weights.shape[0] == 1 else ("lanes", "chain")
    return _sgemm(weights, cols.swapaxes(-1, -2), 48, 256, kinds, into)


def convolution_gradient_sums(p, q):
    """``convolution_gradient_gemm`` of every image (p (N, n, k), q (N, m, k)), the images' sums added in turn,
    all in one BLAS call where each image's product is one chain per output (a single unit block and tile
    group); None otherwise."""
    images, n, k = p.shape
    m = q.shape[1]
    if k > blas_chain():
        return None
    if n > 1 and m > 1 and 1 / n + 1 / m >= _NO_COPY:     # (the copy kernel sums one chain an output)
        plan = _tile_plan(n, m, WGRAD_ROWS)
        if len(plan) != 1 or not plan[0][2] or plan[0][3] != 1:
            return None
    sums = _blas_chains(p.transpose(0, 2, 1), q.transpose(0, 2, 1))
    total = sums[0]
    for part in sums[1:]:
        total = total + part
    return total


def convolution_gradient_gemm(p, q, into=None, rows=48, units=256):
    """((N,) n, m) sums over k of p ((N,) n, k) times q ((N,) m, k) float32, as oneDNN's AVX2 im2col convolution
    sums its gradients (probed): sgemm("N", "T") for the data's windows, ("T", "N") for the weight's (each
    image's added ``into`` the previous images' sum block by block: see ``convolution_weight_sums``); ``rows``:
    the row block (the weight's: WGRAD_ROWS)."""
    return _sgemm(p, q, rows, units, ("chain", "chain"), into)


def convolution_weight_sums(p, q, into=None):
    """(n, m) sums of every image's ``convolution_gradient_gemm`` (p (N, n, k), q (N, m, k)), each image's
    added onto the previous images' sum (onto ``into`` first, if given) block by block, in order."""
    n, m = p.shape[-2], q.shape[-2]
    total = into
    if not _tiled(n, m):
        for i in range(len(p)):
            total = convolution_gradient_gemm(p[i], q[i], total, WGRAD_ROWS)
        return total
    step = _images_at_once(p, q)
    for i in range(0, len(p), step):
        blocks = _gemm_blocks(p[i:i + step], q[i:i + step], WGRAD_ROWS, 256)
        for image in range(len(blocks[0])):
            for block in blocks:
                total = block[image] if total is None else total + block[image]
    return total


def data_gradient(dy, weight):
    """``dy @ weight`` (rows, units) as oneDNN's AVX2 backward-data inner product sums it."""
    return nn_product(dy, weight.T)


def nn_product(p, q, into=None, force_nocopy=False):
    """``p @ q.T`` for p (n, k) and q (m, k) as oneDNN's sgemm("N", "N") with M = m, N = n sums it (onto
    ``into`` as a gemm with beta 1: its unit blocks added in turn): the backward-data inner product's and
    every gemm of an RNN layer's cells (``force_nocopy``: as an RNN may ask, the no-copy kernel at any size)."""
    if not _exact(p, q, force_nocopy=force_nocopy):
        return _unreplayed(p, q, into, force_nocopy or _takes_nocopy(p, q, 2))
    return _sgemm(p, q, 48, 256, ("lanes", "chain"), into, force_nocopy=True)


def weight_gradient(dy, x, into=None, force_nocopy=False):
    """``dy.T @ x`` (outputs, units) as oneDNN's AVX2 backward-weights inner product sums it (onto ``into`` as
    a gemm with beta 1; ``force_nocopy`` as nn_product)."""
    dy_t, x_t = dy.T, x.T
    if not _exact(dy_t, x_t, force_nocopy=force_nocopy, short_k=1):
        return _unreplayed(dy_t, x_t, into, force_nocopy or _takes_nocopy(dy_t, x_t, 1))
    # sgemm("N", "T"): M units, N outputs, K rows
    return _sgemm(dy_t, x_t, 48, 96, ("chain", "chain"), into, force_nocopy=True)


def bias_gradient(dy):
    """``dy`` (rows, outputs) summed over the rows one after another, as oneDNN's bias-gradient loop."""
    if dy.dtype != _F32 or not dy.shape[0]:
        return dy.sum(axis=0)
    return running_total(dy)
