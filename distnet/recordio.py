"""RecordIO files as MXNet writes them (dmlc format), plus the image-record header helpers."""
import collections
import ctypes
import io
import numbers
import os
import struct
import warnings

import numpy as np

from .base import MXNetError, local_file, no_attribute, open_failure
from .ndarray.array_kinds import holds_mxnet_array

try:        # MXNet's image packing asks for OpenCV's Python module, and refuses to run without it
    import cv2
except ImportError:
    cv2 = None

_MAGIC = 0xCED7230A
_MAGIC_BYTES = struct.pack("<I", _MAGIC)


def _lrec(cflag, length):
    return struct.pack("<II", _MAGIC, (cflag << 29) | length)


class _ReadStream(io.BufferedReader):
    """A record file open for reading. Once a read meets the end, ``at_end`` stays set until the file is
    reopened: MXNet's reader keeps returning None there, even after a seek."""
    at_end = False


class MXRecordIO:
    """Sequential reader or writer of a RecordIO file (``flag`` 'r' or 'w')."""

    def __init__(self, uri, flag):
        if not isinstance(uri, str):        # MXNet hands the name to its C library with str.encode (before it
            raise no_attribute(uri, "encode")   # sets is_open: its __del__ then fails to read it)
        self.is_open = False
        if flag not in ("r", "w"):
            raise ValueError("Invalid flag %s" % flag)     # (MXNet's formatting: a tuple fills the %s)
        self.uri, self.flag = ctypes.c_char_p(uri.encode()), flag     # MXNet keeps the C string it opens
        self.open()

    def open(self):
        path = self.uri.value.decode()
        try:
            self.handle = self._open_stream(local_file(path))
        except OSError as e:
            raise open_failure(path, e) from None
        self.writable = self.flag == "w"
        self.is_open = True
        self.pid = os.getpid()

    def _open_stream(self, path):
        if self.flag == "w":
            return open(path, "wb")
        if os.path.isdir(path):     # dmlc-core opens a directory for reading, and its reads find no record
            return _ReadStream(io.BytesIO())
        return _ReadStream(io.FileIO(path))

    def close(self):
        if self.is_open:
            self.handle.close()
            self.is_open = False
            self.pid = None

    def _check_pid(self, allow_reset=False):
        """A closed file, or one opened by another process, reopens (seeks) or is refused (reads/writes)."""
        if self.pid != os.getpid():
            if not allow_reset:     # MXNet's error for using a closed or inherited handle
                raise RuntimeError("Forbidden operation in multiple processes")
            self.reset()

    def __del__(self):
        self.close()

    def __getstate__(self):
        """Pickled by path: like MXNet, pickling closes this object and the copy reopens if it was open."""
        is_open = self.is_open
        self.close()
        state = {k: v for k, v in self.__dict__.items() if k != "handle"}
        state["is_open"], state["uri"] = is_open, self.uri.value.decode()
        return state

    def __setstate__(self, state):
        self.__dict__.update(state)
        self.uri = ctypes.c_char_p(state["uri"].encode())
        self.is_open = False
        self.pid = None
        self.handle = None      # MXNet's copy holds an empty handle until it opens
        if state["is_open"]:
            self.open()

    def reset(self):
        """Go back to the first record."""
        self.close()
        self.open()

    def write(self, buf):
        """Append one record (split around any aligned magic number, as dmlc does)."""
        if not self.writable:
            raise AssertionError()      # MXNet's bare assertion: a reader cannot write
        self._check_pid()
        _check_c_buffer(buf)
        data = buf
        start = 0
        for i in range(0, len(data) & ~3, 4):
            if data[i:i + 4] == _MAGIC_BYTES:
                self.handle.write(_lrec(1 if start == 0 else 2, i - start) + data[start:i])
                start = i + 4
        rest = data[start:]
        self.handle.write(_lrec(3 if start else 0, len(rest)) + rest + b"\0" * (-len(rest) % 4))

    def read(self):
        """The next record's bytes, or None at the end of the file."""
        if self.writable:
            raise AssertionError()      # MXNet's bare assertion: a writer cannot read
        self._check_pid()
        if self.handle.at_end:
            return None
        parts = []
        while True:
            head = self.handle.read(8)
            if not head:            # the end, even inside a record split around magic numbers
                self.handle.at_end = True
                return None
            if len(head) < 8:
                raise MXNetError("Check failed: nread == sizeof(header): Inavlid RecordIO File")    # sic
            magic, lrec = struct.unpack("<II", head)
            if magic != _MAGIC:
                raise MXNetError("Check failed: header[0] == RecordIOWriter: :kMagic: Invalid RecordIO File")
            cflag, length = lrec >> 29, lrec & ((1 << 29) - 1)
            padded = length + -length % 4
            data = self.handle.read(padded)
            if len(data) < padded:
                raise MXNetError("Check failed: stream_->Read(BeginPtr(*out_rec) + size, upper_align) == "
                                 f"upper_align: Invalid RecordIO File upper_align={padded}")
            parts.append(data[:length])
            if cflag in (0, 3):
                return _MAGIC_BYTES.join(parts)


_HEAP_TYPE_FLAG = 1 << 9       # Py_TPFLAGS_HEAPTYPE: a class made by a class statement


def _check_c_buffer(buf):
    """Refuse what MXNet's ``ctypes.c_char_p(buf)`` and ``len(buf)`` refuse, with their messages."""
    if isinstance(buf, bytes):
        return
    if buf is None or isinstance(buf, int):     # an address to ctypes, but it has no length
        raise TypeError(f"object of type '{type(buf).__name__}' has no len()")
    kind = type(buf)
    # ctypes names the type by its C-level name: extension types (numpy's) carry their module
    is_c_type = not kind.__flags__ & _HEAP_TYPE_FLAG and kind.__module__ != "builtins"
    name = f"{kind.__module__}.{kind.__name__}" if is_c_type else kind.__name__
    raise TypeError(f"bytes or integer address expected instead of {name} instance")


class MXIndexedRecordIO(MXRecordIO):
    """A RecordIO file with an index file (``key\\tposition`` lines) for random access."""

    def __init__(self, idx_path, uri, flag, key_type=int):
        self.idx_path, self.key_type = idx_path, key_type
        self.idx, self.keys = {}, []
        self.fidx = None        # the index file, open (text mode, ``flag``) while the record file is
        super().__init__(uri, flag)

    def open(self):
        super().open()
        self.idx, self.keys = {}, []
        self.fidx = open(self.idx_path, self.flag)      # a missing index is MXNet's FileNotFoundError
        if not self.writable:
            for line in self.fidx:
                fields = line.strip().split("\t")      # columns after the position are ignored
                key = self.key_type(fields[0])
                self.idx[key] = int(fields[1])
                self.keys.append(key)

    def close(self):
        if self.is_open:
            super().close()
            self.fidx.close()       # (None when opening the index failed: MXNet's close then fails)

    def __getstate__(self):
        state = super().__getstate__()
        state["fidx"] = None
        return state

    def seek(self, idx):
        """Move the reader to the record stored under key ``idx`` (reopening a closed file)."""
        if self.writable:
            raise AssertionError()      # MXNet's bare assertion: a writer cannot seek
        self._check_pid(allow_reset=True)
        self.handle.seek(self.idx[idx])

    def tell(self):
        """The byte offset where the next record will be written (writers only, as in MXNet)."""
        if not self.writable:
            raise AssertionError()      # MXNet's bare assertion: only a writer has a position
        self._check_pid()
        return self.handle.tell()

    def read_idx(self, idx):
        """The record stored under key ``idx``."""
        self.seek(idx)
        return self.read()

    def write_idx(self, idx, buf):
        """Append a record under key ``idx``."""
        key = self.key_type(idx)
        pos = self.tell()
        self.write(buf)     # first, as MXNet: a refused record leaves no index entry
        self.fidx.write(f"{key}\t{pos}\n")
        self.idx[key] = pos
        self.keys.append(key)


IRHeader = collections.namedtuple("HEADER", ["flag", "label", "id", "id2"])
_IR_FORMAT = "IfQQ"
_IR_SIZE = struct.calcsize(_IR_FORMAT)


def pack(header, s):
    """Prefix ``s`` with an image-record header (a label array goes after the header)."""
    header = IRHeader(*header)
    if isinstance(header.label, numbers.Number):     # a single label: MXNet stores flag 0
        header = header._replace(flag=0)
    else:
        label = _float32_label(header.label)
        # MXNet writes the label with ndarray.tostring, which its numpy (1.23) deprecates
        warnings.warn("tostring() is deprecated. Use tobytes() instead.", DeprecationWarning)
        s = label.tobytes() + s     # before the header is packed: a str payload fails first, as in MXNet
        header = header._replace(flag=label.size, label=0)
    return struct.pack(_IR_FORMAT, *header) + s


def _float32_label(label):
    """``np.asarray(label, float32)`` as numpy makes it in MXNet, where it reads an MXNet array as an endless nest."""
    array = np.asarray(label, dtype=np.float32)     # a ragged nest fails here, as there
    if holds_mxnet_array(label):
        raise ValueError("setting an array element with a sequence. The requested array would exceed the maximum "
                         "number of dimension of 32.")
    return array


def unpack(s):
    """(IRHeader, payload) of a packed record."""
    header = IRHeader(*struct.unpack(_IR_FORMAT, s[:_IR_SIZE]))
    s = s[_IR_SIZE:]
    if header.flag > 0:
        if len(s) < header.flag * 4:        # numpy's own error for the short buffer, as in MXNet
            raise ValueError("buffer is smaller than requested size")
        label = np.frombuffer(s[:header.flag * 4], dtype=np.float32)
        header, s = header._replace(label=label), s[header.flag * 4:]
    return header, s


def pack_img(header, img, quality=95, img_fmt=".jpg"):
    """Encode ``img`` (H x W x 3 in OpenCV's BGR order, or H x W gray) as JPEG (``quality`` 1-100) or
    PNG (``quality`` is the zlib level, clamped to 0-9) and pack it with ``header``."""
    assert cv2 is not None
    from .image import _encode
    fmt = img_fmt.upper()
    if fmt in (".JPG", ".JPEG"):
        buf = _encode.encode_jpeg(np.asarray(img), quality)
    elif fmt == ".PNG":
        buf = _encode.encode_png(np.asarray(img), quality)
    else:
        raise MXNetError(f"pack_img: unsupported image format {img_fmt!r} (use '.jpg' or '.png')")
    return pack(header, buf)


def unpack_img(s, iscolor=-1):
    """(IRHeader, numpy image) of a packed image record, decoded as ``cv2.imdecode(buf, iscolor)``:
    -1 keeps the stored channels (BGR order), 0 gives an H x W gray array, 1 H x W x 3 BGR."""
    from .image import _codec
    header, s = unpack(s)
    assert cv2 is not None
    return header, _codec.decode_cv(s, iscolor)


# the names MXNet's module shows, as its own imports
from collections import namedtuple  # noqa: E402,F401
from multiprocessing import current_process  # noqa: E402,F401
from .base import RecordIOHandle, c_str, check_call  # noqa: E402,F401

from .base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """MXNetError collections holds_mxnet_array io local_file no_attribute open_failure os
    warnings""".split())
