"""Automatic names for symbols and blocks: ``mx.name.NameManager`` and ``mx.name.Prefix``."""
import threading

import warnings  # noqa: F401  (names MXNet's module shows, as its own imports)

from .base import _MXClassPropertyMetaClass, classproperty, hiding as _hiding, with_metaclass  # noqa: F401
from .current_scope import CurrentMeta, CurrentProperty


class NameManager(metaclass=CurrentMeta):
    """Gives ``hint`` + a per-hint counter (``fullyconnected0``) unless a name is given."""

    _current = threading.local()

    def __init__(self):
        self._counter = {}
        self._old_manager = None

    def get(self, name, hint):
        """``name`` if given, else the next automatic name for ``hint``."""
        if name:
            return name
        n = self._counter.get(hint, 0)
        self._counter[hint] = n + 1
        return f"{hint}{n}"

    def __enter__(self):
        self._old_manager = active_manager()
        NameManager._current.value = self
        return self

    def __exit__(self, ptype, value, trace):
        if self._old_manager is None:
            raise AssertionError()      # MXNet's bare assertion: exiting a manager never entered
        NameManager._current.value = self._old_manager


class Prefix(NameManager):
    """A NameManager that puts ``prefix`` before every name."""

    def __init__(self, prefix):
        super().__init__()
        self._prefix = prefix

    def get(self, name, hint):
        return self._prefix + super().get(name, hint)


def active_manager():
    """The active NameManager of this thread."""
    manager = getattr(NameManager._current, "value", None)
    if manager is None:
        manager = NameManager._current.value = NameManager()
    return manager


def _set_current(manager):
    NameManager._current.value = manager


NameManager.current = CurrentProperty("NameManager", active_manager, _set_current, warn_on_set=False)

__dir__ = _hiding(globals(), ("CurrentMeta", "CurrentProperty", "active_manager"))     # (distnet's scope helpers)
