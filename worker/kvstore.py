"""DistKVStore: the worker side of 'dist_sync' / 'dist_async' (MXNet's dist kvstore API over distnet.worker.client)."""
import atexit
import logging
import sys
import time

import numpy as np

from ..base import MXNetError, located
from ..kvstore.base import (KVStore, _check_priority, _dense_only, _duplicate_init, _group, _pairs, check_copy,
                            check_row_sparse_pull, shape_mismatch)
from ..kvstore.local import SUM_BLOB_SITE, _dtype_mismatch, check_copy_storage, note_copies
from ..ndarray import onednn
from ..ndarray.failures import KernelError, deliver
from ..ndarray.serialize import DTYPE_TO_FLAG
from ..ndarray.sparse_failed import failed
from ..ndarray.ndarray import NDArray, _PendingNDArray, _wrap, mark_pending, raw_data, set_raw_data, wait_at_waitall
from ..optimizer import Optimizer
from ..optimizer.serialization import serialize_optimizer
from ..ps import config, protocol
from ..ps.protocol import Msg
from ..ps.sharding import Placement, split_bounds
from . import states
from .client import SCHEDULER, SEND_COPY_BELOW, Client, Op

# A pull of a key this soon (seconds) after its push returned "follows" it: the key's next push waits
# for its pull, to travel with it as one message (see Client.submit's hold).
PULL_FOLLOWS = 100e-6


class DistKVStore(KVStore):
    """A kvstore whose keys live on the job's servers; every call returns once its messages are queued.

    Types: 'dist_sync', 'dist_device_sync', 'dist_sync_device', 'dist' (synchronous rounds: every
    worker's push is summed before the update) and 'dist_async' (each push applied on arrival).
    """

    def __init__(self, name="dist_sync"):
        super().__init__()
        if "dist" not in name:
            raise MXNetError(f"DistKVStore type {name!r} must contain 'dist' (e.g. 'dist_sync', 'dist_async')")
        cfg = config.from_env()
        if cfg.role != "worker":
            raise MXNetError(f"mx.kv.create({name!r}) in a process with DMLC_ROLE={cfg.role}; only workers create "
                             "a dist kvstore (servers and the scheduler run inside `import distnet`)")
        self._type = name
        self._sync = "_async" not in name
        self._client = _job_client(cfg)
        self._client.sync_rounds |= self._sync
        self._placement = Placement(len(self._client.servers), cfg.bigarray_bound)
        self._meta = {}                 # key -> (shape, dtype, parts)
        self._optimizer = None          # the optimizer sent to the servers (or loaded into them)
        self._send_buffers = {}         # key -> (array its last big push sent, that push's Op)
        self._row_sparse = set()        # keys initialized with a row_sparse value (pushed and pulled by rows)
        self._as_float32 = set()        # dense float16/float64 keys, held by the servers in float32
        self._last_push = None          # (key, time) of the last single-key push, until a pull looks at it
        self._pull_follows = set()      # keys whose last push was followed by their pull at once
        self._size_errors = {}          # key -> the check its last push failed (its pulls fail so until a good push)
        self._row_bytes = {}            # row_sparse key -> the bytes of the rows its last row message carried
        self._buffer_shapes = {}        # key -> the shape of its last one-array push, when not the key's (see pull)
        self._merge_keys = None         # a device store's keys when its first sum of several arrays made merge buffers
        self._received = {}             # key -> the array its pulls are received in first (see _receive_in)
        self._buffered = set()          # keys this worker has a receive buffer for (see _receive_buffer_shape)
        self._copy_buffers = {}         # key -> (storage, dtype) of the buffers a worker sums its lists in
        self._sum_errors = {}           # key -> the error its last push's sum failed with (its pulls read it)
        self.bytes_pushed = self.bytes_pulled = 0     # array payload sent and asked for by this worker

    type = property(lambda self: self._type, doc="The kvstore type name, as given to create.")
    rank = property(lambda self: self._client.rank, doc="This worker's rank in [0, num_workers).")
    num_workers = property(lambda self: self._client.num_workers, doc="The number of workers in the job.")

    def _has_key(self, key):
        return key in self._meta

    def _check_range(self, key, value):
        """MXNet's worker check that the server keys of int ``key`` (its dense ``value`` going to the servers) lie in
        their servers' key ranges: ps-lite cuts [0, 2**64 - 1) into S equal ranges, and a server key is its range's
        start plus the key, so a negative key wraps past the end of server 0's. A big key has a server key on every
        server; a small one on server (key * 9973) % S, in C's int arithmetic. (A negative remainder makes MXNet read
        outside its list of ranges: undefined, not checked here.)"""
        if type(key) is not int or key >= 0 or _stype(value) != "default":
            return
        servers = len(self._client.servers)
        if value.size >= self._placement.bound:
            line, where = 652, "krs[i]"
        else:
            spread = (key * 9973 + 2 ** 31) % 2 ** 32 - 2 ** 31
            if abs(spread) % servers:
                return
            line, where = 639, "krs[server]"
        end = (2 ** 64 - 1) // servers
        if 2 ** 64 + key >= end:
            raise _checked(_DIST_H, line, f"Check failed: ps_key < {where}.end() ({2 ** 64 + key} vs. {end}) : ")

    # ---- data ------------------------------------------------------------------------------
    def _init(self, key, value, str_check_line):
        """Initialise keys (rank 0's values are stored; every worker must init the same keys in the same order).
        (``str_check_line`` places the local store's check: the dist store's own checks stand elsewhere.)"""
        self._client.check()
        items, again = [], []
        pairs = self._pairs_of(key, value, "init")
        _check_unique([self._check_key(k) for k, arrays in pairs for _ in arrays])     # a key per array, as MXNet's
        for k, arrays in pairs:
            self._check_range(k, arrays[0])
            _check_floating(arrays[0])
        if self.rank == 0 and any(_stype(a) == "csr" for _, arrays in pairs for a in arrays):
            raise _checked(_LOCAL_H, 359, "Unexpected storage type detected during kvstore push: 2")  # rank 0's push
        for k, arrays in pairs:
            if self._has_key(k) and isinstance(k, str):
                raise MXNetError(_duplicate_init(k))
            if self._has_key(k):        # MXNet sends an int key's value again: the servers take it as rank 0's push
                again.append((k, arrays[0]))
                continue
            data = self._register(k, arrays[0])
            if k in self._row_sparse and self.rank == 0:        # only rank 0 sends the initial rows
                self._row_bytes[k] = arrays[0]._aux[0].size * data.size // max(len(data), 1) * data.dtype.itemsize
                data = _packed_rows(arrays[0], self._meta[k][2])
            if self._compression is not None and self.rank == 0:
                # MXNet checks in rank 0's push of the value, the key known to the worker by then
                _check_compressible(k, arrays[0])
            if self.rank == 0:          # rank 0 pushes the value: as any push's, it receives the key's pulls
                self._receive_in(k, arrays[:1])
            items.append((k, data))
        if self.rank == 0:
            logging.getLogger(__name__).debug("kvstore placement: %s", self._placement.report())
            if items:
                messages = self._messages(Msg.INIT, [(k, d.copy()) for k, d in items])
                self._client.submit(Op("init", len(messages), [k for k, _ in items]), messages).wait()
            if again:
                # sent as MXNet's initial pushes are: uncompressed, leaving the residuals untouched
                self._submit_push(self._push_items([k for k, _ in again], [a for _, a in again], compress=False))
        self._barrier()

    def _register(self, k, value):
        """Note key ``k`` as holding ``value``'s shape and dtype and place it on the servers; returns the array its
        initial value travels as."""
        data = np.ascontiguousarray(value._data)
        row = 0
        if _stype(value) == "row_sparse":
            self._row_sparse.add(k)
            row = int(np.prod(data.shape[1:], dtype=np.int64))
        meta_dtype = data.dtype
        if not row and data.dtype.kind == "f" and data.dtype != np.float32:
            # MXNet's servers keep every dense key in float32: they store, sum and update it so, and a
            # pull gives those values in the key's dtype
            self._as_float32.add(k)
            with np.errstate(over="ignore", under="ignore"):
                data = data.astype(np.float32)
        # a compressed key is cut as MXNet cuts its compressed form, 16 values to a float32
        chunk = 16 if self._compression is not None and not row else 1
        ident = len(self._meta) if isinstance(k, str) else k      # MXNet's int id, as _key_rank's
        parts = self._placement.add(k, data.size, data.dtype.itemsize, row=row or 1, chunk=chunk, ident=ident)
        self._meta[k] = (data.shape, meta_dtype, parts)
        return data

    def _first_push(self, k, arrays):
        """Register int key ``k`` from its first push when no init came before: MXNet's worker sends it as any push,
        and the key's server takes the first value it receives as the key's initial value. Only one dense array
        goes so (MXNet's worker crashes summing several for a key it has no buffer for)."""
        if isinstance(k, str) or self._has_key(k) or len(arrays) != 1 or _stype(arrays[0]) != "default" \
                or self._compression is not None:
            return
        self._check_range(self._check_key(k), arrays[0])
        _check_floating(arrays[0])      # (MXNet's server dies of this check)
        self._register(k, arrays[0])

    def push(self, key, value, priority=0):
        """Push values (several arrays for one key are summed here first); returns at once.

        A key whose pull came right after its last push has this push held until the next request (a copy: the
        caller may reuse ``value``; or the buffer ``value`` took from a reply, lent until ``value`` is used again), so
        that its pull travels with it as one message.
        """
        self._client.check()
        _check_priority(priority)
        lone = _lone(value)
        meta = self._single(key, lone)
        if meta is not None and self._compression is None:
            value = lone
            self._receive_in(key, [value])
            if self._last_push is not None:             # no pull came after that push
                self._pull_follows.discard(self._last_push[0])
            op = Op("push", 1, (key,))
            # Held, the push is sent later: the caller may change its array meanwhile. A buffer taken from a reply
            # is lent instead of copied, when the caller's next use of the array can take a copy back first.
            data = value._data
            lent = key in self._pull_follows and protocol.own_frame(data) is not None and _lendable(value, data)
            if lent:
                mark_pending(value, lambda: self._client.own_held(op))
            else:
                data = self._snapshot(key, [value], meta[1])
            hold = lent or key in self._pull_follows and data.nbytes < SEND_COPY_BELOW
            if hold and not lent and protocol.frame_of(data) is None:
                data = protocol.private_copy(data)
            self.bytes_pushed += data.nbytes
            part = meta[2][0]
            message = (part.server, Msg.PUSH, [data], {"keys": [[key, part.part]], "sync": self._sync}, None)
            self._client.submit(op, [message], hold, lent)
            if not lent:
                self._sent([(key, data)], op)
            self._last_push = (key, time.perf_counter())
            return
        self._submit_push(self._push_items(key, value, first=True))

    def _single(self, key, array):
        """The key's (shape, dtype, parts) when ``key`` is one initialised dense key held whole by one server and
        ``array`` one dense NDArray of its shape: the common call, which needs none of the list handling. Else None."""
        if type(key) is not int and type(key) is not str:
            return None
        meta = self._meta.get(key)
        if meta is None or len(meta[2]) != 1 or key in self._row_sparse or key in self._as_float32 \
                or key in self._size_errors or key in self._buffer_shapes or key in self._sum_errors \
                or not isinstance(array, NDArray) \
                or _stype(array) != "default" or array.shape != meta[0] or array.dtype != meta[1]:
            return None
        return meta

    def _submit_push(self, items):
        """PUSH the dense items, PUSH_ROWS the row_sparse ones, as one operation."""
        dense = [(k, a) for k, a in items if type(a) is not _Rows]
        rows = [(k, a) for k, a in items if type(a) is _Rows]
        messages = self._messages(Msg.PUSH, dense) + self._row_messages(rows)
        self._sent(dense, self._client.submit(Op("push", len(messages), [k for k, _ in items]), messages))

    def pushpull(self, key, value, out=None, priority=0):
        """Push ``value`` and pull the result into ``out`` (``value`` when None): one PUSHPULL per server."""
        self._client.check()
        _check_priority(priority)
        if self._compression is not None:
            raise _checked(_DIST_H, 262, "Check failed: gradient_compression_->get_type() == CompressionType: :kNone: "
                           "Compression not supported with PushPull")
        target = value if out is None else out
        lone, lone_target = _lone(value), _lone(target)
        meta = self._single(key, lone)
        if meta is not None and self._compression is None and self._single(key, lone_target) is not None:
            value, target = lone, lone_target
            self._receive_in(key, [value])
            # value is among the outputs, kept from change until the reply: a buffer taken from a reply goes as is
            data = value._data
            lent = protocol.own_frame(data) is not None and _lendable(value, data)
            if not lent:
                data = self._snapshot(key, [value], meta[1])
            self.bytes_pushed += data.nbytes
            self.bytes_pulled += data.nbytes
            part = meta[2][0]
            op = Op("pushpull", 1, (key,))
            outs = self._outputs(key, [target])
            view = _mark_outputs(outs, op)
            message = (part.server, Msg.PUSHPULL, [data], {"keys": [[key, part.part]], "sync": self._sync},
                       _writer([(outs, part, True)]))
            self._client.submit(op, [message])
            if not lent:
                self._sent([(key, data)], op)
            if view:
                op.wait()
            return
        _check_pushpull_keys(key, value, target)
        self._check_pushpull_dtypes(key, value, target)
        pushed, pulled = _pairs(key, value, "push"), _pairs(key, target, "pull")
        if _shared_by_keys(pushed) and len(pulled) == len(pushed):
            # MXNet pushes each key after the pulls before it wrote their arrays (see _receive_in): one at a time,
            # in its key order
            keyed = [(self._key_rank(self._known(k, "push")), k, arrays, outs)
                     for (k, arrays), (_, outs) in zip(pushed, pulled)]
            for _, k, arrays, outs in sorted(keyed, key=lambda entry: entry[0]):
                self.pushpull(k, arrays, out=outs, priority=priority)
            return
        items = self._push_items(key, value, defer_size=True)

        def refused(before, key):       # MXNet has sent the refused key's push, and pushed and pulled those before
            self._submit_push([item for item in items if self._key_rank(item[0]) <= self._key_rank(key)])
            self._submit_pull(before)
        pairs = self._pull_pairs(key, target, refused=refused)
        if [k for k, _ in items] != [k for k, _ in pairs] or any(type(a) is _Rows for _, a in items):
            self._submit_push(items)        # a key listed twice (pushes merged, pulls not), or rows pushed
            return self._submit_pull(pairs)
        by_server = self._pull_writers(pairs)
        op = Op("pushpull", len(by_server), [k for k, _ in items])
        view = _mark_outputs([o for _, outs in pairs for o in outs], op)
        messages = [(server, kind, arrays, fields, _writer(by_server[server][1]))
                    for server, kind, arrays, fields, _ in self._messages(Msg.PUSHPULL, items)]
        self._sent(items, self._client.submit(op, messages))
        if view:
            op.wait()

    def _check_pushpull_dtypes(self, key, value, out):
        """MXNetError unless each initialised key's first output has the dtype of its push (its one array, or the
        key's dtype for a list); MXNet reads no other output's."""
        for (k, arrays), (_, outs) in zip(_pairs(key, value, "push"), _pairs(key, out, "pull")):
            if k not in self._meta or not outs:
                continue
            pushed = np.dtype(arrays[0].dtype if len(arrays) == 1 else self._meta[k][1])
            pulled = np.dtype(outs[0].dtype)
            if pulled != pushed:
                raise _checked(_DIST_H, 250, f"Check failed: push_dtype == pull_dtype ({DTYPE_TO_FLAG[pushed]} vs. "
                               f"{DTYPE_TO_FLAG[pulled]}) : Output buffer dtype is different")

    def _push_items(self, key, value, compress=True, defer_size=False, first=False):
        """[(key, the array to send)] of a push: shapes checked, arrays of one key summed, compressed (when the store
        compresses and ``compress``). The keys are taken in MXNet's order (their int ids): when one is refused, those
        before it are pushed, as MXNet's worker has sent them, and the refusal is raised. ``defer_size``: a key whose
        size check fails is left out instead (a pushpull's check runs in MXNet's engine: its outputs raise it).
        ``first``: a key never initialised is registered from this push (see _first_push)."""
        groups = _group(self._pairs_of(key, value, "push"))
        if first:
            for k, arrays in sorted(groups, key=lambda group: group[0] if isinstance(group[0], int) else -1):
                self._first_push(k, arrays)
        groups = [(self._known(k, "push", arrays), arrays) for k, arrays in groups]
        items = []
        for k, arrays in sorted(groups, key=lambda group: self._key_rank(group[0])):
            try:
                item = self._push_item(k, arrays, compress)
                if item is not None:
                    items.append((k, item))
            except MXNetError as error:
                if defer_size and self._size_errors.get(k) is not None and self._size_errors[k] in str(error):
                    continue
                if items:
                    self._submit_push(items)
                raise
        return items

    def _push_item(self, k, arrays, compress):
        """The array (or _Rows) a push of ``arrays`` for key ``k`` sends, after MXNet's checks; None when its sum
        fails (nothing is sent, see _sum_refusal)."""
        shape, dtype, _ = self._meta[k]
        if self._compression is not None and len(arrays) == 1:
            _check_compressible(k, arrays[0])
        elif self._compression is not None and any(_stype(a) != "default" for a in arrays):
            _check_compressible(k, next(a for a in arrays if _stype(a) != "default"))
        if len(arrays) > 1:
            check_copy_storage(_stype(arrays[0]), self._copies(k, arrays)[0], "device" in self._type)
            note_copies(arrays)
        self._receive_in(k, arrays)
        self._check_push(k, arrays, shape, dtype)
        self._sum_errors.pop(k, None)
        refusal = self._sum_refusal(k, arrays, dtype)
        if refusal is not None:
            self._sum_errors[k] = refusal
            return None
        # rows travel alone where each slice holds whole rows (a big dense key is cut anywhere: sent dense)
        if all(_stype(a) == "row_sparse" for a in arrays) and (k in self._row_sparse or len(self._meta[k][2]) == 1):
            rows = _Rows.of(arrays, dtype)
            if k in self._row_sparse:
                self._note_rows(k, rows.index.size)
            self.bytes_pushed += rows.nbytes
            return rows
        if self._merge_keys is None and len(arrays) > 1 and "device" in self._type:
            self._merge_keys = frozenset(self._meta)
        if self._compression is not None and compress:     # the worker's sum is quantized, one residual per key
            arrays = self._compression.compress(k, [_wrap(self._snapshot(k, arrays, dtype))], shape)
        total = self._snapshot(k, arrays, dtype).reshape(shape)
        if k in self._as_float32:
            with np.errstate(over="ignore", under="ignore"):
                total = total.astype(np.float32)
        self.bytes_pushed += total.nbytes
        return total

    def _sum_refusal(self, key, arrays, dtype):
        """The error MXNet's CPU worker's sum of the dense ``arrays`` pushed for ``key`` fails with in its kernel, or
        None. It copies the arrays after the first into buffers typed by the first array of the key's first summed
        push: of another dtype than the key's, every later sum fails, the push is not sent and the key's pulls read
        the error ('device' stores convert each array)."""
        if len(arrays) < 2 or "device" in self._type or any(_stype(a) != "default" for a in arrays):
            return None
        copies = self._copies(key, arrays)[1]
        if copies == np.dtype(dtype):
            return None
        return located(KernelError(_dtype_mismatch(copies, dtype), None), SUM_BLOB_SITE)

    def _copies(self, key, arrays):
        """(storage, dtype) of the copy buffers a worker sums the key's pushed lists in: those of the first array of
        the key's first summed push (``arrays`` when this is it)."""
        return self._copy_buffers.setdefault(key, (_stype(arrays[0]), np.dtype(arrays[0].dtype)))

    def _check_push(self, key, arrays, shape, dtype):
        """MXNet's checks of a push. One dense array becomes the key's buffer on this worker, whatever its shape (its
        pulls copy from that buffer, see _pull_pairs); it must have the key's byte size, else the push fails and
        so do the key's pulls, until a push of its size. Several arrays are summed into a buffer of the key's shape and
        dtype."""
        if len(arrays) == 1 and key not in self._row_sparse and _stype(arrays[0]) == "default":
            array = arrays[0]
            if tuple(array.shape) != tuple(shape):
                self._buffer_shapes[key] = tuple(array.shape)
            else:
                self._buffer_shapes.pop(key, None)
            size = int(np.prod(shape)) * np.dtype(dtype).itemsize
            pushed = array.size * np.dtype(array.dtype).itemsize
            if pushed != size:
                self._size_errors[key] = self._size_error(key, size, pushed)
                if self._compression is None:
                    raise _checked(_DIST_H, 627, self._size_errors[key])
                # a compressed push checks only its compressed size: when that matches, its values are sent
                held, given = _compressed_bytes(int(np.prod(shape))), _compressed_bytes(array.size)
                if held != given:
                    raise _checked(_DIST_H, _COMPRESSED_SIZE_LINE, self._size_error(key, held, given))
            else:
                self._size_errors.pop(key, None)
            _check_dtype(key, array, dtype)
            return
        for array in arrays:       # several arrays are copied into a buffer of the key's dtype: any dtype goes
            if tuple(array.shape) != tuple(shape):
                raise MXNetError(shape_mismatch(array.shape, shape))
        self._buffer_shapes.pop(key, None)
        self._size_errors.pop(key, None)

    def _receive_in(self, key, arrays):
        """Note where a push of ``arrays`` leaves the key's receive buffer. MXNet's CPU worker keeps one dense pushed
        array itself as the key's buffer (no copy; rank 0's init value too), pulls the key's value into it and copies
        it to the outputs from there, so a pull overwrites that array; several arrays are summed into a buffer of
        its own."""
        self._buffered.add(key)
        if len(arrays) == 1 and _stype(arrays[0]) == "default" and key not in self._row_sparse:
            self._received[key] = arrays[0]
        else:
            self._received.pop(key, None)

    def _receive_buffer_shape(self, key, first, shape, dtype):
        """The shape of the buffer a pull of ``key`` is received in (its outputs are copied from it). A worker that
        neither pushed the key nor initialised it as rank 0 has none yet: MXNet's makes one in the shape of the
        pull's ``first`` output, when that holds the key's bytes (other sizes make ps-lite abort the process)."""
        if key not in self._buffered and key not in self._row_sparse:
            self._buffered.add(key)
            if first.size == int(np.prod(shape)) and np.dtype(first.dtype) == np.dtype(dtype):
                self._buffer_shapes[key] = tuple(first.shape)
        return self._buffer_shapes.get(key, tuple(shape))

    def _outputs(self, key, outs):
        """``outs`` and, first, the pushed array the key's pull is received in (see _receive_in)."""
        received = self._received.get(key)
        return outs if received is None or any(o is received for o in outs) else [received] + list(outs)

    def _pairs_of(self, key, values, what):
        """The (key, arrays) pairs of a call; a call given no key at all still fixes the store's keys as int keys,
        as MXNet's."""
        pairs = _pairs(key, values, what)
        if not pairs:
            self._check_kind(False)
        return pairs

    def _key_rank(self, key):
        """MXNet's int id of a key: a str key's is its place in init order."""
        return list(self._meta).index(key) if isinstance(key, str) else key

    def _size_error(self, key, held, given):
        """MXNet's words when a message of ``given`` bytes for ``key`` meets the ``held`` bytes its key has (its
        compressed keys' check has other words)."""
        if self._compression is not None:
            return (f"Check failed: static_cast<size_t >(pskv.size) == num_elem * num_bytes ({held} vs. {given}) : "
                    f"The value size can't be changed. For key {self._key_rank(key)}")
        return (f"Check failed: static_cast<size_t>(pskv.size) == pskv_size ({held} vs. {given}) : The value size "
                f"cannot be changed {given}. Key is {self._key_rank(key)}")

    def _note_rows(self, key, count):
        """Remember the size of a row_sparse key's last row message: MXNet's worker keeps it as the key's size."""
        shape, dtype, _ = self._meta[key]
        self._row_bytes[key] = count * int(np.prod(shape[1:], dtype=np.int64)) * np.dtype(dtype).itemsize

    def _sent(self, items, op):
        """Remember the big arrays ``op`` sends zero-copy, to reuse their buffers once it is done."""
        for k, total in items:
            if total.nbytes >= SEND_COPY_BELOW:
                self._send_buffers[k] = (total, op)

    def _snapshot(self, k, arrays, dtype):
        """The sum of ``arrays`` as the push sends it, safe from the caller's next writes to them."""
        first = arrays[0]._data
        if len(arrays) == 1 and first.dtype == dtype and first.nbytes < SEND_COPY_BELOW:
            first = np.ascontiguousarray(first)     # copied into the message as it is sent,
            if protocol.frame_of(first) is not None:
                return protocol.private_copy(first)     # unless over a buffer taken from a reply: sent by reference
            return first
        buf, op = self._send_buffers.get(k, (None, None))
        # The last push's buffer is free once the server answered it: ZeroMQ has written every byte by then.
        # Reusing it spares a fresh allocation (page faults cost as much as the copy for big arrays).
        if buf is None or not op.event.is_set() or op.error is not None or buf.shape != first.shape \
                or buf.dtype != dtype:
            buf = np.empty(first.shape, dtype)
        np.copyto(buf, first, casting="unsafe")
        rest = [a._data.astype(dtype, copy=False) for a in arrays[1:]]     # each in the key's dtype, then summed
        if "device" in self._type:              # MXNet's device reduction: left to right
            for array in rest:
                buf += array
        else:                                   # its CPU reduction: first += (next four left to right), ...
            for i in range(0, len(rest), 4):
                group = rest[i].copy() if len(rest) > i + 1 else rest[i]
                for array in rest[i + 1:i + 4]:
                    group += array
                buf += group
        return buf

    def pull(self, key, out=None, priority=0, ignore_sparse=True):
        """Fill ``out`` with the keys' values in the background; reading ``out`` waits for them."""
        if out is None:
            raise AssertionError()      # MXNet's bare assert
        self._client.check()
        _check_priority(priority)
        if self._last_push is not None:
            pushed, at = self._last_push
            self._last_push = None
            if pushed == key and time.perf_counter() - at < PULL_FOLLOWS:
                self._pull_follows.add(key)
            else:
                self._pull_follows.discard(pushed)
        lone = _lone(out)
        meta = self._single(key, lone) if ignore_sparse else None
        if meta is not None:
            out = lone
            self.bytes_pulled += out.size * meta[1].itemsize
            part = meta[2][0]
            op = Op("pull", 1, (key,))
            outs = self._outputs(key, [out])
            view = _mark_outputs(outs, op)
            self._client.submit(op, [(part.server, Msg.PULL, (), {"keys": [[key, part.part]]},
                                      _writer([(outs, part, True)]))])
            if view:
                op.wait()
            return
        pairs = self._pull_pairs(key, out, ignore_sparse, refused=lambda before, _: self._submit_pull(before))
        self._submit_pull(pairs)

    def _pull_pairs(self, key, out, ignore_sparse=True, refused=None):
        """[(key, [dense outputs])] of a pull in MXNet's key order (their int ids), shapes checked; row_sparse outputs
        are skipped with a warning. When a key's check fails, ``refused(pairs before it, key)`` runs first (MXNet's
        worker has pulled those keys)."""
        given = self._pairs_of(key, out, "pull")
        if not ignore_sparse:       # MXNet looks the str keys up first
            self._registered([k for k, _ in given])
            raise _checked(_DIST_H, 278, "Check failed: ignore_sparse: dist kvstore pull doesn't support "
                           "ignore_sparse=False")
        for k, outs in given:
            if not self._has_key(k) and outs:       # MXNet places a key it has not seen by its pull's outputs
                self._check_range(self._check_key(k), outs[0])
        given = [(self._known(k, "pull"), outs) for k, outs in given]
        pairs = []
        for k, outs in sorted(given, key=lambda pair: self._key_rank(pair[0])):
            try:
                outs = self._pull_outputs(k, outs)
            except MXNetError:
                if refused is not None:
                    refused(pairs, k)
                raise
            if outs:
                pairs.append((k, outs))
        return pairs

    def _pull_outputs(self, k, outs):
        """The arrays a pull of key ``k`` writes (its dense ``outs``, after the received buffer), after MXNet's checks;
        none when its size check fails (the outputs then carry that error)."""
        outs = _dense_only(outs)
        if not outs:
            return []
        shape, dtype, _ = self._meta[k]
        buffer = self._receive_buffer_shape(k, outs[0], shape, dtype)    # the outputs are copied from it, at the call
        if buffer != tuple(shape) and k in (self._merge_keys or ()):
            # once a device store has merge buffers, a pull copies the received buffer into the key's first
            raise MXNetError(shape_mismatch(buffer, shape))
        for o in outs:
            if tuple(o.shape) != buffer:
                raise MXNetError(shape_mismatch(buffer, o.shape))
        refusal = self._pull_size_refusal(k, shape, dtype)
        if refusal is not None:         # MXNet's pull fails its size check: the outputs keep their data
            deliver(refusal, outs, None)
            return []
        self.bytes_pulled += outs[0].size * np.dtype(dtype).itemsize
        return self._outputs(k, outs)

    def _pull_size_refusal(self, k, shape, dtype):
        """The error MXNet's pull of key ``k`` fails with when read, or None. A dense pull of a row_sparse key sizes it
        by its last row message; another key fails while its last push had another size."""
        if k in self._row_bytes:
            full = int(np.prod(shape)) * np.dtype(dtype).itemsize
            if self._row_bytes[k] != full:
                return _checked(_DIST_H, 627, KernelError(self._size_error(k, self._row_bytes[k], full), None))
        if k in self._size_errors:
            line = 627 if self._compression is None else _COMPRESSED_SIZE_LINE
            return _checked(_DIST_H, line, KernelError(self._size_errors[k], None))
        return self._sum_errors.get(k)

    def _pull_writers(self, pairs):
        """{server: ([wire keys], [(outputs, part, whole key?)])}, in the order of ``pairs`` (as _messages)."""
        by_server = {}
        for k, outs in pairs:
            parts = self._meta[k][2]
            for part in parts:
                keys, writers = by_server.setdefault(part.server, ([], []))
                keys.append(protocol.wire_key(k, part.part))
                # a float16/float64 key's float32 value reaches the outputs through the key's dtype, as in MXNet
                writers.append((outs, part, len(parts) == 1, self._meta[k][1] if k in self._as_float32 else None,
                                self._relay(k, outs)))
        return by_server

    def _relay(self, k, outs):
        """(the output filled first, the received buffer or None) when MXNet's device store copies the value of key
        ``k`` into one of several outputs and from it into the others (a narrower dtype there rounds what they get):
        before its merge buffers exist, into the output at the key (as unsigned 64-bit) modulo their number. Else
        None. (``outs``: the outputs after the received buffer, see _outputs.)"""
        received = self._received.get(k)
        if received is not None and outs[0] is received and not any(o is received for o in outs[1:]):
            outs = outs[1:]
        else:
            received = None
        if "device" not in self._type or k in (self._merge_keys or ()) or len(outs) < 2:
            return None
        return outs[self._key_rank(k) % 2 ** 64 % len(outs)], received

    def _submit_pull(self, pairs):
        """One PULL per server holding any of ``pairs``; the outputs are pending until their replies are written."""
        if not pairs:
            return
        by_server = self._pull_writers(pairs)
        op = Op("pull", len(by_server), [k for k, _ in pairs])
        view = _mark_outputs([o for _, outs in pairs for o in outs], op)
        messages = [(server, Msg.PULL, (), {"keys": keys}, _writer(writers))
                    for server, (keys, writers) in sorted(by_server.items())]
        self._client.submit(op, messages)
        if view:
            op.wait()

    def _messages(self, kind, items):
        """One INIT/PUSH per server holding any of ``items`` [(key, array)], big arrays cut into their slices."""
        by_server = {}
        for k, data in items:
            shape, _, parts = self._meta[k]
            flat = data.reshape(-1)
            rows = k in self._row_sparse        # a row_sparse key's slices keep their rows' shape
            for part in parts:
                piece = data if len(parts) == 1 else flat[part.start:part.stop]
                if rows and len(parts) > 1:
                    piece = piece.reshape((-1,) + tuple(shape[1:]))
                keys, arrays = by_server.setdefault(part.server, ([], []))
                keys.append(protocol.wire_key(k, part.part))
                arrays.append(piece)
        return [(server, kind, arrays, {"keys": keys, "sync": self._sync}, None)
                for server, (keys, arrays) in sorted(by_server.items())]

    def _row_messages(self, items):
        """One PUSH_ROWS per server holding rows of ``items`` [(key, _Rows)]: each slice gets its own rows."""
        by_server = {}
        for k, rows in items:
            shape, _, parts = self._meta[k]
            for part, lo, hi, first in _row_ranges(rows.index, parts, shape):
                keys, arrays, sparse = by_server.setdefault(part.server, ([], [], []))
                keys.append(protocol.wire_key(k, part.part))
                arrays += [rows.index[lo:hi] - first, rows.data[lo:hi]]
                sparse.append(k in self._row_sparse)
        return [(server, Msg.PUSH_ROWS, arrays, {"keys": keys, "sync": self._sync, "sparse_weights": sparse}, None)
                for server, (keys, arrays, sparse) in sorted(by_server.items())]

    def _row_sparse_pull_key(self, key, outs, row_ids):
        """Fetch the rows ``row_ids[i]`` of the key into ``outs[i]``: one PULL_ROWS per server holding some."""
        shape, dtype, parts = self._meta[key]
        for o, ids in zip(outs, row_ids):
            check_row_sparse_pull(o, ids)
        if len(outs) != 1:
            raise _checked(_DIST_H, 329, f"Check failed: num_vals == 1 ({len(outs)} vs. 1) : RowSparsePull with "
                           "multiple values is not supported yet")
        if key not in self._row_sparse:
            # MXNet's worker fails to give its dense buffer rows: the outputs keep their data and raise it at their
            # first read (the other keys of the call are pulled)
            for o in outs:
                failed(o, "Check failed: storage_type() != kDefaultStorage (0 vs. 0) : CheckAndAlloc(aux_shapes) is "
                          "not intended for kDefaultStorage", ("../include/mxnet/ndarray.h", 686))
            return
        for o, ids in zip(outs, row_ids):
            held = self._row_buffer_shape(key, o, shape, dtype)
            check_copy(held, o)
            wanted = np.unique(ids.asnumpy().astype(np.int64))
            self._note_rows(key, wanted.size)
            outside = wanted.size and (wanted[0] < 0 or wanted[-1] >= held[0])
            if outside and int(np.prod(held)) >= self._placement.bound:
                # MXNet's worker places a big key's rows by the servers' row ranges, in its engine: rows outside every
                # range leave its message short, and the output raises that check at its first read
                row = int(np.prod(shape[1:], dtype=np.int64)) * np.dtype(dtype).itemsize
                inside = int(np.count_nonzero((wanted >= 0) & (wanted < held[0])))
                failed(o, f"Check failed: static_cast<size_t>(pskv.size) == num_elem * num_bytes ({inside * row} vs. "
                          f"{wanted.size * row}) : ", (_DIST_H, 806))
                continue
            if outside:
                raise MXNetError(f"kvstore row_sparse_pull of key {key!r}: row ids must lie in [0, {held[0]}), "
                                 f"got {wanted[0] if wanted[0] < 0 else wanted[-1]}")
            served = _served_rows(wanted, held, shape, parts)
            found = served >= 0
            data = np.zeros((wanted.size,) + tuple(shape[1:]), dtype)
            data[found] = self._fetch_rows(key, served[found])
            o._set_parts(data.astype(o.dtype, copy=False), [wanted])
            self.bytes_pulled += data.nbytes

    def _row_buffer_shape(self, key, first, shape, dtype):
        """The shape of the buffer a row_sparse_pull of ``key`` is received in (its output is checked against it). A
        worker that neither pushed the key nor initialised it as rank 0 has none yet: MXNet's makes one in the shape
        of the pull's ``first`` output, whose rows then ask the servers for rows as the key's would (see
        _served_rows). Only rows of the key's length and dtype fit the servers' replies (others make ps-lite abort
        the process), and only a buffer on the key's side of the big-array bound asks the servers the key lives on."""
        if key not in self._buffered:
            self._buffered.add(key)
            bound = self._placement.bound
            rows_fit = len(first.shape) == len(shape) and tuple(first.shape[1:]) == tuple(shape[1:]) and first.shape[0]
            same_side = (np.prod(first.shape) >= bound) == (np.prod(shape) >= bound)
            if rows_fit and same_side and np.dtype(first.dtype) == np.dtype(dtype):
                self._buffer_shapes[key] = tuple(first.shape)
        return self._buffer_shapes.get(key, tuple(shape))

    def _fetch_rows(self, key, rows):
        """The key's rows ``rows`` (increasing) from the servers holding them: one PULL_ROWS per server."""
        shape, _, parts = self._meta[key]
        got = {}            # part number -> its rows, as replied

        def keep(numbers):
            def reply(arrays):
                got.update(zip(numbers, arrays))
            return reply
        by_server = {}
        for part, lo, hi, first in _row_ranges(rows, parts, shape):
            keys, arrays, numbers = by_server.setdefault(part.server, ([], [], []))
            keys.append(protocol.wire_key(key, part.part))
            arrays.append(rows[lo:hi] - first)
            numbers.append(part.part)
        messages = [(server, Msg.PULL_ROWS, arrays, {"keys": keys}, keep(numbers))
                    for server, (keys, arrays, numbers) in sorted(by_server.items())]
        self._client.submit(Op(f"row_sparse_pull of key {key!r}", len(messages)), messages).wait()
        return np.concatenate([got[part.part] for part in parts]).reshape((rows.size,) + tuple(shape[1:]))

    # ---- control -----------------------------------------------------------------------------
    def _barrier(self):
        """Wait until this worker's operations are done and every worker reached the barrier."""
        self._client.flush()
        self._client.call(SCHEDULER, Msg.BARRIER, "barrier", group="worker")

    barrier = _barrier      # distnet's public name (MXNet has only _barrier)

    def set_optimizer(self, optimizer):
        """Run ``optimizer`` on the servers (rank 0 sends it; every worker waits until it is in place)."""
        if not isinstance(optimizer, Optimizer):     # MXNet fails on the first optimizer attribute it reads
            raise AttributeError(f"'{type(optimizer).__name__}' object has no attribute 'multi_precision'")
        payload = serialize_optimizer(optimizer)
        self._optimizer = optimizer
        if self.rank == 0:
            messages = [(s, Msg.SET_OPTIMIZER, (), {"optimizer": payload}, None)
                        for s in range(len(self._client.servers))]
            self._client.submit(Op("set_optimizer", len(messages)), messages).wait()
        self._barrier()

    def set_learning_rate(self, lr):
        """Set the servers' optimizer learning rate between two barriers: every worker's pushes before the call are
        applied at the old rate, every push after it at the new one (every worker calls it; rank 0 sends it)."""
        self._barrier()
        if self.rank == 0:
            messages = [(s, Msg.SET_LR, (), {"lr": float(lr)}, None) for s in range(len(self._client.servers))]
            self._client.submit(Op("set_learning_rate", len(messages)), messages).wait()
        self._barrier()

    def _set_updater(self, updater):
        """Keep ``updater`` in this worker only, as MXNet: pushes still go to the servers, whose optimizer (set by
        ``set_optimizer``) updates the values; a function cannot travel to them."""
        self._updater = updater
        self._has_updater = True

    def save_optimizer_states(self, fname, dump_optimizer=False):
        """Fetch the servers' optimizer states and write them to ``fname`` in the local kvstore's format.

        Any worker may call it (usually rank 0, between its last pull and its next push, e.g. after an
        epoch); it waits for this worker's own pushes and pulls first. As MXNet, an updater set on this worker by
        ``_set_updater`` saves its own states instead, and without either the call asserts.
        """
        if self._updater is not None or self._optimizer is None:
            return super().save_optimizer_states(fname, dump_optimizer)
        self._client.flush()
        optimizer = self._optimizer
        shares = [None] * len(self._client.servers)

        def keep(server):
            def reply(arrays):
                shares[server] = arrays[0].tobytes()
            return reply
        messages = [(s, Msg.GET_STATES, (), {"dump_optimizer": True}, keep(s)) for s in range(len(shares))]
        self._client.submit(Op("save_optimizer_states", len(messages)), messages).wait()
        data = states.join(shares, self._meta, optimizer, dump_optimizer)
        with open(fname, "wb") as f:
            f.write(data)

    def load_optimizer_states(self, fname):
        """Give the servers the optimizer states in ``fname`` (every worker calls it; rank 0 sends them); an updater
        set on this worker by ``_set_updater`` loads them itself, as MXNet."""
        if self._updater is not None or self._optimizer is None:
            return super().load_optimizer_states(fname)
        optimizer = self._optimizer
        with open(fname, "rb") as f:
            data = f.read()
        self._optimizer, shares = states.split(data, self._meta, optimizer, len(self._client.servers),
                                               self._row_sparse)
        if self.rank == 0:
            messages = [(s, Msg.SET_STATES, [np.frombuffer(share, np.uint8)], {}, None)
                        for s, share in enumerate(shares)]
            self._client.submit(Op(f"load_optimizer_states from {fname}", len(messages)), messages).wait()
        self._barrier()

    def server_stats(self):
        """{(key, slice): (completed rounds, [pushes accepted from worker 0..W-1])} read from the servers."""
        self._client.flush()
        by_server = {}
        for k, (_, _, parts) in self._meta.items():
            for part in parts:
                by_server.setdefault(part.server, []).append(protocol.wire_key(k, part.part))
        found = {}

        def keep(keys):
            def reply(arrays):
                for (k, part), row in zip(keys, arrays[0]):
                    found[(k, part)] = (int(row[0]), row[1:].tolist())
            return reply
        messages = [(s, Msg.STATS, (), {"keys": keys}, keep(keys)) for s, keys in sorted(by_server.items())]
        self._client.submit(Op("server_stats", len(messages)), messages).wait()
        return found

    def _close(self):
        """Finish this worker's part of the job (also run at exit)."""
        atexit.unregister(self._client.close)
        self._client.close()


_NODE = []       # this process's node in the job, while it is open
_PENDING_CLASSES = (NDArray, _PendingNDArray)     # exactly these classes can be marked pending


def _job_client(cfg):
    """This process's node in the job, registered by its first dist kvstore: as MXNet's stores share the process's
    ps-lite node, every later store (a Trainer given 'dist_sync' too) uses it, with the same rank and keys."""
    if not _NODE or not _NODE[0].thread.is_alive():
        _NODE[:] = [Client(cfg)]
        atexit.register(_NODE[0].close)
        wait_at_waitall(_wait_for_requests)
    return _NODE[0]


def _wait_for_requests():
    """``mx.nd.waitall`` in a worker: as MXNet's engine, whose push is done once its server acknowledged it, wait
    until the servers confirmed every push and answered every request (each has its deadline)."""
    if _NODE and _NODE[0].thread.is_alive():
        _NODE[0].flush()


def _lone(value):
    """The array of a one-array list (gluon.Trainer passes a parameter's arrays so), else ``value``."""
    return value[0] if type(value) is list and len(value) == 1 else value


def _mark_outputs(outs, op):
    """Make reads of ``outs`` wait for ``op``. True when one of them views another array's memory: reading that
    array would not wait, so the caller waits for ``op`` itself (as MXNet, whose views share their array's writes).
    An mx.np array is waited for too: it keeps its class (a pending array reads back as an NDArray)."""
    view = False
    for o in outs:
        if type(o) not in _PENDING_CLASSES:
            view = True
            continue
        mark_pending(o, op.wait)
        raw = raw_data(o)
        view = view or raw.base is not None and protocol.own_frame(raw) is None    # (a buffer taken from a reply)
    return view


def _writer(writers):
    """The reply callback of one PULL: copy each returned array (or slice) into its outputs (the first one may take
    a whole array's buffer instead, see _adopt). A writer's ``relay`` (see DistKVStore._relay) names the output
    filled first, from which the outputs after the received buffer copy."""
    def write(arrays):
        if len(arrays) != len(writers):
            raise MXNetError(f"expected {len(writers)} arrays, got {len(arrays)}")
        for array, (outs, part, whole, *extra) in zip(arrays, writers):
            via, relay = (extra + [None, None])[:2]
            if via is not None:
                array = array.astype(via)
            elif whole and relay is None and _adopt(outs[0], array):
                outs = outs[1:]
            if relay is not None:
                first, received = relay
                for o in (received, first):
                    if o is not None:
                        _write_part(o, array, part, whole)
                array = _read_part(first, part, whole)
                outs = [o for o in outs if o is not first and o is not received]
            for o in outs:
                _write_part(o, array, part, whole)
    return write


def _write_part(out, array, part, whole):
    """Copy ``array``, the whole value or ``part`` of it, into ``out``."""
    raw = raw_data(out)
    if whole:
        np.copyto(raw, array.reshape(raw.shape), casting="unsafe")
    elif raw.flags.c_contiguous:
        raw.reshape(-1)[part.start:part.stop] = array.reshape(-1)
    else:
        raw.flat[part.start:part.stop] = array.reshape(-1)


def _read_part(out, part, whole):
    """A copy of ``out``'s values, whole or ``part`` of them."""
    raw = raw_data(out)
    return raw.copy() if whole else raw.reshape(-1)[part.start:part.stop].copy()


# References to an array's numpy buffer when only the array holds it, as counted in _adopt and _lendable: the
# array's slot, the function's argument or local, and getrefcount's own (a view or another array adds one).
_SOLE_REFS = 3


def _adopt(out, array):
    """Make ``array``, a received frame's whole view that nothing else uses, the buffer of ``out`` in place of copying
    it in; True if done. Only when that cannot be seen: ``out``'s buffer is its own or taken so before (not a view of
    another array's memory), of the same dtype and size, and nothing but ``out`` holds it. Not while oneDNN layouts
    are marked on buffers (a mark would stay with the old one)."""
    frame = protocol.frame_of(array)
    if type(out) not in _PENDING_CLASSES or frame is None or onednn.holds_layouts():
        return False
    raw = raw_data(out)
    if raw.dtype != array.dtype or raw.size != array.size or not raw.flags.writeable \
            or raw.base is not None and protocol.own_frame(raw) is None or sys.getrefcount(raw) != _SOLE_REFS:
        return False
    set_raw_data(out, np.ndarray(raw.shape, raw.dtype, buffer=frame))     # (its views have it as their base)
    return True


def _lendable(array, data):
    """Whether ``data``, the buffer of ``array``, may be lent to a held push: ``array`` is of a class whose next use
    can take it back first (a pending array), and nothing else reaches the buffer (no view, no other array over it)."""
    return type(array) in _PENDING_CLASSES and raw_data(array) is data and sys.getrefcount(data) == _SOLE_REFS + 1


class _Rows:
    """A row_sparse push: the sum of the pushed arrays as increasing row ``index`` and their ``data``."""

    __slots__ = ("index", "data")

    def __init__(self, index, data):
        self.index, self.data = index, data

    nbytes = property(lambda self: self.index.nbytes + self.data.nbytes)

    @classmethod
    def of(cls, arrays, dtype):
        total = arrays[0].astype(dtype)
        for array in arrays[1:]:
            total = total + array.astype(dtype)
        return cls(np.asarray(total._aux[0], np.int64), np.ascontiguousarray(total._values))


def _packed_rows(value, parts):
    """The dense value MXNet's servers hold after the row_sparse init ``value``: each server's slice has the stored
    rows of ``value`` that fall in it, packed at the top of the slice (MXNet keeps only those rows; its rows beyond
    are unallocated memory, zeros here)."""
    data = np.zeros(value.shape, value.dtype)
    flat, rows = data.reshape(-1), np.ascontiguousarray(value._values).reshape(-1)
    row = int(np.prod(value.shape[1:], dtype=np.int64)) or 1
    for part, lo, hi, _ in _row_ranges(np.asarray(value._aux[0], np.int64), parts, value.shape):
        flat[part.start:part.start + (hi - lo) * row] = rows[lo * row:hi * row]
    return data


def _row_ranges(index, parts, shape):
    """[(part, lo, hi, first)]: ``index[lo:hi]`` (increasing rows) fall in ``part``, whose first row is ``first``."""
    row = int(np.prod(shape[1:], dtype=np.int64)) or 1
    out = []
    for part in parts:
        first, stop = part.start // row, part.stop // row
        lo, hi = np.searchsorted(index, [first, stop])
        out.append((part, int(lo), int(hi), first))
    return out


def _served_rows(wanted, held, shape, parts):
    """The key's rows the servers give for rows ``wanted`` of a receive buffer of shape ``held``, -1 where they
    read outside their share (MXNet's servers read memory there). A buffer of other rows than the key's cuts them
    among the servers as the key's rows would be cut: a server reads its slice at the row's place in the buffer's
    cut."""
    if tuple(held) == tuple(shape):
        return wanted
    if len(parts) == 1:
        return np.where(wanted < shape[0], wanted, -1)
    row = int(np.prod(shape[1:], dtype=np.int64)) or 1
    edges = [a for a, _ in split_bounds(held[0], len(parts))]
    place = np.searchsorted(edges, wanted, side="right") - 1
    starts = np.array([part.start // row for part in parts])
    stops = np.array([part.stop // row for part in parts])
    served = starts[place] + (wanted - np.array(edges)[place])
    return np.where(served < stops[place], served, -1)


# MXNet's worker checks stand in these headers of its release build (an error there prints led by the line)
_DIST_H, _LOCAL_H = "../src/kvstore/./kvstore_dist.h", "../src/kvstore/./kvstore_local.h"


def _checked(header, line, message):
    """The MXNetError of MXNet's worker check at ``line`` of ``header`` (``message``: its words, or the error)."""
    return located(message if isinstance(message, MXNetError) else MXNetError(message), (header, line))


_COMPRESSED_SIZE_LINE = 688     # where MXNet checks a compressed key's sizes


def _compressed_bytes(count):
    """The bytes 2-bit compression sends for ``count`` float32 values: 16 to a float32."""
    return (count + 15) // 16 * 4


def _stype(array):
    return getattr(array, "stype", "default")


def _check_pushpull_keys(key, value, out):
    """MXNet's pushpull check that every pushed key has an output: row_sparse outputs are skipped (with the pull's
    warning), so a key whose outputs are all row_sparse fails it before anything is sent."""
    pairs = _pairs(key, out, "pull")
    if all(_stype(o) == "default" for _, outs in pairs for o in outs):
        return
    pushed = {k for k, _ in _pairs(key, value, "push")}
    pulled = {k for k, outs in pairs if _dense_only(outs)}
    if len(pushed) != len(pulled):
        raise _checked(_DIST_H, 229, f"Check failed: uniq_vkeys.size() == uniq_okeys.size() ({len(pushed)} vs. "
                       f"{len(pulled)}) : "
                         "List of push and pull keys are different")


def _shared_by_keys(pairs):
    """Whether one array is pushed for two distinct keys of ``pairs`` [(key, arrays)]."""
    keys = [k for k, _ in pairs]
    if len(set(keys)) != len(keys):
        return False
    owner = {}
    for k, arrays in pairs:
        for a in arrays:
            if owner.setdefault(id(a), k) != k:
                return True
    return False


def _check_unique(keys):
    """MXNet's check of the int keys of one init: no key repeated next to itself (further apart is let through)."""
    if keys and isinstance(keys[0], int):
        distinct = 1 + sum(a != b for a, b in zip(keys, keys[1:]))
        if distinct != len(keys):
            raise _checked(_DIST_H, 610, "Check failed: static_cast<size_t>(std: :distance(keys_copy.begin(), last)) "
                           f"== static_cast<size_t>(keys.size()) ({distinct} vs. {len(keys)}) : ")


def _check_floating(array):
    """MXNetError for a dense integer value: MXNet's server stores dense keys in float32 only (it dies of this check
    on the initial value, and the job hangs; here every worker raises it)."""
    kind = np.dtype(array.dtype)
    if _stype(array) == "default" and kind.kind in "iu":
        comma = "," if kind.itemsize >= 4 else ""      # (mshadow's words)
        raise _checked("../src/kvstore/././kvstore_dist_server.h", 713,
                       f"This operation only support floating point types{comma} not {kind.name}")


def _check_compressible(key, array):
    """MXNetError unless ``array`` can be 2-bit compressed (initial value or push): dense float32 only."""
    if _stype(array) != "default":
        raise _checked(_DIST_H, 400, "Check failed: gradient_compression_->get_type() == CompressionType: :kNone: "
                       "Gradient compression for row sparse storage type is not supported")
    if array.dtype != np.float32:
        flag = DTYPE_TO_FLAG[np.dtype(array.dtype)]
        raise _checked(_DIST_H, 383, f"Check failed: dtype == mshadow: :kFloat32 ({flag} vs. 0) : Gradient compression "
                       "is only supported for float32 type of parameters")


def _check_dtype(key, array, dtype):
    """MXNetError unless a pushed array has the dtype its key was initialised with (servers keep that dtype)."""
    if array.dtype != dtype:
        raise MXNetError(f"kvstore push of key {key!r}: array dtype {np.dtype(array.dtype).name} does not match the "
                         f"dtype {np.dtype(dtype).name} the key was initialised with; the value size cannot be "
                         f"changed: push arrays of the initialized dtype (e.g. grad.astype('{np.dtype(dtype).name}'))")


DistKVStore.__name__ = DistKVStore.__qualname__ = "KVStore"
DistKVStore.__module__ = "distnet.kvstore.kvstore"      # type(kv) prints as MXNet's mxnet.kvstore.kvstore.KVStore
