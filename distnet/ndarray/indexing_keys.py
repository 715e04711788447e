"""Helpers MXNet exports from ``mx.nd`` for reading an indexing key (public, though mostly internal)."""
import numpy as np

from .ndarray import NDArray


def indexing_key_expand_implicit_axes(key, shape):
    """``key`` as a tuple with its Ellipsis, or the axes it leaves out at the end, written as full slices.

    Returns ``(key, flag)``: a Python ``bool`` entry is dropped from the key and reported in ``flag`` (1 for
    True, 0 for False, -1 when there is none). None entries add axes and take none; every other entry
    takes one axis.
    """
    if not isinstance(key, tuple):
        key = (key,)
    flag, entries = -1, []
    for k in key:
        if type(k) is bool:         # numpy's bool_ stays an index
            flag = int(k)
        else:
            entries.append(k)
    ellipses = [i for i, k in enumerate(entries) if k is Ellipsis]
    if len(ellipses) > 1:
        raise IndexError("Cannot use more than one ellipsis (`...`) for indexing")
    taken = sum(1 for k in entries if k is not None and k is not Ellipsis)
    fill = [slice(None)] * max(len(shape) - taken, 0)
    if ellipses:
        at = ellipses[0]
        entries = entries[:at] + fill + entries[at + 1:]
    else:
        entries += fill
    return tuple(entries), flag


def get_indexing_dispatch_code(key):
    """0 for a basic index (integers, slices, None), 1 for an advanced one (arrays, lists, tuples, ranges);
    ``key`` must be a tuple, as indexing_key_expand_implicit_axes makes it."""
    if not isinstance(key, tuple):
        raise AssertionError()      # (a bare assert in MXNet)
    for k in key:
        if isinstance(k, (NDArray, np.ndarray, list, tuple, range)):
            return 1
        if not (k is None or isinstance(k, (slice, int, np.integer))):
            raise ValueError(f"NDArray does not support slicing with key {k} of type {type(k)}.")
    return 0


def get_oshape_of_gather_nd_op(dshape, ishape):
    """The shape gather_nd gives for data of shape ``dshape`` and indices of shape ``ishape``."""
    return tuple(ishape[1:]) + tuple(dshape[ishape[0]:])
