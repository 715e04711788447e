"""MXNet's built-in file iterators (CSVIter, LibSVMIter): functions returning an MXDataIter.

MXNet implements these in its C++ core and hands Python an ``MXDataIter`` wrapper; the wrapper
reads the first batch at creation (for ``provide_data``) and serves it first. The batch loader
below follows the core's rules: with ``round_batch`` a short last batch is completed from the
first samples and the next epoch starts after those; without it, the short batch keeps the
previous batch's rows in its unused slots.
"""
import bisect
import logging
import re

import numpy as np

from ..base import HoldsCHandle, MXNetError, located, negative_size_text
from ..context import CPU0
from ..ndarray.ndarray import _wrap
from ..ndarray.ops_misc import _C_TYPE_NAMES
from . import io as _io_module
from .io import DataBatch, DataDesc, DataIter, core_check as _check, core_log, mnist_arrays, prefetcher_error
from .libsvm_text import read_libsvm
from .text_float import parse_csv_int_line, parse_csv_line
from .uri import input_files

# dtype argument -> numpy type: CSVIter reads float32, int32 and int64 (an explicit None is refused)
_CSV_DTYPES = {"float32": np.float32, "int32": np.int32, "int64": np.int64}
# the values the core's dtype parameter of CSVIter and LibSVMIter parses
_DTYPE_CHOICES = (None, "None", "bfloat16", "float16", "float32", "float64", "int32", "int64", "int8", "uint8")


def _check_dtype_choice(dtype):
    if dtype is not None and str(dtype) not in _DTYPE_CHOICES:       # the core reads the value's text
        raise MXNetError(f"Invalid Input: '{dtype}', valid values are: "
                         "{None, 'bfloat16', 'float16', 'float32', 'float64', 'int32', 'int64', 'int8', 'uint8'}")


def _check_ctx_choice(ctx):
    if str(ctx) not in ("cpu", "gpu"):      # the core reads the text: a Context (cpu(0)) is refused too
        raise MXNetError(f"Invalid Input: '{ctx}', valid values are: {{'cpu', 'gpu'}}")


def _read_params(kwargs, parsers, required=()):
    """Read one of the core's parameter structs from the keyword arguments: its keys given, each parsed by
    ``parsers[key]`` in the order given (the first bad value fails), then its ``required`` keys missing."""
    for key, value in kwargs.items():
        if key in parsers:
            parsers[key](value)
    for key in required:
        if key not in kwargs:
            raise MXNetError(f"Required parameter {key} of {_PARAM_TYPES.get(key, 'string')} is not presented")


def _prefetcher_params(kwargs):
    """Check the prefetcher's parameters (prefetch_buffer, ctx, dtype): the core's outermost iterator
    parses them before the batch and file parameters."""
    _read_params(kwargs, {"prefetch_buffer": lambda v: _int_param("prefetch_buffer", v), "ctx": _check_ctx_choice,
                          "dtype": _check_dtype_choice})


def _check_float32_only(name, dtype):
    """LibSVMIter and MNISTIter (``name``) fill float32 buffers only: another valid dtype fails in the core's
    reading thread, copying the first batch."""
    if dtype is None or str(dtype) in ("None", "float32"):
        return
    if str(dtype) == "bfloat16":        # a type the core's type switch does not know
        raise prefetcher_error("../include/mshadow/./base.h:1505: Unknown type enum 12")
    line = 255 if name == "LibSVMIter" else 214     # the sparse and the dense copy
    raise prefetcher_error(f"../include/mxnet/././tensor_blob.h:{line}: Check failed: mshadow::DataType<DType>::"
                            "kFlag == type_flag_: TBlob.get_with_shape: data type do not match specified type."
                            f"Expected: {_C_TYPE_NAMES[str(dtype)]} v.s. given float")


def _size_failure(shape):
    """Where and why MXNet's shape size refuses ``shape``, ((source path, line), message), or None: each
    dimension in turn, -1 being unknown and anything lower refused."""
    for size in shape:
        if size < -1:
            return (("../include/mxnet/./tuple.h", 420), negative_size_text(size))
        if size == -1:
            return (("../include/mxnet/./tuple.h", 525), "Check failed: dim_size_is_known(*it): Shape dim size "
                                                         "cannot be a negative value -1")
    return None


def _checked_size(shape):
    """The size of ``shape``, as the core's main thread computes it (refusing negative dimensions)."""
    failure = _size_failure(shape)
    if failure:
        raise located(MXNetError(failure[1]), failure[0])
    return int(np.prod(shape))


def _check_dim(size):
    """A buffer dimension as MXNet's reading thread checks it: -1 means unknown, anything lower is refused."""
    failure = _size_failure((size,))
    if failure:
        raise prefetcher_error(f"{failure[0][0]}:{failure[0][1]}: {failure[1]}")


class _BatchLoader:
    """The core's batch loader over in-memory samples: ``before_first``, ``next`` and the current batch."""

    context = CPU0      # where the batches' arrays live (MXNet's image record iterators use pinned memory)
    # batches the core's prefetching thread has read beyond the one handed out when a reset arrives
    # (its queue holds 16); with round_batch, where the next epoch starts depends on them
    prefetched = 16
    failure = None      # the error a batch read met: raised again by every later call, as MXNet's prefetcher does

    def __init__(self, data, label, batch_size, round_batch, data_rows=None, label_rows=None, kind="CSV"):
        # the core sizes its batch buffers (a sparse one by the first sample's entries) only now
        _check_dim(batch_size * (max(1, data_rows[0][0].size) if data_rows else 1))
        self._samples = (data, label)
        self._kind = kind         # the file format, as the core's messages name it
        self._n = data.shape[0]
        self.batch_size, self.round_batch = batch_size, round_batch
        self.data_rows, self.label_rows = data_rows, label_rows     # a sparse file's entries per sample
        self.data = np.zeros((batch_size,) + data.shape[1:], data.dtype)
        self.label = np.zeros((batch_size,) + label.shape[1:], label.dtype)
        self.index = np.zeros(batch_size, np.uint64)
        self.pad = 0
        self._pos = 0          # the next sample the underlying reader returns
        self._overflow = 0     # samples of the next pass already used to fill the last batch
        self._ended = False    # the epoch ended with a filled-up batch

    def label_batch(self):
        """A copy of the current batch's labels."""
        return self.label.copy()

    def csr_batch(self, rows, width):
        """The current batch's samples as csr, each row's entries as its file lists them (explicit zeros and
        unsorted columns too, as MXNet's sparse batch loader copies them)."""
        from ..ndarray import sparse
        picked = [rows[int(i)] for i in self.index]
        indptr = np.cumsum([0] + [cols.size for cols, _ in picked], dtype=np.int64)
        cols = np.concatenate([c for c, _ in picked] + [np.zeros(0, np.int64)])
        values = np.concatenate([v for _, v in picked] + [np.zeros(0, np.float32)])
        return sparse.csr_matrix((values, cols, indptr), shape=(len(picked), width), ctx=self.context)

    def fills_first_batch(self):
        """Whether the first ``next`` fills a batch (with round_batch, from at most two passes over the samples)."""
        return self._n > 0 and (not self.round_batch or 2 * self._n >= self.batch_size)

    def run_ahead(self):
        """Read, and drop, the batches the core's prefetcher would have read ahead of the consumer."""
        for _ in range(self.prefetched):
            if not self.next():
                break

    def before_first(self):
        if not self.round_batch or self._overflow == 0:
            self._pos = 0
        self._overflow, self._ended = 0, False

    def _read(self, slot):
        if self._pos >= self._n:
            return False
        if self._pos >= len(self._samples[1]):      # the core reads data and labels row by row, in step
            source = "../src/io/iter_csv.cc:136" if self._kind == "CSV" else "../src/io/iter_libsvm.cc:130"
            raise prefetcher_error(f"{source}: Check failed: label_parser_->Next(): Data {self._kind}'s row is "
                                    f"smaller than the number of rows in label_{self._kind.lower()}")
        self.data[slot], self.label[slot], self.index[slot] = self._samples[0][self._pos], \
            self._samples[1][self._pos], self._pos
        self._pos += 1
        return True

    def next(self):
        if self._ended:
            return False
        if self.batch_size == 0:        # the core reads one sample before it checks the batch is full
            if self._pos >= self._n:
                return False
            self.pad, self._pos = 0, self._pos + 1
            return True
        self.pad, top = 0, 0
        while top < self.batch_size and self._read(top):
            top += 1
        if top == self.batch_size:
            return True
        if top == 0:
            return False
        if self.round_batch:
            self._pos, self._overflow = 0, 0
            while top < self.batch_size:
                if not self._read(top):
                    self._refuse_second_pass()
                top, self._overflow = top + 1, self._overflow + 1
            self.pad, self._ended = self._overflow, True
        else:
            self.pad = self.batch_size - top
        return True


    def _refuse_second_pass(self):
        """The core's words when a batch would need the samples a second time over."""
        where, reader = (("./iter_batchloader.h:106", "base_") if self.data_rows is None
                         else ("./iter_sparse_batchloader.h:90", "sparse_base_"))
        raise prefetcher_error(f"../src/io/{where}: Check failed: {reader}->Next(): number of input must be bigger "
                                "than batch size")


class _LeadingOneLabels(_BatchLoader):
    """CSVIter's loader for a label_shape (1, ...) of more than one value: like MXNet, it hands out the
    first ``batch_size`` numbers of the batch's label buffer as a (batch_size,) label."""

    def label_batch(self):
        return self.label.reshape(-1)[:self.batch_size].copy()


class _FullBatches(_BatchLoader):
    """MNISTIter's loader: whole batches only (a short last batch is dropped); the index stays zero."""

    prefetched = 0      # a reset always restarts at the first sample

    def __init__(self, data, label, batch_size):
        super().__init__(data, label, batch_size, round_batch=False)

    def next(self):
        if self._pos + self.batch_size > self._n:
            return False
        rows = slice(self._pos, self._pos + self.batch_size)
        self.data[:], self.label[:] = self._samples[0][rows], self._samples[1][rows]
        self._pos += self.batch_size
        return True


class MXDataIter(HoldsCHandle, DataIter):
    """The Python side of a built-in iterator: the first batch is read at creation and served first.

    Parameters
    ----------
    handle : _BatchLoader
        The batch source (where MXNet holds its core iterator).
    data_name, label_name : str
        The names in ``provide_data`` and ``provide_label``.
    """

    def __init__(self, handle, data_name="data", label_name="softmax_label", **_):
        super().__init__()
        self.handle = handle
        self._debug_skip_load = False
        self._debug_at_begin = True
        self.first_batch = None
        self.first_batch = self.next()
        data, label = self.first_batch.data[0], self.first_batch.label[0]
        self.provide_data = [DataDesc(data_name, data.shape, data.dtype)]
        self.provide_label = [DataDesc(label_name, label.shape, label.dtype)]
        self.batch_size = data.shape[0]

    def debug_skip_load(self):
        """Serve the first batch forever (to time the rest of a pipeline)."""
        self._debug_skip_load = True
        logging.info("Set debug_skip_load to be true, will simply return first batch")

    def reset(self):
        self._debug_at_begin = True
        self.first_batch = None
        if self.handle.failure is not None:
            raise self.handle.failure
        self.handle.run_ahead()
        self.handle.before_first()

    def _advance(self):
        if self.handle.failure is not None:
            raise self.handle.failure
        try:
            return self.handle.next()
        except MXNetError as e:
            self.handle.failure = e
            raise

    def _batch(self):
        return DataBatch(data=[self.getdata()], label=[self.getlabel()], pad=self.getpad(), index=self.getindex())

    def next(self):
        if self._debug_skip_load and not self._debug_at_begin:
            return self._batch()
        if self.first_batch is not None:
            batch, self.first_batch = self.first_batch, None
            return batch
        self._debug_at_begin = False
        if self._advance():
            return self._batch()
        raise StopIteration

    def iter_next(self):
        if self.first_batch is not None:
            return True
        return int(self._advance())

    def getdata(self):
        if self.handle.data_rows is not None:
            return self.handle.csr_batch(self.handle.data_rows, self.handle.data.shape[1])
        return _wrap(self.handle.data.copy(), self.handle.context)

    def getlabel(self):
        if self.handle.label_rows is not None:
            return self.handle.csr_batch(self.handle.label_rows, self.handle.label.shape[1])
        return _wrap(self.handle.label_batch(), self.handle.context)

    def getindex(self):
        return self.handle.index.copy() if self.handle.index.size else None

    def getpad(self):
        return self.handle.pad


_PARAM_TYPES = {"batch_size": "int (non-negative)", "data_shape": "Shape(tuple)", "prefetch_buffer": "long (non-negative)"}


MXDataIter.__module__ = "distnet.io.io"      # where MXNet defines it (its instances' repr names the module)
_io_module.MXDataIter = MXDataIter          # ... and where pickle looks it up


def _params(kwargs, reader, required):
    """Check a batch-loading iterator's keyword arguments as the core does, one parameter struct after the
    other: the prefetcher's, the batch loader's (batch_size, round_batch), then the reader's (``reader``: its
    parsers, ``required``)."""
    _prefetcher_params(kwargs)
    _read_params(kwargs, {"batch_size": lambda v: _int_param("batch_size", v),
                          "round_batch": lambda v: _bool_param("round_batch", v)}, ("batch_size",))
    _read_params(kwargs, reader, required)


# a file reader's shape parameters
_SHAPES = {"data_shape": lambda v: _shape(v, signed=True), "label_shape": lambda v: _shape(v, "label_shape", True)}


# the core's integer parameter types, by the name its messages give them: (bits, unsigned)
_INT_KINDS = {"int": (32, False), "int (non-negative)": (32, True), "long (non-negative)": (64, True)}


def _keywords_only(name, args):
    """MXNet's iterator functions refuse positional arguments once the core made the iterator (its
    parameters read, its files opened), before the first batch is read."""
    if args:
        raise TypeError(f"{name} can only accept keyword arguments")


def _int_param(key, value, kind=None):
    """An integer parameter as the core parses its text: optional spaces and sign, then decimal digits only
    (so 2.0, True and 1e1 are refused), within its C++ type (``kind``; by default the key's). An unsigned
    parameter takes a negative number, wrapped around, and the core then uses it as a signed number of
    the same width: that is the value returned."""
    kind = kind or _PARAM_TYPES.get(key, "int")
    bits, unsigned = _INT_KINDS[kind]
    text = str(value)
    number = int(text) if re.fullmatch(r"\s*[+-]?\d+\s*", text) else None
    if number is None or abs(number) >= 2 ** bits or not (unsigned or -2 ** (bits - 1) <= number < 2 ** (bits - 1)):
        raise MXNetError(f"Invalid Parameter format for {key} expect {kind} but value='{text}'")
    return (number + 2 ** (bits - 1)) % 2 ** bits - 2 ** (bits - 1)


def _shape_text(number):
    return re.compile(rf"\s*({number}|[(\[]\s*({number}\s*(,\s*{number}\s*)*,?)?\s*[)\]])\s*")


_SHAPE_TEXT, _SIGNED_SHAPE_TEXT = _shape_text(r"\d+"), _shape_text(r"-?\d+")


def _shape(value, name="data_shape", signed=False):
    """A shape parameter as the core parses it: a tuple or list, an int, or their text ("(3, 8, 8)", "6");
    ``signed``: negative dimensions are read too (the shape's size refuses them when computed)."""
    if isinstance(value, (tuple, list)):      # read as the text Python hands the core, so (2.0,) is refused
        value = "(" + ", ".join(str(v) for v in value) + ("," if len(value) == 1 else "") + ")"
    value = str(value)
    if not (_SIGNED_SHAPE_TEXT if signed else _SHAPE_TEXT).fullmatch(value):
        raise MXNetError(f"Invalid Parameter format for {name} expect Shape(tuple) but value='{value}'")
    return tuple(int(v) for v in value.strip().strip("()[]").split(",") if v.strip())


def _read_file(path):
    """The bytes of the files ``path`` names (see ``uri.input_files``), one after the other."""
    text = b""
    for name in input_files(path):
        if text and not text.endswith((b"\n", b"\r")):      # a file's last line ends with the file
            text += b"\n"
        with open(name, "rb") as f:
            text += f.read()
    return text


def _parse_csv(text, shape, dtype):
    """(samples, failure) of a CSV file: the rows before the first whose length is not the shape's size, and
    that row's (index, error), or None."""
    # integers are read as integers (so 200000001 stays exact), floats with MXNet's own parser
    integers = np.dtype(dtype).kind == "i"
    if text.startswith(b"\xef\xbb\xbf"):       # MXNet's text parser skips a UTF-8 byte order mark
        text = text[3:]
    text = text.decode("latin-1")
    lines = re.finditer(r"[^\r\n]+", text)
    parse = parse_csv_int_line if integers else parse_csv_line
    rows = [parse(m.group(), text, m.end()) for m in lines]
    size_failure = _size_failure(shape)       # a negative dimension fails checking the first row's length
    if size_failure:
        (path, line), message = size_failure
        return np.zeros((0,), dtype), (0, prefetcher_error(f"{path}:{line}: {message}")) if rows else None
    size = int(np.prod(shape))
    failure = None
    for i, row in enumerate(rows):
        if len(row) != size:
            dims = ",".join(map(str, shape))
            failure = i, prefetcher_error(f"../src/io/iter_csv.cc:151: Check failed: row.length == shape.Size() "
                                          f"({len(row)} vs. {size}) : The data size in CSV do not match size of "
                                          f"shape: specified shape=[{dims}], the csv row-length={len(row)}")
            rows = rows[:i]
            break
    # int32 keeps the low 32 bits of the int64 read, as C's cast does
    samples = np.array(rows, np.int64 if integers else np.float32).astype(dtype)
    return samples.reshape((len(rows),) + shape), failure


def _first_row_failure(data_failure, label_failure, data_rows, label_rows):
    """The row-length failure the core meets, reading a data row then its label, row by row, until the data
    ends: a label row past the data is never read, a data row past the labels is never reached (the labels
    running out fails first, when reached). ``*_rows``: the rows before each file's failure (None: no labels)."""
    if label_failure is not None and label_failure[0] < data_rows:
        return label_failure[1]
    if data_failure is not None and (label_rows is None or data_failure[0] <= label_rows):
        return data_failure[1]
    return None


def CSVIter(*args, **kwargs):
    """Batches of CSV files: ``data_csv``, ``data_shape``, ``batch_size`` (required), ``label_csv``,
    ``label_shape`` (default (1,)), ``round_batch`` (default True), ``dtype`` (float32, int32 or int64)."""
    _params(kwargs, _SHAPES, ("data_csv", "data_shape"))
    dtype = str(kwargs.get("dtype", "float32"))
    if dtype not in _CSV_DTYPES:
        raise MXNetError(f"Check failed: false: {dtype} is not supported for CSVIter")
    dtype = _CSV_DTYPES[dtype]
    data_shape = _shape(kwargs["data_shape"], signed=True)
    label_shape = _shape(kwargs.get("label_shape", (1,)), "label_shape", True)
    label_csv = kwargs.get("label_csv", "NULL")
    data_text = _read_file(kwargs["data_csv"])      # both files are opened before either is parsed
    label_text = _read_file(label_csv) if label_csv != "NULL" else None
    _keywords_only("CSVIter", args)
    data, data_failure = _parse_csv(data_text, data_shape, dtype)
    label_failure = label_rows = None
    if label_text is not None:
        label, label_failure = _parse_csv(label_text, label_shape, dtype)       # fewer rows fail when reached
        label_rows = len(label)
    else:       # without label_csv MXNet hands out one zero per sample, whatever label_shape says
        label = np.zeros((data.shape[0],), dtype)
    failure = _first_row_failure(data_failure, label_failure, len(data), label_rows)
    if failure is not None:
        raise failure
    if label_shape == (1,):
        label = label.reshape(-1)
    loader_type = _LeadingOneLabels if label_shape[:1] == (1,) and label.ndim > 1 else _BatchLoader
    batch_size = _int_param("batch_size", kwargs["batch_size"])
    loader = loader_type(data, label, batch_size, _bool_param("round_batch", kwargs.get("round_batch", True)))
    return MXDataIter(loader, **kwargs)


_LIBSVM_SOURCE = "../src/io/iter_libsvm.cc"


def LibSVMIter(*args, **kwargs):
    """Sparse batches (CSRNDArray) of a LibSVM file (``label idx:value ...``, 0-based indices):
    ``data_libsvm``, ``data_shape``, ``batch_size`` (required), ``label_libsvm``, ``label_shape``,
    ``num_parts``/``part_index`` (read one byte range of the file); only ``round_batch=True``."""
    _params(kwargs, dict(_SHAPES, num_parts=lambda v: _int_param("num_parts", v),
                         part_index=lambda v: _int_param("part_index", v)), ("data_libsvm", "data_shape"))
    round_batch = _bool_param("round_batch", kwargs.get("round_batch", True))
    parts, index = _int_param("num_parts", kwargs.get("num_parts", 1)), _int_param("part_index",
                                                                                    kwargs.get("part_index", 0))
    data_shape = _shape(kwargs["data_shape"], signed=True)
    label_shape = _shape(kwargs.get("label_shape", (1,)), "label_shape", True)
    label_libsvm = kwargs.get("label_libsvm", "NULL")
    # the core's order: the shape and part checks, opening the files, the label shape, the loader's checks
    _check(len(data_shape) == 1, "param_.data_shape.ndim() == 1", len(data_shape), 1,
           "dimension of data_shape is expected to be 1", (_LIBSVM_SOURCE, 75))
    _check(parts > 0, "param_.num_parts > 0", parts, 0, "number of parts should be positive", (_LIBSVM_SOURCE, 76))
    _check(index >= 0, "param_.part_index >= 0", index, 0, "part index should be non-negative",
           (_LIBSVM_SOURCE, 77))
    data_text = _part_text(kwargs["data_libsvm"], parts, index)
    label_text = _part_text(label_libsvm, parts, index) if label_libsvm != "NULL" else None
    size = _checked_size(label_shape)
    if label_text is not None:
        _check(size > 1, "param_.label_shape.Size() > 1", size, 1,
               "label_shape is not expected to be (1,) when param_.label_libsvm is set.", (_LIBSVM_SOURCE, 85))
    else:
        _check(size == 1, "param_.label_shape.Size() == 1", size, 1,
               "label_shape is expected to be (1,) when param_.label_libsvm is NULL")
    if not round_batch:
        raise located(MXNetError("sparse batch loader doesn't support round_batch == false yet"),
                      ("../src/io/./iter_sparse_batchloader.h", 56))
    _keywords_only("LibSVMIter", args)
    data, label, data_rows = read_libsvm(data_text, max(data_shape[0], 0))
    label_rows = None
    if label_text is not None:       # a label file holds each sample's label vector as sparse features
        label, _, label_rows = read_libsvm(label_text, label_shape[0])
    loader = _BatchLoader(data, label, _int_param("batch_size", kwargs["batch_size"]), True, data_rows, label_rows,
                          kind="LibSVM")
    # the first batch's copy fails, after the loader's checks: a label of more than one axis is no csr matrix
    if label_text is not None and len(label_shape) > 1:
        if label_shape[0] == 1:
            raise located(MXNetError("Check failed: storage_type() == kDefaultStorage (2 vs. 0) : "),
                          ("../src/ndarray/ndarray.cc", 258))
        # (MXNet makes the iterator and its csr labels of more axes, failing when one is read densely)
        raise located(MXNetError(f"Check failed: dns->shape_.ndim() == 2 ({len(label_shape) + 1} vs. 2) : "),
                      ("../src/common/../operator/tensor/cast_storage-inl.h", 308))
    if loader.fills_first_batch():
        _check_float32_only("LibSVMIter", kwargs.get("dtype"))
    _checked_size(data_shape)       # sizing the first batch handed out
    return MXDataIter(loader, **kwargs)


def MNISTIter(*args, **kwargs):
    """Batches of MNIST idx files: ``image``, ``label``, ``batch_size`` (128), ``shuffle`` (True, once,
    in MXNet's order for ``seed``), ``flat`` (False: (1, H, W) images), ``num_parts``/``part_index``."""
    _prefetcher_params(kwargs)
    _read_params(dict(sorted(kwargs.items())), _MNIST_PARAMS)        # the core reads them sorted by name
    shuffle, flat = _bool_param("shuffle", kwargs.get("shuffle", True)), _bool_param("flat", kwargs.get("flat", False))
    seed = _int_param("seed", kwargs.get("seed", 0)) % 2 ** 32        # std::mt19937 takes it as unsigned
    parts, index = _int_param("num_parts", kwargs.get("num_parts", 1)), _int_param("part_index",
                                                                                    kwargs.get("part_index", 0))
    images, labels = mnist_arrays(kwargs.get("image", "./train-images-idx3-ubyte"),
                                  kwargs.get("label", "./train-labels-idx1-ubyte"), shuffle, flat, seed, parts, index)
    batch_size = _mnist_batch_size(kwargs.get("batch_size", 128))
    if not _bool_param("silent", kwargs.get("silent", False)):
        _log_mnist_loaded(len(images), shuffle, (batch_size,) + images.shape[1:], flat)
    _keywords_only("MNISTIter", args)
    if len(images) >= batch_size:          # the first batch's copy fails, after the files; no batch, no copy
        _check_float32_only("MNISTIter", kwargs.get("dtype"))
    return MXDataIter(_FullBatches(images, labels, batch_size), **kwargs)


def _log_mnist_loaded(count, shuffle, batch_shape, flat):
    """The core's log line once MNISTIter has read its files (a flat batch's shape printed as mshadow's)."""
    dims = ",".join(map(str, batch_shape))
    line, shape = (109, f"({dims})") if flat else (112, f"[{dims}]")
    core_log(f"../src/io/iter_mnist.cc:{line}", f"MNISTIter: load {count} images, shuffle={int(shuffle)}, shape={shape}")


def _mnist_batch_size(value):
    """MNISTIter's batch_size: a C++ int of at least 1 (it has no batch loader)."""
    batch_size = _int_param("batch_size", value, "int")
    if batch_size < 1:
        raise MXNetError(f"value {batch_size} for Parameter batch_size should be greater equal to 1\n"
                         "batch_size: Batch Param: Batch Size.")
    return batch_size


_MNIST_PARAMS = {"batch_size": _mnist_batch_size, "flat": lambda v: _bool_param("flat", v),
                 "num_parts": lambda v: _int_param("num_parts", v), "part_index": lambda v: _int_param("part_index", v),
                 "seed": lambda v: _int_param("seed", v), "shuffle": lambda v: _bool_param("shuffle", v),
                 "silent": lambda v: _bool_param("silent", v)}


def _flag(value):
    """A lenient boolean (the image record iterators' flags)."""
    return value not in (False, 0, "0", "False", "false")


def _bool_param(key, value):
    """A boolean parameter as the core parses its text: true, false (any case), 1 or 0, nothing else."""
    text = str(value)
    if text.lower() not in ("true", "false", "1", "0"):
        raise MXNetError(f"Invalid Parameter format for {key} expect boolean but value='{text}'")
    return text.lower() in ("true", "1")


def _part_text(path, num_parts, part_index):
    """The text of part ``part_index`` of ``num_parts`` equal byte ranges of the files ``path`` names, read as one
    stream, as MXNet's file splitter divides them: a range's ends inside a file move on to its next line start (one
    at a file's start stays), and each file's text ends a line."""
    if part_index >= num_parts:
        raise located(MXNetError("Check failed: part < nsplit: invalid input parameter for InputSplit::Create"),
                      ("../3rdparty/dmlc-core/src/io.cc", 97))
    texts = []
    for name in input_files(path):
        with open(name, "rb") as f:
            texts.append(f.read())
    starts = np.cumsum([0] + [len(text) for text in texts]).tolist()
    step = (starts[-1] + num_parts - 1) // num_parts
    begin = _line_start(texts, starts, min(step * part_index, starts[-1]))
    end = _line_start(texts, starts, min(step * (part_index + 1), starts[-1]))
    pieces = [text[max(begin - start, 0):end - start] for text, start in zip(texts, starts) if start < end
              and begin < start + len(text)]
    return b"\n".join(pieces).decode("latin-1")


def _line_start(texts, starts, offset):
    """The stream offset where a part starting at ``offset`` starts: ``offset`` at a file's start, else the start of
    the file's next line after the line break at or after ``offset`` (the file's end if none follows)."""
    k = bisect.bisect_right(starts, offset) - 1
    if k >= len(texts) or offset == starts[k]:
        return offset
    text, at = texts[k], offset - starts[k]
    breaks = [i for i in (text.find(b"\n", at), text.find(b"\r", at)) if i >= 0]
    if not breaks:
        return starts[k + 1]
    at = min(breaks) + 1
    while at < len(text) and text[at:at + 1] in (b"\n", b"\r"):
        at += 1
    return starts[k] + at


def _image_record_iter(name):
    def make(*args, **kwargs):
        from ..image._record_loaders import create     # the image package imports this module
        _prefetcher_params(kwargs)          # every record iterator sits in MXNet's prefetcher too
        return create(name, args, kwargs)
    make.__name__ = name
    make.__doc__ = (f"MXNet's {name}: batches of decoded, cropped and normalised images of a RecordIO file "
                    "(see distnet.image._record_iter and _record_loaders).")
    return make


ImageRecordIter = _image_record_iter("ImageRecordIter")
ImageRecordIter_v1 = _image_record_iter("ImageRecordIter_v1")
ImageRecordUInt8Iter = _image_record_iter("ImageRecordUInt8Iter")
ImageRecordUInt8Iter_v1 = _image_record_iter("ImageRecordUInt8Iter_v1")
ImageRecordInt8Iter = _image_record_iter("ImageRecordInt8Iter")
ImageDetRecordIter = _image_record_iter("ImageDetRecordIter")


def _register_in_io_module():
    """MXNet registers its built-in iterators in mxnet.io.io, where scripts may import them from (and which
    their ``__module__`` names); each is a closure of its registering function there, as its qualified name
    (shown by a call's TypeError) says."""
    for iterator in (CSVIter, LibSVMIter, MNISTIter, ImageRecordIter, ImageRecordIter_v1, ImageRecordUInt8Iter,
                     ImageRecordUInt8Iter_v1, ImageRecordInt8Iter, ImageDetRecordIter):
        setattr(_io_module, iterator.__name__, iterator)
        iterator.__module__ = _io_module.__name__
        iterator.__qualname__ = "_make_io_iterator.<locals>.creator"


_register_in_io_module()
