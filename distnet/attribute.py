"""Attribute scopes for symbols: ``with mx.AttrScope(ctx_group='dev1'):``."""
import collections
import threading

import warnings  # noqa: F401  (names MXNet's module shows, as its own imports)
from collections import defaultdict  # noqa: F401

from .base import _MXClassPropertyMetaClass, classproperty, hiding as _hiding, string_types, with_metaclass  # noqa: F401
from .current_scope import CurrentMeta, CurrentProperty


class AttrScope(metaclass=CurrentMeta):
    """Attributes given to every symbol created inside the scope."""

    _current = threading.local()
    _subgraph_names = collections.defaultdict(int)     # control-flow subgraph name -> times used

    def __init__(self, **kwargs):
        for value in kwargs.values():
            if not isinstance(value, str):
                raise ValueError("Attributes need to be string")
        self._attr = kwargs
        self._old_scope = None

    def get(self, attr):
        """The scope's attributes updated with ``attr`` (``attr`` itself when the scope has none, as MXNet)."""
        if not self._attr:
            return attr if attr else {}
        merged = dict(self._attr)
        if attr:
            merged.update(attr)
        return merged

    def __enter__(self):
        """The scope takes on the enclosing scope's attributes (its own win) and becomes the current one."""
        self._old_scope = active_scope()
        self._attr = dict(self._old_scope._attr, **self._attr)
        AttrScope._current.value = self
        return self

    def __exit__(self, ptype, value, trace):
        if self._old_scope is None:
            raise AssertionError()      # MXNet's bare assertion: exiting a scope never entered
        AttrScope._current.value = self._old_scope


def active_scope():
    """The active AttrScope of this thread."""
    scope = getattr(AttrScope._current, "value", None)
    if scope is None:
        scope = AttrScope._current.value = AttrScope()
    return scope


def _set_current(scope):
    AttrScope._current.value = scope


AttrScope.current = CurrentProperty("AttrScope", active_scope, _set_current, warn_on_set=True)

__dir__ = _hiding(globals(), ("CurrentMeta", "CurrentProperty", "collections", "active_scope"))  # (distnet's helpers)
