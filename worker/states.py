"""Optimizer states of a dist kvstore: the servers' shares joined into one local-format file, and split back.

Each server runs an Updater over its keys (a big key's slice is a flat piece of it). The file is what
``Updater.get_states`` writes for a local kvstore: one state per key with the key's full shape, so a
job can resume with another number of servers, or a local store can load it.
"""
import numpy as np

from ..base import MXNetError
from ..ndarray.ndarray import NDArray, _wrap
from ..optimizer.updater import Updater


def join(shares, meta, optimizer, dump_optimizer):
    """The states file (bytes) from the servers' ``Updater.get_states(True)`` bytes, ``shares[server]``."""
    updaters = []
    for server, data in enumerate(shares):
        u = Updater(optimizer)
        u.set_states(data)
        updaters.append(u)
    merged = Updater(_merge_counts([u.optimizer for u in updaters]))
    for key, (shape, _, parts) in meta.items():
        pieces = [updaters[p.server].states.get(key, _MISSING) for p in parts]
        if any(piece is _MISSING for piece in pieces):
            continue                    # never updated yet: no state, as in a local store
        merged.states[key] = pieces[0] if len(parts) == 1 else _concat(pieces, shape, key)
    return merged.get_states(dump_optimizer)


def split(data, meta, optimizer, num_servers, row_keys=()):
    """(optimizer the file sets or ``optimizer``, [bytes for server s]) from a states file's bytes.

    A slice of a key in ``row_keys`` (row_sparse keys, cut between rows) keeps the shape of its rows.
    """
    loaded = Updater(optimizer)
    loaded.set_states(data)
    dumped = loaded.optimizer is not optimizer
    unknown = [k for k in loaded.states if k not in meta]
    if unknown:
        raise MXNetError(f"load_optimizer_states: the file has states for keys {unknown[:10]} that were never "
                         f"initialized in this kvstore (keys here: {list(meta)[:10]}); init every key (or let "
                         "gluon.Trainer do it) before loading, with the same keys as the run that saved them")
    shares = [Updater(loaded.optimizer) for _ in range(num_servers)]
    for key, state in loaded.states.items():
        shape, _, parts = meta[key]
        for p in parts:
            piece = state if len(parts) == 1 else _slice(state, p.start, p.stop, shape, key, key in row_keys)
            shares[p.server].states[key] = piece
    return loaded.optimizer, [u.get_states(dumped) for u in shares]


_MISSING = object()


def _concat(pieces, shape, key):
    """One state from the slices' states: arrays joined flat and reshaped, other values from the first slice."""
    first = pieces[0]
    if isinstance(first, NDArray):
        flat = np.concatenate([p.asnumpy().reshape(-1) for p in pieces])
        if flat.size != int(np.prod(shape)):
            raise MXNetError(f"optimizer state of key {key!r}: the servers' slices hold {flat.size} elements, the key "
                             f"has shape {tuple(shape)}")
        return _wrap(flat.reshape(shape))
    if isinstance(first, (tuple, list)):
        joined = [_concat([p[i] for p in pieces], shape, key) for i in range(len(first))]
        return tuple(joined) if isinstance(first, tuple) else joined
    return first


def _slice(state, start, stop, shape, key, rows=False):
    """The part [start, stop) of the flattened state (what the server holding that slice keeps), as rows if asked."""
    if isinstance(state, NDArray):
        if tuple(state.shape) != tuple(shape):
            raise MXNetError(f"optimizer state of key {key!r} has shape {tuple(state.shape)}, the key has shape "
                             f"{tuple(shape)}; load states saved for the same model")
        piece = state.asnumpy().reshape(-1)[start:stop].copy()
        return _wrap(piece.reshape((-1,) + tuple(shape[1:])) if rows else piece)
    if isinstance(state, (tuple, list)):
        parts = [_slice(s, start, stop, shape, key, rows) for s in state]
        return tuple(parts) if isinstance(state, tuple) else parts
    return state


def _merge_counts(optimizers):
    """Server 0's optimizer with every server's per-key update counts (each server counts its own keys)."""
    opt = optimizers[0]
    device = opt._current_device()
    for other in optimizers[1:]:
        for device, counts in other._all_index_update_counts.items():
            mine = opt._all_index_update_counts.setdefault(device, {})
            for index, count in counts.items():
                mine[index] = max(count, mine.get(index, 0))
        opt.num_update = max(opt.num_update, other.num_update)
    opt._index_update_count = opt._all_index_update_counts.setdefault(device, {})
    return opt
