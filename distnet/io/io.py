"""MXNet's DataIter family: DataDesc, DataBatch, NDArrayIter, ResizeIter, PrefetchingIter (and MNIST reading)."""
import collections
import concurrent.futures
import struct
import sys
import warnings

import numpy as np

from ..base import log_time
from ..base import MXNetError, local_file, located, open_failure
from ..ndarray.ndarray import NDArray, _wrap
from ..ndarray import creation


def core_check(ok, condition, lhs, rhs, message, site=None):
    """The failure of one of MXNet's C++ CHECK_xx: the condition, both sides' values and the message (``site``:
    where the check stands, (source path, line))."""
    if not ok:
        error = MXNetError(f"Check failed: {condition} ({lhs} vs. {rhs}) : {message}")
        raise located(error, site) if site else error


def core_log(where, message):
    """One of the core's LOG(INFO) lines on stderr: the time, ``where`` (source path:line) and ``message``."""
    print(f"{log_time()} {where}: {message}", file=sys.stderr, flush=True)


def prefetcher_error(where_and_message):
    """A check failed in the core's reading thread: it logs the check (``source path:line: message``), and the
    iterator raises it from threadediter.h."""
    error = MXNetError(f"{log_time()} {where_and_message}\n\n")
    return located(error, ("../include/dmlc/threadediter.h", 500))


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
        # entries are indexed, as MXNet does: items after the shape are ignored, a short entry is an IndexError
        if types is None:
            return [DataDesc(entry[0], entry[1]) for entry in shapes]
        types = dict(types)     # a name missing from ``types`` is a KeyError, as in MXNet
        return [DataDesc(entry[0], entry[1], types[entry[0]]) for entry in shapes]


class DataBatch:
    """One batch: lists of data and label arrays, the padding count and sample indices."""

    def __init__(self, data, label=None, pad=None, index=None, bucket_key=None,
                 provide_data=None, provide_label=None):
        if data is not None and not isinstance(data, (list, tuple)):
            raise AssertionError("Data must be list of NDArrays")
        if label is not None and not isinstance(label, (list, tuple)):
            raise AssertionError("Label must be list of NDArrays")
        self.data, self.label, self.pad, self.index = data, label, pad, index
        self.bucket_key, self.provide_data, self.provide_label = bucket_key, provide_data, provide_label

    def __str__(self):
        data = [d.shape for d in self.data]      # data=None fails here (TypeError), as in MXNet
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
            raise AssertionError()      # MXNet's bare assertion
        data = []
    if isinstance(data, (np.ndarray, NDArray)):
        data = [data]
    if isinstance(data, list):
        if not data and not allow_empty:
            raise AssertionError()      # MXNet's bare assertion
        names = [default_name] if len(data) == 1 else [f"_{i}_{default_name}" for i in range(len(data))]
        data = dict(zip(names, data))
    if not isinstance(data, dict):
        # MXNet's wording, which names h5py datasets too (distnet reads none)
        raise TypeError("Input must be NDArray, numpy.ndarray, h5py.Dataset a list of them or dict with them as values")
    out = []
    for name, arr in data.items():
        if not isinstance(arr, NDArray):
            try:
                arr = creation.array(arr)
            except Exception as e:
                raise TypeError(f"Invalid type '{type(arr)}' for {name}, should be NDArray, numpy.ndarray or "
                                "h5py.Dataset") from e
            data[name] = arr        # a dict given is converted in place, as MXNet does
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
        if _is_csr(arr):        # through scipy, as MXNet (so without scipy it fails as there)
            from ..ndarray import sparse
            return sparse.array(arr.asscipy()[idx], ctx=arr.context)
        return creation.array(arr.asnumpy()[idx], ctx=arr.context)   # float32, as MXNet's array()

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
        # slice_axis has no sparse form: csr sources give dense batches, as in MXNet
        return [v.slice_axis(axis=axis, begin=start, end=end) for _, v in source]

    def _concat(self, first, second):
        if not first or not second:
            return first or second
        from ..ndarray import concat        # (nd imports this module while it is built)
        if len(first) != len(second):
            raise AssertionError("data source should contain the same size")
        return [concat(a, b, dim=self.layout.find("N")) for a, b in zip(first, second)]

    @staticmethod
    def _tile(arrays, repeats):
        """Each array repeated ``repeats`` times along its first axis (MXNet's, whatever the layout)."""
        from ..ndarray import tile
        return [tile(a, reps=(repeats,) + (1,) * (a.ndim - 1)) for a in arrays]

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
            head = self._slice(source, self.cursor)     # first, as MXNet: a 0-d source fails here (IndexError)
            if pad <= n:
                return self._concat(head, self._slice(source, 0, pad))
            # the whole data repeated as often as needed, then its first samples
            fill = self._tile(self._slice(source, 0, n), pad // n)
            if pad % n:
                fill = self._concat(fill, self._slice(source, 0, pad % n))
            return self._concat(head, fill)
        return self._slice(source, self.cursor, min(n, self.cursor + bs))     # an int end, as MXNet

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
        super().__init__()
        self.data_iter, self.size, self.reset_internal = data_iter, size, reset_internal
        self.cur, self.current_batch = 0, None
        # read in MXNet's order, which decides the error a wrong data_iter raises
        self.provide_data, self.provide_label = data_iter.provide_data, data_iter.provide_label
        self.batch_size = data_iter.batch_size
        if hasattr(data_iter, "default_bucket_key"):
            self.default_bucket_key = data_iter.default_bucket_key

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
    """Fetch the next batch of one or more iterators in a background thread, one batch ahead.

    Parameters
    ----------
    iters : DataIter or list of DataIter
        Iterators read in step; their batches are joined (data after data, label after label).
    rename_data, rename_label : list of dict, optional
        Per iterator, a map from each of its provide_data (provide_label) names to a new name.
    """

    def __init__(self, iters, rename_data=None, rename_label=None):
        super().__init__()
        iters = iters if isinstance(iters, list) else [iters]
        if not iters:
            raise AssertionError()      # MXNet's bare assertion
        self.n_iter, self.iters = len(iters), iters
        self.rename_data, self.rename_label = rename_data, rename_label
        self.batch_size = self.provide_data[0][1][0]
        self._pool = concurrent.futures.ThreadPoolExecutor(max_workers=1, thread_name_prefix="PrefetchingIter")
        self.current_batch = [None] * self.n_iter
        for _ in iters:     # MXNet starts one daemon thread per iterator with Thread.setDaemon, deprecated in 3.10
            warnings.warn("setDaemon() is deprecated, set the daemon attribute instead", DeprecationWarning)
        self._pending = self._pool.submit(self._fetch)

    def _fetch(self):
        batches = []
        for it in self.iters:
            try:
                batches.append(it.next())
            except StopIteration:
                batches.append(None)
        return batches

    @staticmethod
    def _renamed(descs_per_iter, renames):
        if renames is None:
            return sum(descs_per_iter, [])
        return sum([[DataDesc(r[x.name], x.shape, x.dtype) if isinstance(x, DataDesc) else DataDesc(*x)
                     for x in descs] for r, descs in zip(renames, descs_per_iter)], [])

    @property
    def provide_data(self):
        return self._renamed([it.provide_data for it in self.iters], self.rename_data)

    @property
    def provide_label(self):
        return self._renamed([it.provide_label for it in self.iters], self.rename_label)

    def reset(self):
        self._pending.result()            # the batch fetched ahead is dropped
        for it in self.iters:
            it.reset()
        self._pending = self._pool.submit(self._fetch)

    def iter_next(self):
        batches = self._pending.result()
        if batches[0] is None:
            if any(b is not None for b in batches):
                raise AssertionError("Number of entry mismatches between iterators")
            self._pending = self._pool.submit(lambda: batches)    # stays at the end until reset
            return False
        if any(b.pad != batches[0].pad for b in batches):
            raise AssertionError("Number of entry mismatches between iterators")
        self.current_batch = DataBatch(sum([b.data for b in batches], []), sum([b.label for b in batches], []),
                                       batches[0].pad, batches[0].index,
                                       provide_data=self.provide_data, provide_label=self.provide_label)
        self._pending = self._pool.submit(self._fetch)
        return True

    def next(self):
        if self.iter_next():
            return self.current_batch
        raise StopIteration

    def getdata(self):
        return self.current_batch.data

    def getlabel(self):
        return self.current_batch.label

    def getindex(self):
        return self.current_batch.index

    def getpad(self):
        return self.current_batch.pad

    def __del__(self):
        if not hasattr(self, "_pool"):
            # failed before its threads were made: MXNet's __del__ then misses the events it signals (a
            # message Python prints as "Exception ignored in ...")
            raise AttributeError(f"'{type(self).__name__}' object has no attribute 'data_taken'")
        self._pool.shutdown(wait=False)


_MNIST_SOURCE = "../src/io/iter_mnist.cc"


def mnist_arrays(image, label, shuffle, flat, seed, num_parts, part_index):
    """(images, labels) float32 of MNIST-format idx files as MNISTIter reads them: images scaled by
    1/256, ``flat`` rows or (1, H, W), one of ``num_parts`` parts, shuffled once in MXNet's order."""
    image_dims, image_bytes = _read_mnist_header(image, 3)
    # the parts are checked once the images' header is read, before their samples and the labels
    for line, ok, condition, lhs, rhs in ((143, part_index >= 0, "param_.part_index >= 0", part_index, 0),
                                          (144, num_parts > 0, "param_.num_parts > 0", num_parts, 0),
                                          (145, num_parts > part_index, "param_.num_parts > param_.part_index",
                                           num_parts, part_index)):
        core_check(ok, condition, lhs, rhs, "", (_MNIST_SOURCE, line))        # the core's checks have no message
    images = _mnist_samples(image, image_dims, image_bytes, "stdimg").astype(np.float32) / 256.0    # MXNet's scale
    labels = _mnist_samples(label, *_read_mnist_header(label, 1), "stdlabel").astype(np.float32)
    if len(labels) < len(images):       # MXNet reads past the labels here; refuse instead
        raise MXNetError(f"MNISTIter: {label!r} holds {len(labels)} labels for the {len(images)} images of {image!r}")
    rows, cols = images.shape[1:]
    images = images.reshape(len(images), rows * cols) if flat else images.reshape(len(images), 1, rows, cols)
    # each part's bounds are truncated double products, as in MXNet (so the parts differ in size)
    share = len(images) / num_parts
    lo, hi = int(share * part_index), int(share * (part_index + 1))
    images, labels = images[lo:hi], labels[lo:hi]
    if shuffle:
        order = _mt19937_shuffle_order(len(images), seed)
        images, labels = images[order], labels[order]
    return images, labels


def _read_mnist_header(path, ndim):
    """(sizes, file bytes) of an MNIST idx file as MNISTIter opens it: a magic number it does not check,
    then ``ndim`` big-endian sizes (count first)."""
    try:
        with open(local_file(path), "rb") as f:
            raw = f.read()
    except OSError as e:
        raise open_failure(path, e) from None
    if len(raw) < 4 * (ndim + 1):
        raise located(MXNetError("Check failed: fi->Read(buf, sizeof(buf)) == sizeof(buf): invalid mnist format"),
                      (_MNIST_SOURCE, 225))
    return struct.unpack_from(f">{ndim}i", raw, 4), raw


def _mnist_samples(path, dims, raw, stream):
    """The uint8 samples after the header (anything after them is ignored); ``stream``: the reader's name in
    MXNet's check."""
    head, size = 4 * (len(dims) + 1), int(np.prod(dims, dtype=np.int64))
    if size < 0 or len(raw) - head < size:      # (the check has no message)
        raise located(MXNetError(f"Check failed: {stream}->Read(&ch, sizeof(ch) != 0): "),
                      (_MNIST_SOURCE, 177 if stream == "stdimg" else 202))
    return np.frombuffer(raw, np.uint8, count=size, offset=head).reshape(dims)


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


# the names MXNet's module shows, as its own imports
import ctypes  # noqa: E402,F401
import logging  # noqa: E402,F401
import threading  # noqa: E402,F401
from collections import namedtuple  # noqa: E402,F401
from ..base import DataIterHandle, NDArrayHandle, c_str_array, check_call, mx_real_t, mx_uint, py_str  # noqa: E402,F401

from ..base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
_listed = _hiding(globals(), """MXNetError collections concurrent core_check core_log creation local_file located
    log_time mnist_arrays open_failure prefetcher_error struct warnings __getattr__""".split())

# (mx.nd's, which imports this module while it is built: read when asked for)
_ND_NAMES = {"array": "ndarray", "concat": "ndarray", "tile": "ndarray", "CSRNDArray": "ndarray.sparse"}


def __getattr__(name):
    if name in _ND_NAMES:
        import importlib
        return getattr(importlib.import_module(".." + _ND_NAMES[name], __package__), name)
    raise AttributeError(f"module 'mxnet.io.io' has no attribute '{name}'")


def __dir__():
    return sorted(_listed() + list(_ND_NAMES))
