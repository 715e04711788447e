"""MXNet's NDArray list file format (``nd.save``/``nd.load``, Gluon ``.params``) on numpy arrays.

Layout, all little-endian: a ``uint64`` list magic ``0x112`` and a reserved ``uint64``; the
arrays as a ``uint64`` count and one record each; the names as a ``uint64`` count and one
``uint64`` length plus UTF-8 bytes each (no names: a list, else a dict). An array record is
a ``uint32`` version magic, an ``int32`` storage type (0 = dense), the shape (``int32`` ndim,
``int64`` dims), the context (``int32`` device type, ``int32`` device id), an ``int32`` type
flag and the raw elements. Records of MXNet 0.x (V1 and the unversioned one) load too.

A sparse record (storage type 1 = row_sparse, 2 = csr) puts the storage shape (the shape of the
stored values) before the shape, and after the type flag one (``int32`` type flag, shape) pair
per index array (row_sparse: row indices; csr: row pointers, then column indices), followed by
the values and the index arrays' raw elements. Such records travel as ``SparseRecord``.
"""
import collections
import ctypes
import functools
import io
import os
import struct

import numpy as np

from ..base import MXNetError, local_file, open_failure, negative_size_text

LIST_MAGIC = 0x112
V1_MAGIC = 0xF993FAC8     # int64 dims, no storage type
V2_MAGIC = 0xF993FAC9     # MXNet 1.x default: ndim 0 means "shape unknown"
V3_MAGIC = 0xF993FACA     # numpy shape semantics: ndim 0 is a scalar, -1 unknown
CPU_DEVICE = 1
CPU0_DEVICE = (CPU_DEVICE, 0)
# What MXNet 1.9.1's build allocates before reading a count's items: sizeof(NDArray), sizeof(std::string) (libstdc++'s
# reference-counted one) and that library's longest string; a vector holds at most SIZE_MAX / sizeof(item) items.
_NDARRAY_BYTES, _STRING_BYTES, _STRING_MAX = 224, 8, (1 << 62) - 7
_SIZE_MAX = (1 << 64) - 1

# MXNet's type flags; 8..11 exist in the C++ library but not in MXNet 1.x's Python API.
FLAG_TO_DTYPE = {
    0: np.float32, 1: np.float64, 2: np.float16, 3: np.uint8, 4: np.int32, 5: np.int8,
    6: np.int64, 7: np.bool_, 8: np.int16, 9: np.uint16, 10: np.uint32, 11: np.uint64,
}
DTYPE_TO_FLAG = {np.dtype(t): f for f, t in FLAG_TO_DTYPE.items() if f <= 7}
_BFLOAT16 = 12
BFLOAT16 = np.dtype([("bfloat16", np.uint16)])      # MXNet's stand-in for the type numpy lacks
_DENSE_FLAGS = {**DTYPE_TO_FLAG, BFLOAT16: _BFLOAT16}      # (a dense array may hold bfloat16 values)
_ROW_SPARSE, _CSR = 1, 2        # MXNet's storage type codes
STYPE_CODES = {"row_sparse": _ROW_SPARSE, "csr": _CSR}

SparseRecord = collections.namedtuple("SparseRecord", ["stype", "shape", "values", "aux"])
SparseRecord.__doc__ = ("A sparse array in file form: stype 'csr' or 'row_sparse', its shape, the stored values and "
                        "the index arrays in MXNet's order (csr: indptr, indices; row_sparse: row indices).")


# ---- writing -------------------------------------------------------------------------

def save_arrays(fname, data, np_shape=False, devices=None):
    """Write a list of numpy arrays, or a dict str -> numpy array, to ``fname`` in MXNet's format
    (``np_shape``: as MXNet writes under NumPy shape semantics, which ``npx.save`` does; ``devices``: each
    array's (device type, device id), else cpu(0))."""
    try:
        f = open(local_file(fname), "wb")
    except OSError as e:
        raise open_failure(fname, e) from None
    with f:
        _write(f, data, np_shape, devices)


def save_arrays_to_buffer(data, np_shape=False):
    """The bytes ``save_arrays`` would write."""
    buf = io.BytesIO()
    _write(buf, data, np_shape)
    return buf.getvalue()


def _split_names(data):
    if isinstance(data, np.ndarray):
        return [], [data]
    if isinstance(data, dict):
        bad = [k for k in data if not isinstance(k, str)]
        if bad:
            raise TypeError(f"save: dict keys must be str, got {bad[0]!r}; "
                            "save only accepts dict str->NDArray or list of NDArray")
        return list(data), list(data.values())
    if isinstance(data, (list, tuple)):
        return [], list(data)
    raise TypeError(f"save only accepts dict str->NDArray or list of NDArray, got {type(data).__name__}")


def _write(f, data, np_shape=False, devices=None):
    names, arrays = _split_names(data)
    arrays = [_checked(a, i) for i, a in enumerate(arrays)]
    # (as MXNet, a 0-d array outside numpy shape semantics is written in a V2 record, which reads it as unknown)
    magic = V3_MAGIC if np_shape else V2_MAGIC
    f.write(struct.pack("<QQQ", LIST_MAGIC, 0, len(arrays)))
    for a, device in zip(arrays, devices or [CPU0_DEVICE] * len(arrays)):
        _write_record(f, a, magic, device)
    f.write(struct.pack("<Q", len(names)))
    for name in names:
        raw = name.encode("utf-8")
        f.write(struct.pack("<Q", len(raw)))
        f.write(raw)


def _write_record(f, a, magic, device=None):
    """One array's record (a numpy array or a SparseRecord) on ``device``, (device type, id)."""
    if isinstance(a, SparseRecord):
        _write_sparse(f, a, magic, device or CPU0_DEVICE)
        return
    f.write(struct.pack(f"<Iii{a.ndim}q", magic, 0, a.ndim, *a.shape))
    f.write(struct.pack("<iii", *(device or CPU0_DEVICE), _DENSE_FLAGS[a.dtype]))
    if a.size:
        f.write(memoryview(np.ascontiguousarray(a, a.dtype.newbyteorder("<"))).cast("B"))


def record_bytes(a, np_shape=False, device=None):
    """One array's record alone: MXNet's raw bytes of an NDArray (what it pickles)."""
    buf = io.BytesIO()
    _write_record(buf, _checked(a, 0), V3_MAGIC if np_shape else V2_MAGIC, device)
    return buf.getvalue()


def read_record_bytes(raw):
    """The array (numpy, or a SparseRecord) of ``record_bytes``; read under either shape semantics; None for a
    legacy 0-d array, whose shape MXNet reads as unknown. As MXNet, the bytes are taken through a ctypes view of a
    writable buffer (a pickled bytearray): a ``bytes`` object or a non-buffer fails with ctypes' own TypeError, and
    a short buffer with MXNet's memory-stream check."""
    raw = bytes((ctypes.c_char * len(raw)).from_buffer(raw))
    if raw[:12] == struct.pack("<Iii", V2_MAGIC, 0, 0):
        return None
    return _Reader(io.BytesIO(raw), len(raw), "the pickled NDArray", keep_sparse=True,
                   in_memory=True).read_array(0)


def _write_sparse(f, rec, magic, device):
    """One csr or row_sparse record, laid out as MXNet writes it."""
    def shape(dims):
        f.write(struct.pack(f"<i{len(dims)}q", len(dims), *dims))

    f.write(struct.pack("<Ii", magic, STYPE_CODES[rec.stype]))
    shape(rec.values.shape)
    shape(rec.shape)
    f.write(struct.pack("<iii", *device, DTYPE_TO_FLAG[rec.values.dtype]))
    for index in rec.aux:
        f.write(struct.pack("<i", DTYPE_TO_FLAG[index.dtype]))
        shape(index.shape)
    for part in (rec.values,) + tuple(rec.aux):
        if part.size:
            f.write(memoryview(np.ascontiguousarray(part, part.dtype.newbyteorder("<"))).cast("B"))


def _checked(a, index):
    if isinstance(a, SparseRecord):
        parts = (_checked(a.values, index),) + tuple(_checked(x, index) for x in a.aux)
        return SparseRecord(a.stype, tuple(a.shape), parts[0], parts[1:])
    if isinstance(a, np.generic):
        a = np.asarray(a)
    if not isinstance(a, np.ndarray):
        raise TypeError(f"save: item {index} is a {type(a).__name__}, not an array; "
                        "save only accepts dict str->NDArray or list of NDArray")
    if np.dtype(a.dtype).newbyteorder("=") not in _DENSE_FLAGS:
        names = ", ".join(np.dtype(t).name for t in DTYPE_TO_FLAG)
        raise MXNetError(f"save: item {index} has dtype {a.dtype}, which MXNet 1.x files cannot hold "
                         f"(supported: {names}); cast it with astype() first")
    return a.astype(a.dtype.newbyteorder("="), copy=False)


# ---- reading -------------------------------------------------------------------------

def load_arrays(fname, keep_sparse=False):
    """The arrays of an MXNet NDArray file: a list, or a dict when the file names them.

    Sparse records come back dense, or as ``SparseRecord`` with ``keep_sparse``. A record of unknown shape (a 0-d
    array MXNet saved outside NumPy shape semantics) comes back as an empty float32 array, or with ``keep_sparse``
    as None (MXNet's NDArray without storage, which its Python front end refuses).
    """
    try:
        f = open(local_file(fname), "rb")
    except IsADirectoryError:       # MXNet's stream opens a directory and reads nothing from it
        f = io.BytesIO()
    except OSError as e:
        raise open_failure(fname, e) from None
    with f:
        return _Reader(f, len(f.getbuffer()) if isinstance(f, io.BytesIO) else os.fstat(f.fileno()).st_size,
                       fname, keep_sparse).read_file()


def load_arrays_from_buffer(buf, keep_sparse=False):
    """The arrays of an MXNet NDArray file held in memory (``bytes`` or a buffer)."""
    if not isinstance(buf, (bytes, bytearray, memoryview)):
        raise TypeError(f"load_frombuffer: expected bytes, got {type(buf).__name__}")
    buf = memoryview(buf).cast("B")
    return _Reader(io.BytesIO(buf), len(buf), "buffer", keep_sparse, in_memory=True).read_file()


def _check_shape_semantics(magic):
    """MXNet loads an array only under the shape semantics it was saved with (a legacy one also under NumPy
    shape semantics turned on globally)."""
    from ..util import is_np_shape, is_np_shape_global
    if magic == V3_MAGIC and not is_np_shape():
        raise MXNetError("Check failed: Imperative: :Get()->is_np_shape(): ndarray was saved in np shape semantics, "
                         "must be loaded in the same semantics. Please turn on np shape semantics in Python using "
                         "`with np_shape(True)` or decorator `use_np_shape` to scope the code of loading the ndarray.")
    if magic != V3_MAGIC and is_np_shape() and not is_np_shape_global():      # (V2 and every legacy record)
        raise MXNetError("Check failed: Imperative: :Get()->is_np_shape() == GlobalOn || !Imperative::Get()->"
                         "is_np_shape(): ndarray was not saved in np shape semantics, but being loaded in np shape "
                         "semantics. Please turn off np shape semantics in Python using `with np_shape(False)` to "
                         "scope the code of loading the ndarray.")


def _check_rank(ndim):
    if ndim < -1:
        raise MXNetError(f"Check failed: ndim >= -1 ({ndim} vs. -1) : ndim cannot be less than -1, received {ndim}")


def _check_known(shape):
    """MXNet makes the array once its type is read; a dimension of unknown size (-1) is refused then."""
    for d in shape:
        if d < 0:
            raise MXNetError(f"Check failed: dim_size_is_known(*it): Shape dim size cannot be a negative value {d}")


@functools.lru_cache(maxsize=None)
def _memory_bytes():
    """The most one allocation may take under Linux's default overcommit heuristic: physical memory plus swap."""
    swap = 0
    try:
        with open("/proc/meminfo") as f:
            swap = next((int(line.split()[1]) * 1024 for line in f if line.startswith("SwapTotal:")), 0)
    except OSError:
        pass
    return os.sysconf("SC_PHYS_PAGES") * os.sysconf("SC_PAGE_SIZE") + swap


def _check_allocation(count, item_bytes, too_long):
    """MXNet sizes a vector or string to a count read from the file before reading its items: a count past the
    container's largest fails with libstdc++'s length error ``too_long``, one past the machine's memory with
    bad_alloc."""
    if count > (_STRING_MAX if item_bytes == 1 else _SIZE_MAX // item_bytes):
        raise MXNetError(too_long)
    if count * item_bytes > _memory_bytes():
        raise MXNetError("std: :bad_alloc")


def _check_storage(shape, dtype):
    """MXNet's refusal to allocate an array's storage past the machine's memory (its size in bytes a size_t)."""
    if int(np.prod(shape, dtype=object)) * np.dtype(dtype).itemsize % (1 << 64) > _memory_bytes():
        raise MXNetError("Failed to allocate CPU Memory")


def _check_flag(flag):
    """MXNet 1.x reads arrays of its Python API's types only (type flags 0 to 7)."""
    if flag not in FLAG_TO_DTYPE or flag > 7:
        raise MXNetError(f"Unknown type enum {flag}")


class _Reader:
    """Reads one NDArray list file from a binary stream of known size, checking every count."""

    def __init__(self, f, size, where, keep_sparse=False, check_semantics=True, in_memory=False):
        self.f, self.left, self.where, self.keep_sparse = f, size, where, keep_sparse
        self.check_semantics, self.in_memory = check_semantics, in_memory
        self.section = "data"     # the part being read, named as MXNet's read check names it

    def fail(self, why):
        raise MXNetError(f"Invalid NDArray file format: {self.where} is not a valid MXNet NDArray file: {why}. "
                         "Expected a file written by mx.nd.save or save_parameters.")

    def truncated(self):
        """MXNet's check on a read past the end: its memory stream's, else the file reader's for the section."""
        if self.in_memory:
            raise MXNetError("Check failed: curr_ptr_ + size <= buffer_size_: ")
        raise MXNetError(f"Check failed: fi->Read({self.section}): Invalid NDArray file format")

    def take(self, nbytes, what):
        if nbytes > self.left:
            self.truncated()
        self.left -= nbytes
        return self.f.read(nbytes)

    def unpack(self, fmt, what):
        return struct.unpack("<" + fmt, self.take(struct.calcsize("<" + fmt), what))

    def read_file(self):
        self.section = "&header"
        magic, = self.unpack("Q", "the header")
        self.section = "&reserved"
        self.unpack("Q", "the header")
        if magic != LIST_MAGIC:
            raise MXNetError("Check failed: header == kMXAPINDArrayListMagic: Invalid NDArray file format")
        self.section = "data"
        count, = self.unpack("Q", "the array count")
        _check_allocation(count, _NDARRAY_BYTES, "vector: :_M_default_append")
        arrays = [self.read_array(i) for i in range(count)]    # (a count past the data fails at the first short read)
        self.section = "keys"
        count, = self.unpack("Q", "the name count")
        _check_allocation(count, _STRING_BYTES, "vector: :_M_default_append")
        raw_names = [self.read_name(i) for i in range(self.bounded(count, 8))]
        if not raw_names:
            return arrays
        if len(raw_names) != len(arrays):
            raise MXNetError("Check failed: keys->size() == 0 || keys->size() == data->size(): "
                             "Invalid NDArray file format")
        # MXNet hands the names to Python as C strings (each ends at its first NUL), which decodes them strictly
        return dict(zip([raw.split(b"\0", 1)[0].decode("utf-8") for raw in raw_names], arrays))

    def bounded(self, count, min_bytes):
        if count * min_bytes > self.left:
            self.truncated()
        return count

    def read_name(self, i):
        """Name ``i``'s bytes."""
        length, = self.unpack("Q", f"the length of name {i}")
        _check_allocation(length, 1, "basic_string: :resize")
        return self.take(length, f"name {i}")

    def read_array(self, i):
        what = f"array {i}"
        magic, = self.unpack("I", what)
        if self.check_semantics:
            _check_shape_semantics(magic)
        if magic in (V2_MAGIC, V3_MAGIC):
            stype, = self.unpack("i", what)
            if stype in (_ROW_SPARSE, _CSR):
                return self.read_sparse(stype, what)
            if stype != 0:
                raise MXNetError(f"Unknown storage type{stype}")
            ndim, = self.unpack("i", what)
            if ndim == -1 and magic == V3_MAGIC:
                self.fail(f"{what} has no shape (an empty NDArray() handle)")
            if ndim == -1:                  # MXNet's V2 reader gives up on an unknown rank, file or buffer
                raise MXNetError("Check failed: fi->Read(data): Invalid NDArray file format")
            shape = self.dims(ndim, "q", what)
            if ndim == 0 and magic == V2_MAGIC:     # an unknown shape: MXNet reads no more of the record
                return None if self.keep_sparse else np.zeros((0,), np.float32)
        elif magic == V1_MAGIC:     # a rank 0 here and below is a 0-d array: MXNet reads its one element
            ndim, = self.unpack("I", what)
            shape = self.dims(ndim, "q", what)
        else:           # MXNet 0.x: no magic, the first word is ndim (MXNet's C int rank), dims are uint32
            _check_rank(magic - (1 << 32) if magic >= 1 << 31 else magic)
            shape = self.dims(magic, "I", what)     # (a rank of -1 reads 2**32 - 1 dimensions: past the end)
        return self.read_payload(shape, what)

    def read_sparse(self, stype, what):
        """A row_sparse or csr record (storage shape, shape, context, type, aux types and shapes, data,
        aux data), as a SparseRecord or its dense numpy array."""
        self.dims(self.unpack("i", what)[0], "q", what)          # storage shape, recomputed below
        shape = self.dims(self.unpack("i", what)[0], "q", what)
        _dev_type, _dev_id, flag = self.unpack("iii", f"the context and type of {what}")
        _check_flag(flag)
        _check_known(shape)
        aux_specs = []
        for _ in range(1 if stype == _ROW_SPARSE else 2):
            aux_flag, = self.unpack("i", what)
            _check_flag(aux_flag)
            aux_specs.append((aux_flag, self.dims(self.unpack("i", what)[0], "q", what)))
        for f, s in aux_specs:      # MXNet allocates the index arrays as the record describes them
            if len(s) != 1:
                raise MXNetError(f"Check failed: shape.ndim() == 1 ({len(s)} vs. 1) : shape must be 1D in "
                                 "CheckAndAllocAuxData")
            _check_storage(s, FLAG_TO_DTYPE[f])
        # the stored values follow the index arrays' lengths (MXNet may write a stale row_sparse storage shape)
        rows = aux_specs[0][1][:1] if stype == _ROW_SPARSE else aux_specs[1][1][:1]
        storage = tuple(rows) + (tuple(shape[1:]) if stype == _ROW_SPARSE else ())
        values = self.read_raw(FLAG_TO_DTYPE[flag], storage, what)
        aux = [self.read_raw(FLAG_TO_DTYPE[f], s, what).astype(np.int64) for f, s in aux_specs]
        self.check_sparse(stype, shape, values, aux, what)
        if self.keep_sparse:
            return SparseRecord("csr" if stype == _CSR else "row_sparse", tuple(shape), values, tuple(aux))
        dense = np.zeros(shape, values.dtype)
        if stype == _ROW_SPARSE:
            dense[aux[0]] = values
        else:
            indptr, indices = aux
            dense[np.repeat(np.arange(shape[0]), np.diff(indptr)), indices] = values
        return dense

    def check_sparse(self, stype, shape, values, aux, what):
        """Refuse index arrays that do not describe a valid array of ``shape``."""
        if stype == _ROW_SPARSE:
            rows, = aux
            if len(shape) < 1 or rows.ndim != 1 or (rows.size and (rows.min() < 0 or rows.max() >= shape[0])):
                self.fail(f"the row indices of row_sparse {what} do not fit its shape {shape}")
            return
        indptr, indices = aux
        if (len(shape) != 2 or indptr.shape != (shape[0] + 1,) or indptr[0] != 0 or indptr[-1] != values.size
                or np.any(np.diff(indptr) < 0) or indices.shape != values.shape
                or (indices.size and (indices.min() < 0 or indices.max() >= shape[1]))):
            self.fail(f"the index arrays of csr {what} do not fit its shape {shape} and {values.size} values")

    def read_raw(self, dtype, shape, what):
        dtype = np.dtype(dtype).newbyteorder("<")
        nbytes = int(np.prod(shape, dtype=object)) * dtype.itemsize
        raw = self.take(nbytes, f"the data of {what}")
        return np.frombuffer(raw, dtype).reshape(shape).astype(dtype.newbyteorder("="))

    def dims(self, ndim, code, what):
        """A shape: its dimensions as read (-1, unknown, is refused once the array's type is read)."""
        _check_rank(ndim)
        if ndim < 0:
            self.fail(f"{what} has no shape")
        self.bounded(ndim, struct.calcsize(code))
        shape = self.unpack(f"{ndim}{code}", f"the shape of {what}")
        for d in shape:
            if d < -1:
                raise MXNetError(negative_size_text(d))
        return shape

    def read_payload(self, shape, what):
        _dev_type, _dev_id, flag = self.unpack("iii", f"the context and type of {what}")
        if flag != _BFLOAT16:
            _check_flag(flag)
        _check_known(shape)
        dtype = BFLOAT16 if flag == _BFLOAT16 else np.dtype(FLAG_TO_DTYPE[flag]).newbyteorder("<")
        _check_storage(shape, dtype)
        if int(np.prod(shape, dtype=object)) * dtype.itemsize > self.left:
            self.truncated()
        out = np.empty(shape, dtype)
        if out.nbytes:
            if self.f.readinto(memoryview(out).cast("B")) != out.nbytes:
                self.fail(f"the file ended inside the data of {what}")
            self.left -= out.nbytes
        native = out.dtype.newbyteorder("=")    # a plain dtype (repr 'float32', not '<f4') on every host
        return out.view(native) if out.dtype.isnative else out.astype(native)
