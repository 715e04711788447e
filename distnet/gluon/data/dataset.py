"""Datasets: anything with ``len()`` and ``[i]``, plus MXNet's lazy transform/filter/shard/take views."""
import os

from ...base import class_text
from ...ndarray import NDArray
from ..parameter import AssertError

__all__ = ["Dataset", "SimpleDataset", "ArrayDataset", "RecordFileDataset"]


class Dataset:
    """The abstract dataset: subclasses define ``__getitem__`` and ``__len__``.

    A numpy array, an NDArray or a list can be used wherever a Dataset is expected.
    """

    def __getitem__(self, idx):
        raise NotImplementedError

    def __len__(self):
        raise NotImplementedError

    def filter(self, fn):
        """The samples for which ``fn(sample)`` is true (``fn`` runs on every sample now, read by iteration)."""
        from .sampler import FilterSampler
        return _SampledDataset(self, FilterSampler(fn, self))

    def shard(self, num_shards, index):
        """Part ``index`` of ``num_shards`` contiguous parts (sizes differ by at most one)."""
        if not index < num_shards:
            raise AssertError("Shard index of out bound: %d out of %d" % (index, num_shards))
        if not num_shards > 0:
            raise AssertError("Number of shards must be greater than 0")
        if not index >= 0:
            raise AssertError("Index must be non-negative")
        size, rest = divmod(len(self), num_shards)
        start = size * index + min(index, rest)
        from .sampler import SequentialSampler
        return _SampledDataset(self, SequentialSampler(size + (index < rest), start))

    def take(self, count):
        """The first ``count`` samples (all of them when ``count`` is None or too large)."""
        if count is None or count > len(self):
            count = len(self)
        from .sampler import SequentialSampler
        return _SampledDataset(self, SequentialSampler(count))

    def sample(self, sampler):
        """The samples at the indices ``sampler`` yields."""
        from .sampler import Sampler
        if not isinstance(sampler, Sampler):
            raise TypeError(f"Invalid sampler type: {class_text(sampler)}. Expected gluon.data.Sampler instead.")
        return _SampledDataset(self, sampler)

    def transform(self, fn, lazy=True):
        """A dataset of ``fn(*sample)``; ``lazy=False`` applies ``fn`` to every sample now.

        The samples are then read by iteration, i.e. at 0, 1, ... until an IndexError, whatever ``len()`` says.
        """
        trans = _LazyTransformDataset(self, fn)
        return trans if lazy else SimpleDataset([sample for sample in trans])

    def transform_first(self, fn, lazy=True):
        """A dataset whose samples have ``fn`` applied to their first field only."""
        return self.transform(_TransformFirstClosure(fn), lazy)


class SimpleDataset(Dataset):
    """A dataset over any object with ``len()`` and ``[i]`` (a list, an array)."""

    def __init__(self, data):
        self._data = data

    def __len__(self):
        return len(self._data)

    def __getitem__(self, idx):
        return self._data[idx]


class ArrayDataset(Dataset):
    """Several equally long arrays zipped: sample ``i`` is ``(a[i], b[i], ...)`` (``a[i]`` for one array).

    A 1-d NDArray is kept as numpy, so its samples are numpy scalars (as in MXNet).
    """

    def __init__(self, *args):
        if not args:
            raise AssertError("Needs at least 1 arrays")
        self._length = len(args[0])
        self._data = []
        for i, data in enumerate(args):
            if len(data) != self._length:
                # MXNet's message numbers the offending array from 1 more than its index
                raise AssertError(f"All arrays must have the same length; array[0] has length {self._length} "
                                 f"while array[{i + 1}] has {len(data)}.")
            if isinstance(data, NDArray) and data.ndim == 1:
                data = data.asnumpy()
            self._data.append(data)

    def __getitem__(self, idx):
        if len(self._data) == 1:
            return self._data[0][idx]
        return tuple(data[idx] for data in self._data)

    def __len__(self):
        return self._length


class RecordFileDataset(Dataset):
    """The raw records of a RecordIO file ``filename`` with its ``.idx`` index beside it."""

    def __init__(self, filename):
        from ...recordio import MXIndexedRecordIO
        self.idx_file = os.path.splitext(filename)[0] + ".idx"
        self.filename = filename
        self._record = MXIndexedRecordIO(self.idx_file, self.filename, "r")

    def __getitem__(self, idx):
        return self._record.read_idx(self._record.keys[idx])

    def __len__(self):
        return len(self._record.keys)


class _DownloadedDataset(Dataset):
    """A data set held in memory: ``_get_data`` fills ``_data`` and ``_label`` from files in ``root`` (made
    when missing); a sample is ``(data[i], label[i])``, or ``transform(data[i], label[i])``."""

    def __init__(self, root, transform):
        super().__init__()
        self._transform = transform
        self._data = None
        self._label = None
        self._root = os.path.expanduser(root)
        if not os.path.isdir(self._root):       # MXNet makes the folder it would download into
            os.makedirs(self._root)
        self._get_data()

    def __getitem__(self, idx):
        if self._transform is not None:
            return self._transform(self._data[idx], self._label[idx])
        return self._data[idx], self._label[idx]

    def __len__(self):
        return len(self._label)

    def _get_data(self):
        raise NotImplementedError


class _LazyTransformDataset(Dataset):
    """``fn`` applied on access; a tuple sample is passed as separate arguments."""

    def __init__(self, data, fn):
        self._data = data
        self._fn = fn

    def __len__(self):
        return len(self._data)

    def __getitem__(self, idx):
        item = self._data[idx]
        if isinstance(item, tuple):
            return self._fn(*item)
        return self._fn(item)


class _TransformFirstClosure:
    """Applies ``fn`` to the first field and passes the others through."""

    def __init__(self, fn):
        self._fn = fn

    def __call__(self, x, *args):
        if args:
            return (self._fn(x),) + args
        return self._fn(x)


class _SampledDataset(Dataset):
    """The samples of ``dataset`` at the indices a sampler yields (drawn once, at creation)."""

    def __init__(self, dataset, sampler):
        self._dataset = dataset
        self._sampler = sampler
        self._indices = list(iter(sampler))

    def __len__(self):
        return len(self._sampler)

    def __getitem__(self, idx):
        return self._dataset[self._indices[idx]]


# the names MXNet's module shows, as its own imports
from ... import ndarray, recordio  # noqa: E402,F401

from ...base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError NDArray class_text""".split())
