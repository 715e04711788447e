"""Sparse arrays whose kernel failed, as MXNet's asynchronous engine leaves them: the shape, dtype and
context are known at once; the first read of the stored parts (asnumpy, data, any operator) raises the
kernel's error (see failures.py)."""
from ..context import Context
from .failures import KernelError, deliver, register_failed_kind, with_error
from .sparse import BaseSparseNDArray, CSRNDArray, RowSparseNDArray

_VALUES, _AUX = BaseSparseNDArray._values, BaseSparseNDArray._aux      # the slots the parts live in


def _read_after_failure(slot):
    """A part whose read raises the failure (once), after which the array is a plain one again."""
    def read(self):
        failure, self._pending, self.__class__ = self._pending, None, self._plain_class
        failure.surface()
        return slot.__get__(self)

    def write(self, value):       # new contents replace the failed ones
        self._pending, self.__class__ = None, self._plain_class
        slot.__set__(self, value)
    return property(read, write)


def _copy_carrying(name):
    """Method ``name``, a copy (onto a context or into another dtype) made without reading the failed parts: MXNet's
    engine skips it after the failure, so the copy carries the error too."""
    def copy(self, *args, **kwargs):
        failure, failed_class = self._pending, type(self)
        plain = getattr(self._plain_class, name)
        if name == "copyto" and not isinstance(args[0], Context):       # (into an array: the copy reads it)
            return plain(self, *args, **kwargs)
        self.__class__ = self._plain_class
        try:
            made = plain(self, *args, **kwargs)
        finally:
            self.__class__ = failed_class
        return made if made is self else with_error(made, failure)
    return copy


def _tostype_carrying(self, stype):
    """A copy in storage ``stype`` made without reading the failed parts: a dense one of the array's shape and dtype,
    carrying the error (MXNet's engine skips the cast after the failure)."""
    if not self._pending.live:          # raised already: the array is a plain one again
        self._pending, self.__class__ = None, self._plain_class
        return self.tostype(stype)
    if stype != "default":
        return _copy_carrying("tostype")(self, stype)
    import numpy as np
    from .ndarray import _wrap
    return with_error(_wrap(np.zeros(self.shape, self.dtype), self._ctx._op_ctx), self._pending)


def _failed_twin(plain):
    """``plain``'s class for arrays that carry a kernel error (named as ``plain``, as MXNet has one class)."""
    twin = type(plain.__name__, (plain,), {
        "__slots__": (), "__module__": plain.__module__, "__doc__": plain.__doc__, "_plain_class": plain,
        "_values": _read_after_failure(_VALUES), "_aux": _read_after_failure(_AUX),
        "copyto": _copy_carrying("copyto"), "astype": _copy_carrying("astype"), "tostype": _tostype_carrying,
        "dtype": property(lambda self: _VALUES.__get__(self).dtype.type, doc="The element type, a numpy type.")})
    register_failed_kind(twin)
    return twin


for _plain in (CSRNDArray, RowSparseNDArray):
    _failed_twin(_plain)
del _plain


def failed(made, message, site=None, copies=None):
    """``made`` (an array of the right shape, dtype and context), carrying the kernel error ``message`` (raised at
    ``site``, (source path, line), where given; ``copies``: the temp space copies its operator takes, see
    deliver)."""
    error = KernelError(message, made)
    if site is not None:
        error.raised_at = site
    return deliver(error, made, None, copies=copies)
