"""The deprecated ``_v1`` and the detection image record iterators' loaders, and ``create``, which picks the
loader for an iterator name (``mx.io.ImageRecordIter`` and its kin)."""
import math
import os

import numpy as np

from .. import recordio
from ..base import MXNetError, located, message_of
from ..context import cpu_pinned
from ..io.io import core_check, core_log, prefetcher_error
from ..io.native import MXDataIter, _bool_param, _int_param, _read_params, _shape
from ..io.uri import input_files
from ..ndarray.ops_misc import _C_TYPE_NAMES
from ..ndarray.param_text import read_value
from . import _det_record_params as det_params
from ._record_aug import DetAugmenter, Engine
from ._record_iter import (_ImageRecordLoader, _check_supported, _read_imglist, _read_records, image_shape,
                           require_pixels)

_DET_MAGIC = 233        # the detection parser's engine seed where the classification parser uses 111


def _dims(shape):
    """A shape as mshadow prints it: (4,4)."""
    return "(" + ",".join(map(str, shape)) + ")"


class _V1RecordLoader(_ImageRecordLoader):
    """The deprecated ``_v1`` iterators: the parser only decodes and augments (no index file, no seed_aug);
    the float one then normalises each instance as it is handed out, drawing contrast, illumination and
    mirroring from an engine of its own (seeded with ``seed``): ((pixel - mean) * contrast + illumination)
    * scale / std. The uint8 one hands out the augmented pixels as they are (no mirroring)."""

    mean_logs = ("../src/io/./iter_normalize.h:215", "../src/io/./iter_normalize.h:241",
                 "../src/io/./iter_normalize.h:67", None)
    mean_count_check = (("../src/io/./iter_normalize.h", 76), "1U")

    def _fitted_mean(self, mean):
        return mean         # (its normaliser checks the shapes)

    def __init__(self, name, records, labels, kwargs):
        self.normalizer = Engine(int(kwargs.get("seed", 0)))
        kwargs = {k: v for k, v in kwargs.items() if k not in ("path_imgidx", "seed_aug")}
        super().__init__(name, records, labels, kwargs)

    def _augment(self, img, header):
        return self.augmenter.process(require_pixels(img), self.engine), False, None, None

    def _finish(self, img, mirror, mult, bias):
        if img.shape[2] >= 3:
            img = img[..., [2, 1, 0] + list(range(3, img.shape[2]))]
        chw = img.transpose(2, 0, 1)
        if self.dtype != np.float32:
            return chw.astype(self.dtype)
        return self._normalize_drawn(chw)

    def _normalize_drawn(self, chw):
        draw, mc, mi = self.normalizer, self.max_contrast, self.max_illumination
        contrast = draw.uniform() * mc * np.float32(2) - mc + np.float32(1)
        illumination = draw.uniform() * mi * np.float32(2) - mi
        flip = (self.rand_mirror and draw.coin()) or self.mirror
        opts = self.opts
        scale = np.float32(opts.get("scale", 1.0))
        means = [np.float32(opts.get(k, 0.0)) for k in ("mean_r", "mean_g", "mean_b", "mean_a")]
        stds = [np.float32(opts.get(k, 1.0)) for k in ("std_r", "std_g", "std_b", "std_a")]
        if self.mean_img is not None:
            means = self.mean_img
            if means.shape[1:] != chw.shape[1:]:        # the core's tensor expression checks the shapes
                raise prefetcher_error("../include/mshadow/././expr_engine-inl.h:424: Check failed: shape1 == shape2 "
                                       f"({_dims(chw.shape[1:])} vs. {_dims(means.shape[1:])}) : BinaryMapExp: Shapes "
                                       f"of operands are not the same, Shape1={_dims(chw.shape[1:])}, "
                                       f"Shape2={_dims(means.shape[1:])}")
        out = np.empty(chw.shape, np.float32)
        for k in range(chw.shape[0]):
            out[k] = ((chw[k].astype(np.float32) - means[k]) * contrast + illumination) * scale / stds[k]
        return out[:, :, ::-1] if flip else out

    def _create_mean(self):
        return self._mean_of_one_pass()


class _DetRecordLoader(_ImageRecordLoader):
    """ImageDetRecordIter's loader: the core's detection augmenter, then the image resized to ``data_shape``;
    each label row is ``[C, H, W, label length, label...]`` padded with ``label_pad_value``."""

    magic = _DET_MAGIC
    mean_logs = ("../src/io/./iter_normalize.h:382", "../src/io/./iter_normalize.h:408",
                 "../src/io/./iter_normalize.h:272", None)
    mean_count_check = (("../src/io/./iter_normalize.h", 281), "1")

    def _fitted_mean(self, mean):
        return mean         # (its normaliser checks the shapes)

    def __init__(self, name, records, labels, kwargs):
        headers = [recordio.unpack(r)[0] for r in records]
        if labels is None and any(h.flag == 0 for h in headers):      # a record of a single label: no boxes
            raise located(MXNetError("Not enough label packed in img_list or rec file."),
                          ("../src/io/iter_image_det_recordio.cc", 319))
        sizes = [np.asarray(h.label).size for h in headers]
        label_width = int(kwargs.get("label_width", -1))
        for size in sizes if label_width > 0 else ():     # a given width: every record's label must have it
            core_check(size == label_width, "param_.label_width == rec.num_label", label_width, size,
                       f"rec file provide {size}-dimensional label but label_width is set to {label_width}")
        longest = max(sizes or [0])
        pad_width = int(kwargs.get("label_pad_width", 0))
        if pad_width and pad_width < longest:
            raise MXNetError(f"ImageDetRecordIOParser: label_pad_width: {pad_width} smaller than estimated width: "
                             f"{longest}")
        self.width = max(longest, pad_width) + 4
        if _bool_param("verbose", kwargs.get("verbose", True)):
            core_log("../src/io/iter_image_det_recordio.cc:339", f"ImageDetRecordIOParser: {kwargs['path_imgrec']}, "
                     f"label padding width: {self.width - 4}")
        self.det = DetAugmenter(name, kwargs, _shape(kwargs["data_shape"]))
        super().__init__(name, records, labels, dict(kwargs, label_width=self.width))

    def _create_mean(self):
        return self._mean_of_one_pass()

    def _sample(self, rec, slot):
        header, payload = recordio.unpack(rec)
        raw = np.atleast_1d(np.asarray(header.label, np.float32)).tolist()
        try:
            img, raw = self.det.process_det(require_pixels(self._decode(payload, header)), raw, self.engine)
        except MXNetError as e:     # OpenCV's failures surface through the core's prefetching thread
            if not message_of(e).startswith("OpenCV("):
                raise
            raise prefetcher_error(f"../include/dmlc/threadediter.h:500: {message_of(e)}\n") from None
        row = np.full(self.width, np.float32(self.opts.get("label_pad_value", -1.0)), np.float32)
        # the label header gives the image's own size, which "fit" and "shrink" may leave smaller
        row[:4] = (self.shape[0], img.shape[0], img.shape[1], len(raw))
        row[4:4 + len(raw)] = raw
        return img, False, np.float32(self.opts.get("scale", 1.0)), np.float32(0), row, header.id

    def _finish(self, img, mirror, mult, bias):
        """The image in the top-left corner of zero pixels of ``data_shape``, then normalised as a whole."""
        full = np.zeros((self.shape[1], self.shape[2], img.shape[2]), img.dtype)
        full[:img.shape[0], :img.shape[1]] = img
        return super()._finish(full, mirror, mult, bias)

    def _normalize(self, chw, mult=None, bias=None):
        """The detection normaliser's steps: subtract the channel means when any is positive (else a mean
        image), divide by each positive std, then multiply by ``scale``."""
        opts = self.opts
        data = chw.astype(np.float32)
        means = [np.float32(opts.get(k, 0.0)) for k in ("mean_r", "mean_g", "mean_b", "mean_a")]
        stds = [np.float32(opts.get(k, 1.0)) for k in ("std_r", "std_g", "std_b", "std_a")]
        channels = [0] + ([1, 2] if data.shape[0] >= 3 else []) + ([3] if data.shape[0] == 4 else [])
        if any(m > 0 for m in means):
            for k in channels:
                data[k] -= means[k]
        elif self.mean_img is not None:
            if self.mean_img.shape != data.shape:
                raise prefetcher_error("../include/mshadow/./tensor_cpu-inl.h:213: Check failed: eshape[0] == 0 || "
                                       "eshape == dshape: Assignment: Shape of Tensors are not consistent with target, "
                                       f"eshape: {_dims(self.mean_img.shape)} dshape:{_dims(data.shape)}")
            data -= self.mean_img
        for k in channels:
            if stds[k] > 0:
                data[k] /= stds[k]
        return data * np.float32(opts.get("scale", 1.0))


# The iterators whose batches MXNet's core writes into pinned host memory (its v1 and detection ones do not).
_PINNED = ("ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter")


# the core's words for a missing parameter: its type, and the order in which each iterator reads them
_REQUIRED = {"data_shape": "Shape(tuple)", "batch_size": "int (non-negative)"}
_V2_ITERS = ("ImageRecordIter", "ImageRecordUInt8Iter", "ImageRecordInt8Iter")


# where each iterator's parser logs the file it reads (with its one decoding thread), and its name there
_PARSER_LOGS = dict({name: ("../src/io/iter_image_recordio_2.cc:177", "ImageRecordIOParser2") for name in _V2_ITERS},
                    ImageRecordIter_v1=("../src/io/iter_image_recordio.cc:120", "ImageRecordIOParser"),
                    ImageRecordUInt8Iter_v1=("../src/io/iter_image_recordio.cc:120", "ImageRecordIOParser"),
                    ImageDetRecordIter=("../src/io/iter_image_det_recordio.cc:282", "ImageDetRecordIOParser"))


# the types of the parameters the core parses as numbers or flags (the others are read as text)
_FLAGS = ("verbose", "shuffle", "round_batch", "rand_crop", "random_resized_crop", "mirror", "rand_mirror")
_INTS = ("batch_size", "label_width", "preprocess_threads", "num_parts", "part_index", "device_id",
         "shuffle_chunk_seed", "seed", "resize", "max_rotate_angle", "max_crop_size", "min_crop_size", "random_h",
         "random_s", "random_l", "rotate", "fill_value", "inter_method", "pad")
_FLOATS = ("mean_r", "mean_g", "mean_b", "mean_a", "std_r", "std_g", "std_b", "std_a", "scale", "max_random_contrast",
           "max_random_illumination", "max_aspect_ratio", "min_aspect_ratio", "max_shear_ratio", "max_random_scale",
           "min_random_scale", "max_random_area", "min_random_area", "max_img_size", "min_img_size", "brightness",
           "contrast", "saturation", "pca_noise")


def _float_param(key, text):
    """A float parameter's text as the core reads it: a number within float's range and nothing after it (not even a
    space)."""
    read_value(None, key, "f", text, {key: text})


def _check_param(key, value):
    """The core's parse of one flag or number (the other parameters are read as text)."""
    text = str(value)
    if key in _FLAGS:
        _bool_param(key, value)
    elif key in _INTS:
        number = _int_param(key, value)
        if key == "preprocess_threads" and number < 1:
            raise MXNetError(f"value {number} for Parameter preprocess_threads should be greater equal to 1\n"
                             "preprocess_threads: The number of threads to do preprocessing.")
    elif key in _FLOATS:
        _float_param(key, text)
    elif key == "shuffle_chunk_size":
        _int_param(key, value, "long (non-negative)")
    elif key == "seed_aug" and text != "None":
        try:
            _int_param(key, value)
        except MXNetError:
            raise MXNetError(f"Invalid Parameter format for {key} expect int or None but value='{text}'") from None


_BATCH_KEYS = ("batch_size", "round_batch")
_PARSER_KEYS = ("label_width", "preprocess_threads", "num_parts", "part_index", "device_id", "shuffle_chunk_seed",
                "seed_aug", "shuffle_chunk_size", "data_shape")
_NORMALIZER_KEYS = ("mirror", "rand_mirror", "mean_r", "mean_g", "mean_b", "mean_a", "std_r", "std_g", "std_b", "std_a",
                    "scale", "max_random_contrast", "max_random_illumination")
# the parameter structs each iterator reads before its augmenter's, in the core's order (each struct's keys read in
# the order given, then its required ones checked) (the detection iterator's: _det_record_params)
_STRUCTS = {"ImageRecordIter": (((*_PARSER_KEYS, "verbose"), ("data_shape",)), (("seed", "shuffle"), ()),
                                (_BATCH_KEYS, ("batch_size",)), (_NORMALIZER_KEYS, ())),
            "ImageRecordIter_v1": ((_BATCH_KEYS, ("batch_size",)), ((*_NORMALIZER_KEYS, "seed", "verbose"), ()),
                                   (("shuffle",), ()), (_PARSER_KEYS, ("data_shape",)))}
_STRUCTS.update(ImageRecordUInt8Iter=_STRUCTS["ImageRecordIter"], ImageRecordInt8Iter=_STRUCTS["ImageRecordIter"],
                ImageRecordUInt8Iter_v1=((_BATCH_KEYS, ("batch_size",)), (("seed", "verbose", "shuffle"), ()),
                                         (_PARSER_KEYS, ("data_shape",))))
_UNREAD = {"ImageRecordUInt8Iter_v1": _NORMALIZER_KEYS}     # (it has no normaliser: these are not its parameters)


def _check_det_param_types(kwargs):
    """ImageDetRecordIter's parse of its parameters (see _det_record_params); the keys it ignores are dropped."""
    for keys, required in det_params.STRUCTS:
        _read_params(kwargs, {key: (lambda v, key=key: det_params.check(key, v)) for key in keys}, required)
    for key in set(kwargs) - det_params.KEYS:
        del kwargs[key]


def _check_param_types(name, kwargs):
    """The core's parse of the flags and numbers given, one parameter struct after the other, each in the order
    given: the first it cannot read fails."""
    if name == "ImageDetRecordIter":
        return _check_det_param_types(kwargs)
    structs = _STRUCTS[name]
    read = set(_UNREAD.get(name, ()))
    for keys, required in structs:
        parsers = {key: (lambda v, key=key: _check_param(key, v)) for key in keys}
        if "data_shape" in parsers:         # (its dimensions checked as it is read)
            parsers["data_shape"] = lambda v: image_shape({"data_shape": v})
        _read_params(kwargs, parsers, required)
        read.update(keys)
    for key, value in kwargs.items():
        if key not in read:
            _check_param(key, value)


def _check_required(name, kwargs):
    order = ("data_shape", "batch_size") if name in _V2_ITERS else ("batch_size", "data_shape")
    for key in order:
        if key not in kwargs:
            raise MXNetError(f"Required parameter {key} of {_REQUIRED[key]} is not presented")
    if name == "ImageDetRecordIter":
        kwargs.setdefault("path_imgrec", "./data/imgrec.rec")
    elif not str(kwargs.get("path_imgrec", "")):
        reader = "ImageRecordIter2" if name in _V2_ITERS else "ImageRecordIOIterator"
        raise MXNetError(f"{reader}: Check failed: param_.path_imgrec.length() != 0: must specify image_rec")


def _check_shuffle_chunk(name, kwargs, parts):
    """shuffle_chunk_size (MB, a C++ size_t): the core's advice on its size. A file of more than one chunk per
    part, which the core reads in shuffled chunks, is beyond distnet."""
    mb = int(kwargs.get("shuffle_chunk_size", 0)) % 2 ** 64
    if mb == 0:
        return
    if name == "ImageDetRecordIter":
        raise MXNetError(f"{name}: shuffle_chunk_size={kwargs['shuffle_chunk_size']!r} is not supported by distnet's "
                         "image record iterator")
    v1 = name in ("ImageRecordIter_v1", "ImageRecordUInt8Iter_v1")
    source, (large, small) = (("../src/io/iter_image_recordio.cc", (128, 133)) if v1 else
                              ("../src/io/iter_image_recordio_2.cc", (198, 203)))
    if mb > 4096:
        core_log(f"{source}:{large}", f"Chunk size: {mb} MB which is larger than 4096 MB, please set smaller chunk size")
    if mb < 4:
        core_log(f"{source}:{small}", f"Chunk size: {mb} MB which is less than 4 MB, please set larger chunk size")
    total = sum(os.path.getsize(f) for f in input_files(kwargs["path_imgrec"]))
    if math.ceil(total * 1.1 / (parts * ((mb << 20) % 2 ** 64))) > 1:
        raise MXNetError(f"{name}: shuffle_chunk_size={kwargs['shuffle_chunk_size']!r} splits the file into shuffled "
                         "chunks, which distnet's image record iterator does not read")


def create(name, args, kwargs):
    """The MXDataIter for the image record iterator ``name`` (keyword arguments as MXNet's; positional ones
    refused once the core made the iterator, as its iterator functions do)."""
    called = name
    kwargs = dict(kwargs)
    _check_param_types(name, kwargs)
    for key in _UNREAD.get(name, ()):
        kwargs.pop(key, None)
    _check_required(name, kwargs)
    _check_supported(name, kwargs)
    dtype = kwargs.get("dtype")
    # ImageRecordIter picks its CPU backend (see _ImageRecordLoader.synchronous) by ctx, then its type by dtype
    synchronous = name == "ImageRecordIter" and str(kwargs.get("ctx", "gpu")) == "cpu"
    if synchronous:
        core_log("../src/io/iter_image_recordio_2.cc:830", "Create ImageRecordIter2 optimized for CPU backend.Use "
                                                           "omp threads instead of preprocess_threads.")
    if name == "ImageRecordIter" and dtype not in (None, "None", "float32"):
        if dtype not in ("uint8", "int8"):
            raise located(MXNetError("unknown dtype for ImageRecordIter2."),
                          ("../src/io/iter_image_recordio_2.cc", 843 if synchronous else 858))
        name = {"uint8": "ImageRecordUInt8Iter", "int8": "ImageRecordInt8Iter"}[dtype]
    image_shape(kwargs)
    if name != "ImageDetRecordIter" and int(kwargs.get("label_width", 1)) < 1:
        raise MXNetError(f"value {int(kwargs['label_width'])} for Parameter label_width should be greater equal to 1\n"
                         "label_width: The number of labels per image.")
    parts, index = int(kwargs.get("num_parts", 1)), int(kwargs.get("part_index", 0))
    verbose = _bool_param("verbose", kwargs.get("verbose", True))
    if name == "ImageDetRecordIter":       # its augmenter checks its parameters before any file is read
        DetAugmenter(name, kwargs, image_shape(kwargs))
    imglist = kwargs.get("path_imglist", "")
    labels = _read_imglist(imglist, int(kwargs.get("label_width", 1))) if imglist else None
    if verbose and labels is not None:
        where = ("../src/io/iter_image_det_recordio.cc:109" if name == "ImageDetRecordIter"
                 else "../src/io/./image_iter_common.h:76")
        core_log(where, f"Loaded ImageList from {imglist} {len(labels)} Image records")
    if verbose:
        where, parser = _PARSER_LOGS[name]
        core_log(where, f"{parser}: {kwargs['path_imgrec']}, use 1 threads for decoding..")
    loader_type = {"ImageDetRecordIter": _DetRecordLoader, "ImageRecordIter_v1": _V1RecordLoader,
                   "ImageRecordUInt8Iter_v1": _V1RecordLoader}.get(name, _ImageRecordLoader)
    # (only the parser of ImageRecordIter and its uint8 and int8 forms reads the records through their index)
    index_path = kwargs.get("path_imgidx", "") if loader_type is _ImageRecordLoader else ""
    records = _read_records(kwargs["path_imgrec"], parts, index, index_path)
    _check_shuffle_chunk(name, kwargs, parts)
    loader = loader_type(name, records, labels, kwargs)
    if args:
        raise TypeError(f"{called} can only accept keyword arguments")
    if name in ("ImageDetRecordIter", "ImageRecordIter_v1") and dtype not in (None, "None", "float32"):
        # their batches are float32 buffers: MXNet's core fails filling the first one, at creation
        raise prefetcher_error("../include/mxnet/././tensor_blob.h:214: Check failed: mshadow::DataType<DType>::kFlag"
                               " == type_flag_: TBlob.get_with_shape: data type do not match specified type.Expected: "
                               f"{_C_TYPE_NAMES[dtype]} v.s. given float")
    loader.synchronous = synchronous
    if name in _PINNED and int(kwargs.get("device_id", 0)) != -1:
        loader.context = cpu_pinned(0)
    return MXDataIter(loader, data_name=kwargs.get("data_name", "data"),
                      label_name=kwargs.get("label_name", "softmax_label"))
