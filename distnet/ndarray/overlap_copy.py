"""MXNet's copy (``x[1:] = x[:-1]``) and in-place arithmetic (``x[1:] += x[:-1]``) between overlapping parts of
one storage.

MXNet's kernels write element by element in the destination's order, and each read sees the writes made
before it: copying a view of an array into the array smears values forward, and ``x[1:] += x[:-1]`` sums
running totals, where NumPy would buffer the source first.
"""
import numpy as np


def _root(buffer):
    """The numpy array owning ``buffer``'s memory."""
    while isinstance(buffer.base, np.ndarray):
        buffer = buffer.base
    return buffer


def _positions(view, root):
    """The flat positions in C-contiguous ``root`` of ``view``'s elements, in ``view``'s C order."""
    itemsize = root.itemsize
    offset = (view.__array_interface__["data"][0] - root.__array_interface__["data"][0]) // itemsize
    positions = np.full(view.shape, offset, np.int64)
    for axis, (n, stride) in enumerate(zip(view.shape, view.strides)):
        steps = np.arange(n, dtype=np.int64) * (stride // itemsize)
        positions += steps.reshape((1,) * axis + (n,) + (1,) * (view.ndim - axis - 1))
    return positions.reshape(-1)


def copy_in_order(dst, src):
    """``dst[...] = src`` (same shape and dtype, views of one storage) as MXNet's kernels copy: in ``dst``'s
    order, each element read after the writes before it."""
    root = _root(dst)
    if root is not _root(src) or not root.flags.c_contiguous or dst.dtype != root.dtype or src.dtype != root.dtype:
        dst[...] = src
        return
    flat = root.reshape(-1)
    to, read = _positions(dst, root), _positions(src, root)
    steps = np.arange(to.size)
    writer = np.full(flat.size, to.size, np.int64)
    writer[to] = steps
    # each step copies the value the earliest step of its chain read: follow "written by an earlier step" links
    origin = np.where(writer[read] < steps, writer[read], steps)
    while True:
        further = origin[origin]
        if np.array_equal(further, origin):
            break
        origin = further
    flat[to] = flat[read[origin]]


def lag_behind(dst, src):
    """How many elements ``src`` trails ``dst`` by in one storage (both contiguous, one shape and dtype, as MXNet's
    views are), so that an element-by-element kernel writing ``dst`` reads its own writes; else 0."""
    if dst.shape != src.shape or dst.dtype != src.dtype or not (dst.flags.c_contiguous and src.flags.c_contiguous) \
            or not np.may_share_memory(dst, src):
        return 0
    return max(0, (dst.__array_interface__["data"][0] - src.__array_interface__["data"][0]) // dst.itemsize)


def _read_waves(dst, sources):
    """For an element-by-element kernel writing ``dst`` in its C order from ``sources`` (each broadcast to
    ``dst``'s shape): the flat positions written, each source's flat positions read in ``dst``'s storage (None
    for a source elsewhere) and each element's wave, one more than the latest wave whose write it reads. None
    when no element reads a write made before it."""
    root = _root(dst)
    if not root.flags.c_contiguous or dst.dtype != root.dtype:
        return None
    to = _positions(dst, root)
    steps = np.arange(to.size)
    writer = np.full(root.size, to.size, np.int64)
    writer[to] = steps
    reads, earlier = [], []
    for x in sources:
        if type(x) is not np.ndarray or _root(x) is not root or x.dtype != root.dtype:
            reads.append(None)
            continue
        read = _positions(np.broadcast_to(x, dst.shape), root)
        reads.append(read)
        by = writer[read]
        earlier.append(np.where(by < steps, by, -1))
    if not any((e >= 0).any() for e in earlier):
        return None
    wave = np.zeros(to.size, np.int64)
    while True:
        later = wave.copy()
        for e in earlier:
            hit = e >= 0
            later[hit] = np.maximum(later[hit], wave[e[hit]] + 1)
        if np.array_equal(later, wave):
            return to, reads, wave
        wave = later


def compute_in_order(fn, dst, inputs):
    """``dst[...] = fn(*inputs)`` for an element-by-element ``fn`` whose inputs (arrays broadcasting to ``dst``'s
    shape, or scalars) overlap ``dst``, as MXNet's kernels compute it: element by element in ``dst``'s order,
    each read seeing the writes before it (``x += x[:1]`` adds the doubled first row to the rows below). Returns
    False, computing nothing, when no element reads an earlier write."""
    order = _read_waves(dst, inputs)
    if order is None:
        return False
    to, reads, wave = order
    flat = _root(dst).reshape(-1)
    plain = [np.broadcast_to(x, dst.shape).reshape(-1) if type(x) is np.ndarray and read is None else x
             for x, read in zip(inputs, reads)]
    for w in range(int(wave.max()) + 1):
        at = np.flatnonzero(wave == w)
        args = [flat[read[at]] if read is not None else x[at] if type(x) is np.ndarray else x
                for x, read in zip(plain, reads)]
        flat[to[at]] = fn(*args)
    return True
