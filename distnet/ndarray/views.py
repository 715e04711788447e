"""Which arrays MXNet counts as views of another array's storage (its NDArray::IsView).

x.reshape(...), x[a:b], x[i] and the inplace expand_dims/flatten/squeeze share x's memory; MXNet calls
such an array a view when its shape differs from the storage it was cut from, or when it starts past that
storage's first byte. Some kernels take another path for views (Pooling skips oneDNN), so the buffers of
views are noted here with the storage they came from.
"""
import weakref

_STORAGE = {}       # id(buffer) -> (weak reference to the buffer, storage shape, byte offset into the storage)


def _address(buffer):
    return buffer.__array_interface__["data"][0]


def storage_of(buffer):
    """(shape, byte offset) of the storage ``buffer`` lies in: its own shape and 0 unless noted as a view."""
    entry = _STORAGE.get(id(buffer))
    if entry is not None and entry[0]() is buffer:
        return entry[1], entry[2]
    return buffer.shape, 0


def note_view(buffer, source):
    """Record that numpy ``buffer`` shares the storage of numpy ``source`` (an array or itself a view)."""
    if buffer is source:
        return
    shape, offset = storage_of(source)
    key = id(buffer)
    _STORAGE[key] = (weakref.ref(buffer, lambda _, key=key: _STORAGE.pop(key, None)), shape,
                     offset + _address(buffer) - _address(source))


def is_view(buffer):
    """Whether MXNet would call the array holding numpy ``buffer`` a view."""
    shape, offset = storage_of(buffer)
    return offset > 0 or tuple(buffer.shape) != tuple(shape)
