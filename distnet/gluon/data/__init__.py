"""Data loading for Gluon (``mx.gluon.data``): datasets, samplers, DataLoader, vision."""
from .dataset import Dataset, SimpleDataset, ArrayDataset, RecordFileDataset  # noqa: F401
from .sampler import Sampler, SequentialSampler, RandomSampler, FilterSampler, BatchSampler  # noqa: F401
from .dataloader import DataLoader  # noqa: F401
from . import dataset, sampler, dataloader, vision  # noqa: F401

from ...base import package_listing as _package_listing  # noqa: E402

__dir__ = _package_listing(globals(), ("dataloader", "dataset", "sampler", "vision"))
