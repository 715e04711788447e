"""The single-process kvstores ('local', 'device', ...): sum the pushed arrays, update or store, copy out on pull."""
import ctypes

import numpy as np

from ..context import cpu_pinned
from ..ndarray.failures import FailedNDArray, KernelError, carried_error, deliver, with_error
from ..ndarray.ndarray import _wrap, raw_data
from ..ndarray.ops_misc import _C_TYPE_NAMES
from ..base import MXNetError, located
from ..ndarray import sparse
from ..ndarray.sparse_failed import failed
from ..ndarray.storage_report import note_copy_fallback
from .base import STYPE_FLAGS, KVStore, check_copy, check_row_sparse_pull, shape_mismatch

__all__ = ["LocalKVStore"]


class LocalKVStore(KVStore):
    """A kvstore in this process: values live on cpu(0); the caller's arrays are never aliased or modified."""

    def __init__(self, name="local"):
        super().__init__()
        self._type = name
        self._store = {}
        self._merge = {}     # key -> _MergeBuffer: the shape and dtypes MXNet's sum of a pushed list uses
        self._summed = False        # 'device': whether a sum has made the merge buffers (pulls then use them)
        self._is_buffer = set()     # keys whose stored value is their merge buffer (a summed push stored it)

    type = property(lambda self: self._type, doc="The name the store was created with ('local', 'device', ...).")
    rank = property(lambda self: 0, doc="Always 0: one process.")
    num_workers = property(lambda self: 1, doc="Always 1: one process.")

    def _has_key(self, key):
        return key in self._store

    def _init_key(self, key, value):
        if self._summed:
            # MXNet's 'device' store drops its merge buffers when a key is added: pulls copy straight into the
            # outputs again, until the next sum makes them anew
            self._summed = False
            for buf in self._merge.values():
                buf.made = False
        self._store[key] = _kept(value)
        self._merge[key] = _MergeBuffer(value.shape, value.dtype)

    def _value(self, key):
        return self._store[key]

    def _reduce_refusal(self, key, pushed):
        """MXNet's reduction fails before the store looks at the key (which it leaves without an entry): the CPU one
        as the base class says; the 'device' one of a compressed push (once some key was initialised) on reading the
        missing buffer's storage, of several arrays for want of the key's merge buffer. The 'device' ones make the
        merge buffers of the keys initialised by then."""
        refused = super()._reduce_refusal(key, pushed)
        if refused is not None:
            return refused
        compressed = self._compression is not None and bool(self._store)
        if "device" not in self._type or (len(pushed) == 1 and not compressed):
            return None
        self._make_merge_buffers()
        if compressed:
            return MXNetError("Check failed: !is_none(): ")
        if _stype(pushed[0]) == "row_sparse":      # the row_sparse sum's own check
            return located(MXNetError("Check failed: !merged.is_none(): "), ("../src/kvstore/././comm.h", 778))
        return MXNetError("Check failed: !merged.is_none(): unintialized merge buffer detected")

    def _missing_push(self, key, count):
        """MXNet's words: the store's check of the missing value's storage fails, after making an empty entry for
        the key."""
        self._reserved.add(key)
        return "Check failed: !is_none(): "

    def _push_key(self, key, values):
        problem = None
        if len(values) > 1 and self._compression is None:
            self._check_copy_storage(key, _stype(values[0]))
        if len(values) > 1 and _stype(values[0]) == "row_sparse":
            # MXNet sums a list in the storage of its first array: the others are copied into row_sparse buffers
            values = [v if _stype(v) == "row_sparse" else _as_rows(v) for v in values]
        if self._compression is not None:
            self._make_merge_buffers()      # MXNet's compressed push goes through them, even for one array
            # 2-bit compression runs on float32 only: it quantizes each pushed array, then fills the key's buffer
            wrong = [self._merge[key].dtype] + [np.dtype(v.dtype) for v in values]     # the residual (key dtype) first
            wrong = [dtype for dtype in wrong if dtype != np.float32]
            problem = _dtype_mismatch(wrong[0], np.float32) if wrong else None
        elif len(values) > 1 and not all(_stype(v) == "row_sparse" for v in values):
            problem = self._sum_problem(key, values)
        if problem is not None:
            # a failed compression leaves the buffer unwritten; a failed list sum, its copy of the first array
            dense_first = self._compression is None and _stype(values[0]) == "default"
            first = raw_data(values[0]) if dense_first else None
            merged = self._failed_sum(key, values, problem, first)
        else:
            if self._compression is not None:
                values = self._compression.compress(key, values, self._merge[key].shape)
            merged = self._merged(key, values)
            merged = self._into_buffer(key, values, merged)
        if self._merge[key].made and (len(values) > 1 or self._compression is not None):
            # the sum went through the key's merge buffer: a failed one keeps the error for the next pull
            self._merge[key].failure = carried_error([merged])
        if self._has_updater:
            self._update(key, merged)
        elif _stype(merged) == _stype(self._store[key]):
            self._store[key] = merged      # MXNet's store takes the merged array itself (for one push: the caller's)
            self._is_buffer.discard(key)
            if self._buffered(values, merged):
                self._is_buffer.add(key)
        else:                        # as MXNet: the stored value takes the storage of what was pushed
            self._store[key] = _kept(merged)
            self._is_buffer.discard(key)

    def _check_copy_storage(self, key, stype):
        """MXNet makes a key's copy buffers at its first summed push, in the storage of that push's first array
        ('device': a later dense sum keeps its own buffers); a sum whose first array has another storage is refused."""
        buf = self._merge[key]
        if buf.copy_stype is None:
            buf.copy_stype = stype
            return
        check_copy_storage(stype, buf.copy_stype, "device" in self._type)

    def _buffered(self, values, merged):
        """Whether MXNet's reduction of ``values`` wrote ``merged`` into the key's merge buffer: a dense sum of
        several arrays, or any compressed push."""
        several = len(values) > 1 or self._compression is not None
        return several and _stype(merged) == "default" and carried_error([merged]) is None

    def _into_buffer(self, key, values, merged):
        """``merged``, or the stored value holding it when that value is the key's merge buffer.

        As MXNet: once a push without an updater has stored the merge buffer itself, the next sum through that
        buffer overwrites the stored value, and an updater then gets one array as both gradient and weight.
        """
        if key not in self._is_buffer or not self._buffered(values, merged):
            return merged
        stored = self._store[key]
        np.copyto(stored._data, merged.asnumpy(), casting="unsafe")
        return stored

    def _update(self, key, merged):
        """Call the updater; a failed sum reaches the weight only through what the updater writes with it, as MXNet's
        engine carries it."""
        stored = self._store[key]
        # a failure reaches the weight only through the arrays themselves: then they are passed as they are
        wrap = _handle if carried_error([merged, stored]) is None else _legacy
        grad, weight = wrap(merged), wrap(stored)
        _updater_wrapper(self._updater, self._updater_key(key), grad, weight)
        if weight is not stored:        # what the updater's ops did to the handle's array is the stored value's
            failure = carried_error([weight])
            if failure is not None:
                with_error(stored, failure)
            elif weight._data is not stored._data:
                np.copyto(stored._data, weight._data, casting="unsafe")

    def _merged(self, key, values):
        """What MXNet's reduction of the pushed ``values`` gives the updater or the store."""
        row_sparse = all(_stype(v) == "row_sparse" for v in values)
        # a lone pushed array is the merged value itself, neither copied nor checked; but 'local' copies a lone
        # row_sparse array into its merge buffer (the key's dtype, pinned memory), as it does with a sum, and a
        # compressed push is dequantized into the key's merge buffer
        compressed = self._compression is not None and not row_sparse
        if len(values) == 1 and not (row_sparse and "device" not in self._type) and not compressed:
            return values[0]
        if row_sparse:
            self._make_merge_buffers()      # a 'device' sum of any kind makes them, before copying into them
            self._check_row_sparse_push(key, values)
            dtype = self._merge[key].dtype
            carried = carried_error(values)
            if carried is not None:       # the sum is skipped after a failed input and carries its error
                empty = sparse.zeros("row_sparse", self._merge[key].shape, self._merged_context(values), dtype)
                return with_error(empty, carried)
            merged = values[0].astype(dtype)       # row_sparse sums keep the union of the rows
            for value in values[1:]:
                merged = merged + value.astype(dtype)
            merged = _reshaped_rows(merged, self._merge[key].shape)
            return self._merge[key].hold_rows(merged.as_in_context(self._merged_context(values)))
        carried = carried_error(values)
        if carried is not None:       # the sum is skipped after a failed input and carries its error
            buf = self._merge[key]
            return with_error(_wrap(np.zeros(buf.shape, buf.dtype), self._merged_context(values)), carried)
        note_copies(values)        # copied into the dense copy buffers of a sum led by a dense array
        return _wrap(self._merge[key].hold(self._sum(key, values)), self._merged_context(values))

    def _check_row_sparse_push(self, key, values):
        """MXNet's shape checks of row_sparse arrays pushed to ``key``: 'local' copies a lone one into the key's
        merge buffer, 'device' copies each of several into a buffer of the key's shape ('local' sums them unchecked)."""
        shape = self._merge[key].shape
        wrong = [tuple(v.shape) for v in values if tuple(v.shape) != shape]
        if wrong and "device" in self._type:
            raise MXNetError(f"Check failed: source_array.shape() == out->shape() ([{','.join(map(str, wrong[0]))}] vs. "
                             f"[{','.join(map(str, shape))}]) : operands shape mismatch")
        if wrong and len(values) == 1:
            raise MXNetError(shape_mismatch(wrong[0], shape))

    def _failed_sum(self, key, values, message, data=None):
        """A merged array whose first read raises ``message``, as MXNet's failed sum; later reads show ``data`` in
        the key's dtype (MXNet's merge buffer holds the first array it copied in), else zeros (meaningless data in
        MXNet)."""
        buf = self._merge[key]
        with np.errstate(invalid="ignore", over="ignore"):
            held = np.zeros(buf.shape, buf.dtype) if data is None else data.astype(buf.dtype)
        return _fail(_wrap(held, self._merged_context(values)), message)

    def _sum_problem(self, key, values):
        """Why MXNet's sum of this list fails asynchronously, or None; a wrong shape fails at once."""
        buf = self._merge[key]
        self._make_merge_buffers()
        if tuple(values[0].shape) != buf.shape:     # MXNet checks the copies into its merge buffer at once
            raise MXNetError(shape_mismatch(values[0].shape, buf.shape))
        # the first value is copied into the merge buffer (the stored value, if a push stored it) before the copy
        # buffers are made: 'local' types them by that first value at the key's first summed push
        if key in self._is_buffer and carried_error(values[:1]) is None:
            with np.errstate(invalid="ignore", over="ignore"):
                np.copyto(self._store[key]._data, values[0].asnumpy(), casting="unsafe")
        if "device" not in self._type and buf.copy_dtype is None:
            buf.copy_dtype = values[0].dtype
        for value in values[1:]:
            if tuple(value.shape) != buf.shape:
                raise MXNetError(shape_mismatch(value.shape, buf.shape))
        if "device" not in self._type:
            if buf.copy_dtype != buf.dtype:
                return located(KernelError(_dtype_mismatch(buf.copy_dtype, buf.dtype), None), SUM_BLOB_SITE)
        if buf.dtype == np.bool_:
            return "Unknown type enum 7"        # MXNet's sum kernels have no bool case
        return None

    def _sum(self, key, values):
        """The sum of the dense ``values`` in the key's dtype, added in MXNet's order for this store type."""
        with np.errstate(invalid="ignore", over="ignore"):
            arrays = [v.asnumpy().astype(self._merge[key].dtype, copy=False) for v in values]
            if "device" in self._type:              # ElementwiseSum: left to right
                return _add_in_order(arrays)
            # the CPU reduction: first += (next four summed left to right), four at a time
            total = arrays[0].copy()
            for i in range(1, len(arrays), 4):
                total += _add_in_order(arrays[i:i + 4])
            return total

    def _merged_context(self, values):
        """Where MXNet's sum of several pushed values lives (an updater sees it): 'local' sums in its pinned
        buffer, 'device' on the first value's device."""
        return values[0].ctx if "device" in self._type else cpu_pinned(0)

    def _make_merge_buffers(self):
        """MXNet's 'device' store makes the merge buffers at its first sum, for the keys initialised by then."""
        if "device" in self._type and not self._summed:
            self._summed = True
            for buf in self._merge.values():
                buf.made = True

    def _row_sparse_pull_key(self, key, outs, row_ids):
        """Copy the rows ``row_ids[i]`` of the key's row_sparse value into ``outs[i]``: 'local' through a copy (shape
        checked, dtype converted), 'device' straight into the output, whose dtype must then be the key's."""
        stored = self._store[key]
        for out, ids in zip(outs, row_ids):     # the outputs' storage is checked first, as in MXNet
            check_row_sparse_pull(out, ids)
        if _stype(stored) != "row_sparse":
            raise located(MXNetError(f"Check failed: local.storage_type() == kRowSparseStorage "
                                     f"({STYPE_FLAGS[_stype(stored)]} vs. 1) : PullRowSparse expects row_sparse src "
                                     "NDArray"), ("../src/kvstore/./kvstore_local.h", 303))
        failure = carried_error([stored])
        for out, ids in zip(outs, row_ids):
            if failure is not None:     # an update failed to write the value: the copies are skipped
                with_error(out, failure)
                continue
            if "device" not in self._type:
                check_copy(stored.shape, out)
            wanted = np.unique(ids.asnumpy().astype(np.int64))
            # MXNet reads a negative row outside the value (no check): it shows in no dense view
            kept = sparse.retain(stored, _wrap(wanted[wanted >= 0]))
            if "device" not in self._type:
                kept.copyto(out)
            elif np.dtype(out.dtype) != np.dtype(stored.dtype):
                out._set_parts(np.zeros((0,) + out.shape[1:], out.dtype), [np.zeros(0, np.int64)])
                failed(out, _dtype_mismatch(stored.dtype, out.dtype))
            else:       # the output keeps its own shape: the retained rows' values fill its rows in memory order
                out._set_parts(_refit(kept.data.asnumpy(), out.shape[1:]), [kept.indices.asnumpy()])

    def _pull_key(self, key, outs):
        stored = self._store[key]
        if isinstance(stored, FailedNDArray):       # the outputs carry its error (raised once, by the first read)
            for out in outs:
                check_copy(stored.shape, out)
                stored.copyto(out)
            return
        failure = carried_error([stored])
        if failure is not None:     # a sparse value an update failed to write: the copies are skipped, as in MXNet
            for out in outs:
                check_copy(stored.shape, out)
                with_error(out, failure)
            return
        buf = self._merge[key]
        if buf.made and _stype(stored) == "csr":
            # MXNet's 'device' store then copies through a merge buffer of the value's kind: there is none for csr
            raise MXNetError(f"Check failed: stype == kRowSparseStorage: unexpected storage type {STYPE_FLAGS['csr']}")
        value = stored.asnumpy() if _stype(stored) == "default" else None
        if buf.made and value is not None:
            # MXNet's 'device' store then copies the value into the key's merge buffer first
            check_copy(stored.shape, buf)
            with np.errstate(invalid="ignore", over="ignore"):
                value = value.astype(buf.dtype, copy=False)
        failure = buf.failure if buf.made else None
        if failure is not None and failure.live:
            # the copy through a failed merge buffer is skipped: the outputs keep their data and take its error
            for out in outs:
                check_copy(stored.shape, out)
                with_error(out, failure)
            return
        if buf.made:
            value = buf.relay(stored, value)
        relay = "device" in self._type and not buf.made
        if relay:
            # before its merge buffers exist, MXNet's 'device' store copies into the output at key % len(outs)
            # first and from that output into the others (so a narrower dtype there rounds what they get); a
            # negative key counts as its unsigned 64-bit value there
            first = self._key_rank(key) % 2 ** 64 % len(outs)
            outs = [outs[first]] + outs[:first] + outs[first + 1:]
        source = value if value is not None else stored
        for out in outs:
            check_copy(stored.shape, out)
            # a refused copy into the first output leaves it as it was: the others get that
            before = out.copy() if relay and _stype(out) != "default" else None
            refused = _copy_into(source, out, buf.made)
            if relay:
                source = before if refused else out._data if _stype(out) == "default" else out
                relay = False


def _copy_into(source, out, buffered=False):
    """Copy ``source`` (dense values as a numpy array, or a sparse array) into ``out`` as MXNet's copy does, and
    say whether it was refused: a sparse array copies into a dense one or one of its own kind, and the 'device'
    merge buffer (``buffered``) between a dense and a sparse array only when they have one dtype. A refusal is
    raised by the output's first read."""
    if isinstance(source, np.ndarray) and _stype(out) == "default":
        with np.errstate(invalid="ignore", over="ignore"):
            np.copyto(out._data, source, casting="unsafe")
        return False
    source = _wrap(source) if isinstance(source, np.ndarray) else source
    kinds = _stype(source), _stype(out)
    refusal = None
    if "default" not in kinds and kinds[0] != kinds[1]:
        refusal = ("Check failed: from_stype == kDefaultStorage || to_stype == kDefaultStorage || from_stype == "
                   f"to_stype: Copying ndarray of stype = {STYPE_FLAGS[kinds[0]]} to stype = {STYPE_FLAGS[kinds[1]]} "
                   "is not supported")
    elif buffered and source.dtype != out.dtype and "default" in kinds:    # (the sparse side's dtype expected)
        refusal = _dtype_mismatch(*((out.dtype, source.dtype) if kinds[1] != "default" else
                                    (source.dtype, out.dtype)))
    if refusal is not None:
        failed(out, refusal)
    elif kinds[1] == "default":
        note_copy_fallback(source, out)
        with np.errstate(invalid="ignore", over="ignore"):
            np.copyto(out._data, source.asnumpy(), casting="unsafe")
    else:
        source.astype(out.dtype).copyto(out)
    return refusal is not None


class _MergeBuffer:
    """What MXNet fixes per key for summing pushed lists: the init shape and dtype, and the dtype and storage of its
    copy buffers ('local': the first value's dtype at the first list push)."""

    def __init__(self, shape, dtype):
        self.shape, self.dtype, self.copy_dtype, self.copy_stype = tuple(shape), np.dtype(dtype), None, None
        self.made = False       # 'device': whether MXNet has allocated it (then pulls copy through it)
        self.failure = None     # the error of a failed sum written into it, raised by the first read of a pull
        self.data = None        # the memory every dense sum of a pushed list is written into
        self.rows = None        # the array every row_sparse sum of a pushed list is written into

    def hold(self, total):
        """``total`` written into the key's one sum buffer: MXNet reuses it for every push, so an updater that
        keeps the gradient it was given (LBSGD's first one of a large batch) reads the next sum there."""
        if self.data is None:
            self.data = total
        else:
            np.copyto(self.data, total)
        return self.data

    def relay(self, stored, value):
        """What a 'device' pull copies out once the merge buffers exist: MXNet copies the stored value into the key's
        merge buffer first, so a sum buffer an updater kept shows each pulled value. ``value`` is the dense value in
        the key's dtype (None for a sparse one)."""
        if value is not None and self.data is not None:
            np.copyto(self.data, value)
            return self.data
        if value is None and self.rows is not None and _stype(stored) == "row_sparse":
            self.rows._set_parts(stored.data.asnumpy().astype(self.rows.dtype), [stored.indices.asnumpy()])
        return value

    def hold_rows(self, total):
        """The row_sparse ``total`` written into the key's one row_sparse sum array, reused by every push too."""
        if self.rows is None:
            self.rows = total
        else:
            self.rows._set_parts(total.data.asnumpy(), [total.indices.asnumpy()])
        return self.rows


def _reshaped_rows(merged, shape):
    """The row_sparse sum ``merged`` in the key's ``shape``, as MXNet's sum into the key's merge buffer leaves it: its
    rows inside that shape, when their size is the key's row size (else ``merged`` unchanged)."""
    row_shape = tuple(shape[1:])
    if tuple(merged.shape) == tuple(shape) or \
            int(np.prod(merged.shape[1:], dtype=np.int64)) != int(np.prod(row_shape, dtype=np.int64)):
        return merged
    rows, ids = merged.data.asnumpy(), merged.indices.asnumpy()
    inside = ids < shape[0]
    return sparse.row_sparse_array((rows[inside].reshape((-1,) + row_shape), ids[inside]), shape=shape,
                                   ctx=merged.ctx, dtype=merged.dtype)


def _refit(rows, row_shape):
    """``rows`` (n stored rows) read as n rows of ``row_shape``, as MXNet's retain into an output of another row
    shape reads the values' memory; what lies past them (unspecified memory in MXNet) is zero."""
    flat = rows.ravel()
    size = rows.shape[0] * int(np.prod(row_shape, dtype=np.int64))
    data = np.zeros(size, rows.dtype)
    data[:min(size, flat.size)] = flat[:size]
    return data.reshape((rows.shape[0],) + tuple(row_shape))


# where MXNet's CPU sum of a pushed list reads a copy buffer of another dtype than the key's merge buffer
SUM_BLOB_SITE = ("../include/mxnet/././tensor_blob.h", 214)


def _dtype_mismatch(expected, given):
    """MXNet's words when a kernel written for dtype ``expected`` reads an array of dtype ``given``."""
    def name(dtype):
        return _C_TYPE_NAMES.get(np.dtype(dtype).name, "float")
    return ("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: TBlob.get_with_shape: data type do not "
            f"match specified type.Expected: {name(expected)} v.s. given {name(given)}")


def check_copy_storage(stype, held, device):
    """MXNet's check of a summed list led by an array of storage ``stype`` against the storage ``held`` of the key's
    copy buffers: 'local' (and a CPU dist worker) refuses any other, 'device' only row_sparse over dense."""
    if device:
        refused, check, line = stype == "row_sparse" and held == "default", "src[0].storage_type()", 489
    else:
        refused, check = stype != held, "stype"
        line = 182 if stype == "row_sparse" else 154        # (the row_sparse sum's own copy of the check)
    if refused:
        raise located(MXNetError(f"Check failed: {check} == buf.copy_buf[0].storage_type(): Storage type mismatch "
                                 f"detected. {STYPE_FLAGS[stype]}(src) vs. {STYPE_FLAGS[held]}(buf.copy_buf)"),
                      ("../src/kvstore/././comm.h", line))


def note_copies(values):
    """Log MXNet's storage fallback for each of ``values`` after the first that a sum copies into a buffer of the
    first's other storage."""
    for value in values[1:]:
        if _stype(value) != _stype(values[0]):
            note_copy_fallback(value, values[0])


def _as_rows(array):
    """A row_sparse copy of the dense ``array``, noted as MXNet's copy across storage types is."""
    rows = array.tostype("row_sparse")
    note_copy_fallback(array, rows)
    return rows


def _fail(array, message):
    """``array``, made to raise ``message`` (words, or the KernelError) at its first read, as an array an asynchronous
    MXNet op failed to write."""
    deliver(message if isinstance(message, KernelError) else KernelError(message, None), array, None)
    return array


def _add_in_order(arrays):
    total = arrays[0].copy()
    for a in arrays[1:]:
        total += a
    return total


def _legacy(array):
    """``array`` itself, as a legacy NDArray view when it is an ``mx.np`` array (an updater gets NDArrays)."""
    return array.as_nd_ndarray() if _stype(array) == "default" else array


def _handle(array):
    """A new legacy NDArray on ``array``'s memory, as MXNet's callback wraps each handle it passes an updater (so
    neither is the caller's array, nor the object of an earlier call); a sparse array is passed as it is."""
    return _wrap(array._data, array.ctx) if _stype(array) == "default" else array


_C_CALLBACK = ctypes.CFUNCTYPE(None)


def _updater_wrapper(updater, key, lhs, rhs):
    """Call ``updater`` as MXNet's C++ store calls the Python updater back: through a C callback, whose error Python
    prints ("Exception ignored on calling ctypes callback function", with the traceback) while the push goes on."""
    def updater_handle():
        updater(key, lhs, rhs)
    _C_CALLBACK(updater_handle)()


# MXNet's stores of every type are instances of one class named KVStore; type(kv).__name__ says the same here
LocalKVStore.__name__ = LocalKVStore.__qualname__ = "KVStore"
LocalKVStore.__module__ = "distnet.kvstore.kvstore"      # type(kv) prints as MXNet's mxnet.kvstore.kvstore.KVStore


def _kept(value):
    """The store's own copy of ``value``: a legacy NDArray (an updater receives it as such, also for
    ``mx.np`` pushes) in pinned CPU memory, as MXNet keeps it."""
    if _stype(value) == "default" and not (value.ndim and value.size):
        # MXNet's store copies with its engine, not with the operator whose legacy shape inference refuses these
        return _wrap(value.asnumpy().copy(), cpu_pinned(0))
    copy = value.copyto(cpu_pinned(0))
    return copy.as_nd_ndarray() if _stype(copy) == "default" else copy


def _stype(array):
    return getattr(array, "stype", "default")
