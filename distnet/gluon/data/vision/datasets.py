"""Vision datasets read from local files: MNIST/FashionMNIST (idx), CIFAR10/CIFAR100 (binary), image records
and image folders (``root/<class>/<image>``)."""
import gzip
import os
import struct
import tarfile
import warnings

import numpy as np

from ....base import data_dir
from ....ndarray import creation
from ....util import is_np_array
from ... import utils
from ...utils import _DownloadError, check_sha1     # CIFAR calls this module's check_sha1, as MXNet's does
from ..dataset import Dataset, RecordFileDataset, _DownloadedDataset

__all__ = ["MNIST", "FashionMNIST", "CIFAR10", "CIFAR100", "ImageRecordDataset", "ImageFolderDataset"]

def _images_and_labels(data, label):
    """Images (an NDArray) and labels (numpy), as mx.np arrays under NumPy array semantics (as MXNet's)."""
    if is_np_array():
        from ....numpy.multiarray import array as np_array, as_np
        return as_np(data), np_array(label, dtype=label.dtype)
    return data, label


class MNIST(_DownloadedDataset):
    """The MNIST handwritten digits from the idx files in ``root`` (nothing is downloaded).

    Each sample is an image, a uint8 NDArray of shape (28, 28, 1), and its label, a numpy int32.
    Images of another size read too when the header's rows and columns fit the data (MXNet's
    are always 28 x 28).

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

    def __init__(self, root=os.path.join(data_dir(), "datasets", "mnist"), train=True, transform=None):
        self._train = train
        super().__init__(root, transform)

    def _find(self, name):
        for candidate in (name + ".gz", name):
            path = os.path.join(self._root, candidate)
            if os.path.isfile(path):
                return path
        expected = ", ".join(f"{n}.gz" for pair in self._files.values() for n in pair)
        # MXNet would download the file and, without a network, fail with ConnectionError
        raise _DownloadError(f"{self._name}: {name}.gz (or {name}) not found in {self._root}. distnet does not "
                         f"download data sets: put the idx files ({expected}) in that folder, gzipped or not, "
                         "or pass root= pointing to where they are.")

    def _get_data(self):
        image_file, label_file = (self._find(name) for name in self._files[self._train])
        # as MXNet: the headers' magic numbers and counts go unchecked, every byte after them is a uint8 sample
        with _open_idx(label_file) as f:
            struct.unpack(">II", f.read(8))
            label = np.frombuffer(f.read(), dtype=np.uint8).astype(np.int32)
        with _open_idx(image_file) as f:
            rows, cols = struct.unpack(">IIII", f.read(16))[2:]
            images = np.frombuffer(f.read(), dtype=np.uint8)
        if images.size != len(label) * rows * cols:
            rows, cols = 28, 28     # MXNet's shape, whatever the header says: the reshape fails in its words
        data = creation.array(images.reshape(len(label), rows, cols, 1), dtype=np.uint8)
        self._data, self._label = _images_and_labels(data, label)


def _open_idx(path):
    return gzip.open(path, "rb") if path.endswith(".gz") else open(path, "rb")


class FashionMNIST(MNIST):
    """Zalando's Fashion-MNIST: MNIST's file names and layout, default root $MXNET_HOME/datasets/fashion-mnist."""

    _name = "FashionMNIST"

    def __init__(self, root=os.path.join(data_dir(), "datasets", "fashion-mnist"), train=True, transform=None):
        super().__init__(root, train, transform)


class CIFAR10(_DownloadedDataset):
    """The CIFAR-10 images from the binary batch files in ``root`` (nothing is downloaded).

    Each sample is a uint8 NDArray of shape (32, 32, 3) and its label, a numpy int32.

    Parameters
    ----------
    root : str, default $MXNET_HOME/datasets/cifar10
        The folder holding data_batch_1.bin ... data_batch_5.bin and test_batch.bin, all of them the
        published files (their SHA-1 is checked, as MXNet checks it), or the published
        cifar-10-binary.tar.gz, which is unpacked there.
    train : bool, default True
        The training set, or else the test set.
    transform : callable
        Called as ``transform(image, label)`` on every sample read.
    """

    _name = "CIFAR10"
    _files = {True: [f"data_batch_{i}.bin" for i in range(1, 6)], False: ["test_batch.bin"]}
    # SHA-1 of the published files (MXNet reads no others) and of the archive they come in
    _sha1 = {"data_batch_1.bin": "aadd24acce27caa71bf4b10992e9e7b2d74c2540",
             "data_batch_2.bin": "c0ba65cce70568cd57b4e03e9ac8d2a5367c1795",
             "data_batch_3.bin": "1dd00a74ab1d17a6e7d73e185b69dbf31242f295",
             "data_batch_4.bin": "aab85764eb3584312d3c7f65fd2fd016e36a258e",
             "data_batch_5.bin": "26e2849e66a845b7f1e4614ae70f4889ae604628",
             "test_batch.bin": "67eb016db431130d61cd03c7ad570b013799c88c"}
    _archive = ("cifar-10-binary.tar.gz", "fab780a1e191a7eda0f345501ccd62d20f7ed891")
    _label_bytes = 1

    def __init__(self, root=os.path.join(data_dir(), "datasets", "cifar10"), train=True, transform=None):
        self._train = train
        super().__init__(root, transform)

    def _label_column(self):
        return 0

    def _read_batch(self, path):
        width = 3072 + self._label_bytes
        with open(path, "rb") as f:     # a size that is no whole number of records fails in numpy's words
            rows = np.frombuffer(f.read(), dtype=np.uint8).reshape(-1, width)
        images = rows[:, self._label_bytes:].reshape(-1, 3, 32, 32).transpose(0, 2, 3, 1)
        return images, rows[:, self._label_column()].astype(np.int32)

    def _published(self, name):
        """Whether ``root/name`` is there with the published SHA-1 (checked for the train and test files
        alike, whichever split is read, as MXNet does)."""
        path = os.path.join(self._root, name)
        return os.path.exists(path) and check_sha1(path, self._sha1[name])

    def _extract_archive(self):
        """Unpack the published archive in ``root``, where MXNet would download it (offline, that fails)."""
        name, sha1 = self._archive
        archive = os.path.join(self._root, name)
        if not (os.path.exists(archive) and utils.check_sha1(archive, sha1)):
            raise _DownloadError(f"{self._name}: {self._root} does not hold all of the published files "
                                 f"({', '.join(self._sha1)}; one is missing or has another SHA-1), nor {name}, and "
                                 "distnet does not download data sets: put the published files there, or pass "
                                 "root= pointing to them.")
        with tarfile.open(archive) as tar:         # flattened, the file names read below
            for member in tar.getmembers():
                if member.isfile():
                    with open(os.path.join(self._root, os.path.basename(member.name)), "wb") as out:
                        out.write(tar.extractfile(member).read())

    def _get_data(self):
        if any(not self._published(name) for name in self._sha1):
            self._extract_archive()
        images, labels = zip(*(self._read_batch(os.path.join(self._root, name)) for name in self._files[self._train]))
        images = np.concatenate(images)
        self._data, self._label = _images_and_labels(creation.array(images, dtype=images.dtype), np.concatenate(labels))


class CIFAR100(CIFAR10):
    """CIFAR-100 from train.bin / test.bin in ``root``; ``fine_label`` picks the 100 classes over the 20."""

    _name = "CIFAR100"
    _files = {True: ["train.bin"], False: ["test.bin"]}
    _sha1 = {"train.bin": "e207cd2e05b73b1393c74c7f5e7bea451d63e08e",
             "test.bin": "8fb6623e830365ff53cf14adec797474f5478006"}
    _archive = ("cifar-100-binary.tar.gz", "a0bb982c76b83111308126cc779a992fa506b90b")
    _label_bytes = 2

    def __init__(self, root=os.path.join(data_dir(), "datasets", "cifar100"), fine_label=False, train=True,
                 transform=None):
        self._fine_label = fine_label
        super().__init__(root, train, transform)

    def _label_column(self):
        return int(bool(self._fine_label))


class ImageRecordDataset(RecordFileDataset):
    """``(image, label)`` samples from a RecordIO file of packed images; ``transform(image, label)``.

    ``flag`` 1 decodes to H x W x 3 RGB, 0 to H x W x 1 gray (uint8); the label is the record header's.
    """

    def __init__(self, filename, flag=1, transform=None):
        super().__init__(filename)
        self._flag = flag
        self._transform = transform

    def __getitem__(self, idx):
        from .... import image, recordio
        header, payload = recordio.unpack(super().__getitem__(idx))
        img = image.imdecode(payload, self._flag)
        if self._transform is not None:
            return self._transform(img, header.label)
        return img, header.label


class ImageFolderDataset(Dataset):
    """Samples ``(image, label)`` from ``root/<class>/<file>``; classes in sorted folder order.

    ``synsets`` lists the class folders and ``items`` the ``(path, label)`` pairs (.jpg, .jpeg, .png).
    An item is the decoded image (``flag`` 1: H x W x 3 RGB, 0: H x W x 1 gray uint8) and its label,
    passed through ``transform(image, label)`` when given.
    """

    def __init__(self, root, flag=1, transform=None):
        self._root = os.path.expanduser(root)
        self._flag = flag
        self._transform = transform
        self._exts = [".jpg", ".jpeg", ".png"]
        self._list_images(self._root)

    def _list_images(self, root):
        self.synsets, self.items = [], []
        for folder in sorted(os.listdir(root)):
            path = os.path.join(root, folder)
            if not os.path.isdir(path):
                warnings.warn(f"Ignoring {path}, which is not a directory.", stacklevel=3)
                continue
            label = len(self.synsets)
            self.synsets.append(folder)
            for filename in sorted(os.listdir(path)):
                filename = os.path.join(path, filename)
                ext = os.path.splitext(filename)[1]
                if ext.lower() not in self._exts:
                    warnings.warn(f"Ignoring {filename} of type {ext}. Only support {', '.join(self._exts)}")
                    continue
                self.items.append((filename, label))

    def __getitem__(self, idx):
        from .... import image
        path, label = self.items[idx]
        img = image.imread(path, self._flag)
        if self._transform is not None:
            return self._transform(img, label)
        return img, label

    def __len__(self):
        return len(self.items)
