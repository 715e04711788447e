"""The core's image record loader behind ``mx.io.ImageRecordIter`` and its uint8/int8 kin (the v1 and
detection variants derive from it in ``_record_loaders``).

Each record is decoded and augmented by the core's default augmenter (``_record_aug``), mirrored, and
for the float iterator normalised as ``(pixel - mean) * (contrast * scale / std) + illumination / std``
per channel, in CHW order. Random draws reproduce the core's single decoding thread: one mt19937
engine for augmentation, one for shuffling; each pass over a file augments every record of the part
(the core parses it as one chunk, assumed here whatever the file's size), and a reset right after
creation continues where the core's prefetcher had got to. Several threads (``preprocess_threads``
above 1 on machines with more than 4 cores) make the core's order nondeterministic; this is its
one-thread behaviour.
"""
import os
import re

import numpy as np

from .. import recordio
from ..base import log_time
from ..base import MXNetError, located, message_of
from ..gluon.data.vision._resize import OPENCV_EMPTY
from ..io.io import core_check, core_log, prefetcher_error
from ..io.native import _BatchLoader, _bool_param, _flag, _shape
from ..io.uri import input_files
from ._codec import decode_cv, decode_hwc
from ._record_aug import DefaultAugmenter, Engine

_OUT_DTYPES = {"ImageRecordIter": np.float32, "ImageRecordIter_v1": np.float32,
               "ImageRecordUInt8Iter": np.uint8, "ImageRecordUInt8Iter_v1": np.uint8,
               "ImageRecordInt8Iter": np.int8, "ImageDetRecordIter": np.float32}


def _check_supported(name, kwargs):
    """Refuse an augmenter sequence other than the iterator's default: distnet implements only that one."""
    default = "det_aug_default" if name == "ImageDetRecordIter" else "aug_default"
    if kwargs.get("aug_seq", default) != default:
        raise MXNetError(f"{name}: aug_seq={kwargs['aug_seq']!r} is not supported by distnet's image record iterator")


def image_shape(kwargs):
    """The iterator's data_shape, which its parameter parser (before the file is opened) takes in 3 nonzero
    dimensions only."""
    shape = _shape(kwargs["data_shape"])
    dims = ",".join(map(str, shape))
    if len(shape) != 3:        # (dmlc writes a Shape with no space before "for")
        raise MXNetError(f"value [{dims}]for Parameter data_shape has wrong dimensions, expected dimension=3")
    if 0 in shape:
        raise MXNetError(f"value [{dims}]for Parameter data_shape is invalid, the input shape must be nonzero in all "
                         "dimensions")
    return shape


def check_part(num_parts, part_index):
    """The input split's check that part ``part_index`` of ``num_parts`` exists (both read as unsigned)."""
    if part_index % 2 ** 32 >= num_parts % 2 ** 32:
        raise located(MXNetError("Check failed: part < nsplit: invalid input parameter for InputSplit::Create"),
                      ("../3rdparty/dmlc-core/src/io.cc", 97))


def part_bytes(size, num_parts, part_index, align=4):
    """The byte range [begin, end) of part ``part_index`` of ``num_parts`` of ``size`` bytes, as the input split cuts
    it: both numbers read as unsigned (num_parts=-1 is 2**32 - 1 parts), steps of ceil(size / parts) rounded up to
    ``align`` bytes (a record's), clipped to the file. A part holds the records starting in its range."""
    parts, index = num_parts % 2 ** 32, part_index % 2 ** 32
    step = (size + parts - 1) // parts
    step = (step + align - 1) // align * align
    return min(step * index, size), min(step * (index + 1), size)


def indexed_part_bytes(index_path, size, num_parts, part_index):
    """The byte range of part ``part_index`` of ``num_parts`` as the indexed input split cuts a file of ``size``
    bytes: in steps of ceil(entries / parts) of the index's offsets, sorted (each entry reaching to the next)."""
    if not os.path.isfile(index_path):
        raise located(MXNetError("Check failed: expanded_list.size() == 1ul (0 vs. 1) : IndexedRecordIOSplitter does "
                                 "not support multiple index files"),
                      ("../3rdparty/dmlc-core/src/io/indexed_recordio_split.cc", 45))
    offsets = sorted(_index_offsets(index_path)) + [size]
    entries = len(offsets) - 1
    parts, index = num_parts % 2 ** 32, part_index % 2 ** 32
    step = (entries + parts - 1) // parts
    return offsets[min(step * index, entries)], offsets[min(step * (index + 1), entries)]


def _index_offsets(index_path):
    """The offsets of an index file's "key offset" lines, read as a C++ stream reads numbers: up to the first that
    is none."""
    with open(index_path, "rb") as f:
        tokens = f.read().split()
    offsets = []
    for key, offset in zip(tokens[::2], tokens[1::2]):
        if not (key.isdigit() and offset.isdigit()):
            break
        offsets.append(int(offset))
    return offsets


def _read_records(path, num_parts, part_index, index_path=None):
    """The raw records of part ``part_index`` of ``num_parts`` byte ranges of the .rec files ``path`` names, read as
    one stream (cut by the entries of an index file, when given one): those starting in the part's range."""
    check_part(num_parts, part_index)       # (the input split's check, before it looks for the file)
    files = input_files(path)
    if index_path and len(files) > 1:
        raise MXNetError(f"ImageRecordIter: path_imgrec {str(path)!r} names {len(files)} files; distnet reads one "
                         "indexed .rec file (path_imgidx)")
    sizes = [os.path.getsize(name) for name in files]
    if index_path:
        begin, end = indexed_part_bytes(index_path, sizes[0], num_parts, part_index)
    else:
        begin, end = part_bytes(sum(sizes), num_parts, part_index)
    records, start = [], 0
    for name, size in zip(files, sizes):
        if start < end and begin < start + size:
            records += _records_between(name, begin - start, end - start)
        start += size
    return records


def _records_between(path, begin, end):
    """The raw records of the .rec file ``path`` starting at a byte offset in [begin, end)."""
    reader = recordio.MXRecordIO(path, "r")
    records = []
    try:
        while True:
            offset = reader.handle.tell()
            rec = reader.read()
            if rec is None or offset >= end:
                break
            if offset >= begin:
                records.append(rec)
    finally:
        reader.close()
    return records


_LEADING_FLOAT = re.compile(r"[+-]?(\d+\.?\d*|\.\d+)([eE][+-]?\d+)?")


def _atof(token):
    """C's ``atof``: the number at the start of ``token``, 0 when there is none."""
    m = _LEADING_FLOAT.match(token)
    return float(m.group(0)) if m else 0.0


def _read_imglist(path, label_width):
    """{record id: float32 label vector} from a .lst file, read as the core reads it: after the id, the next
    ``label_width`` whitespace-separated fields (the file name among them when a line has fewer labels)."""
    labels = {}
    lines = []
    for name in input_files(path):      # found as the core's input split finds files (its words when none is)
        with open(name) as f:
            lines.extend(f)
    for line in lines:
        fields = line.split()
        if not fields:
            continue
        if len(fields) < 1 + label_width:
            raise MXNetError(f"Bad ImageList format: {path!r} line {line.strip()!r} holds fewer than "
                             f"label_width={label_width} labels and a file name")
        labels[int(_atof(fields[0]))] = np.array([_atof(v) for v in fields[1:1 + label_width]], np.float32)
    return labels


# the core seeds its augmentation engine per decoding thread as (thread + 1) * 111, and its
# shuffling engine with 111 + seed; a seed_aug re-seeds the augmentation engine per record
_MAGIC = 111
# batches the core's prefetching thread prepares ahead of the reader (its queue holds 16)
_PREFETCHED = 17
# the iterators batched by the core's generic batch loader: a batch's index holds the records' header ids
# and a short last batch (round_batch=False) keeps the previous batch's rows in its padded slots; the
# others (ImageRecordIter and its uint8/int8 kin) report zero ids and no padding
_BATCH_LOADER_ITERS = ("ImageRecordIter_v1", "ImageRecordUInt8Iter_v1", "ImageDetRecordIter")


def require_pixels(img, in_reading_thread=False):
    """A decoded record's pixels; the empty image of one OpenCV could not decode fails the core's first resize
    (``in_reading_thread``: as ImageRecordIter's parser raises it, through its prefetcher)."""
    if not img.size:
        if in_reading_thread:
            raise located(MXNetError(OPENCV_EMPTY + "\n"), ("../include/dmlc/threadediter.h", 500))
        raise MXNetError(OPENCV_EMPTY)
    return img


def _from_reading_thread(error):
    """An augmenter's failure as ImageRecordIter's reading thread raises it: a check with its source line logged
    first, an OpenCV error as it is (each is left alone if already placed)."""
    message = message_of(error)
    if getattr(error, "raised_at", None) is not None:
        return error
    if message.startswith("OpenCV("):
        return located(MXNetError(message + "\n"), ("../include/dmlc/threadediter.h", 500))
    if message.startswith("Check failed: res.cols >= param_.max_crop_size"):
        return prefetcher_error(f"../src/io/image_aug_default.cc:400: {message}")
    return error


def _in_caller_thread(error):
    """``error`` as the core raises it outside its reading thread: at the check's own source line."""
    if getattr(error, "raised_at", None) != ("../include/dmlc/threadediter.h", 500):
        return error
    found = re.fullmatch(r"\[[\d:]+\] ([^:]+):(\d+): (.*)\n\n", message_of(error), re.S)
    if not found:       # an OpenCV error, without its line break
        return MXNetError(message_of(error).removesuffix("\n"))
    path, line, message = found.groups()
    return located(MXNetError(message), (path, int(line)))


class _ImageRecordLoader(_BatchLoader):
    """The batch loader over encoded records: each pass over the file augments every record in file
    order with one engine (as the core's single decoding thread does) and may shuffle the output order."""

    prefetched = 0      # before_first models the core's prefetcher for this loader
    # ImageRecordIter with ctx='cpu': the core parses each batch when asked, into one batch object (no
    # prefetcher), so a reset does not continue after read-ahead records, a check fails in the caller's
    # thread, the reported pad is the last short batch's, and a short batch without round_batch keeps
    # the previous batch's rows
    synchronous = False
    object_pad = 0
    magic = _MAGIC      # the parser's seed for its augmentation engine (and, plus ``seed``, for shuffling)
    # where the core logs a mean image: missing (to be created), saved, being loaded, loaded (None: no line)
    mean_logs = tuple(f"../src/io/iter_image_recordio_2.cc:{line}" for line in (662, 700, 235, 253))
    # the check that a mean image file holds one array: (its site, the count it compares with)
    mean_count_check = (("../src/io/iter_image_recordio_2.cc", 245), "1")

    def __init__(self, name, records, labels, kwargs):
        self.name = name
        self.shape = image_shape(kwargs)
        self.records, self.labels = records, labels
        self.label_width = int(kwargs.get("label_width", 1))
        self.dtype = _OUT_DTYPES[name]
        self.opts = kwargs
        self.shuffle = _flag(kwargs.get("shuffle", False))
        self.indexed = bool(kwargs.get("path_imgidx", ""))
        self.engine = Engine(self.magic)
        self.shuffler = Engine(self.magic + int(kwargs.get("seed", 0)))
        seed_aug = kwargs.get("seed_aug")
        self.seed_aug = None if seed_aug in (None, "None") else int(seed_aug)
        self.augmenter = DefaultAugmenter(name, kwargs, self.shape)
        self.mirror = _flag(kwargs.get("mirror", False))
        self.rand_mirror = _flag(kwargs.get("rand_mirror", False))
        self.max_contrast = np.float32(kwargs.get("max_random_contrast", 0))
        self.max_illumination = np.float32(kwargs.get("max_random_illumination", 0))
        batch = int(kwargs["batch_size"])
        if batch < 0 and name not in _BATCH_LOADER_ITERS:   # its own batch buffers, sized without a shape check
            raise located(MXNetError("std: :bad_alloc"), ("../include/dmlc/threadediter.h", 500))
        data = np.zeros((1,) + self.shape, self.dtype)
        label = np.zeros((1, self.label_width) if self.label_width > 1 else (1,), np.float32)
        super().__init__(data, label, batch, _flag(kwargs.get("round_batch", True)))
        self._n = len(records)
        self._samples = None
        self._pass = None
        self._passes = 0
        self.mean_img = None
        self.verbose = _bool_param("verbose", kwargs.get("verbose", True))
        if kwargs.get("mean_img") and self.dtype != np.uint8:
            self.mean_img = self._load_or_create_mean(str(kwargs["mean_img"]))

    def _load_or_create_mean(self, path):
        """The mean image of ``path`` (an NDArray file holding one array, under any name or none); missing, it is
        computed as the core does (``_create_mean``) and saved."""
        from ..ndarray import utils as nd_utils
        from ..ndarray.ndarray import _wrap
        missing, saved_at, loading, loaded = self.mean_logs
        if os.path.exists(path):
            self._log(loading, f"Load mean image from {path}")
            saved = nd_utils.load(path)
            arrays = list(saved.values()) if isinstance(saved, dict) else list(saved)
            (source, line), one = self.mean_count_check
            if len(arrays) != 1:
                raise located(MXNetError(f"Check failed: data.size() == {one} ({len(arrays)} vs. 1) : Invalid mean "
                                         "image file format"), (source, line))
            self._log(loaded, f"Load mean image from {path} completed")
            return self._fitted_mean(arrays[0].asnumpy().astype(np.float32))
        self._log(missing, f"Cannot find {path}: create mean image, this will take some time...")
        if self.dtype == np.int8:       # the core builds a mean image in float32 buffers only (its located
            # error shows the first "::" as ": :", as MXNet prints it)
            raise located(MXNetError("Check failed: mshadow: :DataType<DType>::kFlag == type_flag_: "
                                     "TBlob.get_with_shape: data type do not match specified type.Expected: char "
                                     "v.s. given float"), ("../include/mxnet/././tensor_blob.h", 255))
        mean = self._create_mean()
        self._log(saved_at, f"Save mean image to {path}..")
        nd_utils.save(path, {"mean_img": _wrap(mean)})
        return mean

    def _fitted_mean(self, mean):
        """The mean image as the core reads it, pixel by pixel at the output's positions (a larger one's top
        left corner)."""
        return mean[:, :self.shape[1], :self.shape[2]] if mean.ndim == 3 else mean

    def _log(self, where, message):
        if where is not None and self.verbose:
            core_log(where, message)

    def _create_mean(self):
        """One augmenting pass over the records (drawing from the same engines), each image normalised with
        mean_r/g/b, std_r/g/b and scale as without a mean image, averaged."""
        total = np.zeros(self.shape, np.float32)
        order = list(range(len(self.records)))
        if self.indexed and self.shuffle:      # that pass is a shuffled epoch of its own
            self.shuffler.shuffle(order)
        for i in order:
            header, payload = recordio.unpack(self.records[i])
            total += self._finish(*self._augment(self._decode(payload, header), header))
        return total * np.float32(1.0 / max(len(self.records), 1))

    def _mean_of_one_pass(self):
        """The average of one pass of instances as they are handed out, the way the core's v1 and detection
        normalisers build a missing mean image (the first epoch then parses the file again)."""
        self._start_pass(0)
        if self.indexed:
            self._parse_until(self._n)
        total = None
        for img, mirror, mult, bias, *_ in self._pass:
            out = self._finish(img, mirror, mult, bias)
            total = out if total is None else total + out
        self._pos = 0
        return total * np.float32(1.0 / max(self._n, 1))

    def _start_pass(self, first_slot):
        """Begin a pass over the file. Without an index the core parses the whole chunk (here: the part)
        at once in file order, then shuffles; with one, it reads a shuffled permutation batch by batch."""
        order = list(range(len(self.records)))
        if self.indexed:
            if self.shuffle:
                self.shuffler.shuffle(order)
            self._order, self._pass = order, [None] * len(order)
            self._first_slot = first_slot
            # the core's parser reads a batch of records at a time; a pass's first read ends where the batches
            # do, except without round_batch, where ImageRecordIter's reads keep the alignment the last passes
            # left them (each pass shifts it back by the file's length)
            if self.round_batch or self.name in _BATCH_LOADER_ITERS:
                self._lead = (self.batch_size - first_slot) % self.batch_size
            else:
                self._lead = -self._passes * self._n % self.batch_size
            self._passes += 1
            return
        out = []
        for k, rec in enumerate(self.records):
            # the core numbers the records of a parse from the batch slot it starts filling
            out.append(self._sample(rec, (self.batch_size if self.shuffle else first_slot) + k))
        if self.shuffle:
            self.shuffler.shuffle(order)
        self._pass = [out[i] for i in order]

    def _sample(self, rec, slot):
        if self.seed_aug is not None:
            self.engine.seed(slot + self.seed_aug + _MAGIC)
        header, payload = recordio.unpack(rec)
        img = self._decode(payload, header)     # the core checks the channels, then the label, then augments
        label = self._label(header)
        return self._augment(img, header) + (label, header.id)

    def _slot(self, p):
        """The number the core seeds the augmentation of the indexed pass's record ``p`` with: each read numbers
        its records from the batch slot its first record fills, the first read from ``_first_slot``."""
        if p < self._lead:
            return self._first_slot + p
        return (self._first_slot + self._lead) % self.batch_size + (p - self._lead) % self.batch_size

    def _parse_until(self, end):
        """Augment the indexed pass's records before position ``end`` that are not done yet."""
        for p in range(min(end, self._n)):
            if self._pass[p] is None:
                slot = self._slot(p)
                self._pass[p] = self._sample(self.records[self._order[p]], slot)

    def before_first(self):
        if self.batch_size == 0:
            return
        if self.synchronous:
            super().before_first()
            return
        short = self._n % self.batch_size
        batches = -(-self._n // self.batch_size)
        if self.indexed and self._pass is not None and not self._ended and 0 < self._pos < self._n:
            # the core's prefetcher has parsed one batch beyond the one handed out
            ahead = self._first_slot + self._pos
            self._parse_until(-(-ahead // self.batch_size) * self.batch_size + self.batch_size - self._first_slot)
        elif (not self.indexed and self.round_batch and short and not self._ended and 0 < self._pos < self._n
              and batches <= _PREFETCHED):
            # the core's prefetcher has already read to the end of the pass and completed the last
            # batch from the next pass, so a reset continues after those records
            self._start_pass(short)
            self._pos = self._overflow = self.batch_size - short
        super().before_first()

    def _read(self, slot):
        if self._pos >= self._n:
            return False
        if self._pos == 0:
            self._start_pass(slot)
        if self.indexed:
            self._parse_until(self._pos + 1)
        img, mirror, mult, bias, label, record_id = self._pass[self._pos]
        self.data[slot] = self._finish(img, mirror, mult, bias)
        self.label[slot] = label
        self.index[slot] = record_id if self.name in _BATCH_LOADER_ITERS else 0
        self._pos += 1
        return True

    def _refuse_second_pass(self):
        if self.name in _BATCH_LOADER_ITERS:
            super()._refuse_second_pass()
        raise prefetcher_error("../src/io/iter_image_recordio_2.cc:330: Check failed: !overflow: number of input "
                                "images must be bigger than the batch size")

    def next(self):
        if self.batch_size == 0:        # the core's batch of none is full at once: the epoch never ends
            return True
        try:
            more = super().next()
        except MXNetError as e:
            raise _in_caller_thread(e) if self.synchronous else e
        short = more and self.pad > 0
        if short and not self.round_batch and self.name not in _BATCH_LOADER_ITERS:
            if not self.synchronous:    # (a recycled batch's rows: the core's prefetcher hands out zeros here)
                self.data[self.batch_size - self.pad:] = 0
                self.label[self.batch_size - self.pad:] = 0
            self.pad = 0        # the core reports no padding
        if self.synchronous:        # only a short batch sets the pad of the one batch object
            self.pad = self.object_pad = self.pad if short else self.object_pad
        return more

    def _label(self, header):
        if self.labels is not None:
            if header.id not in self.labels and self.name not in _BATCH_LOADER_ITERS:
                raise prefetcher_error("../src/io/./image_iter_common.h:91: Check failed: it != idx2label_.end(): "
                                       f"fail to find imagelabel for id {header.id}")
            if header.id not in self.labels:        # (MXNet's v1 and detection parsers abort the process)
                raise MXNetError(f"{self.name}: record id {header.id} is not in path_imglist")
            value = self.labels[header.id]
        else:
            value = np.atleast_1d(np.asarray(header.label, np.float32))
        if self.labels is None and header.flag > 0:        # a record packed with a label array
            self._check_label(588, value.size == self.label_width, "param_.label_width == rec.num_label",
                              self.label_width, value.size, f"rec file provide {value.size}-dimensional label but "
                              f"label_width is set to {self.label_width}")
        elif self.labels is None:
            self._check_label(593, self.label_width == 1, "param_.label_width == 1", self.label_width, 1,
                              "label_width must be 1 unless an imglist is provided or the rec file is packed with "
                              "multi dimensional label")
        return value[:self.label_width] if self.label_width > 1 else value[0]

    def _check_label(self, line, ok, condition, lhs, rhs, message):
        """A record label's check: ImageRecordIter's parser (and its kin's) fails it from the reading thread."""
        if self.name in _BATCH_LOADER_ITERS:
            core_check(ok, condition, lhs, rhs, message)
        elif not ok:
            raise prefetcher_error(f"../src/io/iter_image_recordio_2.cc:{line}: Check failed: {condition} ({lhs} vs. "
                                   f"{rhs}) : {message}")

    def _decode(self, payload, header):
        """The record's pixels in the core's BGR(A) order."""
        c = self.shape[0]
        if c not in (1, 3, 4):
            self._refuse_output_shape()
        try:
            if c == 4:      # the core keeps the encoded channels and insists on four
                return self._decode_four_channels(payload, header)
            img = decode_hwc(payload, 0 if c == 1 else 1, True)
        except MXNetError as e:
            if "Decoding failed" not in message_of(e):
                raise
            img = np.zeros((0, 0, c), np.uint8)     # OpenCV's empty image: the core goes on with it
        return img[..., [2, 1, 0]] if img.shape[2] == 3 else img

    def _refuse_output_shape(self):
        """Neither gray, colour nor colour with alpha: the parser fails the record from its reading thread (the
        detection parser from its own thread inside the prefetcher's)."""
        text = f"Invalid output shape [{','.join(map(str, self.shape))}]"
        if self.name == "ImageDetRecordIter":
            raise prefetcher_error(f"../include/dmlc/threadediter.h:500: {log_time()} "
                                   f"../src/io/iter_image_det_recordio.cc:420: {text}\n\n")
        if self.name in _BATCH_LOADER_ITERS:
            raise MXNetError(text)
        raise prefetcher_error(f"../src/io/iter_image_recordio_2.cc:580: {text}")

    def _decode_four_channels(self, payload, header):
        try:
            img = decode_cv(payload, -1)
        except MXNetError as e:
            if "Decoding failed" not in message_of(e):
                raise
            img = np.zeros((0, 0))      # an empty image: OpenCV counts one channel
        channels = 1 if img.ndim == 2 else img.shape[2]
        if channels != 4:
            check = (f"Check failed: res.channels() == 4 ({channels} vs. 4) : Invalid image with index {header.id}. "
                     f"Expected 4 channels, got {channels}")
            if self.name in _BATCH_LOADER_ITERS:
                raise MXNetError(check)
            raise prefetcher_error(f"../src/io/iter_image_recordio_2.cc:575: {check}")
        return img

    def _augment(self, img, header):
        """(augmented BGR image, mirror flag, contrast multiplier, illumination bias) of one decoded record."""
        in_reading_thread = self.name not in _BATCH_LOADER_ITERS
        try:
            img = self.augmenter.process(require_pixels(img, in_reading_thread), self.engine)
        except MXNetError as e:
            raise _from_reading_thread(e) if in_reading_thread else e
        mirror = (self.rand_mirror and self.engine.coin()) or self.mirror
        mult, bias = np.float32(1), np.float32(0)
        if self.dtype != np.uint8:
            scale = np.float32(self.opts.get("scale", 1.0))
            mc, mi = self.max_contrast, self.max_illumination
            mult = (self.engine.uniform() * mc * np.float32(2) - mc + np.float32(1)) * scale
            bias = (self.engine.uniform() * mi * np.float32(2) - mi) * scale
        return img, mirror, mult, bias

    def _finish(self, img, mirror, mult, bias):
        """The CHW output of an augmented BGR image: RGB order, mirrored and normalised."""
        if img.dtype != np.uint8:
            img = _bytes_as_pixels(img)
        if img.shape[2] >= 3:
            img = img[..., [2, 1, 0] + list(range(3, img.shape[2]))]
        chw = img.transpose(2, 0, 1)
        if self.dtype == np.int8:
            out = self._subtract_int8_mean(chw)
        elif self.dtype != np.float32:
            out = chw.astype(self.dtype)
        else:
            out = self._normalize(chw, mult, bias)
        # the core mirrors the normalised tensor (which matters only against a mean image)
        return out[:, :, ::-1] if mirror else out

    def _subtract_int8_mean(self, chw):
        """The int8 output: each pixel minus its mean rounded half away from zero, saturated to int8."""
        if self.mean_img is not None:
            means = self.mean_img
        else:
            means = np.array([np.float32(self.opts.get(k, 0.0)) for k in ("mean_r", "mean_g", "mean_b", "mean_a")]
                             [:chw.shape[0]], np.float32)[:, None, None]
        rounded = np.sign(means) * np.floor(np.abs(means).astype(np.float64) + 0.5)      # C's std::round
        return np.clip(chw.astype(np.int32) - rounded.astype(np.int32), -128, 127).astype(np.int8)

    def _normalize(self, chw, mult=None, bias=None):
        opts = self.opts
        if mult is None:
            mult, bias = np.float32(opts.get("scale", 1.0)), np.float32(0)
        means = [np.float32(opts.get(k, 0.0)) for k in ("mean_r", "mean_g", "mean_b", "mean_a")]
        stds = [np.float32(opts.get(k, 1.0)) for k in ("std_r", "std_g", "std_b", "std_a")]
        if chw.shape[0] == 1:
            means, stds = means[:1], stds[:1]
        if self.mean_img is not None:      # a mean image replaces the per-channel means
            means = self.mean_img
        out = np.empty(chw.shape, np.float32)
        for k in range(chw.shape[0]):
            out[k] = (chw[k].astype(np.float32) - means[k]) * np.float32(mult / stds[k]) + np.float32(bias / stds[k])
        return out


def _bytes_as_pixels(img):
    """The pixels the core copies out of a 16-bit image (a four-channel PNG or TIFF kept as decoded): it reads each
    row's bytes as 8-bit pixels of the same channel count, so the first half of the row's bytes."""
    rows, cols, channels = img.shape
    raw = np.ascontiguousarray(img).view(np.uint8).reshape(rows, -1)
    return raw[:, :cols * channels].reshape(rows, cols, channels)
