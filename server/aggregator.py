"""The server's key store: per-key aggregation (sync rounds or async updates) as a state machine without I/O.

Events go in (``init``, ``push``, ``pull``) and completed pull requests come out; no sockets here.
Stored values are never modified in place once published (a pull reply may still be sending one),
so each update makes a new array. Pushed arrays become the store's: callers must not change them.
"""
import numpy as np

from ..base import MXNetError
from ..context import cpu
from ..ndarray.ndarray import _wrap
from ..ndarray.sparse import RowSparseNDArray, _new


class Rows:
    """A row_sparse push: ``data[i]`` is row ``index[i]`` (increasing int64) of a key's slice.

    ``sparse_weight``: the key was initialized row_sparse, so its weight is row_sparse for the updater.
    """

    __slots__ = ("index", "data", "sparse_weight")

    def __init__(self, index, data, sparse_weight=True):
        self.index, self.data, self.sparse_weight = index, data, sparse_weight

    def replace_rows(self, value):
        """A copy of ``value`` with this push's rows in place of its own."""
        out = value.copy()
        out[self.index] = self.data
        return out

    def fill_front(self, value):
        """A copy of ``value`` whose first rows are this push's rows, in order (see Store._apply)."""
        out = value.copy()
        out[:len(self.index)] = self.data
        return out

    def dense(self, shape):
        out = np.zeros(shape, self.data.dtype)
        out[self.index] = self.data
        return out


class UpdateError(MXNetError):
    """The updater failed on some keys of a push; their rounds closed keeping the old values.

    ``done``: the pull requests the push completed all the same, still to be answered.
    """

    def __init__(self, message, done):
        super().__init__(message)
        self.done = done


class PullRequest:
    """A PULL waiting for some of its keys: ``values[i]`` is filled as key i becomes ready.

    ``rows[i]``, when given, selects the rows of key i's value that the request wants (a PULL_ROWS).
    """

    def __init__(self, handle, num_keys, rows=None):
        self.handle = handle
        self.values = [None] * num_keys
        self.missing = num_keys
        self.rows = rows

    def fill(self, index, value):
        """Key ``index`` is ready; True when the whole request is."""
        self.values[index] = value if self.rows is None else value[self.rows[index]]
        self.missing -= 1
        return self.missing == 0


class KeyState:
    """One key (or one slice of a big key): its value, version, open round and parked pulls."""

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.version = 0                # completed rounds (sync) or applied pushes (async)
        self.round = []                 # (worker rank, push) in the open round, in arrival order
        self.awaits = {}                # worker rank -> the round its latest push joined
        self.pushed = {}                # worker rank -> pushes accepted so far
        self.parked = []                # (version needed, PullRequest, index in request)
        self.master = None              # float32 copy of a float16 value updated by rows with multi_precision
        self.merged = None              # the NDArray a sync round's dense sum reaches the updater in (see _apply)

    def describe(self):
        """'key 3 (shape (2, 3) float32)'."""
        return f"key {_name(self.key)} (shape {self.value.shape} {self.value.dtype})"

    def check(self, what, array):
        """MXNetError unless ``array`` (or Rows) matches the stored shape and dtype."""
        if type(array) is Rows:
            self.check_rows(what, array.index, array.data.shape[0])
            if array.data.shape[1:] != self.value.shape[1:] or array.data.dtype != self.value.dtype:
                raise MXNetError(f"{what} of key {_name(self.key)}: rows of shape {array.data.shape[1:]} "
                                 f"{array.data.dtype}, but the key's rows have shape {self.value.shape[1:]} "
                                 f"{self.value.dtype}")
            return
        if array.shape != self.value.shape or array.dtype != self.value.dtype:
            raise MXNetError(f"{what} of key {_name(self.key)} with shape {array.shape} {array.dtype}, but the "
                             f"key was initialized with shape {self.value.shape} {self.value.dtype}; push arrays "
                             "of the initialized shape and dtype")

    def check_rows(self, what, index, count):
        """MXNetError unless ``index`` lists ``count`` increasing rows of this key's slice as int64."""
        rows = self.value.shape[0] if self.value.ndim else 0
        if index.dtype != np.int64 or index.ndim != 1 or index.size != count:
            raise MXNetError(f"{what} of key {_name(self.key)}: the row indices must be {count} int64 values, "
                             f"got shape {index.shape} {index.dtype}")
        if index.size and (index[0] < 0 or index[-1] >= rows or (index.size > 1 and np.any(np.diff(index) <= 0))):
            raise MXNetError(f"{what} of key {_name(self.key)}: row indices must increase within [0, {rows}), "
                             f"got {index[:8].tolist()}{'...' if index.size > 8 else ''}")


class Store:
    """Every key of one server and the updater; sync or async aggregation over ``num_workers``."""

    def __init__(self, num_workers, sync=True):
        self.num_workers = num_workers
        self.sync = sync
        self.keys = {}
        self.updater = None

    # ---- events -------------------------------------------------------------------------
    def init(self, keys, arrays):
        """First values of ``keys``; re-initializing with a different shape is an error."""
        for key, array in zip(keys, arrays):
            old = self.keys.get(key)
            if old is not None:
                old.check("re-init", array)
                continue
            self.keys[key] = KeyState(key, array)

    def push(self, rank, keys, arrays):
        """Worker ``rank``'s pushes; returns the pull requests this completed. Checked before anything changes.
        As MXNet's server, the first dense value a key never initialised receives is its initial value."""
        first = {key: array for key, array in zip(keys, arrays) if key not in self.keys and type(array) is not Rows}
        arrays = [a for k, a in zip(keys, arrays) if k not in first]
        states = [self._state(key, "push") for key in keys if key not in first]
        for state, array in zip(states, arrays):
            state.check("push", array)
        for key, array in first.items():
            self.keys[key] = KeyState(key, array.copy())
        if states and not self.sync and self.updater is None:
            # MXNet's server has nothing to do with an async push but apply it (it dies of this check)
            raise MXNetError("Check failed: sync_mode_: Updater needs to be set for async mode")
        done, failed = [], []
        for state, array in zip(states, arrays):
            state.pushed[rank] = state.pushed.get(rank, 0) + 1
            try:
                if self.sync:
                    self._sync_push(state, rank, array)
                else:
                    try:
                        state.value = self._apply(state, array)
                    finally:
                        state.version += 1
            except Exception as err:    # the optimizer's failure must leave the key usable (MXNet's server too)
                failed.append(f"the optimizer failed on {state.describe()}: {type(err).__name__}: {err}")
            done += self._release(state)
        if failed:
            raise UpdateError("; ".join(failed), done)
        return done

    def pull(self, rank, handle, keys, rows=None):
        """Worker ``rank`` wants ``keys`` (only ``rows[i]`` of key i, if given); returns [PullRequest] if
        answerable now, else parks it."""
        states = [self._state(key, "pull") for key in keys]
        if rows is not None:
            for state, index in zip(states, rows):
                state.check_rows("row_sparse_pull", index, index.size)
        request = PullRequest(handle, len(keys), rows)
        done = []
        for index, state in enumerate(states):
            # Sync: wait for the round holding this worker's latest push. Async: its push is already applied.
            need = state.awaits.get(rank, 0) if self.sync else 0
            if state.version >= need:
                if request.fill(index, state.value):
                    done.append(request)
            else:
                state.parked.append((need, request, index))
        return done

    def stats(self, keys):
        """Per key: [completed rounds or applied pushes, pushes accepted from worker 0..W-1] (int64 rows)."""
        rows = np.zeros((len(keys), 1 + self.num_workers), np.int64)
        for row, key in zip(rows, keys):
            state = self._state(key, "stats")
            row[0] = state.version
            for rank, count in state.pushed.items():
                row[1 + rank] = count
        return rows

    def waiting(self):
        """What the open sync rounds wait for: 'key 3: round 5 has pushes from workers [0], waits for 1 more push;
        ...' or ''."""
        open_rounds = [s for s in self.keys.values() if s.round]
        parts = [f"{s.describe()}: round {s.version + 1} has pushes from workers {sorted(r for r, _ in s.round)}, "
                 f"waits for {self.num_workers - len(s.round)} more push(es)" for s in open_rounds[:5]]
        if len(open_rounds) > 5:
            parts.append(f"and {len(open_rounds) - 5} more keys")
        parked = sum(len(s.parked) for s in self.keys.values())
        if parked:
            parts.append(f"{parked} pulls parked")
        return "; ".join(parts)

    def set_updater(self, updater):
        """Apply ``updater(key, grad, weight)`` to aggregated pushes from now on."""
        # MXNet's server runs even the 'test' optimizer on row_sparse keys (its nightly dist_sync check);
        # only a local update fails assigning the sparse weight
        if getattr(updater, "optimizer", None) is not None:
            updater.optimizer._sparse_weight_assign_fails = False
        self.updater = updater

    # ---- transitions --------------------------------------------------------------------
    def _sync_push(self, state, rank, array):
        """As MXNet's server, a round closes at its num_workers-th push, whichever workers sent them: a worker
        pushing a key twice before the others push it once has both pushes summed in one round."""
        state.round.append((rank, array))
        state.awaits[rank] = state.version + 1
        if len(state.round) == self.num_workers:
            self._close_round(state)

    def _close_round(self, state):
        """Sum the round in rank order (same bits whatever the arrival order), update, open the next round."""
        pushes = [push for _, push in sorted(state.round, key=lambda pair: pair[0])]
        rows = [type(p) is Rows for p in pushes]
        if len(pushes) == 1:
            total = pushes[0]           # a received push belongs to the store: no copy needed
        elif all(rows):
            total = _sum_rows(pushes)
        elif any(rows):                 # dense and row_sparse pushes in one round: summed densely
            total = sum(p.dense(state.value.shape) if type(p) is Rows else p for p in pushes)
        else:
            total = pushes[0] + pushes[1]       # one pass; the same bits as copy-then-add
            for push in pushes[2:]:
                total += push
        try:
            state.value = self._apply(state, total)
        finally:
            state.version += 1
            state.round = []

    def _apply(self, state, grad):
        """The key's next value: the updater's step on a copy of the weight, or the aggregate itself.

        A row_sparse gradient updates the weight as MXNet's server holds it: a row_sparse key's weight
        row_sparse with every row, another key's dense (the updater then changes the gradient's rows only).
        Row_sparse gradients of a float16 key under an optimizer with multi_precision update a float32 master
        copy kept here, as MXNet's server does (the optimizer sees float32 weights and gradients); dense ones
        go through the optimizer's own float32 master, which its states hold in the local kvstore's format.
        """
        if self.updater is None:            # store the sum
            if type(grad) is not Rows:
                return grad
            # MXNet's server copies a row_sparse sum into a row_sparse key's buffer of rows from its start, its
            # pulls read rows by position: the sum's rows land on the first rows, the others keep their values
            return grad.fill_front(state.value) if grad.sparse_weight else grad.replace_rows(state.value)
        master = type(grad) is Rows and state.value.dtype == np.float16 \
            and getattr(self.updater.optimizer, "multi_precision", False)
        if master and state.master is None:
            state.master = state.value.astype(np.float32)
        weight = (state.master if master else state.value).copy()
        if type(grad) is Rows:
            shape = state.value.shape
            data = grad.data.astype(np.float32) if master else grad.data
            if grad.sparse_weight:
                weight = _new(RowSparseNDArray, weight, [np.arange(shape[0], dtype=np.int64)], shape, cpu(0))
            else:
                weight = _wrap(weight)
            self.updater(state.key[0], _new(RowSparseNDArray, data, [grad.index], shape, cpu(0)), weight)
            weight = weight.asnumpy()
        else:
            self.updater(state.key[0], self._merged(state, grad), _wrap(weight))
        if master:
            state.master = weight
            return weight.astype(np.float16)
        return weight

    def _merged(self, state, grad):
        """The NDArray holding a round's dense sum for the updater. In sync mode it is one array per key, refilled each
        round, as MXNet's server merges into one buffer per key: an optimizer keeping the gradient it was given (LBSGD's
        first gradient of a large batch) reads the later round's values, as there."""
        if not self.sync:
            return _wrap(np.asarray(grad))
        if state.merged is None:
            state.merged = _wrap(np.asarray(grad))
        else:
            state.merged._data = np.asarray(grad)     # the same array object, the new round's values: no copy
        return state.merged

    def _release(self, state):
        """Pull requests whose needed version now exists."""
        done, still = [], []
        for need, request, index in state.parked:
            if state.version >= need:
                if request.fill(index, state.value):
                    done.append(request)
            else:
                still.append((need, request, index))
        state.parked = still
        return done

    def _state(self, key, what):
        state = self.keys.get(key)
        if state is None:
            known = ", ".join(_name(k) for k in list(self.keys)[:10]) or "none"
            raise MXNetError(f"{what} of key {_name(key)}, which was never initialized on this server (keys here: "
                             f"{known}); call kv.init(key, value) on every worker first")
        return state


def _sum_rows(pushes):
    """The row_sparse sum of Rows pushes, in the order given: the union of their rows."""
    index = np.unique(np.concatenate([p.index for p in pushes]))
    data = np.zeros((index.size,) + pushes[0].data.shape[1:], pushes[0].data.dtype)
    for p in pushes:
        data[np.searchsorted(index, p.index)] += p.data
    return Rows(index, data, pushes[0].sparse_weight)


def _name(key):
    """A wire key (key, part) as users know it."""
    key, part = key
    return f"{key!r}" if part == 0 else f"{key!r} (slice {part})"
