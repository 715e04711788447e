"""libstdc++'s ``std::sort`` with ``operator<``, for rows holding NaN: MXNet's CPU sort leaves NaNs where its
introsort happens to put them (every comparison with NaN is false), which no numpy sort reproduces."""
import numpy as _np

from ..ndarray.ops_sort import _insertion_sort as _insertion_sort_by     # std::__insertion_sort

_THRESHOLD = 16


def _insertion_sort(v, first, last):
    for i in range(first + 1, last):
        val = v[i]
        if val < v[first]:
            v[first + 1:i + 1] = v[first:i]
            v[first] = val
        else:
            _linear_insert(v, i)


def _linear_insert(v, i):
    val = v[i]
    j = i - 1
    while j >= 0 and val < v[j]:       # (C++ would read before the row here)
        v[i] = v[j]
        i, j = j, j - 1
    v[i] = val


def _median_to_first(v, result, a, b, c):
    if v[a] < v[b]:
        pick = b if v[b] < v[c] else (c if v[a] < v[c] else a)
    elif v[a] < v[c]:
        pick = a
    else:
        pick = c if v[b] < v[c] else b
    v[result], v[pick] = v[pick], v[result]


def _partition(v, first, last, pivot):
    while True:
        while v[first] < v[pivot]:
            first += 1
        last -= 1
        while v[pivot] < v[last]:
            last -= 1
        if not first < last:
            return first
        v[first], v[last] = v[last], v[first]
        first += 1


def _adjust_heap(v, first, hole, length, value):
    top = hole
    child = hole
    while child < (length - 1) // 2:
        child = 2 * (child + 1)
        if v[first + child] < v[first + child - 1]:
            child -= 1
        v[first + hole] = v[first + child]
        hole = child
    if length % 2 == 0 and child == (length - 2) // 2:
        child = 2 * (child + 1)
        v[first + hole] = v[first + child - 1]
        hole = child - 1
    parent = (hole - 1) // 2
    while hole > top and v[first + parent] < value:
        v[first + hole] = v[first + parent]
        hole = parent
        parent = (hole - 1) // 2
    v[first + hole] = value


def _heap_sort(v, first, last):
    length = last - first
    for parent in range((length - 2) // 2, -1, -1):
        _adjust_heap(v, first, parent, length, v[first + parent])
    while last - first > 1:
        last -= 1
        value = v[last]
        v[last] = v[first]
        _adjust_heap(v, first, 0, last - first, value)


def _introsort_loop(v, first, last, depth):
    while last - first > _THRESHOLD:
        if depth == 0:
            _heap_sort(v, first, last)
            return
        depth -= 1
        _median_to_first(v, first, first + 1, first + (last - first) // 2, last - 1)
        cut = _partition(v, first + 1, last, first)
        _introsort_loop(v, cut, last, depth)
        last = cut


def cpp_sort(row):
    """``row`` (1-d) ordered as ``std::sort(begin, end, operator<)`` orders it."""
    v = row.tolist()
    n = len(v)
    if n > 1:
        _introsort_loop(v, 0, n, 2 * (n.bit_length() - 1))
        _insertion_sort(v, 0, min(n, _THRESHOLD))
        for i in range(_THRESHOLD, n):
            _linear_insert(v, i)
    return _np.array(v, dtype=row.dtype)


def sort_rows_like_cpp(rows):
    """``rows`` sorted along the last axis: numpy's sort, libstdc++'s order for rows holding NaN."""
    ordered = _np.sort(rows, axis=-1)
    if ordered.dtype.kind == "f":
        flat, src = ordered.reshape(-1, ordered.shape[-1]), rows.reshape(-1, rows.shape[-1])
        for r in _np.flatnonzero(_np.isnan(src).any(axis=-1)):
            flat[r] = cpp_sort(src[r])
    return ordered


_CHUNK = 7      # libstdc++'s _S_chunk_size


def _move_merge(a, b, less):
    """Two sorted runs merged, taking from the second only when it is strictly less (as ``__move_merge``)."""
    out, i, j = [], 0, 0
    while i < len(a) and j < len(b):
        if less(b[j], a[i]):
            out.append(b[j])
            j += 1
        else:
            out.append(a[i])
            i += 1
    return out + a[i:] + b[j:]


def _merge_sort_with_buffer(v, less):
    n, step = len(v), _CHUNK
    for first in range(0, n, step):
        _insertion_sort_by(v, first, min(first + step, n), less)
    while step < n:
        v[:] = [x for first in range(0, n, 2 * step)
                for x in _move_merge(v[first:first + step], v[first + step:first + 2 * step], less)]
        step *= 2


def _merge_backward(a, b, less):
    """``__move_merge_adaptive_backward``: the runs merged from their ends, the first's element placed last
    only when the second's is strictly less."""
    out, i, j = [], len(a) - 1, len(b) - 1
    while i >= 0 and j >= 0:
        if less(b[j], a[i]):
            out.append(a[i])
            i -= 1
        else:
            out.append(b[j])
            j -= 1
    return a[:i + 1] + b[:j + 1] + out[::-1]


def cpp_stable_sort(items, less):
    """``items`` (a list) ordered as ``std::stable_sort(begin, end, less)`` orders them given a buffer: both halves
    merge-sorted in chunks of 7, then merged forwards (equal halves) or backwards. Differs from any other stable
    sort only where ``less`` is no strict weak order (NaN)."""
    v = list(items)
    middle = (len(v) + 1) // 2
    if len(v) < 2:
        return v
    first, second = v[:middle], v[middle:]
    _merge_sort_with_buffer(first, less)
    _merge_sort_with_buffer(second, less)
    return _move_merge(first, second, less) if len(first) <= len(second) else _merge_backward(first, second, less)
