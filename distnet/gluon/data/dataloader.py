"""DataLoader: mini-batches of a Dataset, prepared in this process, in worker processes or in threads."""
import collections
import concurrent.futures
import multiprocessing
import multiprocessing.queues
import operator as _operator
import os
import pickle

import numpy as np

from ...base import error_like
from ..parameter import AssertError
from ...context import Context, cpu_pinned
from ... import ndarray as nd
from ...ndarray import NDArray, waitall
from ...ndarray.array_kinds import holds_mxnet_array
from ...util import _set_np_array, is_np_array, is_np_shape, set_np_shape
from . import _ragged, sampler as _sampler
from ._workers import WorkerPool

__all__ = ["DataLoader"]

_DTypeKeyError = error_like(KeyError)
_StackValueError = error_like(ValueError)


def default_batchify_fn(data):
    """One batch from a list of samples: NDArrays stacked, tuples field by field, anything else via numpy."""
    return _batchify(data, None)


def default_mp_batchify_fn(data):
    """``default_batchify_fn`` for workers: the batch is in shared CPU memory, ``cpu_shared(0)`` (as MXNet)."""
    return _batchify(data, Context("cpu_shared", 0))


def _batchify(data, ctx):
    """MXNet's collation: NDArrays stacked, tuples field by field, anything else through ``np.asarray``."""
    first = data[0]
    if isinstance(first, NDArray):
        return _stack(data, ctx)
    if isinstance(first, tuple):
        return [_batchify(field, ctx) for field in zip(*data)]
    batch = _numpy_batch(data)
    if is_np_array():
        from ... import numpy as mx_np
        return mx_np.array(batch, dtype=batch.dtype, ctx=ctx)
    return nd.array(batch, dtype=batch.dtype, ctx=ctx)


def _stack(samples, ctx):
    """The samples stacked by the stack operator (which checks their kinds, shapes and dtypes), into ``ctx``."""
    from ... import numpy as mx_np
    out = None
    if ctx is not None:
        empty = mx_np.empty if is_np_array() else nd.empty
        out = empty((len(samples),) + samples[0].shape, dtype=samples[0].dtype, ctx=ctx)
    if is_np_array():
        return mx_np.stack(samples, out=out)
    return nd.stack(*samples, out=out)


def _numpy_batch(samples):
    """``np.asarray(samples)`` as MXNet's numpy (1.23) makes it, for samples that are not NDArrays."""
    if holds_mxnet_array(samples):
        # MXNet's NDArray has no __array__: numpy takes it for an endless nest of sequences and makes an
        # object array, whose NDArray dtype lookup fails with KeyError
        shape = _ragged.warn_mxnet_nesting(samples)
        failure = _ragged.copy_failure(samples, shape) if shape else None
        raise _StackValueError(failure) if failure else _DTypeKeyError(np.object_)
    try:
        batch = np.asarray(samples)
    except ValueError:
        if not _ragged.discovered_shape(samples)[1]:
            raise
        batch = None
    if batch is None or batch.dtype == object:
        _refuse_object_batch(samples)
    return batch


def _refuse_object_batch(samples):
    """MXNet's failure for samples numpy makes an object array of: numpy's error copying a numpy array into it,
    else the KeyError of the NDArray dtype lookup (ragged samples first get numpy's warning)."""
    shape, ragged = _ragged.discovered_shape(samples)
    why = (f"default_batchify_fn: samples of shapes {_shapes(samples)} cannot be stacked into one batch; "
           "give them one shape (e.g. with a transform) or pass a batchify_fn to DataLoader")
    failure = None
    if ragged:
        _ragged.warn_ragged()
        failure = _ragged.copy_failure(samples, shape)
    error = _StackValueError(failure) if failure else _DTypeKeyError(np.object_)
    error.add_note(why)
    raise error from None


def _set_np_modes(shape, array):
    """Set this thread's NumPy shape and array semantics (a pool thread starts with both off), array semantics
    first as ``npx.set_np`` does (shape semantics may not go off under array semantics)."""
    _set_np_array(array)
    set_np_shape(shape)


def _shapes(samples):
    """The distinct shapes of ``samples`` (ragged ones shown by their length), for error messages."""
    return ", ".join(sorted({str(np.shape(x)) if isinstance(x, np.ndarray) else f"len {len(x)}"
                             if isinstance(x, (list, tuple)) else str(np.shape(x)) for x in samples}))


def _as_in_context(data, ctx):
    if isinstance(data, NDArray):
        return data.as_in_context(ctx)
    if isinstance(data, (list, tuple)):
        return [_as_in_context(d, ctx) for d in data]
    return data


def _check_pool_size(num_workers):
    """The checks of MXNet's process and thread pools: at least one worker, and a whole number of them."""
    if num_workers < 1:
        raise ValueError("Number of processes must be at least 1")
    _operator.index(num_workers)


class DataLoader:
    """Mini-batches of ``dataset``, as MXNet's ``gluon.data.DataLoader``.

    Parameters
    ----------
    dataset : Dataset
        Anything with ``len()`` and ``[i]``.
    batch_size : int
        Samples per batch (required unless ``batch_sampler`` is given).
    shuffle : bool, default False
        A new random order every epoch (numpy's global RNG).
    sampler : Sampler
        The order of the samples (not with ``shuffle``).
    last_batch : {'keep', 'discard', 'rollover'}, default 'keep'
        What to do with a short last batch (see ``BatchSampler``).
    batch_sampler : Sampler
        Yields lists of indices; replaces batch_size, shuffle, sampler and last_batch.
    batchify_fn : callable
        Makes a batch from a list of samples (default: ``default_batchify_fn``).
    num_workers : int, default 0
        Worker processes preparing batches (0: this process).
    pin_memory, pin_device_id :
        Batches are put on ``cpu_pinned(pin_device_id)``; host memory is never pinned here.
    prefetch : int, default 2 * num_workers
        Batches requested ahead of the one being consumed.
    thread_pool : bool, default False
        Use ``num_workers`` threads instead of processes.
    timeout : float, default 120
        Seconds to wait for one batch from a worker before raising.
    auto_reload : bool, default False
        Start fetching the next epoch as soon as one ends.
    """

    def __init__(self, dataset, batch_size=None, shuffle=False, sampler=None, last_batch=None,
                 batch_sampler=None, batchify_fn=None, num_workers=0, pin_memory=False, pin_device_id=0,
                 prefetch=None, thread_pool=False, timeout=120, auto_reload=False):
        if not timeout > 0:
            raise AssertError(f"timeout must be positive, given {timeout}")
        self._dataset = dataset
        self._batch_sampler = _make_batch_sampler(dataset, batch_size, shuffle, sampler, last_batch,
                                                  batch_sampler)
        self._pin_memory, self._pin_device_id = pin_memory, pin_device_id
        self._thread_pool = thread_pool
        self._num_workers = num_workers if num_workers >= 0 else 0
        self._prefetch = max(0, int(prefetch) if prefetch is not None else 2 * self._num_workers)
        self._timeout = timeout
        waitall()       # as MXNet's: a failure still pending in the engine is raised here, by any new loader
        if batchify_fn is None:
            batchify_fn = default_mp_batchify_fn if self._num_workers else default_batchify_fn
        self._batchify_fn = batchify_fn
        self._worker_pool = None
        if self._num_workers:
            _check_pool_size(self._num_workers)
        if self._num_workers and thread_pool:
            # the threads work under this thread's NumPy-mode switches, as MXNet's thread pool does
            self._worker_pool = concurrent.futures.ThreadPoolExecutor(
                self._num_workers, "DataLoader", _set_np_modes, (is_np_shape(), is_np_array()))
        elif self._num_workers:
            self._worker_pool = WorkerPool(dataset, batchify_fn, self._num_workers, timeout)
        self.auto_reload = auto_reload
        self._iter = None
        if auto_reload:
            self.refresh()

    def __iter__(self):
        if self._iter is None:
            self.refresh()
        it, self._iter = self._iter, None
        try:
            yield from it
        finally:
            it.close()
        if self._iter is None and self.auto_reload:
            self.refresh()

    def __len__(self):
        return len(self._batch_sampler)

    def refresh(self):
        """Start the next epoch's iterator (and its prefetching) now."""
        pin_ctx = cpu_pinned(self._pin_device_id) if self._pin_memory else None
        if isinstance(self._worker_pool, WorkerPool):
            self._iter = _ProcessIter(self._worker_pool, self._batch_sampler, self._prefetch, pin_ctx,
                                      self._batchify_fn)
        elif self._worker_pool is not None:
            fetch = _Fetch(self._dataset, self._batchify_fn)
            self._iter = _ThreadIter(self._worker_pool, fetch, self._batch_sampler, self._prefetch, self._timeout,
                                     pin_ctx)
        else:
            self._iter = _SerialIter(_Fetch(self._dataset, self._batchify_fn), self._batch_sampler, pin_ctx)

    def clean(self):
        """Drop a prefetched iterator; the next ``iter()`` starts afresh."""
        if self._iter is not None:
            self._iter.close()
        self._iter = None

    def __del__(self):
        if "_worker_pool" not in vars(self):
            # refused before its pool was set: MXNet's __del__ then reads the missing attribute (a message
            # Python prints as "Exception ignored in ...")
            raise AttributeError(f"'{type(self).__name__}' object has no attribute '_worker_pool'")
        pool = self._worker_pool
        if isinstance(pool, WorkerPool):
            pool.close()
        elif pool is not None:      # (no join: the collector may run this inside a thread holding threading's
            pool.shutdown(wait=False, cancel_futures=True)      # shutdown lock, which a join takes)


class _V1Loader(DataLoader):
    """The loader a DataLoaderV1 runs: MXNet's earlier loader reports a refused construction by no __del__."""

    def __del__(self):
        if "_worker_pool" in vars(self):
            super().__del__()


class DataLoaderV1:
    """MXNet's earlier DataLoader: workers are threads here, and batches come back on the CPU (not shared memory).
    As MXNet's, it is no DataLoader (an Estimator refuses it) and has no clean/refresh."""

    def __init__(self, dataset, batch_size=None, shuffle=False, sampler=None, last_batch=None, batch_sampler=None,
                 batchify_fn=None, num_workers=0, pin_memory=False, pin_device_id=0):
        self._loader = _V1Loader(dataset, batch_size, shuffle, sampler, last_batch, batch_sampler,
                                  batchify_fn or default_batchify_fn, num_workers, pin_memory, pin_device_id,
                                  thread_pool=True)

    def __iter__(self):
        return iter(self._loader)

    def __len__(self):
        return len(self._loader)


def _make_batch_sampler(dataset, batch_size, shuffle, sampler, last_batch, batch_sampler):
    if batch_sampler is not None:
        if batch_size is not None or shuffle or sampler is not None or last_batch is not None:
            raise ValueError("batch_size, shuffle, sampler and last_batch must not be specified if "
                             "batch_sampler is specified.")
        return batch_sampler
    if batch_size is None:
        raise ValueError("batch_size must be specified unless batch_sampler is specified")
    if sampler is None:
        sampler = _sampler.RandomSampler(len(dataset)) if shuffle else _sampler.SequentialSampler(len(dataset))
    elif shuffle:
        raise ValueError("shuffle must not be specified if sampler is specified")
    return _sampler.BatchSampler(sampler, batch_size, last_batch if last_batch else "keep")


class _Fetch:
    """``batchify_fn`` over the samples at a list of indices."""

    def __init__(self, dataset, batchify_fn):
        self.dataset, self.batchify_fn = dataset, batchify_fn

    def __call__(self, indices):
        return self.batchify_fn([self.dataset[i] for i in indices])


class _SerialIter:
    """Batches made in this process, one at a time."""

    def __init__(self, fetch, batch_sampler, pin_ctx):
        self._fetch, self._batches, self._pin_ctx = fetch, iter(batch_sampler), pin_ctx

    def __iter__(self):
        return self

    def __next__(self):
        indices = next(self._batches)
        try:
            batch = self._fetch(indices)
        except StopIteration as e:      # MXNet's loop is a generator: a StopIteration of the dataset escapes so
            raise RuntimeError("generator raised StopIteration") from e
        return batch if self._pin_ctx is None else _as_in_context(batch, self._pin_ctx)

    def close(self):
        """Nothing is in flight."""


class _ProcessIter:
    """Batches from a WorkerPool, in order, with ``prefetch`` requests kept ahead."""

    def __init__(self, pool, batch_sampler, prefetch, pin_ctx, batchify_fn):
        self._pool, self._batches, self._pin_ctx = pool, iter(batch_sampler), pin_ctx
        self._unchecked_fn = batchify_fn
        self._keys = collections.deque()
        for _ in range(prefetch):
            self._push()

    def _push(self):
        indices = next(self._batches, None)
        if indices is not None:
            self._keys.append(self._pool.submit(indices))

    def __iter__(self):
        return self

    def __next__(self):
        self._push()
        if not self._keys:
            raise StopIteration
        try:
            if self._unchecked_fn is not None:
                # MXNet's pool pickles batchify_fn with each task: a lambda or local function fails there as here
                pickle.dumps(self._unchecked_fn)
                self._unchecked_fn = None
            batch = self._pool.result(self._keys.popleft())
        except multiprocessing.TimeoutError:
            raise _timed_out(self._pool.timeout, processes=True) from None
        except Exception:
            self._pool.terminate()      # as MXNet's pool after a failed batch: the loader takes no more work
            raise
        return batch if self._pin_ctx is None else _as_in_context(batch, self._pin_ctx)

    def close(self):
        """Collect and drop the batches still in flight (an epoch left early)."""
        keys, self._keys = list(getattr(self, "_keys", ())), collections.deque()
        if keys:
            self._pool.discard(keys)

    __del__ = close


def _timed_out(timeout, processes):
    """MXNet's reaction to a late batch: it prints the likely causes and raises multiprocessing's TimeoutError."""
    causes = "\n            - Slow transform. Please increase timeout to allow slower data loading in each worker.\n"
    if processes:
        causes += ("            - Insufficient shared_memory if `timeout` is large enough.\n"
                   "            Please consider reduce `num_workers` or increase shared_memory in system.\n")
    print(f"Worker timed out after {timeout} seconds. This might be caused by \n\n{causes[1:]}            ")
    return multiprocessing.TimeoutError()


class _ThreadIter:
    """Batches from a thread pool, in order, with ``prefetch`` requests kept ahead."""

    def __init__(self, pool, fetch, batch_sampler, prefetch, timeout, pin_ctx):
        self._pool, self._fetch, self._batches = pool, fetch, iter(batch_sampler)
        self._timeout, self._pin_ctx = timeout, pin_ctx
        self._futures = collections.deque()
        for _ in range(prefetch):
            self._push()

    def _push(self):
        indices = next(self._batches, None)
        if indices is not None:
            try:
                self._futures.append(self._pool.submit(self._fetch, indices))
            except RuntimeError:        # shut down after a failed batch
                raise ValueError("Pool not running") from None

    def __iter__(self):
        return self

    def __next__(self):
        self._push()
        if not self._futures:
            raise StopIteration
        try:
            batch = self._futures.popleft().result(self._timeout)
        except concurrent.futures.TimeoutError:
            raise _timed_out(self._timeout, processes=False) from None
        except Exception:
            self._pool.shutdown(wait=False, cancel_futures=True)    # as MXNet's pool after a failed batch
            raise
        return batch if self._pin_ctx is None else _as_in_context(batch, self._pin_ctx)

    def close(self):
        """Cancel the batches not started yet."""
        for future in self._futures:
            future.cancel()
        self._futures.clear()


# ---- the process-pool pieces MXNet's module has besides DataLoader (its loaders here use WorkerPool) ----------
class ConnectionWrapper:
    """A multiprocessing connection whose objects travel pickled by ForkingPickler."""

    def __init__(self, conn):
        self._conn = conn

    def send(self, obj):
        self._conn.send_bytes(ForkingPickler.dumps(obj))

    def recv(self):
        return pickle.loads(self._conn.recv_bytes())

    def __getattr__(self, name):
        return getattr(self._conn, name)


class Queue(multiprocessing.queues.Queue):
    """A multiprocessing queue of the default context."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, ctx=multiprocessing.get_context(), **kwargs)


class SimpleQueue(multiprocessing.queues.SimpleQueue):
    """A multiprocessing simple queue of the default context."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, ctx=multiprocessing.get_context(), **kwargs)


def reduce_ndarray(data):
    """``data`` for pickling across processes: (its rebuilding function, its arguments). distnet shares no memory
    handles: ``fd`` carries the values."""
    return rebuild_ndarray, (os.getpid(), data.asnumpy(), data.shape, data.dtype)


def rebuild_ndarray(pid, fd, shape, dtype):  # noqa: ARG001  (the sender's process id, as MXNet's takes it)
    """The array ``reduce_ndarray`` described, in shared CPU memory."""
    return nd.array(np.asarray(fd, dtype=dtype).reshape(shape), ctx=Context("cpu_shared", 0), dtype=dtype)


def reduce_np_ndarray(data):
    """``reduce_ndarray`` of an mx.np array."""
    return rebuild_np_ndarray, (os.getpid(), data.asnumpy(), data.shape, data.dtype)


def rebuild_np_ndarray(pid, fd, shape, dtype):  # noqa: ARG001
    """The mx.np array ``reduce_np_ndarray`` described, in shared CPU memory."""
    return _mx_np.array(np.asarray(fd, dtype=dtype).reshape(shape), ctx=Context("cpu_shared", 0), dtype=dtype)


def worker_loop_v1(dataset, key_queue, data_queue, batchify_fn):
    """Make the batches asked for on ``key_queue`` ((index, sample indices); None ends) onto ``data_queue``."""
    while True:
        idx, samples = key_queue.get()
        if idx is None:
            break
        data_queue.put((idx, batchify_fn([dataset[i] for i in samples])))


def fetcher_loop_v1(data_queue, data_buffer, pin_memory=False, pin_device_id=0, data_buffer_lock=None):
    """Move the batches on ``data_queue`` ((index, batch); None ends) into ``data_buffer`` by index, in CPU memory
    (pinned with ``pin_memory``)."""
    ctx = cpu_pinned(pin_device_id) if pin_memory else Context("cpu", 0)
    while True:
        idx, batch = data_queue.get()
        if idx is None:
            break
        batch = _as_in_context(batch, ctx)
        if data_buffer_lock is None:
            data_buffer[idx] = batch
        else:
            with data_buffer_lock:
                data_buffer[idx] = batch


_worker_dataset = None      # a pool process's dataset, set by _worker_initializer


def _worker_initializer(dataset, active_shape, active_array):
    """A pool process's start: its dataset and the caller's NumPy modes."""
    global _worker_dataset
    _worker_dataset = dataset
    _set_np_modes(active_shape, active_array)


def _thread_worker_initializer(active_shape, active_array):
    """A pool thread's start: the caller's NumPy modes."""
    _set_np_modes(active_shape, active_array)


def _worker_fn(samples, batchify_fn, dataset=None):  # noqa: ARG001  (MXNet's reads the process's own dataset)
    """The batch of ``samples`` from the process's dataset, pickled for the trip back."""
    return bytes(ForkingPickler.dumps(batchify_fn([_worker_dataset[i] for i in samples])))


def _thread_worker_fn(samples, batchify_fn, dataset):
    """The batch of ``samples`` from ``dataset``."""
    return batchify_fn([dataset[i] for i in samples])


# the names MXNet's module shows, as its own imports
import io  # noqa: E402,F401
import signal  # noqa: E402,F401
import sys  # noqa: E402,F401
import threading  # noqa: E402,F401
from multiprocessing.pool import ThreadPool  # noqa: E402,F401
from multiprocessing.reduction import ForkingPickler  # noqa: E402,F401
from ... import context  # noqa: E402,F401
from ... import numpy as _mx_np  # noqa: E402
from ...util import set_np  # noqa: E402,F401

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError Context NDArray WorkerPool collections concurrent cpu_pinned error_like
    holds_mxnet_array os set_np_shape waitall""".split())
