"""DLPack exchange: ``to_dlpack_for_read``/``to_dlpack_for_write`` capsules and ``from_dlpack``.

Capsules follow the DLPack convention ("dltensor", renamed "used_dltensor" once consumed), so arrays
cross to and from other frameworks without a copy.
"""
import ctypes
import weakref

import numpy as np

from .ndarray import _wrap


class DLContext(ctypes.Structure):
    _fields_ = [("device_type", ctypes.c_int), ("device_id", ctypes.c_int)]


class DLDataType(ctypes.Structure):
    _fields_ = [("type_code", ctypes.c_uint8), ("bits", ctypes.c_uint8), ("lanes", ctypes.c_uint16)]
    # (DLPack type code, bits, lanes) of each dtype MXNet exchanges
    TYPE_MAP = {"int32": (0, 32, 1), "int64": (0, 64, 1), "bool": (1, 1, 1), "uint8": (1, 8, 1), "uint32": (1, 32, 1),
                "uint64": (1, 64, 1), "float16": (2, 16, 1), "float32": (2, 32, 1), "float64": (2, 64, 1)}


class DLTensor(ctypes.Structure):
    _fields_ = [("data", ctypes.c_void_p), ("ctx", DLContext), ("ndim", ctypes.c_int), ("dtype", DLDataType),
                ("shape", ctypes.POINTER(ctypes.c_int64)), ("strides", ctypes.POINTER(ctypes.c_int64)),
                ("byte_offset", ctypes.c_uint64)]


class DLManagedTensor(ctypes.Structure):
    pass


DeleterFunc = ctypes.CFUNCTYPE(None, ctypes.POINTER(DLManagedTensor))
DLManagedTensor._fields_ = [("dl_tensor", DLTensor), ("manager_ctx", ctypes.c_void_p), ("deleter", DeleterFunc)]


def _release_manager(managed):
    """The deleter of a tensor whose manager context is a Python object kept alive for it: drop that reference."""
    ctypes.pythonapi.Py_DecRef(ctypes.cast(managed.contents.manager_ctx, ctypes.py_object))


dl_managed_tensor_deleter = DeleterFunc(_release_manager)
# The deleter called with the GIL held: numpy < 1.24's frees Python memory and objects without taking it.
_DELETER_WITH_GIL = ctypes.PYFUNCTYPE(None, ctypes.POINTER(DLManagedTensor))

_api = ctypes.pythonapi
_api.PyCapsule_IsValid.restype = ctypes.c_int
_api.PyCapsule_IsValid.argtypes = [ctypes.py_object, ctypes.c_char_p]
_api.PyCapsule_GetPointer.restype = ctypes.c_void_p
_api.PyCapsule_GetPointer.argtypes = [ctypes.py_object, ctypes.c_char_p]
_api.PyCapsule_SetName.restype = ctypes.c_int
_api.PyCapsule_SetName.argtypes = [ctypes.py_object, ctypes.c_char_p]

_KINDS = {0: "i", 1: "u", 2: "f", 6: "b"}      # DLPack type codes: int, uint, float, bool
_KDLCPU = 1


def to_dlpack_for_read(data):
    """A DLPack capsule viewing ``data`` once its pending writes are done."""
    data.wait_to_read()
    values = getattr(data, "_values", None)     # a sparse array exports its data blob: the stored values, as MXNet's
    return (data._data if values is None else values).__dlpack__()


def to_dlpack_for_write(data):
    """A DLPack capsule viewing ``data``, through which another framework may write it."""
    return to_dlpack_for_read(data)


def from_dlpack(dlpack):
    """An NDArray sharing memory with a DLPack capsule (each capsule can be consumed once)."""
    if not _api.PyCapsule_IsValid(dlpack, b"dltensor"):
        raise AssertionError("Invalid DLPack Tensor. DLTensor capsules can be consumed only once.")
    managed = ctypes.cast(_api.PyCapsule_GetPointer(dlpack, b"dltensor"), ctypes.POINTER(DLManagedTensor))
    tensor = managed.contents.dl_tensor
    if tensor.ctx.device_type != _KDLCPU:
        raise ValueError(f"from_dlpack: the tensor is on DLPack device type {tensor.ctx.device_type}; "
                         "only CPU memory (type 1) can be shared")
    code, bits, lanes = tensor.dtype.type_code, tensor.dtype.bits, tensor.dtype.lanes
    if code not in _KINDS or lanes != 1:
        raise ValueError(f"from_dlpack: unsupported DLPack dtype (code {code}, {bits} bits, {lanes} lanes)")
    dtype = np.dtype(f"{_KINDS[code]}{bits // 8}")
    shape = tuple(tensor.shape[i] for i in range(tensor.ndim))
    strides = (None if not tensor.strides else
               tuple(tensor.strides[i] * dtype.itemsize for i in range(tensor.ndim)))
    _api.PyCapsule_SetName(dlpack, b"used_dltensor")   # ownership passes to the array made here
    array = _shared_array(managed, tensor.data + tensor.byte_offset, shape, strides, dtype)
    return _wrap(array)


def _shared_array(managed, address, shape, strides, dtype):
    """A writable numpy view of foreign memory; the producer's deleter runs when the view dies."""
    if strides is None:         # row-major
        strides = tuple(int(np.prod(shape[i + 1:], dtype=np.int64)) * dtype.itemsize for i in range(len(shape)))
    extent = dtype.itemsize + sum((n - 1) * s for n, s in zip(shape, strides)) if all(shape) else 0
    holder = (ctypes.c_char * max(extent, 1)).from_address(address)
    weakref.finalize(holder, ctypes.cast(managed.contents.deleter, _DELETER_WITH_GIL), managed)
    return np.ndarray(shape, dtype, buffer=holder, strides=strides)
