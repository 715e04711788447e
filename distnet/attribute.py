"""Attribute scopes for symbols: ``with mx.AttrScope(ctx_group='dev1'):``."""
import collections
import threading


class AttrScope:
    """Attributes given to every symbol created inside the scope."""

    _current = threading.local()
    _subgraph_names = collections.defaultdict(int)     # control-flow subgraph name -> times used

    def __init__(self, **kwargs):
        for value in kwargs.values():
            if not isinstance(value, str):
                raise ValueError("AttrScope attributes must be strings")
        self._attr = kwargs
        self._old = None

    def get(self, attr):
        """The scope's attributes updated with ``attr``."""
        merged = dict(self._attr)
        merged.update(attr or {})
        return merged

    def __enter__(self):
        self._old = current()
        merged = AttrScope(**self._old._attr)
        merged._attr.update(self._attr)
        AttrScope._current.value = merged
        return self

    def __exit__(self, *exc):
        AttrScope._current.value = self._old


def current():
    """The active AttrScope of this thread."""
    scope = getattr(AttrScope._current, "value", None)
    if scope is None:
        scope = AttrScope._current.value = AttrScope()
    return scope


class _Current:
    """``AttrScope.current``: the innermost active scope, read through the class as in MXNet."""

    def __get__(self, obj, owner):
        return current()


AttrScope.current = _Current()
