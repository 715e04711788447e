"""DataLoader worker processes: tasks and batches cross the pipe as a msgpack header plus raw array bytes.

Each worker is a forked child (it inherits the dataset and batchify function, so neither
needs to be picklable) with its own duplex pipe. The parent sends ``(key, pickled indices)``; the
child answers with the batch: a header describing the nested lists/tuples and, per array,
its dtype, shape and context, followed by one raw frame per array (received straight into
a fresh numpy buffer). A value of another type (a set, a sparse array, a user's object) is pickled, as
MXNet's workers pickle whole batches, and so is an exception raised in a worker.
"""
import builtins
import io
import multiprocessing
import multiprocessing.connection
import os
import pickle
import signal
import traceback
import weakref
from multiprocessing.pool import RemoteTraceback

import msgpack
import numpy as np

from ...base import MXNetError
from ...context import Context
from ...ndarray import NDArray
from ...ndarray.ndarray import _wrap

PARENT_CHECK_SECONDS = 1.0    # how often an idle worker checks that its parent is alive
STOP_GRACE_SECONDS = 5.0
POOL_NOT_RUNNING = "the pool was terminated after a failed batch"


# ---- batch encoding (child side) and decoding (parent side) ------------------------------

def encode_batch(key, batch):
    """Frames for ``batch``: a msgpack header, then one raw frame per non-empty array."""
    arrays = []
    tree = _encode_tree(batch, arrays)
    specs = [[a.dtype.str, list(a.shape), ctx] for a, ctx in arrays]
    head = msgpack.packb({"key": key, "tree": tree, "arrays": specs})
    return [head] + [a.reshape(-1).view(np.uint8) for a, _ in arrays if a.size]


def _encode_tree(value, arrays):
    """A msgpack-able tree for ``value``: dense arrays go to ``arrays`` (sent raw), plain lists, tuples, dicts and
    numbers are kept as they are, anything else is pickled (its dense arrays still sent raw)."""
    if isinstance(value, NDArray) and value.stype == "default":
        from ...numpy.multiarray import ndarray as np_ndarray
        arrays.append((_contiguous(np.asarray(value)), [value.ctx.device_typeid, value.ctx.device_id]))
        return {"mxnp" if isinstance(value, np_ndarray) else "nd": len(arrays) - 1}
    if (type(value) is np.ndarray or isinstance(value, np.generic)) and not value.dtype.hasobject:
        arrays.append((_contiguous(np.asarray(value)), None))
        return {"np" if isinstance(value, np.ndarray) else "scalar": len(arrays) - 1}
    if type(value) is list:
        return [_encode_tree(v, arrays) for v in value]
    if type(value) is tuple:
        return {"tuple": [_encode_tree(v, arrays) for v in value]}
    if type(value) is dict:
        return {"dict": [[_encode_tree(k, arrays), _encode_tree(v, arrays)] for k, v in value.items()]}
    if value is None or type(value) in (bool, float, str, bytes) or type(value) is int and -2 ** 63 <= value < 2 ** 64:
        return value
    out = io.BytesIO()
    _ArrayPickler(out, arrays).dump(value)
    return {"pickle": out.getvalue()}


class _ArrayPickler(pickle.Pickler):
    """Pickles a batch value of any other type (as MXNet's workers pickle every batch), its dense arrays by
    reference to the raw frames."""

    def __init__(self, file, arrays):
        super().__init__(file, pickle.HIGHEST_PROTOCOL)
        self._arrays = arrays

    def persistent_id(self, obj):
        if isinstance(obj, NDArray) and obj.stype == "default":
            return _encode_tree(obj, self._arrays)
        return None


class _ArrayUnpickler(pickle.Unpickler):
    def __init__(self, file, arrays):
        super().__init__(file)
        self._arrays = arrays

    def persistent_load(self, pid):
        return _decode_tree(pid, self._arrays)


def _contiguous(a):
    return a if a.flags.c_contiguous else np.array(a, order="C")     # (ascontiguousarray makes 0-d 1-d)


def receive_batch(conn):
    """(key, batch) read from ``conn``: the header, then each array straight into its buffer."""
    head = msgpack.unpackb(conn.recv_bytes(), strict_map_key=False)
    if "error" in head:
        return head["key"], _WorkerError(head["error"])
    arrays = []
    for dtype, shape, ctx in head["arrays"]:
        out = np.empty(shape, np.dtype(dtype))
        if out.size:
            conn.recv_bytes_into(out.reshape(-1).view(np.uint8))
        arrays.append((out, ctx))
    return head["key"], _decode_tree(head["tree"], arrays)


def _decode_tree(node, arrays):
    if isinstance(node, list):
        return [_decode_tree(v, arrays) for v in node]
    if not isinstance(node, dict):
        return node
    (tag, value), = node.items()
    if tag in ("nd", "mxnp"):         # an mx.nd or an mx.np array
        data, _ = arrays[value]
        array = _wrap(data, Context("cpu_shared", 0))     # MXNet's workers pickle arrays through shared memory
        if tag == "mxnp":
            from ...numpy.multiarray import as_np
            as_np(array)
        return array
    if tag == "np":
        return arrays[value][0]
    if tag == "scalar":
        return arrays[value][0][()]
    if tag == "tuple":
        return tuple(_decode_tree(v, arrays) for v in value)
    if tag == "pickle":
        return _ArrayUnpickler(io.BytesIO(value), arrays).load()
    return {_decode_tree(k, arrays): _decode_tree(v, arrays) for k, v in value}


class _Shown(str):
    """Text that is its own repr: a KeyError made of it reads as the worker's KeyError did."""

    def __repr__(self):
        return str(self)


class _WorkerError:
    """An exception raised in a worker, carried back pickled (as MXNet's process pool carries it), with its type
    name, message and traceback for one that does not survive pickling."""

    def __init__(self, info):
        self.info = info

    @staticmethod
    def describe(error):
        """What a worker sends back for ``error``, raised while it prepared a batch."""
        try:
            pickled = pickle.dumps(error)
        except Exception:  # noqa: BLE001 -- any exception type may refuse pickling
            pickled = None
        return [pickled, type(error).__name__, str(error), traceback.format_exc()]

    def reraise(self, worker, indices):
        """Raise the worker's exception in this process, as MXNet's pool re-raises it: the same exception, its
        cause the worker's traceback; which worker and samples failed is in its notes."""
        pickled, kind, message, trace = self.info
        error = _unpickled(pickled)
        if error is None:
            exc_type = getattr(builtins, kind, None)
            if not (isinstance(exc_type, type) and issubclass(exc_type, Exception)):
                exc_type, message = MXNetError, f"{kind}: {message}"
            error = exc_type(_Shown(message)) if exc_type is KeyError else exc_type(message)
        shown = indices if len(indices) <= 8 else indices[:8] + ["..."]
        error.add_note(f"DataLoader worker {worker} failed on samples {shown}")
        raise error from RemoteTraceback(f'\n"""\n{trace}"""')


def _unpickled(pickled):
    """The worker's exception, or None when it could not be pickled or is not rebuilt from its arguments."""
    if pickled is None:
        return None
    try:
        error = pickle.loads(pickled)
    except Exception:  # noqa: BLE001 -- a class whose __init__ does not take its args back
        return None
    return error if isinstance(error, BaseException) else None


# ---- the child ----------------------------------------------------------------------------

def _worker_main(conn, dataset, batchify_fn, inherited):
    """Serve ``(key, indices)`` tasks until told to stop, the pipe closes or the parent dies."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)    # Ctrl-C is the main process's to handle
    for other in inherited:                         # so a dead parent's pipes read as closed
        other.close()
    parent = os.getppid()
    while True:
        if not conn.poll(PARENT_CHECK_SECONDS):
            if os.getppid() != parent:
                return
            continue
        try:
            task = msgpack.unpackb(conn.recv_bytes())
        except EOFError:
            return
        if task is None:
            return
        key, indices = task[0], pickle.loads(task[1])
        try:
            frames = encode_batch(key, batchify_fn([dataset[i] for i in indices]))
        except Exception as e:  # noqa: BLE001 -- any failure of user code goes back to the parent
            frames = [msgpack.packb({"key": key, "error": _WorkerError.describe(e)})]
        try:
            for frame in frames:
                conn.send_bytes(frame)
        except (BrokenPipeError, ConnectionResetError):
            return


# ---- the parent ---------------------------------------------------------------------------

class WorkerPool:
    """``num_workers`` forked processes preparing batches; results are matched to requests by key."""

    def __init__(self, dataset, batchify_fn, num_workers, timeout):
        context = multiprocessing.get_context("fork")
        self._timeout = timeout
        self._conns, self._procs = [], []
        for k in range(num_workers):
            ours, theirs = context.Pipe(duplex=True)
            proc = context.Process(target=_worker_main, name=f"DataLoader-worker-{k}", daemon=True,
                                   args=(theirs, dataset, batchify_fn, self._conns + [ours]))
            proc.start()
            theirs.close()
            self._conns.append(ours)
            self._procs.append(proc)
        self._next_worker = 0
        self._next_key = 0
        self._where = {}        # key -> (worker, indices) of every batch requested and not yet received
        self._stash = {}        # key -> result that arrived while another key was awaited
        self._dropped = set()   # keys of an abandoned epoch whose late results are thrown away on arrival
        self._late = set()      # after a timeout, every worker: maybe still busy, so never waited for again
        self._broken = None
        self._finalizer = weakref.finalize(self, _stop, self._conns, self._procs, self._late)

    @property
    def timeout(self):
        """Seconds to wait for a batch before giving up on the pool (multiprocessing.TimeoutError)."""
        return self._timeout

    @property
    def pids(self):
        """The workers' process ids."""
        return [p.pid for p in self._procs]

    def submit(self, indices):
        """Ask the next worker (round robin) for the batch of ``indices``; returns its key."""
        self._check()
        key, worker = self._next_key, self._next_worker
        self._next_key += 1
        self._next_worker = (worker + 1) % len(self._conns)
        indices = list(indices)
        task = pickle.dumps(indices)    # pickled, as MXNet's pool sends tasks: any index a dataset takes
        try:
            self._conns[worker].send_bytes(msgpack.packb([key, task]))
        except (BrokenPipeError, ConnectionResetError):
            self._fail(worker)
        self._where[key] = (worker, indices)
        return key

    def result(self, key):
        """The batch of ``key``, waiting at most ``timeout`` seconds for its worker."""
        worker, indices = self._where[key]
        while key not in self._stash:
            self._check()
            got_key, batch = self._read(worker)
            if got_key in self._dropped:
                self._dropped.discard(got_key)
                del self._where[got_key]
            else:
                self._stash[got_key] = batch
        del self._where[key]
        batch = self._stash.pop(key)
        if isinstance(batch, _WorkerError):
            batch.reraise(worker, indices)
        return batch

    def discard(self, keys):
        """Read and drop the batches of ``keys`` (an abandoned epoch), keeping the pipes in step; after a
        timeout they are dropped when they arrive instead."""
        for key in keys:
            if key in self._where and self._where[key][0] in self._late:
                self._dropped.add(key)
            elif key in self._where and self._broken is None:
                try:
                    self.result(key)
                except Exception:  # noqa: BLE001 -- a failed batch nobody waits for is dropped
                    pass

    def terminate(self):
        """Stop the workers for good after a failed batch: from then on, as MXNet's terminated pool,
        every request fails with ValueError."""
        if self._broken is None:
            self._broken = POOL_NOT_RUNNING
        self.close()

    def close(self):
        """Stop the workers (a stop message, then SIGTERM/SIGKILL after a grace period) and join them."""
        if self._broken is None:
            self._broken = "the DataLoader was closed"
        self._finalizer()

    def _read(self, worker):
        conn, proc = self._conns[worker], self._procs[worker]
        ready = multiprocessing.connection.wait([conn, proc.sentinel], self._timeout)
        if conn in ready:
            try:
                return receive_batch(conn)
            except (EOFError, OSError):
                pass
        elif not ready:
            # as MXNet's pool, which keeps working: later requests queue behind the late batch, and, its
            # workers sharing one queue, no other worker is known to be free either
            self._late.update(range(len(self._procs)))
            raise multiprocessing.TimeoutError(f"DataLoader worker {worker} (pid {proc.pid}) produced no batch "
                                               f"within {self._timeout} s")
        self._fail(worker)

    def _fail(self, worker):
        proc = self._procs[worker]
        proc.join(STOP_GRACE_SECONDS)
        self._broken = (f"DataLoader worker {worker} (pid {proc.pid}) died with exit code {proc.exitcode} "
                        "while preparing a batch (killed, out of memory, or os._exit in the dataset?)")
        self.close()
        raise MXNetError(self._broken)

    def _check(self):
        if self._broken is POOL_NOT_RUNNING:
            raise ValueError("Pool not running")
        if self._broken is not None:
            raise MXNetError(f"this DataLoader's workers were stopped ({self._broken}); create a new DataLoader")


def _stop(conns, procs, late):
    """Ask every worker to stop, then terminate and kill the ones that do not, and join them all; workers
    that missed the timeout are terminated at once (they may be stuck, or blocked sending a dropped batch)."""
    for conn in conns:
        try:
            conn.send_bytes(msgpack.packb(None))
        except OSError:
            pass
    for worker in late:
        procs[worker].terminate()
    for proc in procs:
        proc.join(STOP_GRACE_SECONDS)
        if proc.exitcode is None:
            proc.terminate()
            proc.join(STOP_GRACE_SECONDS)
        if proc.exitcode is None:
            proc.kill()
            proc.join()
    for conn in conns:
        conn.close()
