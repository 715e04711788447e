"""Optimizer states that MXNet 1.x pickled (``trainer.save_states``, ``kv.save_optimizer_states``), read back.

MXNet writes ``pickle.dumps((states, optimizer))``. A general unpickler can run arbitrary code, so this one
builds only what such a file holds: arrays (from the raw bytes MXNet pickles them as), the optimizers of
the registry and the learning-rate schedulers, rebuilt by setting their attributes. Any other class in
the file is refused.
"""
import io
import pickle
import struct

from ..base import MXNetError, error_like
from ..lr_scheduler import LRScheduler
from .optimizer import Optimizer

# (the same classes pickled by distnet itself, whose arrays pickle as MXNet's do, are read too)
_ARRAY_CLASSES = {("mxnet.ndarray.ndarray", "NDArray"), ("mxnet.ndarray.sparse", "RowSparseNDArray"),
                  ("mxnet.ndarray.sparse", "CSRNDArray"), ("mxnet.numpy.multiarray", "ndarray"),
                  ("distnet.ndarray.ndarray", "NDArray"), ("distnet.ndarray.sparse", "RowSparseNDArray"),
                  ("distnet.ndarray.sparse", "CSRNDArray"), ("distnet.numpy", "ndarray")}
_OPTIMIZER_MODULES = ("mxnet.optimizer.optimizer", "mxnet.optimizer", "mxnet.optimizer.contrib",
                      "distnet.optimizer.optimizer", "distnet.optimizer.contrib")
_SCHEDULER_MODULES = ("mxnet.lr_scheduler", "distnet.lr_scheduler")
_LIST_MAGIC = 0x112          # the header nd.save writes before a list of arrays
UnpicklingError = error_like(pickle.UnpicklingError)      # what MXNet's pickle.loads raises for damaged data


class _PickledArray:
    """Stands for an array while unpickling; its state is MXNet's raw bytes of one array."""

    def __init__(self, *args):
        self.raw = None

    def __setstate__(self, state):
        self.raw = bytes(state["handle"]) if isinstance(state, dict) and "handle" in state else None

    def to_ndarray(self):
        """The NDArray those bytes describe (MXNet's raw bytes are one record of an nd.save file)."""
        from ..ndarray.utils import load_frombuffer
        if self.raw is None:
            raise MXNetError("cannot read optimizer states saved by MXNet: an array in them has no data")
        buf = struct.pack("<QQQ", _LIST_MAGIC, 0, 1) + self.raw + struct.pack("<Q", 0)
        return load_frombuffer(buf)[0]


class _StatesUnpickler(pickle.Unpickler):
    """Resolves only the classes an MXNet states file holds."""

    def find_class(self, module, name):
        if (module, name) in _ARRAY_CLASSES:
            return _PickledArray
        if (module, name) == ("builtins", "bytearray"):
            return bytearray
        if module in _OPTIMIZER_MODULES and name.lower() in Optimizer.opt_registry:
            return Optimizer.opt_registry[name.lower()]
        if module in _SCHEDULER_MODULES and name in LRScheduler._classes:
            return LRScheduler._classes[name]
        raise MXNetError(f"cannot read optimizer states saved by MXNet: they hold a {module}.{name}, which is not an "
                         "array, a registered optimizer or a learning-rate scheduler, so it is not loaded (loading "
                         "arbitrary pickled objects could run code)")


def load(data):
    """``(states, optimizer, paired)`` from the bytes of an MXNet states file (``paired``: they were pickled with
    a second item, taken for the optimizer whatever it is)."""
    try:
        saved = _StatesUnpickler(io.BytesIO(data)).load()
    except MXNetError:
        raise
    except Exception as e:  # noqa: BLE001 -- a corrupt pickle raises many unrelated types: pickle.loads' words
        raise error_like(type(e))(*e.args) from e
    paired = isinstance(saved, tuple) and len(saved) == 2     # (MXNet takes any pair as states and optimizer)
    states, optimizer = saved if paired else (saved, None)
    if not isinstance(states, dict):        # (MXNet's set_states lists the keys of what it loaded)
        raise AttributeError(f"'{type(states).__name__}' object has no attribute 'keys'")
    states = {k: _arrays(v) for k, v in states.items()}
    return states, (_completed(optimizer) if isinstance(optimizer, Optimizer) else optimizer), paired


def _arrays(value):
    """``value`` with its stand-ins replaced by NDArrays."""
    if isinstance(value, _PickledArray):
        return value.to_ndarray()
    if isinstance(value, (tuple, list)):
        items = [_arrays(v) for v in value]
        return tuple(items) if isinstance(value, tuple) else items
    if isinstance(value, dict):         # e.g. LBSGD's gradient sums: {index: {'cum_grad': array, 'num_cums': n}}
        return {k: _arrays(v) for k, v in value.items()}
    return value


def _completed(optimizer):
    """The unpickled optimizer with the attributes distnet adds to MXNet's (defaults of a new instance)."""
    fresh = type(optimizer)()
    loaded = dict(optimizer.__dict__)
    for key, value in loaded.items():
        if isinstance(value, (_PickledArray, tuple, list, dict)):
            loaded[key] = _arrays(value)
    fresh.__dict__.update(loaded)
    fresh._init_kwargs = {}
    fresh.param_dict = {}
    counts = fresh._all_index_update_counts.setdefault(getattr(fresh, "_device_id", 0), {})
    counts.update(loaded.get("_index_update_count", {}))
    fresh._index_update_count = counts
    return fresh

