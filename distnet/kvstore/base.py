"""The KVStore API (``mx.kv``): the abstract base, the key/value front end shared by every store, and ``create``.

A store is a :class:`KVStore` subclass. ``KVStore`` turns MXNet's call forms (one key or a list of keys;
one array or a list of arrays per key; ``out`` lists) into calls on one key with lists of arrays, checks
them, and leaves the storage to the subclass. A subclass (``LocalKVStore`` here, ``DistKVStore`` in
``distnet.worker.kvstore``) calls ``KVStore.__init__(self)`` and implements:

- ``_init_key(key, value)``          store a copy of NDArray ``value`` under a new key
- ``_push_key(key, values)``         merge (sum) the NDArrays ``values`` and apply the updater
- ``_pull_key(key, outs)``           copy the key's value into every NDArray of ``outs``
- ``_has_key(key)``                  whether ``key`` was initialised
- ``_value(key)``                    the stored NDArray (for ``row_sparse_pull``; optional)
- ``type``, ``rank``, ``num_workers`` properties
- ``set_optimizer``, ``save_optimizer_states``, ``load_optimizer_states`` when the updates do not run in
  this process (the defaults use the in-process ``_updater``)
- ``_barrier`` (default: nothing to wait for)

The front end has already checked keys and array types and grouped repeated keys; a subclass applies gradient
compression (``self._compression``, set by ``set_gradient_compression``); ``check_copy`` is there for the shape
checks.
Keys are ``int`` or ``str``; a store accepts only one of the two kinds. An updater is called as
``updater(key, merged_grad, stored_weight)`` with ``int`` keys as ``int`` and ``str`` keys as ``bytes``
(MXNet's convention) and updates ``stored_weight`` in place.
"""
import ctypes
import os
import sys
import warnings

import numpy as np

from ..base import log_time
from ..base import HoldsCHandle, MXNetError, class_text, located, no_attribute, message_of
from ..ndarray.ndarray import NDArray, _wrap

__all__ = ["KVStoreBase", "KVStore", "TestStore", "create"]


class KVStoreBase:
    """The abstract API every kvstore provides (MXNet's ``mx.kv.KVStoreBase``)."""

    kv_registry = {}
    OPTIMIZER = "optimizer"

    def broadcast(self, key, value, out, priority=0):
        """Initialise ``key`` with ``value`` and copy it into ``out``."""
        raise NotImplementedError()

    def pushpull(self, key, value, out=None, priority=0):
        """Push ``value`` and pull the result into ``out`` (into ``value`` when ``out`` is None)."""
        raise NotImplementedError()

    def set_optimizer(self, optimizer):
        """Run ``optimizer`` on every push."""
        raise NotImplementedError()

    def is_capable(self, capability):
        """Whether the store supports ``capability`` (``KVStoreBase.OPTIMIZER``)."""
        raise NotImplementedError()

    def save_optimizer_states(self, fname, dump_optimizer=False):
        """Save the optimizer states (and the optimizer, if ``dump_optimizer``) to ``fname``."""
        raise NotImplementedError()

    def load_optimizer_states(self, fname):
        """Load optimizer states saved by ``save_optimizer_states``."""
        raise NotImplementedError()

    @property
    def type(self):
        """The store's type name."""
        raise NotImplementedError()

    @property
    def rank(self):
        """This worker's rank in ``[0, num_workers)``."""
        raise NotImplementedError()

    @property
    def num_workers(self):
        """The number of workers."""
        raise NotImplementedError()

    @staticmethod
    def register(klass):
        """Class decorator: make ``mx.kv.create(<lowercase class name>)`` build ``klass`` (any class: as MXNet,
        its base is not checked)."""
        if not isinstance(klass, type):
            raise AssertionError()      # MXNet's bare assert: register a class
        name = klass.__name__.lower()
        previous = KVStoreBase.kv_registry.get(name)
        if previous is not None:
            warnings.warn(f"WARNING: New kvstore {klass.__module__}.{klass.__name__} is overriding existing "
                          f"kvstore {previous.__module__}.{previous.__name__}")
        KVStoreBase.kv_registry[name] = klass
        return klass


def update_on_kvstore_default():
    """MXNET_UPDATE_ON_KVSTORE (default 1): whether a dist kvstore runs the optimizer by default."""
    return bool(int(os.getenv("MXNET_UPDATE_ON_KVSTORE", "1")))


def _check_capability(capability, supported):
    if not hasattr(capability, "lower"):     # MXNet calls capability.lower()
        raise no_attribute(capability, "lower")
    if capability.lower() != KVStoreBase.OPTIMIZER:
        raise ValueError(f"Unknown capability: {capability}")
    return supported


def _as_list(x):
    return list(x) if isinstance(x, (list, tuple)) else [x]


def _arrays(values, what):
    """The NDArrays given for one key: one NDArray, or any iterable of them (MXNet iterates it, then sizes it)."""
    if isinstance(values, NDArray):
        return [_check_array(values, what)]
    arrays = [_check_array(v, what) for v in values]    # a non-iterable: Python's TypeError, as in MXNet
    len(values)                                         # an iterator (no len) fails here, as in MXNet
    return arrays


def _check_array(value, what):
    if not isinstance(value, NDArray):
        raise AssertionError()      # MXNet's bare assert: kvstore values are NDArrays (wrap numpy data with nd.array)
    if what == "push" and getattr(value, "stype", "default") == "csr":
        raise MXNetError("Unexpected storage type detected during kvstore push: 2")     # csr's storage type number
    return value


def _check_key_type(key):
    if not isinstance(key, (int, str)):      # MXNet asserts this
        raise AssertionError(f"unexpected type for keys: {class_text(key)}")
    if isinstance(key, int) and not -2**31 <= key < 2**31:     # MXNet passes int keys as C ints
        raise OverflowError(f"signed integer is {'greater than maximum' if key > 0 else 'less than minimum'}")


def _check_priority(priority):
    """Raise TypeError unless ``priority`` converts to a C int as MXNet passes it (any int wraps to 32 bits)."""
    ctypes.c_int(priority)


def _pairs(keys, values, what):
    """[(key, [NDArray, ...]), ...] from MXNet's forms: one key or a (nested) list of keys, each given an NDArray or
    a list of them."""
    return _key_pairs(keys, values, what)[0]


def _key_pairs(keys, values, what):
    """(pairs, whether the keys are str), checked in MXNet's order: per key its type, then its arrays, then that its
    kind matches the keys before it; a key list may nest, its values nested alike."""
    if not isinstance(keys, (list, tuple)):
        _check_key_type(keys)
        keys = int(keys) if isinstance(keys, bool) else keys      # MXNet passes an int key as a C int: True is 1
        return [(keys, _arrays(values, what))], isinstance(keys, str)
    # one entry (an NDArray or a list of them) per key; one NDArray gives its rows, one per key, as MXNet walks it
    if len(keys) != len(values):    # no len(): Python's TypeError (a 0-d NDArray: IndexError), as in MXNet
        raise AssertionError()      # MXNet's bare assert
    pairs, str_keys = [], None
    for key, vals in zip(keys, values):
        more, str_key = _key_pairs(key, vals, what)
        pairs += more
        str_keys = str_key if str_keys is None else str_keys
        if str_key != str_keys:
            raise AssertionError("inconsistent types of keys detected.")
    return pairs, str_keys


STYPE_FLAGS = {"default": 0, "row_sparse": 1, "csr": 2}     # MXNet's storage type enumeration


def check_row_sparse_pull(out, row_ids):
    """MXNet's storage checks of one output of a row_sparse_pull and its row ids (the output's first)."""
    ids_flag, out_flag = (STYPE_FLAGS[getattr(a, "stype", "default")] for a in (row_ids, out))
    if out_flag != 1:
        raise located(MXNetError(f"Check failed: val_stype == kRowSparseStorage ({out_flag} vs. 1) : Expected "
                                 f"row_sparse storage type for row_sparse_pull values, but detected storage type "
                                 f"{out_flag}"), ("../src/kvstore/./kvstore_local.h", 403))
    if ids_flag != 0:
        raise located(MXNetError(f"Check failed: rowid_stype == kDefaultStorage ({ids_flag} vs. 0) : Expected default "
                                 f"storage type for row_sparse_pull rowids, but detected storage type {ids_flag}"),
                      ("../src/kvstore/./kvstore_local.h", 405))


def _dense_only(outs, warned=False):
    """The dense arrays of ``outs``; MXNet skips sparse ones in a pull with ignore_sparse, and logs so on stderr
    (its C++ log, not a Python warning) unless it ``warned`` of that key already."""
    dense = [o for o in outs if getattr(o, "stype", "default") == "default"]
    if len(dense) != len(outs) and not warned:
        print(f"{log_time()} ../src/kvstore/./kvstore_local.h:378: Warning: non-default weights "
              "detected during kvstore pull. This call has been ignored. Please make sure to use kv.row_sparse_pull() "
              "or module.prepare() with row_ids.", file=sys.stderr, flush=True)
    return dense


def shape_mismatch(source, target):
    """MXNet's words when a copy between arrays of shapes ``source`` and ``target`` is refused."""
    def text(shape):
        return "[" + ",".join(map(str, shape)) + "]"
    return f"Check failed: from.shape() == to.shape(): operands shape mismatch from.shape = {text(source)} " \
           f"to.shape={text(target)}"


def check_copy(shape, target):
    """Raise MXNet's shape check unless a value of ``shape`` can be copied into the array ``target``."""
    if tuple(target.shape) != tuple(shape):
        raise MXNetError(shape_mismatch(shape, target.shape))


_COMPRESSION_SOURCE = "../src/kvstore/gradient_compression.cc"      # where MXNet checks the parameters


class TwoBitCompression:
    """MXNet's 2-bit gradient compression: each pushed array becomes +-threshold or 0; the rest is carried over."""

    def __init__(self, threshold=0.5):
        self.threshold = threshold
        self._residuals = {}

    @classmethod
    def from_params(cls, params):
        """Validate MXNet's ``compression_params`` dict and build the compressor."""
        if not isinstance(params, dict):          # MXNet asserts this on the dict it passes to its core
            raise AssertionError(f"unexpected type for param_dict: {class_text(params)}")
        if "type" not in params:
            raise MXNetError("Required parameter type of string is not presented")
        try:
            threshold = float(str(params.get("threshold", 0.5)))     # MXNet parses the value's text
        except (TypeError, ValueError):
            raise MXNetError(f"Invalid Parameter format for threshold expect float but value='{params['threshold']}'") \
                from None
        if not threshold > 0:
            raise located(MXNetError(f"Check failed: params.threshold > 0 ({threshold:g} vs. 0) : threshold must be "
                                     "greater than 0"), (_COMPRESSION_SOURCE, 44))
        if params["type"] != "2bit":        # (MXNet parses and checks the threshold first; only '2bit' is known)
            raise located(MXNetError(f"Unknown type for gradient compression {params['type']}"),
                          (_COMPRESSION_SOURCE, 48))
        return cls(threshold)

    def compress(self, key, arrays, shape=None):
        """The quantized copies of the arrays pushed to ``key``; each source position keeps its own residual.

        With ``shape`` (the key's), each array is read as MXNet's quantizer reads it into a residual of that shape:
        its elements in memory order (a row_sparse array's stored rows, one after the other), as many as fit,
        zeros past its end.
        """
        out = []
        for i, array in enumerate(arrays):
            stored_rows = shape is not None and getattr(array, "stype", "default") == "row_sparse"
            data = array.data.asnumpy() if stored_rows else array.asnumpy()
            if shape is not None and data.shape != tuple(shape):
                flat = np.zeros(int(np.prod(shape, dtype=np.int64)), data.dtype)
                n = min(flat.size, data.size)
                flat[:n] = data.ravel()[:n]
                data = flat.reshape(shape)
            residual = self._residuals.get((key, i))
            if residual is None or residual.shape != data.shape:
                residual = self._residuals[(key, i)] = np.zeros_like(data)
            residual += data
            t = residual.dtype.type(self.threshold)
            q = np.where(residual >= t, t, np.where(residual <= -t, -t, 0)).astype(residual.dtype)
            residual -= q
            out.append(_wrap(q, array.ctx))
        return out


def _duplicate_init(key):
    """MXNet's words for a key initialised twice."""
    if isinstance(key, str):
        return f"Check failed: str_key_dict_.find(str_key) == str_key_dict_.end(): duplicate init of key {key}"
    return (f"Check failed: local_.find(keys[i]) == local_.end(): duplicate init of key {key}. Please double check if "
            "you called kv.init or kv.broadcast with this key multiple times")


def _group(pairs):
    """Merge the pairs of repeated keys, keeping first-seen order (a key pushed twice in one call is summed)."""
    grouped = {}
    for key, arrays in pairs:
        grouped.setdefault(key, []).extend(arrays)
    return list(grouped.items())


class KVStore(HoldsCHandle, KVStoreBase):
    """MXNet's key/value API over the per-key primitives a subclass implements (see the module docstring)."""

    def __init__(self):
        self._updater = None
        self._has_updater = False       # set by _set_updater, even to a non-callable (MXNet fails each push then)
        self._key_kind = None
        self._compression = None
        self._str_ids = {}              # str key -> its rank in init order (MXNet's int id for it)
        self._reserved = set()          # keys a failed call made an empty entry for: their init is a duplicate
        self._sparse_pulls_warned = set()   # keys a pull skipped sparse outputs of, as MXNet has logged
        self.handle = ctypes.c_void_p(id(self))     # a void pointer standing in for MXNet's C handle

    # ---- keys -------------------------------------------------------------------------
    def _check_key(self, key):
        """``key`` normalised (int or str), with the store's one-kind-of-key rule enforced."""
        _check_key_type(key)
        kind = str if isinstance(key, str) else int
        if self._key_kind is None:
            self._key_kind = kind
        elif kind is not self._key_kind:     # MXNet's key type enumeration: str 0, int 1
            raise MXNetError(f"Check failed: key_type_ == key_type ({int(self._key_kind is int)} vs. "
                             f"{int(kind is int)}) : Mixed key types are not allowed")
        return key

    def _check_kind(self, str_keys):
        """MXNet's one key-kind check per call: a call given no str key (even no key at all) uses int keys."""
        self._check_key("" if str_keys else 0)

    def _registered(self, keys):
        """Raise unless every str key of ``keys`` was given to ``init`` (MXNet looks them all up first)."""
        for key in keys:
            if isinstance(key, str) and key not in self._str_ids and not self._has_key(key):
                raise MXNetError("Check failed: str_key_dict_.find(str_key) != str_key_dict_.end(): key "
                                 f"{key} doesn't exist. Did you init?")

    def _known(self, key, what, pushed=()):
        """``key``, checked to hold a value for a ``what`` (of the ``pushed`` arrays).

        As MXNet's store, a push, pull or row_sparse_pull of a key without a value leaves an empty entry for it:
        a later ``init`` of that key is refused as a duplicate.
        """
        key = self._check_key(key)
        if self._has_key(key):
            return key
        self._registered([key])
        if what == "push":
            refused = self._reduce_refusal(key, pushed)
            if refused is not None:
                raise refused
        if what == "push" and not self._has_updater:
            raise MXNetError(self._missing_push(key, len(pushed)))
        self._reserved.add(key)
        error = MXNetError(f"Check failed: !local.is_none(): key {self._key_rank(key)} has not been inited")
        # MXNet's row_sparse_pull makes this check at its own line of the store
        raise located(error, ("../src/kvstore/./kvstore_local.h", 302)) if what == "row_sparse_pull" else error

    def _reduce_refusal(self, key, pushed):
        """The MXNetError of a failed reduction of the ``pushed`` arrays of ``key`` before its init, or None. MXNet's
        CPU reduction of row_sparse arrays fails for want of the key's merge buffer; otherwise the store (which also
        refuses when there is an updater) has no separate reduction step."""
        if "device" not in self._type and pushed and getattr(pushed[0], "stype", "default") == "row_sparse":
            return located(MXNetError("Check failed: !merged.is_none(): "), ("../src/kvstore/././comm.h", 423))
        return None

    def _missing_push(self, key, count):
        """The words of a push of ``count`` arrays to ``key`` before its init, without an updater."""
        return (f"Check failed: !is_none(): kvstore push of key {key}, which has not been inited; call "
                f"kv.init({key}, value) first")

    def _key_rank(self, key):
        """MXNet's order for the keys of one call: int keys by value, str keys by when they were initialised."""
        return self._str_ids[key] if isinstance(key, str) else key

    @staticmethod
    def _updater_key(key):
        return key.encode() if isinstance(key, str) else key

    # ---- the API ----------------------------------------------------------------------
    def init(self, key, value):
        """Initialise one key or a list of keys with NDArray values (each key once).

        Parameters
        ----------
        key : int, str, or list of int or str
        value : NDArray, or list of NDArray (one per key)
        """
        self._init(key, value, 105)

    def _init(self, key, value, str_check_line):
        """``init``; MXNet checks a str key's uniqueness at ``str_check_line`` of kvstore_local.h (init's and
        broadcast's own copies of the check)."""
        pairs, str_keys = _key_pairs(key, value, "init")
        self._check_kind(str_keys)
        if str_keys:        # MXNet gives every str key its id first: after a duplicate, the keys before it have no value
            for k, arrays in pairs:
                for _ in arrays:
                    if k in self._str_ids:
                        raise located(MXNetError(_duplicate_init(k)), ("../src/kvstore/./kvstore_local.h",
                                                                       str_check_line))
                    self._str_ids[k] = len(self._str_ids)
        for k, arrays in pairs:
            for array in arrays:
                if self._has_key(k) or k in self._reserved:
                    raise MXNetError(_duplicate_init(self._key_rank(k)))
                self._init_key(k, array)

    def push(self, key, value, priority=0):
        """Push values; the arrays pushed to one key are summed, then the updater (if any) applies them.

        Parameters
        ----------
        key : int, str, or list of int or str
        value : NDArray or list of NDArray, or for a key list, one of those per key
        priority : int
            Accepted for compatibility; operations run in call order.
        """
        pairs, str_keys = _key_pairs(key, value, "push")
        _check_priority(priority)
        self._check_kind(str_keys)
        # a key given no arrays is skipped unchecked, as MXNet sends the C API nothing for it
        pairs = [(k, arrays) for k, arrays in _group(pairs) if arrays]
        self._registered([k for k, _ in pairs])
        for k, arrays in sorted(pairs, key=lambda pair: self._key_rank(pair[0])):     # MXNet's order: the keys sorted
            self._push_key(self._known(k, "push", arrays), arrays)

    def pull(self, key, out=None, priority=0, ignore_sparse=True):
        """Copy the value of each key into ``out`` (every array of a list is filled).

        Parameters
        ----------
        key : int, str, or list of int or str
        out : NDArray or list of NDArray, or for a key list, one of those per key
        priority : int
            Accepted for compatibility.
        ignore_sparse : bool
            Skip (with a warning) sparse arrays in ``out``: their rows are pulled with ``row_sparse_pull``.
        """
        if out is None:
            raise AssertionError()      # MXNet's bare assert: out (the arrays to fill) is required
        pairs, str_keys = _key_pairs(key, out, "pull")
        _check_priority(priority)
        self._check_kind(str_keys)
        pairs = [(k, outs) for k, outs in _group(pairs) if outs]
        self._registered([k for k, _ in pairs])
        for k, outs in sorted(pairs, key=lambda pair: self._key_rank(pair[0])):     # MXNet's order: the keys sorted
            if ignore_sparse:
                dense = _dense_only(outs, k in self._sparse_pulls_warned)
                if len(dense) != len(outs):
                    self._sparse_pulls_warned.add(k)        # MXNet logs it once per key and store
                outs = dense
            if outs:        # a key left no output is not looked at, as MXNet's grouping drops it
                self._pull_key(self._known(k, "pull"), outs)

    def pushpull(self, key, value, out=None, priority=0):
        """Push ``value``, then pull the result into ``out`` (into ``value`` itself when ``out`` is None)."""
        # as MXNet's one C call: every argument is checked before anything is pushed
        _pairs(key, value, "push")
        if out is not None:
            _pairs(key, out, "pull")
        _check_priority(priority)
        self.push(key, value, priority)
        self.pull(key, value if out is None else out, priority)

    def broadcast(self, key, value, out, priority=0):
        """Initialise ``key`` with ``value`` and copy the stored value into ``out``."""
        # as MXNet's one C call: every argument is checked before the key is initialised
        _pairs(key, value, "init")
        _pairs(key, out, "pull")
        _check_priority(priority)
        self._init(key, value, 185)
        self.pull(key, out, priority)

    def row_sparse_pull(self, key, out=None, priority=0, row_ids=None):
        """Pull only the rows ``row_ids`` of row_sparse values into row_sparse ``out`` arrays.

        Parameters
        ----------
        key : int, str, or list of int or str
        out : RowSparseNDArray or list of RowSparseNDArray
        row_ids : NDArray or list of NDArray
            The rows to pull: one array for all outputs, or one per output.
        """
        if out is None or row_ids is None:
            raise AssertionError()      # MXNet's bare assert: out and row_ids are both required
        row_ids = [row_ids] if isinstance(row_ids, NDArray) else row_ids
        if not isinstance(row_ids, list):
            raise AssertionError("row_ids should be NDArray or list of NDArray")
        single = len(row_ids) == 1 and isinstance(out, list)     # one row_ids for every output: pull once, copy
        first_out = [out[0]] if single else out
        pairs, str_keys = _key_pairs(key, first_out, "row_sparse_pull")
        # row_ids are laid out like out: per key, one array or a list of them (a key list asserts one entry per key)
        flat_ids = [r for _, ids in _pairs(key, row_ids, "row_sparse_pull") for r in ids]
        outs = [o for _, arrays in pairs for o in arrays]
        if len(flat_ids) != len(outs):
            raise AssertionError("the number of row_ids doesn't match the number of values")
        _check_priority(priority)
        self._check_kind(str_keys)
        self._registered([k for k, arrays in pairs if arrays])
        for o, ids in zip(outs, flat_ids):     # every output's storage is checked before any key's value
            check_row_sparse_pull(o, ids)
        # as MXNet's store: a key listed twice is pulled once with all its outputs, the keys in sorted order
        ids = iter(flat_ids)
        pairs = [(k, [(o, next(ids)) for o in arrays]) for k, arrays in pairs]
        pairs = [(k, items) for k, items in _group(pairs) if items]
        if len(pairs) > 1:
            pairs.sort(key=lambda pair: self._key_rank(pair[0]))
        for k, items in pairs:
            self._row_sparse_pull_key(self._known(k, "row_sparse_pull"), *map(list, zip(*items)))
        if single:
            for o in out[1:]:
                out[0].copyto(o)

    def _row_sparse_pull_key(self, key, outs, row_ids):
        """Copy the rows ``row_ids[i]`` of the key's row_sparse value into the row_sparse ``outs[i]``."""
        raise NotImplementedError(f"{type(self).__name__} does not support row_sparse_pull")

    def _value(self, key):
        raise NotImplementedError(f"{type(self).__name__} does not support row_sparse_pull")

    def set_gradient_compression(self, compression_params):
        """Enable 2-bit gradient compression (``{'type': '2bit', 'threshold': 0.5}``) for 'device'/'dist' stores."""
        if "device" not in self.type and "dist" not in self.type:
            # MXNet raises the plain Exception class here; callers catching it see the same type
            raise Exception("Gradient compression is not supported for this type of kvstore")  # noqa: TRY002
        compression = TwoBitCompression.from_params(compression_params)
        if self._compression is not None:       # MXNet keeps the residuals when only the parameters change
            compression._residuals = self._compression._residuals
        self._compression = compression

    def set_optimizer(self, optimizer):
        """Run ``optimizer`` (an ``mx.optimizer.Optimizer``) in this store on every push."""
        from ..optimizer import get_updater
        self._set_updater(get_updater(optimizer))       # anything else fails on the attributes it lacks, as MXNet

    def _set_updater(self, updater):
        """Call ``updater(key, merged_grad, stored_weight)`` on every push instead of storing the sum.

        As MXNet, anything is accepted: a push calling an updater that is not callable (or raises) reports the
        error as an ignored callback exception and leaves the value.
        """
        self._updater = updater
        self._has_updater = True

    def save_optimizer_states(self, fname, dump_optimizer=False):
        """Save the optimizer states (and the optimizer itself if ``dump_optimizer``) to the file ``fname``.

        As MXNet: without an updater this asserts (with MXNet's words, though nothing is distributed here); the
        file is opened before an updater set by ``_set_updater`` fails for lacking ``get_states``.
        """
        if self._updater is None:
            raise AssertionError("Cannot save states for distributed training")
        with open(fname, "wb") as f:
            f.write(self._updater.get_states(dump_optimizer))

    def load_optimizer_states(self, fname):
        """Load optimizer states saved by ``save_optimizer_states`` from the file ``fname``."""
        if self._updater is None:
            raise AssertionError("Cannot load states for distributed training")
        set_states = self._updater.set_states
        # the file is left to the collector, as MXNet's: its ResourceWarning shows where warnings are enabled
        set_states(open(fname, "rb").read())  # noqa: SIM115

    def is_capable(self, capability):
        """Whether the store can run an optimizer (``KVStoreBase.OPTIMIZER``); other names are a ValueError."""
        return _check_capability(capability, True)

    def _barrier(self):
        """Wait for every worker (nothing to wait for in one process)."""

    barrier = _barrier      # distnet's public name (MXNet has only _barrier)

    def _send_command_to_servers(self, head, body):
        """Send a command to the servers (there are none in one process)."""

    # ---- what a subclass implements ---------------------------------------------------
    def _has_key(self, key):
        raise NotImplementedError(f"{type(self).__name__} must implement _has_key")

    def _init_key(self, key, value):
        raise NotImplementedError(f"{type(self).__name__} must implement _init_key")

    def _push_key(self, key, values):
        raise NotImplementedError(f"{type(self).__name__} must implement _push_key")

    def _pull_key(self, key, outs):
        raise NotImplementedError(f"{type(self).__name__} must implement _pull_key")


@KVStoreBase.register
class TestStore(KVStoreBase):
    """A store without keys: ``pushpull`` sums the given arrays, ``broadcast`` copies (MXNet's 'teststore')."""

    def broadcast(self, key, value, out, priority=0):
        for o in _as_list(out):
            o[:] = value

    def pushpull(self, key, value, out=None, priority=0):
        if isinstance(value, NDArray):
            total, targets = value, _as_list(out) if out is not None else []
        else:
            ctx = value[0].context
            total = value[0].as_in_context(ctx).copy()
            for v in value[1:]:
                total += v.as_in_context(ctx)
            targets = list(value) if out is None else _as_list(out)
        for o in targets:
            o[:] = total

    @staticmethod
    def is_capable(capability):
        """Only ``KVStoreBase.OPTIMIZER`` is known, and teststore lacks it (a static method, as MXNet's)."""
        return _check_capability(capability, False)

    type = property(lambda self: "teststore", doc="The store's type name.")
    rank = property(lambda self: 0, doc="Always 0.")
    num_workers = property(lambda self: 1, doc="Always 1.")

    # MXNet raises these without a message: teststore has no optimizer (nor its states)
    def set_optimizer(self, optimizer):
        raise NotImplementedError()

    def save_optimizer_states(self, fname, dump_optimizer=False):
        raise NotImplementedError()

    def load_optimizer_states(self, fname):
        raise NotImplementedError()


def create(name="local"):
    """A new kvstore: 'local', 'device' (and every other name without 'dist') in this process, 'dist_*' on a cluster.

    Parameters
    ----------
    name : str
        'local', 'device', 'local_update_cpu', 'local_allreduce_cpu', 'local_allreduce_device',
        'dist_sync', 'dist_async', 'dist_sync_device', 'dist_device_sync', 'dist_async_device',
        or the lowercase name of a class registered with ``KVStoreBase.register``.
    """
    if not isinstance(name, str):
        raise TypeError("name must be a string")
    name = name.lower()
    if name in KVStoreBase.kv_registry:
        return KVStoreBase.kv_registry[name]()
    if "dist" in name:
        from ..worker.kvstore import DistKVStore
        try:
            return DistKVStore(name)
        except MXNetError as e:
            if type(e) is MXNetError:
                raise
            # MXNet reports a missing cluster configuration as a plain MXNetError
            raise located(MXNetError(message_of(e)), getattr(e, "raised_at", None)) from e
    if "nccl" in name:
        raise MXNetError(f"compile with USE_NCCL=1 to use {name}")     # MXNet's words on a build without NCCL
    from .local import LocalKVStore
    return LocalKVStore(name)


# the names MXNet's module shows, as its own imports
from array import array  # noqa: E402,F401
from ..base import KVStoreHandle, c_array, c_array_buf, c_handle_array, c_str, c_str_array, check_call  # noqa: E402,F401
from ..base import string_types  # noqa: E402,F401
from ..profiler import set_kvstore_handle  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """HoldsCHandle KVStore MXNetError STYPE_FLAGS TwoBitCompression check_copy
    check_row_sparse_pull class_text located log_time message_of no_attribute np os shape_mismatch sys
    update_on_kvstore_default""".split())
