"""Sorting operators: sort, argsort, topk, with MXNet's order among equal values.

MXNet sorts each row on the CPU with the C++ standard library's (unstable) introsort, or with a
heap-based partial sort when a topk's k is small. Equal values therefore come out in an order that
no stable sort reproduces. Rows without ties (and without NaN) have only one correct order, so
numpy sorts them; rows with ties are sorted by ``_introsort`` / ``_partial_sort`` below, which make
the same comparisons and moves as that library and so leave ties in the same places.
"""
import numpy as np

from ..base import MXNetError
from ..util import is_np_shape
from .failures import KernelError
from .ops_shape import no_bool
from .registry import defop

_THRESHOLD = 16      # introsort hands ranges of at most this many elements to insertion sort


# ---- the C++ standard library's sorting algorithms, on a list of positions ------------------
def _insertion_sort(a, lo, hi, less):
    for i in range(lo + 1, hi):
        v = a[i]
        if less(v, a[lo]):
            a[lo + 1:i + 1] = a[lo:i]
            a[lo] = v
        else:
            _linear_insert(a, i, less)


def _linear_insert(a, i, less):
    v = a[i]
    while less(v, a[i - 1]):
        a[i] = a[i - 1]
        i -= 1
    a[i] = v


def _median_to_first(a, result, x, y, z, less):
    if less(a[x], a[y]):
        m = y if less(a[y], a[z]) else (z if less(a[x], a[z]) else x)
    else:
        m = x if less(a[x], a[z]) else (z if less(a[y], a[z]) else y)
    a[result], a[m] = a[m], a[result]


def _partition(a, lo, hi, less):
    """Hoare partition of a[lo+1:hi] around the pivot a[lo]; the cut position."""
    _median_to_first(a, lo, lo + 1, lo + (hi - lo) // 2, hi - 1, less)
    pivot, first, last = a[lo], lo + 1, hi
    while True:
        while less(a[first], pivot):
            first += 1
        last -= 1
        while less(pivot, a[last]):
            last -= 1
        if first >= last:
            return first
        a[first], a[last] = a[last], a[first]
        first += 1


def _adjust_heap(a, base, hole, n, value, less):
    top, child = hole, hole
    while child < (n - 1) // 2:
        child = 2 * (child + 1)
        if less(a[base + child], a[base + child - 1]):
            child -= 1
        a[base + hole] = a[base + child]
        hole = child
    if n % 2 == 0 and child == (n - 2) // 2:
        child = 2 * (child + 1)
        a[base + hole] = a[base + child - 1]
        hole = child - 1
    parent = (hole - 1) // 2
    while hole > top and less(a[base + parent], value):
        a[base + hole] = a[base + parent]
        hole, parent = parent, (parent - 1) // 2
    a[base + hole] = value


def _partial_sort(a, lo, mid, hi, less):
    """Sort the smallest ``mid - lo`` elements of a[lo:hi] into a[lo:mid] with a heap."""
    n = mid - lo
    for parent in range((n - 2) // 2, -1, -1) if n >= 2 else ():
        _adjust_heap(a, lo, parent, n, a[lo + parent], less)
    for i in range(mid, hi):
        if less(a[i], a[lo]):
            v, a[i] = a[i], a[lo]
            _adjust_heap(a, lo, 0, n, v, less)
    for end in range(mid - 1, lo, -1):
        v, a[end] = a[end], a[lo]
        _adjust_heap(a, lo, 0, end - lo, v, less)


def _introsort(a, less):
    def loop(lo, hi, depth):
        while hi - lo > _THRESHOLD:
            if depth == 0:
                _partial_sort(a, lo, hi, hi, less)
                return
            depth -= 1
            cut = _partition(a, lo, hi, less)
            loop(cut, hi, depth)
            hi = cut
    n = len(a)
    if n > 1:
        loop(0, n, 2 * (n.bit_length() - 1))
        if n > _THRESHOLD:
            _insertion_sort(a, 0, _THRESHOLD, less)
            for i in range(_THRESHOLD, n):
                _linear_insert(a, i, less)
        else:
            _insertion_sort(a, 0, n, less)


def _row_order(values, k, is_ascend):
    """The positions of a row's first ``k`` values in MXNet's order."""
    n = len(values)
    if is_ascend:
        def less(i, j):
            return values[i] < values[j]
    else:
        def less(i, j):
            return values[i] > values[j]
    order = list(range(n))
    if k * 8 > n:
        _introsort(order, less)
    else:
        _partial_sort(order, 0, k, n, less)
    return order[:k]


def _order(rows, k, is_ascend):
    """(rows, k) int64 positions of the first ``k`` values of each row of the 2-D ``rows``."""
    ranked = np.sort(rows, axis=1)
    tied = (ranked[:, 1:] == ranked[:, :-1]).any(axis=1) | np.isnan(ranked).any(axis=1)
    order = np.argsort(rows, axis=1, kind="stable")
    if not is_ascend:
        order = order[:, ::-1]
    order = np.ascontiguousarray(order[:, :k])
    for r in np.flatnonzero(tied):
        order[r] = _row_order(rows[r].tolist(), k, is_ascend)
    return order


# ---- the operators ---------------------------------------------------------------------------
def _normalised(axis, ndim):
    """A negative axis counted from the end, as MXNet's checks print it (still out of range if it was)."""
    return axis + ndim if axis < 0 else axis


def sort_shape_refusal(shape, axis):
    """MXNet's words refusing to sort along ``axis`` of ``shape`` (legacy: None a rank unknown, 0 a size unknown;
    each is -1 to its checks), or None."""
    ndim = -1 if shape is None else len(shape)
    if axis is None and shape is None:
        return "Check failed: ndim_is_known(this->ndim()): Shape is unknown."
    if axis is not None and not 0 <= _normalised(axis, ndim) < ndim:
        return (f"Check failed: *axis >= 0 && *axis < static_cast<int>(src_shape.ndim()): Invalid axis! axis should "
                f"be between 0 and {ndim}, found axis={_normalised(axis, ndim)}")
    if 0 in shape and not is_np_shape():
        return "Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value -1"
    return None


def _unknown_rank_refusal(attrs):
    """The words sort, argsort and topk's shape inference has for a legacy 0-d input (a rank unknown)."""
    return sort_shape_refusal(None, attrs.get("axis", -1))


def _rows(data, axis, op):
    """``data`` as 2-D rows to sort, and the axis they came from (None: flattened)."""
    if axis is None:
        return data.reshape(1, -1), None
    if not -data.ndim <= axis < data.ndim:
        raise MXNetError(f"{op}: {sort_shape_refusal(data.shape, axis)}")
    ax = axis % data.ndim
    moved = np.moveaxis(data, ax, -1)
    return moved.reshape(int(np.prod(moved.shape[:-1])), data.shape[ax]), ax     # (an empty axis too)


def _unrows(rows, data, ax):
    """Rows of k entries back into ``data``'s layout with the sorted axis at ``ax``."""
    if ax is None:
        return rows.reshape(-1)
    moved = np.moveaxis(data, ax, -1).shape[:-1] + (rows.shape[1],)
    return np.moveaxis(rows.reshape(moved), -1, ax)


def _topk(data, axis, k, is_ascend, op):
    rows, ax = _rows(data, axis, op)
    n = rows.shape[1]
    unknown = sort_shape_refusal(data.shape, axis)     # (legacy shapes: an empty size is unknown, k is not checked)
    if unknown is not None:
        raise MXNetError(f"{op}: {unknown}")
    if k > n:
        raise MXNetError(f"{op}: Check failed: *k >= 0 && *k <= *element_num: k must be smaller than {n}, get k = {k}")
    k = n if k <= 0 else k
    order = _order(rows, k, is_ascend)
    return rows, order, ax


def _scatter_rows(dy_rows, order, data, ax):
    """Gradient rows: each dy value added back at the position it was taken from."""
    g = np.zeros((order.shape[0], _rows(data, ax, "")[0].shape[1]), dtype=dy_rows.dtype)
    np.put_along_axis(g, order, dy_rows, axis=1)
    return _unrows(g, data, ax).reshape(data.shape)


def _no_half(data, result):
    """MXNet's CPU sort kernels have no float16 case: the error comes when ``result`` (placeholders) is read."""
    if data.dtype == np.float16:
        raise KernelError("This operation does not support float16", result)


_INDEX_TYPES = ("float16", "float32", "float64", "int32", "int64", "uint8")


def _index_dtype(op, dtype, **given):
    """The dtype asked for indices; MXNet's argsort and topk accept only six."""
    if dtype is None:
        return np.float64       # (MXNet reads a None dtype as float64)
    name = np.dtype(dtype).name
    if name not in _INDEX_TYPES:
        attrs = ", ".join(f'{k}="{v}"' for k, v in given.items())
        raise MXNetError(f"Invalid Input: '{name}', valid values are: {{{', '.join(map(repr, _INDEX_TYPES))}}}, "
                         f"in operator {op}(name=\"\", dtype=\"{name}\"{', ' + attrs if attrs else ''})")
    return np.dtype(name)


@defop("sort", methods=("sort",), hidden=1)
def sort(data, *, axis=-1, is_ascend=True):
    """``data`` sorted along ``axis`` (flattened when None)."""
    no_bool("sort", data)
    rows, order, ax = _topk(data, axis, 0, is_ascend, "sort")
    _no_half(data, (np.zeros_like(_unrows(rows, data, ax)), order))
    return _unrows(np.take_along_axis(rows, order, axis=1), data, ax), order


def _sort_record_refusal(attrs, node):
    """MXNet copies sort's given attributes into the _backward_topk node it makes when recording: without an axis
    that node's parameters fail to parse."""
    if "axis" not in attrs:
        ascend = int(bool(attrs.get("is_ascend", True)))
        raise MXNetError(f"Invalid Parameter format for axis expect int or None but value='', in operator "
                         f"_backward_topk(name=\"node_{node.seq}_backward\", is_ascend=\"{ascend}\", "
                         f"ret_typ=\"value\", k=\"0\", axis=\"\")")


sort.record_refusal = _sort_record_refusal


# the int32 positions MXNet's kernel keeps, written into an out= list of both outputs
sort.kept_written = lambda inputs, attrs: [(argsort.fwd(inputs[0], axis=attrs.get("axis", -1),
                                                        is_ascend=attrs.get("is_ascend", True), dtype="int32"), True)]


@sort.grad
def _(dy, out, data, *, axis=-1, is_ascend=True):
    ax = None if axis is None else axis % data.ndim
    return _scatter_rows(_rows(dy, ax, "sort")[0], out[1], data, ax)


@defop("argsort", methods=("argsort",))
def argsort(data, *, axis=-1, is_ascend=True, dtype="float32"):
    """The positions that sort ``data`` along ``axis``, as ``dtype`` (float32 by default)."""
    dtype = _index_dtype("argsort", dtype)
    no_bool("argsort", data)
    rows, order, ax = _topk(data, axis, 0, is_ascend, "argsort")
    _no_half(data, np.zeros(_unrows(order, data, ax).shape, dtype))
    return _unrows(order, data, ax).astype(dtype)


_RET_TYPES = ("value", "indices", "mask", "both")


@defop("topk", methods=("topk",), hidden=1)
def topk(data, *, axis=-1, k=1, ret_typ="indices", is_ascend=False, dtype="float32"):
    """The ``k`` largest (smallest with ``is_ascend``) entries along ``axis``: values, indices, both or a mask."""
    dtype = _index_dtype("topk", dtype, ret_typ=ret_typ)
    if data.dtype == np.bool_:      # (the type switch of the kernel writing values, or of that writing indices)
        error = KernelError("Unknown type enum 7", None)
        error.raised_at = ("../src/operator/tensor/./ordering_op-inl.h", 772 if ret_typ in ("value", "mask") else 768)
        raise error
    if ret_typ not in _RET_TYPES:
        raise MXNetError(f"topk: ret_typ must be one of {_RET_TYPES}, got {ret_typ!r}")
    rows, order, ax = _topk(data, axis, k, is_ascend, "topk")
    if ret_typ == "mask":
        mask = np.zeros(rows.shape, dtype=data.dtype)
        np.put_along_axis(mask, order, 1, axis=1)
        return _unrows(mask, data, ax).reshape(data.shape), order
    indices = _unrows(order, data, ax).astype(dtype)
    if ret_typ == "indices":
        return indices, order
    values = _unrows(np.take_along_axis(rows, order, axis=1), data, ax)
    return (values, order) if ret_typ == "value" else (values, indices, order)


def _kept_topk_indices(inputs, attrs):
    """The int32 positions topk of the values keeps, written into an out= list of both outputs."""
    given = {key: attrs[key] for key in ("axis", "k", "is_ascend") if key in attrs}
    return [(topk.fwd(inputs[0], ret_typ="indices", dtype="int32", **given)[0], True)]


topk.kept_written = _kept_topk_indices


@topk.grad
def _(dy, out, data, *, axis=-1, k=1, ret_typ="indices", is_ascend=False, dtype="float32"):
    if ret_typ in ("indices", "mask"):
        return np.zeros_like(data)
    dvalues = dy[0] if ret_typ == "both" else dy
    ax = None if axis is None else axis % data.ndim
    return _scatter_rows(_rows(dvalues, ax, "topk")[0], out[-1], data, ax)


for _op in (sort, argsort, topk):
    _op.shapeless_words = _unknown_rank_refusal
