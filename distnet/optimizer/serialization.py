"""Optimizers and optimizer states as bytes: msgpack with typed extensions, never pickle.

An optimizer is saved as its registered name, its constructor arguments and its attributes
(learning rate, multipliers, update counts, scheduler, ...), so the copy continues exactly where
the original stands. It is rebuilt only from classes found in the optimizer registry and
schedulers found among the LRScheduler subclasses; attributes are set, no code is run.
"""
import sys

import msgpack
import numpy as np

from ..base import MXNetError
from ..lr_scheduler import LRScheduler
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray.serialize import V2_MAGIC, V3_MAGIC, _check_shape_semantics
from ..util import is_np_shape
from .optimizer import Optimizer

# msgpack extension codes; they are in saved files and on the wire: append, never renumber
_NDARRAY, _NUMPY, _TUPLE, _SCHEDULER, _OPTIMIZER = 1, 2, 3, 4, 5
_NDARRAY_NP = 6         # an NDArray saved under NumPy shape semantics: as in MXNet, it loads only under them
_NUMPY_SCALAR, _SET, _COMPLEX = 7, 8, 9     # kept as such (a float32 rate stays a float32 rate)
_ROW_SPARSE = 10        # a row_sparse array (a sparse weight's states): its stored rows and their indices
_NOT_SAVED = ("param_dict", "_init_kwargs", "_index_update_count")   # re-created or re-linked on load
_NOT_ARGS = ("sym", "param_dict")
_CLASS_PATH = ":"       # between the module and the class name of an optimizer class not in the registry


def pack(obj):
    """``obj`` (dicts, lists, tuples, numbers, strings, arrays, schedulers, optimizers) as bytes."""
    return msgpack.packb(obj, default=_encode, strict_types=True, use_bin_type=True)


def unpack(data):
    """The object that ``pack`` turned into ``data``."""
    return msgpack.unpackb(data, ext_hook=_decode, strict_map_key=False, raw=False)


def optimizer_config(opt):
    """``[name, kwargs, attributes]`` of an optimizer, each packable (the name of an unregistered class is its
    ``module:qualified name``, found again only in a process that has that module loaded)."""
    klass = type(opt)
    name = klass.__name__.lower()
    if Optimizer.opt_registry.get(name) is not klass:
        name = f"{klass.__module__}{_CLASS_PATH}{klass.__qualname__}"
    kwargs = {k: v for k, v in getattr(opt, "_init_kwargs", {}).items() if k not in _NOT_ARGS}
    attrs = {k: v for k, v in opt.__getstate__().items() if k not in _NOT_SAVED}
    attrs["_device_id"] = opt._current_device()     # (re-linked on load, not kept as an attribute)
    return [name, kwargs, attrs]


def optimizer_from_config(config):
    """The optimizer described by ``optimizer_config`` output."""
    name, kwargs, attrs = config
    klass = _unregistered_class(name) if _CLASS_PATH in name else Optimizer.opt_registry.get(name)
    if klass is None and _CLASS_PATH in name:
        raise MXNetError(f"cannot rebuild optimizer {name!r}: no Optimizer class of that name is loaded in this "
                         "process (modules are not imported to find it). Import the module that defines it")
    if klass is None:
        raise MXNetError(f"cannot rebuild optimizer {name!r}: no optimizer of that name is registered in this "
                         f"process (registered: {sorted(Optimizer.opt_registry)}). Import the module that registers it")
    opt = object.__new__(klass)
    device = attrs.pop("_device_id", 0)
    opt.__dict__.update(attrs)
    opt._init_kwargs = kwargs
    opt.param_dict = {}
    opt._index_update_count = opt._all_index_update_counts.setdefault(device, {})
    return opt


def _unregistered_class(path):
    """The Optimizer subclass at ``module:qualified name`` in a module this process has loaded (none is imported),
    or None."""
    module_name, _, qualname = path.partition(_CLASS_PATH)
    found = sys.modules.get(module_name)
    for part in qualname.split("."):
        found = getattr(found, part, None)
    return found if isinstance(found, type) and issubclass(found, Optimizer) else None


def serialize_optimizer(opt):
    """An optimizer as bytes (what a worker sends to the servers)."""
    return pack(opt)


def deserialize_optimizer(data):
    """The optimizer that ``serialize_optimizer`` turned into bytes."""
    opt = unpack(data)
    if not isinstance(opt, Optimizer):
        raise MXNetError(f"expected a serialized optimizer, got a {type(opt).__name__}")
    return opt


def _encode(obj):
    if isinstance(obj, NDArray) and obj.stype == "row_sparse":
        return msgpack.ExtType(_ROW_SPARSE, pack([list(obj.shape), _array_payload(obj.data._data),
                                                  _array_payload(obj.indices._data)]))
    if isinstance(obj, NDArray):
        return msgpack.ExtType(_NDARRAY_NP if is_np_shape() else _NDARRAY, _array_payload(obj._data))
    if isinstance(obj, np.ndarray):
        return msgpack.ExtType(_NUMPY, _array_payload(obj))
    if isinstance(obj, tuple):
        return msgpack.ExtType(_TUPLE, pack(list(obj)))
    if isinstance(obj, dict):            # dict subclasses such as OrderedDict
        return dict(obj)
    if isinstance(obj, list):
        return list(obj)
    if isinstance(obj, np.generic):
        return msgpack.ExtType(_NUMPY_SCALAR, pack([obj.dtype.str, obj.tobytes()]))
    if isinstance(obj, (set, frozenset)):
        return msgpack.ExtType(_SET, pack([type(obj) is frozenset, list(obj)]))
    if isinstance(obj, complex):
        return msgpack.ExtType(_COMPLEX, pack([obj.real, obj.imag]))
    if isinstance(obj, LRScheduler):
        return msgpack.ExtType(_SCHEDULER, pack([type(obj).__name__, obj.__dict__]))
    if isinstance(obj, Optimizer):
        return msgpack.ExtType(_OPTIMIZER, pack(optimizer_config(obj)))
    raise MXNetError(f"cannot save a value of type {type(obj).__name__} ({obj!r:.80}) in optimizer states: only "
                     "numbers, strings, lists, tuples, dicts, arrays and registered schedulers/optimizers are saved")


def _decode(code, payload):
    if code == _ROW_SPARSE:
        from ..ndarray.sparse import row_sparse_array
        shape, values, indices = unpack(payload)
        values, indices = _array_from_payload(values), _array_from_payload(indices)
        return row_sparse_array((values, indices), shape=tuple(shape), dtype=values.dtype)
    if code in (_NDARRAY, _NDARRAY_NP, _NUMPY):
        if code != _NUMPY:      # MXNet's check of the shape semantics an array was saved under
            _check_shape_semantics(V3_MAGIC if code == _NDARRAY_NP else V2_MAGIC)
        dtype, shape, raw = unpack(payload)
        arr = np.frombuffer(raw, dtype=np.dtype(dtype)).reshape(shape).copy()
        return arr if code == _NUMPY else _wrap(arr)
    if code == _NUMPY_SCALAR:
        dtype, raw = unpack(payload)
        return np.frombuffer(raw, dtype=np.dtype(dtype))[0]
    if code == _SET:
        frozen, items = unpack(payload)
        return frozenset(items) if frozen else set(items)
    if code == _COMPLEX:
        return complex(*unpack(payload))
    if code == _TUPLE:
        return tuple(unpack(payload))
    if code == _SCHEDULER:
        name, attrs = unpack(payload)
        klass = LRScheduler._classes.get(name)
        if klass is None:
            raise MXNetError(f"cannot rebuild learning-rate scheduler {name!r}: no LRScheduler subclass of that name "
                             "is defined in this process. Import the module that defines it")
        sched = object.__new__(klass)
        sched.__dict__.update(attrs)
        return sched
    if code == _OPTIMIZER:
        return optimizer_from_config(unpack(payload))
    raise MXNetError(f"unknown extension type {code} in serialized optimizer data (written by a newer distnet?)")


def _array_from_payload(payload):
    dtype, shape, raw = unpack(payload)
    return np.frombuffer(raw, dtype=np.dtype(dtype)).reshape(shape).copy()


def _array_payload(arr):
    shape = list(np.shape(arr))          # before ascontiguousarray, which makes a 0-d array 1-d
    arr = np.ascontiguousarray(arr)
    return pack([arr.dtype.str, shape, arr.tobytes()])
