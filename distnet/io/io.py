"""MXNet's DataIter family: DataDesc, DataBatch, NDArrayIter, CSVIter, ResizeIter, PrefetchingIter."""
import collections
import queue
import threading

import numpy as np

from ..base import MXNetError
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray import creation


class DataDesc(collections.namedtuple("DataDesc", ["name", "shape"])):
    """A named data shape with its dtype and layout, as iterators and Module describe inputs."""

    def __new__(cls, name, shape, dtype=np.float32, layout="NCHW"):
        desc = super().__new__(cls, name, shape)
        desc.dtype, desc.layout = dtype, layout
        return desc

    def __repr__(self):
        return f"DataDesc[{self.name},{self.shape},{self.dtype},{self.layout}]"

    @staticmethod
    def get_batch_axis(layout):
        """The axis of the batch in ``layout`` (0 when there is no layout)."""
        return 0 if layout is None else layout.find("N")

    @staticmethod
    def get_list(shapes, types):
        """DataDescs from (name, shape) pairs and optional (name, dtype) pairs."""
        types = dict(types) if types is not None else {}
        return [DataDesc(name, shape, types.get(name, np.float32)) for name, shape in shapes]


class DataBatch:
    """One batch: lists of data and label arrays, the padding count and sample indices."""

    def __init__(self, data, label=None, pad=None, index=None, bucket_key=None,
                 provide_data=None, provide_label=None):
        if data is not None and not isinstance(data, (list, tuple)):
            raise AssertionError("DataBatch: data must be a list of NDArrays")
        if label is not None and not isinstance(label, (list, tuple)):
            raise AssertionError("DataBatch: label must be a list of NDArrays")
        self.data, self.label, self.pad, self.index = data, label, pad, index
        self.bucket_key, self.provide_data, self.provide_label = bucket_key, provide_data, provide_label

    def __str__(self):
        data = [d.shape for d in self.data] if self.data is not None else None
        label = [lb.shape for lb in self.label] if self.label else None
        return f"{type(self).__name__}: data shapes: {data} label shapes: {label}"


class DataIter:
    """The iterator protocol: ``reset``, ``next`` (or ``iter_next`` + ``getdata``/``getlabel``...)."""

    def __init__(self, batch_size=0):
        self.batch_size = batch_size

    def __iter__(self):
        return self

    def reset(self):
        pass

    def next(self):
        if self.iter_next():
            return DataBatch(data=self.getdata(), label=self.getlabel(), pad=self.getpad(), index=self.getindex())
        raise StopIteration

    def __next__(self):
        return self.next()

    def iter_next(self):
        pass

    def getdata(self):
        pass

    def getlabel(self):
        pass

    def getindex(self):
        return None

    def getpad(self):
        pass


def _named_arrays(data, default_name, allow_empty):
    """Normalise iterator input to a name-sorted list of (name, NDArray), as MXNet does."""
    if data is None:
        if not allow_empty:
            raise AssertionError("the iterator needs data: got None")
        data = []
    if isinstance(data, (np.ndarray, NDArray)):
        data = [data]
    if isinstance(data, list):
        if not data and not allow_empty:
            raise AssertionError("the iterator needs data: got an empty list")
        names = [default_name] if len(data) == 1 else [f"_{i}_{default_name}" for i in range(len(data))]
        data = dict(zip(names, data))
    if not isinstance(data, dict):
        raise TypeError("Input must be NDArray, numpy.ndarray, a list of them or dict with them as values, "
                        f"got {type(data).__name__}")
    out = []
    for name, arr in data.items():
        if not isinstance(arr, NDArray):
            try:
                arr = creation.array(arr)
            except Exception as e:
                raise TypeError(f"Invalid type {type(arr)} for {name}, should be NDArray or numpy.ndarray") from e
        out.append((name, arr))
    return sorted(out, key=lambda item: item[0])


def _is_csr(arr):
    return getattr(arr, "stype", "default") == "csr"


class NDArrayIter(DataIter):
    """Iterate over in-memory arrays in batches, padding, discarding or rolling over the last one.

    Parameters
    ----------
    data, label : array, list of arrays or dict of name -> array
        The samples (along the layout's ``N`` axis); lists are named ``_0_data``, ``_1_data``, ...
    batch_size : int
    shuffle : bool
        Shuffle the samples at creation and at each ``reset``.
    last_batch_handle : {'pad', 'discard', 'roll_over'}
        'pad' completes the last batch from the first samples; 'discard' drops it; 'roll_over'
        starts the next epoch with it.
    data_name, label_name : str
        The names of a single data or label array.
    layout : str
        Where ``N`` (the batch axis) is.
    """

    def __init__(self, data, label=None, batch_size=1, shuffle=False, last_batch_handle="pad",
                 data_name="data", label_name="softmax_label", layout="NCHW"):
        super().__init__(batch_size)
        self.data = _named_arrays(data, data_name, allow_empty=False)
        self.label = _named_arrays(label, label_name, allow_empty=True)
        if any(_is_csr(v) for _, v in self.data + self.label) and last_batch_handle != "discard":
            raise NotImplementedError("`NDArrayIter` only supports ``CSRNDArray`` with `last_batch_handle` "
                                      "set to `discard`.")
        self.idx = np.arange(self.data[0][1].shape[0])
        self.shuffle, self.last_batch_handle = shuffle, last_batch_handle
        self.layout = layout
        self.cursor = -batch_size
        self.num_data = self.idx.shape[0]
        self.reset()
        self.data_list = [v for _, v in self.data] + [v for _, v in self.label]
        self.num_source = len(self.data_list)
        self._cache_data = self._cache_label = None      # roll_over: the short last batch

    def _descs(self, source):
        axis = self.layout.find("N")
        return [DataDesc(k, tuple(v.shape[:axis]) + (self.batch_size,) + tuple(v.shape[axis + 1:]), v.dtype,
                         layout=self.layout) for k, v in source]

    @property
    def provide_data(self):
        return self._descs(self.data)

    @property
    def provide_label(self):
        return self._descs(self.label)

    def _shuffle_data(self):
        # the index permutation is shuffled again each epoch and applied to the already-shuffled
        # data (as MXNet does), so the same numpy seed yields MXNet's order in every epoch
        np.random.shuffle(self.idx)
        self.data = [(k, self._take(v, self.idx)) for k, v in self.data]
        self.label = [(k, self._take(v, self.idx)) for k, v in self.label]

    @staticmethod
    def _take(arr, idx):
        if _is_csr(arr):
            return _wrap(arr.asnumpy()[idx], arr.context).tostype("csr")
        return _wrap(arr.asnumpy()[idx], arr.context)

    def hard_reset(self):
        """Start again from the first sample, dropping any rolled-over samples."""
        if self.shuffle:
            self._shuffle_data()
        self.cursor = -self.batch_size
        self._cache_data = self._cache_label = None

    def reset(self):
        if self.shuffle:
            self._shuffle_data()
        if self.last_batch_handle == "roll_over" and self.num_data - self.batch_size < self.cursor < self.num_data:
            self.cursor = self.cursor - self.num_data - self.batch_size   # next batch starts with the leftover
        else:
            self.cursor = -self.batch_size

    def iter_next(self):
        self.cursor += self.batch_size
        return self.cursor < self.num_data

    def next(self):
        if not self.iter_next():
            raise StopIteration
        data, label = self.getdata(), self.getlabel()
        if data[0].shape[self.layout.find("N")] != self.batch_size:
            self._cache_data, self._cache_label = data, label          # short batch: kept for roll_over
            raise StopIteration
        return DataBatch(data=data, label=label, pad=self.getpad(), index=None)

    def _slice(self, source, start=0, end=None):
        # as MXNet: the default end is the first array's length along axis 0, whatever the layout
        axis = self.layout.find("N")
        if end is None:
            end = source[0][1].shape[0] if source else 0
        return [v[start:end] if _is_csr(v) else v.slice_axis(axis=axis, begin=start, end=end) for _, v in source]

    def _concat(self, first, second):
        if not first or not second:
            return first or second
        axis = self.layout.find("N")
        return [_wrap(np.concatenate([a.asnumpy(), b.asnumpy()], axis=axis), a.context)
                for a, b in zip(first, second)]

    def _batchify(self, source):
        if self.cursor >= self.num_data:
            raise AssertionError("DataIter needs reset.")
        bs, n = self.batch_size, self.num_data
        if self.last_batch_handle == "roll_over" and -bs < self.cursor < 0:
            if self._cache_data is None and self._cache_label is None:
                raise AssertionError("next epoch should have cached data")
            cached = self._cache_data if self._cache_data is not None else self._cache_label
            head = self._slice(source, 0, self.cursor + bs)
            if self._cache_data is not None:
                self._cache_data = None
            else:
                self._cache_label = None
            return self._concat(cached, head)
        if self.last_batch_handle == "pad" and self.cursor + bs > n:
            pad = bs - n + self.cursor
            # the whole data repeated as often as needed, then its first samples
            whole = []
            for _ in range(pad // n if pad > n else 0):
                whole = self._concat(whole, self._slice(source, 0, n))
            rest = pad % n if pad > n else pad
            fill = self._concat(whole, self._slice(source, 0, rest)) if rest else whole
            return self._concat(self._slice(source, self.cursor), fill)
        return self._slice(source, self.cursor, min(self.cursor + bs, n))

    def getdata(self):
        return self._batchify(self.data)

    def getlabel(self):
        return self._batchify(self.label)

    def getpad(self):
        if self.last_batch_handle == "pad" and self.cursor + self.batch_size > self.num_data:
            return self.cursor + self.batch_size - self.num_data
        if self.last_batch_handle == "roll_over" and -self.batch_size < self.cursor < 0:
            return -self.cursor
        return 0


class ResizeIter(DataIter):
    """Make an iterator yield exactly ``size`` batches per epoch, resetting it as needed."""

    def __init__(self, data_iter, size, reset_internal=True):
        super().__init__(data_iter.batch_size)
        self.data_iter, self.size, self.reset_internal = data_iter, size, reset_internal
        self.cur, self.current_batch = 0, None
        self.provide_data, self.provide_label = data_iter.provide_data, data_iter.provide_label

    def reset(self):
        self.cur = 0
        if self.reset_internal:
            self.data_iter.reset()

    def iter_next(self):
        if self.cur == self.size:
            return False
        try:
            self.current_batch = self.data_iter.next()
        except StopIteration:
            self.data_iter.reset()
            self.current_batch = self.data_iter.next()
        self.cur += 1
        return True

    def getdata(self):
        return self.current_batch.data

    def getlabel(self):
        return self.current_batch.label

    def getindex(self):
        return self.current_batch.index

    def getpad(self):
        return self.current_batch.pad


class PrefetchingIter(DataIter):
    """Fetch the next batches of one or more iterators in a background thread."""

    def __init__(self, iters, rename_data=None, rename_label=None, capacity=2, timeout=600.0):
        iters = iters if isinstance(iters, list) else [iters]
        super().__init__(iters[0].batch_size)
        self.iters, self.timeout = iters, timeout
        self.rename_data, self.rename_label = rename_data, rename_label
        self._capacity = capacity
        self._start()

    def _rename(self, descs, renames):
        return [DataDesc(renames[i].get(d.name, d.name) if renames else d.name, d.shape, d.dtype, d.layout)
                for i, it_descs in enumerate(descs) for d in it_descs]

    @property
    def provide_data(self):
        return self._rename([it.provide_data for it in self.iters], self.rename_data)

    @property
    def provide_label(self):
        return self._rename([it.provide_label for it in self.iters], self.rename_label)

    def _start(self):
        self._queue, self._stop = queue.Queue(self._capacity), threading.Event()
        self._thread = threading.Thread(target=self._fill, name="PrefetchingIter", daemon=True)
        self._thread.start()

    def _fill(self):
        while not self._stop.is_set():
            try:
                batches = [it.next() for it in self.iters]
            except StopIteration:
                batches = None
            except Exception as e:                      # handed to the reader, who raises it
                batches = e
            self._queue.put(batches)
            if batches is None or isinstance(batches, Exception):
                return

    def reset(self):
        self._stop.set()
        while self._thread.is_alive():
            try:
                self._queue.get(timeout=0.1)
            except queue.Empty:
                pass
        self._thread.join()
        for it in self.iters:
            it.reset()
        self._start()

    def next(self):
        try:
            batches = self._queue.get(timeout=self.timeout)
        except queue.Empty:
            raise MXNetError(f"PrefetchingIter: no batch from the wrapped iterators within {self.timeout} s") from None
        if batches is None:
            self._queue.put(None)
            raise StopIteration
        if isinstance(batches, Exception):
            raise batches
        data = [d for b in batches for d in b.data]
        label = [lb for b in batches for lb in (b.label or [])]
        return DataBatch(data, label, batches[0].pad, batches[0].index,
                         provide_data=self.provide_data, provide_label=self.provide_label)


class CSVIter(DataIter):
    """Batches from CSV files of numbers (``data_csv`` and optional ``label_csv``), reshaped per sample.

    As in MXNet, with ``round_batch`` a short last batch is completed from the first samples and
    the next epoch starts after those; without it, the short batch keeps the previous batch's rows.
    """

    def __init__(self, data_csv, data_shape, label_csv=None, label_shape=(1,), batch_size=1,
                 round_batch=True, dtype="float32", shuffle=False, **kwargs):
        super().__init__(batch_size)
        data = np.loadtxt(data_csv, delimiter=",", dtype=dtype, ndmin=2).reshape((-1,) + tuple(data_shape))
        if label_csv is not None:
            label = np.loadtxt(label_csv, delimiter=",", dtype=dtype, ndmin=2).reshape((-1,) + tuple(label_shape))
        else:
            label = np.zeros((data.shape[0],) + tuple(label_shape), dtype=dtype)
        if tuple(label_shape) == (1,):
            label = label.reshape(-1)
        self._setup(data, label, round_batch)

    def _setup(self, data, label, round_batch):
        batch_size = self.batch_size
        self._arrays = (data, label)
        self._buffers = [np.zeros((batch_size,) + a.shape[1:], a.dtype) for a in self._arrays]
        self.round_batch = round_batch
        self.num_data = data.shape[0]
        self._start = self._pos = 0        # where this epoch began / the next sample to read
        self._overflow = 0                 # samples taken from the next pass to fill the last batch
        self._batch = None

    @property
    def provide_data(self):
        return [DataDesc("data", self._buffers[0].shape, self._buffers[0].dtype.type)]

    @property
    def provide_label(self):
        return [DataDesc("softmax_label", self._buffers[1].shape, self._buffers[1].dtype.type)]

    def reset(self):
        self._pos = self._overflow if self._overflow else 0
        self._overflow = 0

    def iter_next(self):
        if self._overflow or self._pos >= self.num_data:
            return False
        bs, n = self.batch_size, self.num_data
        rows = list(range(self._pos, min(self._pos + bs, n)))
        self._pos = rows[-1] + 1
        pad = bs - len(rows)
        if pad and self.round_batch:
            rows += [i % n for i in range(pad)]
            self._overflow, self._pos = pad, n
        for buf, arr in zip(self._buffers, self._arrays):
            buf[:len(rows)] = arr[rows]
        self._batch = DataBatch([self._data_array(self._buffers[0].copy())], [_wrap(self._buffers[1].copy())],
                                pad=pad, provide_data=self.provide_data, provide_label=self.provide_label)
        return True

    def _data_array(self, rows):
        return _wrap(rows)

    def next(self):
        if not self.iter_next():
            raise StopIteration
        return self._batch

    def getdata(self):
        return self._batch.data

    def getlabel(self):
        return self._batch.label

    def getpad(self):
        return self._batch.pad


class LibSVMIter(CSVIter):
    """Batches of sparse rows from a LibSVM file (``label idx:value ...``, 0-based indices) as CSRNDArrays.

    Labels come from ``label_libsvm`` when given, else from each line's first number. Batching
    follows CSVIter's ``round_batch`` rule; MXNet supports only ``round_batch=True`` here.
    """

    def __init__(self, data_libsvm, data_shape, label_libsvm=None, label_shape=(1,), batch_size=1,
                 round_batch=True, num_parts=1, part_index=0, **kwargs):
        DataIter.__init__(self, batch_size)
        if not round_batch:
            raise MXNetError("LibSVMIter: the sparse batch loader supports only round_batch=True")
        data, label = _read_libsvm(data_libsvm, data_shape[0], num_parts, part_index)
        if label_libsvm is not None:       # a label file holds each sample's label vector as sparse features
            if int(np.prod(label_shape)) <= 1:
                raise MXNetError(f"LibSVMIter: label_shape {tuple(label_shape)} must have more than one element "
                                 "when label_libsvm is given (single labels come from data_libsvm)")
            label = _read_libsvm(label_libsvm, label_shape[0], num_parts, part_index)[0]
        self._setup(data, label, round_batch)

    def _data_array(self, rows):
        return _wrap(rows).tostype("csr")


def _part_lines(path, num_parts, part_index):
    """The text lines of part ``part_index`` of ``num_parts`` equal byte ranges, each range moved
    forward to a line start (how MXNet's file splitter divides a text file)."""
    with open(path, "rb") as f:
        text = f.read()
    step = (len(text) + num_parts - 1) // num_parts

    def line_start(offset):
        if offset <= 0 or offset >= len(text):
            return min(max(offset, 0), len(text))
        nl = text.find(b"\n", offset)
        return len(text) if nl < 0 else nl + 1
    begin, end = line_start(step * part_index), line_start(step * (part_index + 1))
    return text[begin:end].decode().splitlines()


def _read_libsvm(path, width, num_parts=1, part_index=0):
    """(dense float32 rows of ``width`` columns, float32 first-number labels) of a LibSVM text file's part."""
    rows, labels = [], []
    for line in _part_lines(path, num_parts, part_index):
        parts = line.split()
        if not parts:
            continue
        row = np.zeros(width, np.float32)
        for item in parts[1:]:
            col, value = item.split(":")
            if int(col) >= width:
                raise MXNetError(f"LibSVMIter: column {col} in {path} is outside data_shape ({width},)")
            row[int(col)] = float(value)
        rows.append(row)
        labels.append(float(parts[0]))
    return np.array(rows, np.float32).reshape(-1, width), np.array(labels, np.float32)


class MNISTIter(NDArrayIter):
    """Batches of MNIST-format idx files: images scaled to [0, 1], ``flat`` for (N, 784)-style rows."""

    def __init__(self, image, label, batch_size=128, shuffle=True, flat=False, seed=0, silent=False,
                 num_parts=1, part_index=0, **kwargs):
        from ..gluon.data.vision.datasets import read_idx
        images = read_idx(image).astype(np.float32) / 256.0      # MXNet scales by 1/256
        labels = read_idx(label).astype(np.float32)
        images = images.reshape(len(images), -1) if flat else images.reshape(len(images), 1, *images.shape[1:])
        share = len(images) // num_parts
        lo, hi = part_index * share, (part_index + 1) * share
        images, labels = images[lo:hi], labels[lo:hi]
        if shuffle:                     # once, at load, in MXNet's order for this seed
            order = _mt19937_shuffle_order(len(images), seed)
            images, labels = images[order], labels[order]
        super().__init__(_wrap(images), _wrap(labels), batch_size, False, "discard")


def _mt19937_shuffle_order(n, seed):
    """The permutation ``std::shuffle`` makes of 0..n-1 with ``std::mt19937(seed)`` (libstdc++'s swap
    loop; each index drawn by dividing a 32-bit output, rejecting the biased top): MXNet's MNIST order."""
    stream = np.random.RandomState(seed)          # legacy seeding == mt19937(seed); uint32 draws are raw outputs
    raw, pos = stream.randint(0, 2 ** 32, size=n + 64, dtype=np.uint32).tolist(), 0
    order = list(range(n))
    for i in range(1, n):
        span = i + 1
        scaling = 0xFFFFFFFF // span
        while True:
            if pos == len(raw):
                raw, pos = stream.randint(0, 2 ** 32, size=1024, dtype=np.uint32).tolist(), 0
            x = raw[pos]
            pos += 1
            if x < span * scaling:
                break
        j = x // scaling
        order[i], order[j] = order[j], order[i]
    return np.array(order, dtype=np.int64)
