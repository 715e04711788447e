"""Updater: applies an optimizer to weights by key, keeping each key's state (used by kvstores and servers)."""

from ..base import MXNetError, Silent, error_like
from ..ndarray import failures
from ..ndarray.failures import FailedNDArray, carried_error, skipped_if_failed, with_error
from ..ndarray.ndarray import NDArray
from ..ndarray.registry import KEEP_CLASS
from ..util import is_np_array
from . import mxnet_states
from .serialization import pack, unpack

_AssertError = error_like(AssertionError)      # where MXNet's optimizers assert on their inputs
_TypeError = error_like(TypeError)              # MXNet's pickle.loads of data that is not bytes

_FORMAT = "distnet.optimizer.states"
_VERSION = 1


class Updater:
    """``updater(index, grad, weight)``: update ``weight`` in place, creating the key's state on first use."""

    def __init__(self, optimizer):
        self.optimizer = optimizer
        self.states = {}
        self.states_synced = {}
        self.aggregate_updates = optimizer.aggregate_num > 0

    def __call__(self, index, grad, weight):
        allow_np = getattr(self.optimizer, "allow_np_array", is_np_array())
        many = isinstance(index, (list, tuple))
        # with a list of keys, the weights and gradients are taken as given: a single array there is
        # iterated (or refused by its truth value), as MXNet does
        indices, given = (list(index), weight) if many else ([index], [weight])
        grads, weights = _as_classic(grad if many else [grad], allow_np), _as_classic(given, allow_np)
        self._update_all(indices, weights, grads)
        if weights is not given and isinstance(given, (list, tuple)):
            _share_errors(weights, given)

    def _update_all(self, indices, weights, grads):
        """Update each weight, creating (or moving) its state first."""
        if weights:
            self.optimizer._set_current_context(weights[0].context.device_id)
        for i, idx in enumerate(indices):
            if isinstance(idx, bytes):
                indices[i] = idx = idx.decode()
            if idx not in self.states:
                self.states[idx] = self.optimizer.create_state_multi_precision(idx, weights[i])
                self.states_synced[idx] = True
            elif not self.states_synced[idx]:
                self.states[idx] = self.sync_state_context(self.states[idx], weights[i].context)
                self.states_synced[idx] = True
        with Silent():      # MXNet's kernels make inf/nan silently (Adamax's 0/0, ...)
            if self.aggregate_updates:
                # MXNet fuses up to aggregate_num weights of one dtype into one call (SGD rounds a call
                # holding a sparse array differently, so the grouping shows in the results)
                size = self.optimizer.aggregate_num
                if size <= 0 and indices:
                    # a non-fusing optimizer (aggregate_num 0) loaded with its states into an updater made for a
                    # fusing one: MXNet hands it an empty group, which its update refuses (the dtype read under
                    # multi_precision, its NDArray assert, its arithmetic), or else again and again
                    self.optimizer.update_multi_precision((), (), (), [])
                    raise _AssertError()
                for group in _by_dtype(indices, weights, grads):
                    for start in range(0, len(group), size):
                        idx, w, g = zip(*group[start:start + size])      # tuples, as MXNet hands them
                        self._apply(idx, w, g, [self.states[i] for i in idx])
            else:
                for idx, w, g in zip(indices, weights, grads):
                    self._apply(idx, w, g, self.states[idx])

    def _apply(self, index, weight, grad, state):
        """One of MXNet's update kernel calls; after a failed input it is skipped and its outputs carry the error."""
        skipped = carried_error([weight, grad, state]) is not None
        mark = len(failures.OUTSTANDING)
        with skipped_if_failed([weight, grad, state], self.optimizer._failed_writes(weight, grad, state)):
            self.optimizer.update_multi_precision(index, weight, grad, state)
        if skipped:
            failures.forget_since(mark)     # (a skipped kernel finds no error of its own: an integer weight's)

    def sync_state_context(self, state, context):
        """``state`` with its arrays on ``context``."""
        if isinstance(state, NDArray):
            return state.as_in_context(context)
        if isinstance(state, (tuple, list)):
            synced = [self.sync_state_context(s, context) for s in state]
            return tuple(synced) if isinstance(state, tuple) else synced
        return state

    def get_states(self, dump_optimizer=False):
        """The states (and the optimizer, if ``dump_optimizer``) as bytes (msgpack, not pickle)."""
        return pack({"format": _FORMAT, "version": _VERSION, "states": self.states,
                     "optimizer": self.optimizer if dump_optimizer else None})

    def set_states(self, states):
        """Load states saved by ``get_states`` (or pickled by MXNet); an included optimizer replaces the current one."""
        saved = _load(states)
        self.states = saved["states"]
        if saved.get("optimizer") is not None or saved.get("paired"):
            self.optimizer = saved["optimizer"]    # the fused-update choice stays the first optimizer's, as in MXNet
        self.states_synced = dict.fromkeys(self.states, False)


def _as_classic(arrays, allow_np):
    """``arrays`` with mx.np ones as legacy views sharing their memory (and any error they carry): MXNet's
    optimizers compute with legacy operators (and custom ones see legacy NDArrays); an optimizer made outside
    npx.set_np() refuses them. ``arrays`` itself (a list) when none is an mx.np array."""
    np_kinds = tuple(KEEP_CLASS)
    if not isinstance(arrays, (list, tuple)):       # one array given for a list of keys
        if not isinstance(arrays, np_kinds):
            return arrays
        _refuse_np_conversion(allow_np)
        return arrays.as_nd_ndarray()
    if not any(isinstance(a, np_kinds) for a in arrays):
        return arrays
    _refuse_np_conversion(allow_np)
    return [a.as_nd_ndarray() if isinstance(a, np_kinds) else a for a in arrays]


def _refuse_np_conversion(allow_np):
    if not allow_np:        # (MXNet's words exactly: the optimizer was created outside npx.set_np())
        raise ValueError("Converting np.ndarray to mx.nd.NDArray is not allowed")


def _share_errors(views, arrays):
    """A view that took an update's error (a failed input skipped the kernel) passes it to its mx.np array: in
    MXNet they are one memory, and reading either raises."""
    for view, arr in zip(views, arrays):
        if isinstance(view, FailedNDArray) and view is not arr:     # (one type test per weight and step)
            failure = carried_error([view])
            if failure is not None:
                with_error(arr, failure)


def get_updater(optimizer):
    """An Updater closure for ``optimizer`` (as a kvstore's updater)."""
    return Updater(optimizer)


def _by_dtype(indices, weights, grads):
    groups = {}
    for item in zip(indices, weights, grads):
        groups.setdefault(item[1].dtype, []).append(item)
    return list(groups.values())


def _load(data):
    if not isinstance(data, (bytes, bytearray, memoryview)):
        raise _TypeError(f"a bytes-like object is required, not '{type(data).__name__}'")    # pickle.loads' words
    data = bytes(data)
    saved = _distnet_record(data)
    if saved is None:       # MXNet's pickle (other bytes fail as pickle.loads fails on them)
        states, optimizer, paired = mxnet_states.load(data)
        return {"states": states, "optimizer": optimizer, "paired": paired}
    if saved.get("version") != _VERSION:
        raise MXNetError(f"optimizer states have format version {saved.get('version')}; this distnet reads version "
                         f"{_VERSION}. Save them again with this version")
    return saved


def _distnet_record(data):
    """The record of distnet's states format that ``data`` holds, or None when it holds none."""
    if data[:1] == b"\x80":     # a pickle's protocol mark
        return None
    try:
        saved = unpack(data)
    except MXNetError:
        raise
    except Exception:  # noqa: BLE001 -- msgpack raises several unrelated types for data it cannot read
        return None
    return saved if isinstance(saved, dict) and saved.get("format") == _FORMAT else None
