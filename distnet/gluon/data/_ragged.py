"""What MXNet's numpy (1.23) does with ragged samples in ``np.asarray``: it warns, then makes an object array, or
fails copying a numpy array into it; newer numpy refuses them outright, so the old outcome is worked out here."""
import warnings

import numpy as np

# numpy before 1.24 gives this warning itself
_NUMPY_WARNS = np.lib.NumpyVersion(np.__version__) < "1.24.0"
_WARNING = ("Creating an ndarray from ragged nested sequences (which is a list-or-tuple of lists-or-tuples-or "
            "ndarrays with different lengths or shapes) is deprecated. If you meant to do this, you must specify "
            "'dtype=object' when creating the ndarray.")


def _is_sequence(x):
    return isinstance(x, (list, tuple)) or isinstance(x, np.ndarray) and x.ndim > 0


def discovered_shape(samples):
    """``(shape, ragged)``: the leading dimensions on which all nested sequences of ``samples`` agree, and
    whether numpy stopped there because their lengths disagree (or sequences sit beside scalars)."""
    shape, level = [], [samples]
    while True:
        kinds = [_is_sequence(x) for x in level]
        if not any(kinds):
            return tuple(shape), False
        if not all(kinds) or len({len(x) for x in level}) > 1:
            return tuple(shape), True
        shape.append(len(level[0]))
        level = [child for x in level for child in x]


def warn_ragged():
    """numpy 1.23's warning for ragged input (shown once per place by default, as numpy's)."""
    if not _NUMPY_WARNS:
        warnings.warn(_WARNING, np.VisibleDeprecationWarning, stacklevel=3)


def copy_failure(samples, shape):
    """numpy 1.23's error copying ``samples`` into an object array of ``shape``, or None: a numpy array above
    the ragged depth must broadcast into the rest of the shape (after dropping its leading 1s)."""
    return _first_failure(list(samples), shape, 0)


def _first_failure(node, shape, depth):
    if depth >= len(shape):
        return None         # stored as one object
    if isinstance(node, np.ndarray):
        source, target = node.shape, shape[depth:]
        while len(source) > len(target) and source[0] == 1:
            source = source[1:]
        if len(source) > len(target) or any(s not in (1, t) for s, t in zip(source[::-1], target[::-1])):
            return f"could not broadcast input array from shape {_text(source)} into shape {_text(target)}"
        return None
    for child in node:
        failure = _first_failure(child, shape, depth + 1)
        if failure:
            return failure
    return None


def _text(shape):
    """A shape as numpy's messages write it: (2,3) and (2,)."""
    return f"({shape[0]},)" if len(shape) == 1 else "(" + ",".join(map(str, shape)) + ")"


_TOO_DEEP = ("Creating an ndarray from nested sequences exceeding the maximum number of dimensions of 32 is "
             "deprecated. If you mean to do this, you must specify 'dtype=object' when creating the ndarray.")


class _MXNetRows:
    """An MXNet array as numpy 1.23 reads it (it has no ``__array__``): a sequence of its rows, each again an
    MXNet array. A row of a 1-d array has shape (1,), so the nesting never ends, except under NumPy shape
    semantics, where it is a 0-d array: no sequence, so numpy stores it as one object."""

    def __init__(self, shape, np_shape):
        self.shape, self._np_shape = shape, np_shape

    def __len__(self):
        return self.shape[0]

    def __iter__(self):
        rows = self.shape[1:]
        row = None if not rows and self._np_shape else _MXNetRows(rows or (1,), self._np_shape)
        return iter([row] * self.shape[0])


def warn_mxnet_nesting(samples):
    """numpy 1.23's warning for samples nesting MXNet arrays, and the shape of the object array it then makes
    when they are ragged (else None: the arrays' rows nest past numpy's 32 dimensions, or hold 0-d arrays)."""
    from ...ndarray import NDArray
    from ...util import is_np_shape
    np_shape = is_np_shape()
    shape, level = [], [samples]
    for _ in range(33):
        level = [_MXNetRows(x.shape, np_shape) if isinstance(x, NDArray) and x.ndim else x for x in level]
        kinds = [_is_sequence(x) or isinstance(x, _MXNetRows) for x in level]
        if not any(kinds):      # 0-d MXNet arrays have no length: numpy stores them as objects, silently
            return None
        if not all(kinds) or len({len(x) for x in level}) > 1:
            warn_ragged()
            return tuple(shape)
        shape.append(len(level[0]))
        level = [child for x in level for child in x]
    warnings.warn(_TOO_DEEP, np.VisibleDeprecationWarning, stacklevel=3)
    return None
