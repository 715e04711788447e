"""Sparse arrays whose kernel failed, as MXNet's asynchronous engine leaves them: the shape, dtype and
context are known at once; the first read of the stored parts (asnumpy, data, any operator) raises the
kernel's error (see failures.py)."""
from .failures import KernelError, deliver, register_failed_kind
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


def _failed_twin(plain):
    """``plain``'s class for arrays that carry a kernel error (named as ``plain``, as MXNet has one class)."""
    twin = type(plain.__name__, (plain,), {
        "__slots__": (), "__module__": plain.__module__, "__doc__": plain.__doc__, "_plain_class": plain,
        "_values": _read_after_failure(_VALUES), "_aux": _read_after_failure(_AUX),
        "dtype": property(lambda self: _VALUES.__get__(self).dtype.type, doc="The element type, a numpy type.")})
    register_failed_kind(twin)
    return twin


for _plain in (CSRNDArray, RowSparseNDArray):
    _failed_twin(_plain)
del _plain


def failed(made, message):
    """``made`` (an array of the right shape, dtype and context), carrying the kernel error ``message``."""
    return deliver(KernelError(message, made), made, None)
