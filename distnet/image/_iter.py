"""``ImageIter``: batches of augmented images from a RecordIO file, an image list file or a list."""
import logging
import os
import random

import numpy as np

from .. import ndarray as nd
from .. import recordio
from ..base import numeric_types
from ..io import io
from ..util import is_np_array

__all__ = ["ImageIter"]


def _arrays():
    """The array module batches and labels are made with: ``mx.np`` in NumPy array mode, else ``mx.nd``."""
    if is_np_array():
        from .. import numpy as mx_np
        return mx_np
    return nd


def _read_lst(path, dtype):
    """{key: (label NDArray, file name)} and the keys in file order of a tab-separated .lst file."""
    imglist, keys = {}, []
    with open(path) as fin:
        for line in iter(fin.readline, ""):
            fields = line.strip().split("\t")
            key = int(fields[0])
            # the label texts go to nd.array as they are (a non-number is its TypeError, as in MXNet)
            imglist[key] = (_arrays().array(fields[1:-1], dtype=dtype), fields[-1])
            keys.append(key)
    return imglist, keys


def _from_list(imglist, dtype):
    """The same mapping from a Python list of ``[label..., path]`` entries (keys "1", "2", ...)."""
    result, keys = {}, []
    array = _arrays().array
    for index, img in enumerate(imglist, 1):
        key = str(index)
        if len(img) > 2:
            label = array(img[:-1], dtype=dtype)
        elif isinstance(img[0], numeric_types):
            label = array([img[0]], dtype=dtype)
        else:
            label = array(img[0], dtype=dtype)
        result[key] = (label, img[-1])
        keys.append(key)
    return result, keys


class ImageIter(io.DataIter):
    """Image data iterator with augmenters, reading a .rec file (with optional .idx), a .lst file
    with ``path_root``, or ``imglist`` (a list of ``[label..., path]``).

    Parameters
    ----------
    batch_size : int
    data_shape : tuple
        (3, H, W) after augmentation.
    label_width : int, default 1
    path_imgrec, path_imglist, path_root, path_imgidx : str
        The record file, the .lst file, the image folder and the record index file.
    shuffle : bool
        Reshuffle the samples (Python's ``random``) at each reset.
    part_index, num_parts : int
        Read part ``part_index`` of ``num_parts`` equal parts.
    aug_list : list of Augmenter
        Default: ``CreateAugmenter(data_shape, **kwargs)``.
    imglist : list
    data_name, label_name : str
    dtype : str
        Label type: int32, float32, int64 or float64.
    last_batch_handle : str
        'pad', 'discard' or 'roll_over'.
    """

    def __init__(self, batch_size, data_shape, label_width=1, path_imgrec=None, path_imglist=None,
                 path_root=None, path_imgidx=None, shuffle=False, part_index=0, num_parts=1,
                 aug_list=None, imglist=None, data_name="data", label_name="softmax_label",
                 dtype="float32", last_batch_handle="pad", **kwargs):
        super().__init__()
        if not (path_imgrec or path_imglist or isinstance(imglist, list)):
            raise AssertionError()      # (a bare assert in MXNet: no message)
        if dtype not in ("int32", "float32", "int64", "float64"):
            raise AssertionError(dtype + " label not supported")
        logging.info("Using %s threads for decoding...", os.environ.get("MXNET_CPU_WORKER_NTHREADS", 1))
        logging.info("Set enviroment variable MXNET_CPU_WORKER_NTHREADS to a larger number to use more threads.")
        class_name = type(self).__name__
        if path_imgrec:     # as in MXNet, an iterator over a list has no imgidx attribute
            logging.info("%s: loading recordio %s...", class_name, path_imgrec)
            if path_imgidx:
                self.imgrec = recordio.MXIndexedRecordIO(path_imgidx, path_imgrec, "r")
                self.imgidx = list(self.imgrec.keys)
            else:
                self.imgrec = recordio.MXRecordIO(path_imgrec, "r")
                self.imgidx = None
        else:
            self.imgrec = None
        imgkeys = None
        if path_imglist:
            logging.info("%s: loading image list %s...", class_name, path_imglist)
            self.imglist, imgkeys = _read_lst(path_imglist, dtype)
        elif isinstance(imglist, list):
            logging.info("%s: loading image list...", class_name)
            self.imglist, imgkeys = _from_list(imglist, dtype)
        else:
            self.imglist = None
        self.path_root = path_root
        self.check_data_shape(data_shape)
        self.provide_data = [(data_name, (batch_size,) + tuple(data_shape))]
        label_shape = (batch_size, label_width) if label_width > 1 else (batch_size,)
        self.provide_label = [(label_name, label_shape)]
        self.batch_size, self.data_shape, self.label_width = batch_size, tuple(data_shape), label_width
        self.shuffle = shuffle
        if self.imgrec is None:
            self.seq = imgkeys
        elif shuffle or num_parts > 1 or path_imgidx:
            if self.imgidx is None:
                raise AssertionError()      # (a bare assert in MXNet: no message)
            self.seq = self.imgidx
        else:
            self.seq = None
        if num_parts > 1:
            if part_index >= num_parts:
                raise AssertionError()      # (a bare assert in MXNet: no message)
            size = len(self.seq) // num_parts
            self.seq = self.seq[part_index * size:(part_index + 1) * size]
        from .image import CreateAugmenter
        self.auglist = CreateAugmenter(data_shape, **kwargs) if aug_list is None else aug_list
        self.cur = 0
        self._allow_read = True
        self.last_batch_handle = last_batch_handle
        self.num_image = len(self.seq) if self.seq is not None else None
        self._cache_data = self._cache_label = self._cache_idx = None
        self.reset()

    def reset(self):
        """Rewind (reshuffling when ``shuffle``); with 'roll_over' a cached short batch is kept."""
        if self.seq is not None and self.shuffle:
            random.shuffle(self.seq)
        if self.last_batch_handle != "roll_over" or self._cache_data is None:
            if self.imgrec is not None:
                self.imgrec.reset()
            self.cur = 0
            self._allow_read = True

    def hard_reset(self):
        """Rewind and drop any rolled-over samples."""
        if self.seq is not None and self.shuffle:
            random.shuffle(self.seq)
        if self.imgrec is not None:
            self.imgrec.reset()
        self.cur = 0
        self._allow_read = True
        self._cache_data = self._cache_label = self._cache_idx = None

    def next_sample(self):
        """(label, encoded image bytes) of the next sample; StopIteration at the end."""
        if not self._allow_read:
            raise StopIteration
        if self.seq is None:
            s = self.imgrec.read()
            if s is None:
                if self.last_batch_handle != "discard":
                    self.imgrec.reset()
                raise StopIteration
            header, img = recordio.unpack(s)
            return header.label, img
        if self.cur >= self.num_image:
            if self.last_batch_handle != "discard":
                self.cur = 0
            raise StopIteration
        idx = self.seq[self.cur]
        self.cur += 1
        if self.imgrec is not None:
            header, img = recordio.unpack(self.imgrec.read_idx(idx))
            return (header.label if self.imglist is None else self.imglist[idx][0]), img
        label, fname = self.imglist[idx]
        return label, self.read_image(fname)

    def _batchify(self, batch_data, batch_label, start=0):
        i = start
        try:
            while i < self.batch_size:
                label, s = self.next_sample()
                data = self.imdecode(s)
                try:
                    self.check_valid_image(data)
                except RuntimeError as e:
                    logging.debug("Invalid image, skipping:  %s", str(e))
                    continue
                data = self.augmentation_transform(data)
                batch_data[i] = self.postprocess_data(data)
                batch_label[i] = self._label_row(label, batch_label.shape[1:])
                i += 1
        except StopIteration:
            if not i:       # a new StopIteration, as MXNet's: it carries the sampler's as its context
                raise StopIteration
        return i

    def next(self):
        """The next DataBatch (``pad`` counts the samples repeated from the start)."""
        c, h, w = self.data_shape
        if self._cache_data is not None:
            batch_data, batch_label, i = self._cache_data, self._cache_label, self._cache_idx
        else:
            batch_data, batch_label = self._empty_batch(c, h, w)
            i = self._batchify(batch_data, batch_label)
        pad = self.batch_size - i
        if pad:
            if self.last_batch_handle == "discard":
                raise StopIteration
            if self.last_batch_handle == "roll_over" and self._cache_data is None:
                self._cache_data, self._cache_label, self._cache_idx = batch_data, batch_label, i
                raise StopIteration
            self._batchify(batch_data, batch_label, i)
            if self.last_batch_handle == "pad":
                self._allow_read = False
            else:
                self._cache_data = self._cache_label = self._cache_idx = None
        return io.DataBatch([batch_data], [batch_label], pad=pad)

    @staticmethod
    def _label_row(label, shape):
        """A sample's label as one row of the label batch (a 1-element label fills a scalar slot)."""
        value = label.asnumpy() if isinstance(label, nd.NDArray) else label
        value = np.asarray(value, np.float32)
        # a label of another size is written as it came, so the write fails as MXNet's does for that array
        return value.reshape(shape) if value.size == int(np.prod(shape)) else label

    def _empty_batch(self, c, h, w):
        arrays = _arrays()
        return arrays.zeros((self.batch_size, c, h, w)), arrays.empty(self.provide_label[0][1])

    def check_data_shape(self, data_shape):
        """Raise ValueError unless ``data_shape`` is (3, H, W)."""
        if len(data_shape) != 3:
            raise ValueError("data_shape should have length 3, with dimensions CxHxW")
        if data_shape[0] != 3:
            raise ValueError("This iterator expects inputs to have 3 channels.")

    def check_valid_image(self, data):
        """Raise RuntimeError for an empty image."""
        if len(data[0].shape) == 0:
            raise RuntimeError("Data shape is wrong")

    def imdecode(self, s):
        """Decode one sample, naming the file or record in the error."""
        from .image import imdecode
        try:
            return imdecode(s)
        except Exception as e:  # noqa: BLE001  (any decoder failure is reported with the sample)
            # raised while handling the decoder's error, as MXNet's is: the traceback shows both
            raise RuntimeError(f"{self._locate()}, {e}")

    def _locate(self):
        if self.seq is not None:
            idx = self.seq[(self.cur % self.num_image) - 1]
        else:       # a record file read in order has no num_image: MXNet's TypeError replaces the decoder's error
            idx = (self.cur % self.num_image) - 1
        if self.imglist is not None:
            return f"Broken image filename: {self.imglist[idx][1]}"
        return f"Broken image index: {idx}"

    def read_image(self, fname):
        """The bytes of ``path_root/fname``."""
        with open(os.path.join(self.path_root, fname), "rb") as fin:
            return fin.read()

    def augmentation_transform(self, data):
        """Apply the augmenters in order."""
        for aug in self.auglist:
            data = aug(data)
        return data

    def postprocess_data(self, datum):
        """HWC -> CHW."""
        return datum.transpose(2, 0, 1) if is_np_array() else nd.transpose(datum, axes=(2, 0, 1))
