"""The server's key store: per-key aggregation (sync rounds or async updates) as a state machine without I/O.

Events go in (``init``, ``push``, ``pull``) and completed pull requests come out; no sockets here.
Stored values are never modified in place once published (a pull reply may still be sending one),
so each update makes a new array. Pushed arrays become the store's: callers must not change them.
"""
import numpy as np

from ..base import MXNetError
from ..ndarray.ndarray import _wrap


class PullRequest:
    """A PULL waiting for some of its keys: ``values[i]`` is filled as key i becomes ready."""

    def __init__(self, handle, num_keys):
        self.handle = handle
        self.values = [None] * num_keys
        self.missing = num_keys

    def fill(self, index, value):
        """Key ``index`` is ready; True when the whole request is."""
        self.values[index] = value
        self.missing -= 1
        return self.missing == 0


class KeyState:
    """One key (or one slice of a big key): its value, version, open round and parked pulls."""

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.version = 0                # completed rounds (sync) or applied pushes (async)
        self.round = {}                 # worker rank -> its push in the open round
        self.held = {}                  # worker rank -> pushes waiting for a later round
        self.pushed = {}                # worker rank -> pushes accepted so far
        self.parked = []                # (version needed, PullRequest, index in request)

    def describe(self):
        """'key 3 (shape (2, 3) float32)'."""
        return f"key {_name(self.key)} (shape {self.value.shape} {self.value.dtype})"

    def check(self, what, array):
        """MXNetError unless ``array`` matches the stored shape and dtype."""
        if array.shape != self.value.shape or array.dtype != self.value.dtype:
            raise MXNetError(f"{what} of key {_name(self.key)} with shape {array.shape} {array.dtype}, but the "
                             f"key was initialized with shape {self.value.shape} {self.value.dtype}; push arrays "
                             "of the initialized shape and dtype")


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
        """Worker ``rank``'s pushes; returns the pull requests this completed. Checked before anything changes."""
        states = [self._state(key, "push") for key in keys]
        for state, array in zip(states, arrays):
            state.check("push", array)
        done = []
        for state, array in zip(states, arrays):
            state.pushed[rank] = state.pushed.get(rank, 0) + 1
            if self.sync:
                self._sync_push(state, rank, array)
            else:
                state.value = self._apply(state, array)
                state.version += 1
            done += self._release(state)
        return done

    def pull(self, rank, handle, keys):
        """Worker ``rank`` wants ``keys``; returns [PullRequest] if answerable now, else parks it."""
        states = [self._state(key, "pull") for key in keys]
        request = PullRequest(handle, len(keys))
        done = []
        for index, state in enumerate(states):
            # Sync: wait for the round holding this worker's latest push. Async: its push is already applied.
            need = state.pushed.get(rank, 0) if self.sync else 0
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
        """What the open sync rounds wait for: 'key 3: round 5 has workers [0], waits for [1]; ...' or ''."""
        open_rounds = [s for s in self.keys.values() if s.round]
        parts = [f"{s.describe()}: round {s.version + 1} has workers {sorted(s.round)}, waits for "
                 f"{sorted(set(range(self.num_workers)) - set(s.round))}" for s in open_rounds[:5]]
        if len(open_rounds) > 5:
            parts.append(f"and {len(open_rounds) - 5} more keys")
        parked = sum(len(s.parked) for s in self.keys.values())
        if parked:
            parts.append(f"{parked} pulls parked")
        return "; ".join(parts)

    def set_updater(self, updater):
        """Apply ``updater(key, grad, weight)`` to aggregated pushes from now on."""
        self.updater = updater

    # ---- transitions --------------------------------------------------------------------
    def _sync_push(self, state, rank, array):
        if rank in state.round:
            state.held.setdefault(rank, []).append(array)
            return
        state.round[rank] = array
        while len(state.round) == self.num_workers:
            self._close_round(state)

    def _close_round(self, state):
        """Sum the round in rank order (same bits whatever the arrival order), update, open the next round."""
        ranks = sorted(state.round)
        pushes = [state.round[rank] for rank in ranks]
        if len(pushes) == 1:
            total = pushes[0]           # a received push belongs to the store: no copy needed
        else:
            total = pushes[0] + pushes[1]       # one pass; the same bits as copy-then-add
            for push in pushes[2:]:
                total += push
        state.value = self._apply(state, total)
        state.version += 1
        state.round = {}
        for rank in list(state.held):
            state.round[rank] = state.held[rank].pop(0)
            if not state.held[rank]:
                del state.held[rank]

    def _apply(self, state, grad):
        """The key's next value: the updater's step on a copy of the weight, or the aggregate itself."""
        if self.updater is None:
            return grad
        weight = state.value.copy()
        self.updater(state.key[0], _wrap(np.asarray(grad)), _wrap(weight))
        return weight

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


def _name(key):
    """A wire key (key, part) as users know it."""
    key, part = key
    return f"{key!r}" if part == 0 else f"{key!r} (slice {part})"
