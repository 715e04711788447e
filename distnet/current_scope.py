"""``NameManager.current`` and ``AttrScope.current``: the thread's innermost scope, read and set through the class."""
import warnings


class CurrentProperty:
    """MXNet's deprecated ``current`` class property over a thread-local scope (``read``/``write``)."""

    def __init__(self, owner_name, read, write, warn_on_set):
        self.owner_name, self.read, self.write, self.warn_on_set = owner_name, read, write, warn_on_set

    def _deprecated(self):
        warnings.warn(f"{self.owner_name}.current has been deprecated. It is advised to use the `with` statement "
                      f"with {self.owner_name}.", DeprecationWarning)

    def __get__(self, obj, owner=None):
        self._deprecated()
        return self.read()

    def __set__(self, obj, value):
        if self.warn_on_set:
            self._deprecated()
        self.write(value)


class CurrentMeta(type):
    """Makes ``Class.current = scope`` set this thread's scope rather than replace the property, as in MXNet."""

    def __setattr__(cls, key, value):
        prop = cls.__dict__.get(key)
        if isinstance(prop, CurrentProperty):
            return prop.__set__(cls, value)
        return super().__setattr__(key, value)
