"""Data iterators: ``mx.io``."""
from .io import DataDesc, DataBatch, DataIter, NDArrayIter, ResizeIter, PrefetchingIter  # noqa: F401
from .native import (MXDataIter, CSVIter, LibSVMIter, MNISTIter, ImageRecordIter, ImageRecordIter_v1,  # noqa: F401
                     ImageRecordUInt8Iter, ImageRecordUInt8Iter_v1, ImageRecordInt8Iter, ImageDetRecordIter)
from . import utils  # noqa: F401
from .utils import _init_data, _has_instance, _getdata_by_idx  # noqa: F401

from ..base import package_listing as _package_listing  # noqa: E402

__dir__ = _package_listing(globals(), ("io", "utils"))      # (the others hold distnet's readers)
