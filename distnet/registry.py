"""Registries of classes by lower-case name (initializers, metrics), as ``mx.registry``."""
import json
import warnings

from .base import string_types  # noqa: F401  (a name MXNet's module shows, as its own import)

_REGISTRY = {}   # base class -> {lower-case name: class}


def get_registry(base_class):
    """A copy of the name -> class table of ``base_class``."""
    return dict(_REGISTRY.setdefault(base_class, {}))


def _dotted_name(klass):
    """``module.Class`` as MXNet names it (distnet's own classes under MXNet's module names)."""
    module = klass.__module__
    if module.split(".")[0] == "distnet":
        module = "mxnet" + module[len("distnet"):]
    return f"{module}.{klass.__name__}"


def get_register_func(base_class, nickname):
    """A decorator ``register(klass, name=None)`` adding subclasses of ``base_class`` by name."""
    registry = _REGISTRY.setdefault(base_class, {})

    def register(klass, name=None):
        """Register ``klass`` under ``name`` (default: its class name), case-insensitively."""
        if not issubclass(klass, base_class):   # a non-class fails in issubclass with Python's TypeError
            raise AssertionError(f"Can only register subclass of {base_class.__name__}")
        name = (klass.__name__ if name is None else name).lower()
        old = registry.get(name)
        if old is not None:     # even the same class again, as MXNet warns (in red, no space before 'overriding')
            warnings.warn(f"\033[91mNew {nickname} {_dotted_name(klass)} registered with name {name} is"
                          f"overriding existing {nickname} {_dotted_name(old)}\033[0m", UserWarning, stacklevel=2)
        registry[name] = klass
        return klass
    return register


def get_alias_func(base_class, nickname):
    """A decorator factory ``alias(*names)`` registering a class under extra names."""
    register = get_register_func(base_class, nickname)

    def alias(*aliases):
        """Register the decorated class under the ``aliases`` too."""
        def reg(klass):
            for name in aliases:
                register(klass, name)
            return klass
        return reg
    return alias


def get_create_func(base_class, nickname):
    """A factory ``create(name_or_instance_or_json, *args, **kwargs)`` for ``base_class``."""
    registry = _REGISTRY.setdefault(base_class, {})

    def create(*args, **kwargs):
        if args:
            name, args = args[0], args[1:]
        else:
            name = kwargs.pop(nickname)     # KeyError without it, as in MXNet
        if isinstance(name, base_class):
            if args or kwargs:
                raise AssertionError(f"{nickname} is already an instance. Additional arguments are invalid")
            return name
        if isinstance(name, dict):
            return create(**name)
        if not isinstance(name, str):
            raise AssertionError(f"{nickname} must be of string type")
        if name.startswith("[") or name.startswith("{"):
            if args or kwargs:
                raise AssertionError()      # MXNet's bare assertion: a JSON spec takes no other arguments
            spec = json.loads(name)
            if name.startswith("{"):
                return create(**spec)
            name, kwargs = spec     # exactly [name, kwargs]: another length is ValueError, as MXNet unpacks it
            return create(name, **kwargs)
        klass = registry.get(name.lower())
        if klass is None:       # MXNet asserts here (JSON specs included)
            raise AssertionError(f"{name.lower()} is not registered. Please register with {nickname}.register first")
        return klass(*args, **kwargs)
    create.__doc__ = f"Create a {base_class.__name__} from its name, JSON config, dict or an instance."
    return create
