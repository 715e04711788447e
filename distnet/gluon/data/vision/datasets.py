"""Vision datasets read from local files: MNIST and FashionMNIST in the idx format (gzipped or not)."""
import gzip
import os
import struct

import numpy as np

from ....base import MXNetError
from ....ndarray import creation
from ..dataset import Dataset

__all__ = ["MNIST", "FashionMNIST", "read_idx"]

# idx type codes -> element types (multi-byte elements are big-endian)
IDX_DTYPES = {0x08: ">u1", 0x09: ">i1", 0x0B: ">i2", 0x0C: ">i4", 0x0D: ">f4", 0x0E: ">f8"}


def read_idx(path):
    """The array stored in the idx file ``path`` (read through gzip when the name ends in ``.gz``)."""
    opener = gzip.open if path.endswith(".gz") else open
    try:
        with opener(path, "rb") as f:
            raw = f.read()
    except (OSError, EOFError) as e:
        raise MXNetError(f"cannot read idx file {path}: {e}") from None
    if len(raw) < 4 or raw[:2] != b"\0\0" or raw[2] not in IDX_DTYPES:
        raise MXNetError(f"{path} is not an idx file: it starts with {raw[:4].hex() or 'nothing'}, expected "
                         "00 00, a type code (08 for uint8) and the number of dimensions")
    ndim = raw[3]
    dims = struct.unpack_from(f">{ndim}i", raw, 4) if len(raw) >= 4 + 4 * ndim else None
    dtype = np.dtype(IDX_DTYPES[raw[2]])
    offset = 4 + 4 * ndim
    if dims is None or len(raw) - offset != int(np.prod(dims, dtype=np.int64)) * dtype.itemsize:
        raise MXNetError(f"{path}: the idx header announces shape {dims} of {dtype.name} but the file holds "
                         f"{len(raw) - offset} bytes of data; the file is truncated or corrupt")
    return np.frombuffer(raw, dtype, offset=offset).reshape(dims).astype(dtype.newbyteorder("="))


def _data_dir():
    return os.path.expanduser(os.environ.get("MXNET_HOME", os.path.join("~", ".mxnet")))


class _LocalImageDataset(Dataset):
    """Images (an NDArray, N x H x W x C) and labels (numpy) loaded once; ``transform(image, label)``."""

    def __init__(self, root, transform):
        self._root = os.path.expanduser(root)
        self._transform = transform
        self._data, self._label = self._get_data()

    def __getitem__(self, idx):
        if self._transform is not None:
            return self._transform(self._data[idx], self._label[idx])
        return self._data[idx], self._label[idx]

    def __len__(self):
        return len(self._label)

    def _get_data(self):
        raise NotImplementedError


class MNIST(_LocalImageDataset):
    """The MNIST handwritten digits from the idx files in ``root`` (nothing is downloaded).

    Each sample is an image, a uint8 NDArray of shape (28, 28, 1) (the rows and columns the
    files declare), and its label, a numpy int32.

    Parameters
    ----------
    root : str, default $MXNET_HOME/datasets/mnist
        The folder holding train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,
        t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz (or the same names unzipped).
    train : bool, default True
        The training set, or else the test set.
    transform : callable
        Called as ``transform(image, label)`` on every sample read.
    """

    _name = "MNIST"
    _files = {True: ("train-images-idx3-ubyte", "train-labels-idx1-ubyte"),
              False: ("t10k-images-idx3-ubyte", "t10k-labels-idx1-ubyte")}

    def __init__(self, root=os.path.join(_data_dir(), "datasets", "mnist"), train=True, transform=None):
        self._train = train
        super().__init__(root, transform)

    def _find(self, name):
        for candidate in (name + ".gz", name):
            path = os.path.join(self._root, candidate)
            if os.path.isfile(path):
                return path
        expected = ", ".join(f"{n}.gz" for pair in self._files.values() for n in pair)
        raise MXNetError(f"{self._name}: {name}.gz (or {name}) not found in {self._root}. distnet does not "
                         f"download data sets: put the idx files ({expected}) in that folder, gzipped or not, "
                         "or pass root= pointing to where they are.")

    def _get_data(self):
        image_file, label_file = (self._find(name) for name in self._files[self._train])
        label = read_idx(label_file)
        images = read_idx(image_file)
        if label.ndim != 1 or images.ndim != 3 or len(images) != len(label):
            raise MXNetError(f"{self._name}: {image_file} holds images of shape {images.shape} and {label_file} "
                             f"labels of shape {label.shape}; expected N x rows x cols images and N labels")
        data = creation.array(images[:, :, :, None], dtype=np.uint8)
        return data, label.astype(np.int32)


class FashionMNIST(MNIST):
    """Zalando's Fashion-MNIST: MNIST's file names and layout, default root $MXNET_HOME/datasets/fashion-mnist."""

    _name = "FashionMNIST"

    def __init__(self, root=os.path.join(_data_dir(), "datasets", "fashion-mnist"), train=True, transform=None):
        super().__init__(root, train, transform)
