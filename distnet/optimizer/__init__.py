"""Optimizers by name (``mx.optimizer.create('sgd', ...)``), the Updater of kvstores and servers."""
from .optimizer import Optimizer, register, create  # noqa: F401
from .sgd import SGD, LARS, LBSGD, ccSGD, NAG, Signum, DCASGD, SGLD, Test  # noqa: F401
from .adam import Adam, Adamax, Nadam, FTML, LAMB  # noqa: F401
from .adaptive import AdaGrad, RMSProp, AdaDelta, Ftrl  # noqa: F401  (GroupAdaGrad: in contrib, as in MXNet)
from .updater import Updater, get_updater  # noqa: F401
from .serialization import serialize_optimizer, deserialize_optimizer  # noqa: F401
from . import optimizer, contrib  # noqa: F401


__all__ = ["AdaDelta", "AdaGrad", "Adam", "Adamax", "DCASGD", "FTML", "Ftrl", "LARS", "LBSGD", "NAG", "NDabs", "Nadam",
           "Optimizer", "RMSProp", "SGD", "SGLD", "Signum", "LAMB", "Test", "Updater", "ccSGD", "create", "get_updater",
           "register", "contrib"]

for _cls in (Optimizer, SGD, LARS, LBSGD, ccSGD, NAG, Signum, DCASGD, SGLD, Test, Adam, Adamax, Nadam, FTML, LAMB,
             AdaGrad, RMSProp, AdaDelta, Ftrl, Updater):
    _cls.__module__ = optimizer.__name__       # MXNet defines them all in mxnet.optimizer.optimizer (reprs, pickles)
    setattr(optimizer, _cls.__name__, _cls)
del _cls

# MXNet registers them in its source's order, which listing the registry shows
_ORDER = ["sgd", "signum", "ftml", "lars", "lbsgd", "lamb", "dcasgd", "nag", "sgld", "ccsgd", "adam", "adagrad", "rmsprop",
          "adadelta", "ftrl", "adamax", "nadam", "test", "groupadagrad"]
_registered = dict(Optimizer.opt_registry)
Optimizer.opt_registry.clear()
Optimizer.opt_registry.update((name, _registered.pop(name)) for name in _ORDER if name in _registered)
Optimizer.opt_registry.update(_registered)
del _registered


def __dir__():
    """MXNet's names: with ``NDabs`` (found by ``__getattr__``), without the hooks, the modules of distnet's own
    and the (de)serializers its kvstores use."""
    own = {n for n, v in globals().items() if isinstance(v, type(optimizer)) and n not in ("contrib", "optimizer")}
    return sorted((set(globals()) | {"NDabs"}) - own - {"__getattr__", "__dir__", "serialize_optimizer",
                                                       "deserialize_optimizer"})


def __getattr__(name):
    """``NDabs``: nd.abs, a name MXNet's mx.optimizer exposes (looked up late: nd imports this package)."""
    if name == "NDabs":
        from ..ndarray import abs as nd_abs
        return nd_abs
    raise AttributeError(f"module 'mxnet.optimizer' has no attribute '{name}'")
