"""Which arrays MXNet counts as views of another array's storage (its NDArray::IsView).

x.reshape(...), x[a:b], x[i] and the inplace expand_dims/flatten/squeeze share x's memory; MXNet calls
such an array a view when its shape differs from the storage it was cut from, or when it starts past that
storage's first byte. Some kernels take another path for views (Pooling skips oneDNN), so the buffers of
views are noted here with the storage they came from.
"""
import weakref

_STORAGE = {}       # id(buffer) -> (weak reference to the buffer, the buffer of the storage it was cut from)


def _address(buffer):
    return buffer.__array_interface__["data"][0]


def _storage(buffer):
    entry = _STORAGE.get(id(buffer))
    if entry is not None and entry[0]() is buffer:
        return entry[1]
    return None


def note_view(buffer, source):
    """Record that numpy ``buffer`` shares the storage of numpy ``source`` (an array or itself a view)."""
    if buffer is source:
        return
    storage = _storage(source)
    key = id(buffer)
    # the storage's own buffer is kept (its memory lives as long as the view's anyway): no chains of views
    _STORAGE[key] = (weakref.ref(buffer, lambda _, key=key: _STORAGE.pop(key, None)),
                     source if storage is None else storage)


def is_view(buffer):
    """Whether MXNet would call the array holding numpy ``buffer`` a view."""
    storage = _storage(buffer)
    if storage is None:
        return False
    return tuple(buffer.shape) != tuple(storage.shape) or _address(buffer) > _address(storage)


_ALIASES = {}       # id(storage buffer) -> (weak reference to it, {id(array): weak reference} of the arrays
                    # holding it or basic slices of it)


def note_alias(view, array):
    """Record that NDArray ``view`` (a basic slice of NDArray ``array``) shares ``array``'s storage: MXNet gives
    them one engine variable, so an error a later write leaves with either shows on reading either, once."""
    source = _raw(array)
    entry = _STORAGE.get(id(source))
    storage = entry[1] if entry is not None and entry[0]() is source else source
    key = id(storage)
    entry = _ALIASES.get(key)
    if entry is None or entry[0]() is not storage:
        entry = _ALIASES[key] = (weakref.ref(storage, lambda _, key=key: _ALIASES.pop(key, None)), {})
    held = entry[1]
    if id(array) not in held:
        held[id(array)] = weakref.ref(array, lambda _, key=id(array): held.pop(key, None))
    held[id(view)] = weakref.ref(view, lambda _, key=id(view): held.pop(key, None))


def aliases(array):
    """The other live NDArrays sharing ``array``'s storage as basic slices of it (see note_alias)."""
    if not _ALIASES:
        return ()
    try:
        buffer = _raw(array)
    except AttributeError:      # (a sparse array keeps no dense buffer)
        return ()
    storage = _storage(buffer)
    entry = _ALIASES.get(id(buffer if storage is None else storage))
    if entry is None or id(array) not in entry[1]:
        return ()
    found = [ref() for key, ref in list(entry[1].items()) if key != id(array)]
    return [a for a in found if a is not None]


def _raw(array):
    """``array``'s numpy buffer, read without raising a pending error (the slot's reader, bound here on first use:
    the ndarray module imports this one)."""
    global _raw
    from .ndarray import _DATA_SLOT
    _raw = _DATA_SLOT.__get__
    return _raw(array)
