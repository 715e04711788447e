"""Data iterators: ``mx.io``."""
from .io import (DataDesc, DataBatch, DataIter, NDArrayIter, ResizeIter, PrefetchingIter,  # noqa: F401
                 MNISTIter)
from .native import MXDataIter, CSVIter, LibSVMIter  # noqa: F401
