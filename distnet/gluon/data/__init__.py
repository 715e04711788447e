"""Data loading for Gluon (``mx.gluon.data``): datasets, samplers, DataLoader, vision."""
from .dataset import Dataset, SimpleDataset, ArrayDataset, RecordFileDataset  # noqa: F401
from .sampler import Sampler, SequentialSampler, RandomSampler, FilterSampler, BatchSampler  # noqa: F401
from .dataloader import DataLoader  # noqa: F401
from . import dataset, sampler, dataloader, vision  # noqa: F401
