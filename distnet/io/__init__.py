"""Data iterators: ``mx.io``."""
from .io import (DataDesc, DataBatch, DataIter, NDArrayIter, ResizeIter, PrefetchingIter,  # noqa: F401
                 CSVIter, LibSVMIter, MNISTIter)
