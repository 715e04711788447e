"""Vision datasets: MNIST/FashionMNIST (idx files) and CIFAR10/CIFAR100 (binary batches), downloaded into ``root``
from the data set repository ($MXNET_GLUON_REPO) when missing or not the published files; image records and image
folders (``root/<class>/<image>``)."""
import gzip
import os
import struct
import tarfile
import warnings

import numpy as np

from ....base import data_dir
from ....ndarray import creation
from ....util import is_np_array
# looked up here by name (as MXNet's module does): patching gluon.utils.download leaves these calls alone, while
# download's own SHA-1 checks and CIFAR's check_sha1 of this module can be patched apart
from ...utils import _get_repo_file_url, check_sha1, download
from ..dataset import Dataset, RecordFileDataset, _DownloadedDataset

__all__ = ["MNIST", "FashionMNIST", "CIFAR10", "CIFAR100", "ImageRecordDataset", "ImageFolderDataset"]


def _images_and_labels(data, label):
    """Images (an NDArray) and labels (numpy), as mx.np arrays under NumPy array semantics (as MXNet's)."""
    if is_np_array():
        from ....numpy.multiarray import array as np_array, as_np
        return as_np(data), np_array(label, dtype=label.dtype)
    return data, label


class MNIST(_DownloadedDataset):
    """The MNIST handwritten digits (http://yann.lecun.com/exdb/mnist), from gzipped idx files in ``root``.

    Each sample is an image, a uint8 NDArray of shape (28, 28, 1), and its label, a numpy int32. A file
    missing from ``root``, or not the published one (its SHA-1), is downloaded there first from
    ``<repo>/gluon/dataset/<namespace>/``.

    Parameters
    ----------
    root : str, default $MXNET_HOME/datasets/mnist
        The folder holding train-images-idx3-ubyte.gz, train-labels-idx1-ubyte.gz,
        t10k-images-idx3-ubyte.gz and t10k-labels-idx1-ubyte.gz.
    train : bool, default True
        The training set, or else the test set.
    transform : callable
        Called as ``transform(image, label)`` on every sample read.
    """

    # (file name, SHA-1 of the published file)
    _train_data = ("train-images-idx3-ubyte.gz", "6c95f4b05d2bf285e1bfb0e7960c31bd3b3f8a7d")
    _train_label = ("train-labels-idx1-ubyte.gz", "2a80914081dc54586dbdf242f9805a6b8d2a15fc")
    _test_data = ("t10k-images-idx3-ubyte.gz", "c3a25af1f52dad7f726cce8cacb138654b760d48")
    _test_label = ("t10k-labels-idx1-ubyte.gz", "763e7fa3757d93b0cdec073cef058b2004252c17")
    _namespace = "mnist"

    def __init__(self, root=os.path.join(data_dir(), "datasets", "mnist"), train=True, transform=None):
        self._train = train
        super().__init__(root, transform)

    def _get_data(self):
        data, label = (self._train_data, self._train_label) if self._train else (self._test_data, self._test_label)
        namespace = "gluon/dataset/" + self._namespace
        # the images first, then the labels, each downloaded unless the published file is there
        data_file = download(_get_repo_file_url(namespace, data[0]), path=self._root, sha1_hash=data[1])
        label_file = download(_get_repo_file_url(namespace, label[0]), path=self._root, sha1_hash=label[1])
        # as MXNet: the headers' magic numbers and counts go unchecked, every byte after them is a uint8 sample
        with gzip.open(label_file, "rb") as f:
            struct.unpack(">II", f.read(8))
            label = np.frombuffer(f.read(), dtype=np.uint8).astype(np.int32)
        with gzip.open(data_file, "rb") as f:
            struct.unpack(">IIII", f.read(16))
            images = np.frombuffer(f.read(), dtype=np.uint8).reshape(len(label), 28, 28, 1)
        self._data, self._label = _images_and_labels(creation.array(images, dtype=images.dtype), label)


class FashionMNIST(MNIST):
    """Zalando's Fashion-MNIST: MNIST's file names and layout (its own files and SHA-1s), default root
    $MXNET_HOME/datasets/fashion-mnist, downloaded from ``<repo>/gluon/dataset/fashion-mnist/``."""

    _train_data = ("train-images-idx3-ubyte.gz", "0cf37b0d40ed5169c6b3aba31069a9770ac9043d")
    _train_label = ("train-labels-idx1-ubyte.gz", "236021d52f1e40852b06a4c3008d8de8aef1e40b")
    _test_data = ("t10k-images-idx3-ubyte.gz", "626ed6a7c06dd17c0eec72fa3be1740f146a2863")
    _test_label = ("t10k-labels-idx1-ubyte.gz", "17f9ab60e7257a1620f4ad76bbbaf857c3920701")
    _namespace = "fashion-mnist"

    def __init__(self, root=os.path.join(data_dir(), "datasets", "fashion-mnist"), train=True, transform=None):
        super().__init__(root, train, transform)


class CIFAR10(_DownloadedDataset):
    """The CIFAR-10 images (https://www.cs.toronto.edu/~kriz/cifar.html), from the binary batch files in ``root``.

    Each sample is a uint8 NDArray of shape (32, 32, 3) and its label, a numpy int32. Unless every batch file
    (train and test alike) is there with its published SHA-1, cifar-10-binary.tar.gz is downloaded into ``root``
    (from ``<repo>/gluon/dataset/cifar10/``, unless the published archive is there) and unpacked.

    Parameters
    ----------
    root : str, default $MXNET_HOME/datasets/cifar10
        The folder holding data_batch_1.bin ... data_batch_5.bin and test_batch.bin.
    train : bool, default True
        The training set, or else the test set.
    transform : callable
        Called as ``transform(image, label)`` on every sample read.
    """

    # (file name, SHA-1 of the published file)
    _archive_file = ("cifar-10-binary.tar.gz", "fab780a1e191a7eda0f345501ccd62d20f7ed891")
    _train_data = [("data_batch_1.bin", "aadd24acce27caa71bf4b10992e9e7b2d74c2540"),
                   ("data_batch_2.bin", "c0ba65cce70568cd57b4e03e9ac8d2a5367c1795"),
                   ("data_batch_3.bin", "1dd00a74ab1d17a6e7d73e185b69dbf31242f295"),
                   ("data_batch_4.bin", "aab85764eb3584312d3c7f65fd2fd016e36a258e"),
                   ("data_batch_5.bin", "26e2849e66a845b7f1e4614ae70f4889ae604628")]
    _test_data = [("test_batch.bin", "67eb016db431130d61cd03c7ad570b013799c88c")]
    _namespace = "cifar10"
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

    def _all_published(self):
        """Whether every batch file, whichever split is read, is in ``root`` with its published SHA-1 (checked
        in order, up to the first that is not)."""
        return all(os.path.exists(path) and check_sha1(path, sha1)
                   for path, sha1 in ((os.path.join(self._root, name), sha1)
                                      for name, sha1 in self._train_data + self._test_data))

    def _get_data(self):
        if not self._all_published():
            name, sha1 = self._archive_file
            archive = download(_get_repo_file_url("gluon/dataset/" + self._namespace, name), path=self._root,
                               sha1_hash=sha1)
            with tarfile.open(archive) as tar:
                tar.extractall(self._root)
        files = self._train_data if self._train else self._test_data
        images, labels = zip(*(self._read_batch(os.path.join(self._root, name)) for name, _ in files))
        images = np.concatenate(images)
        self._data, self._label = _images_and_labels(creation.array(images, dtype=images.dtype), np.concatenate(labels))


class CIFAR100(CIFAR10):
    """CIFAR-100 from train.bin / test.bin in ``root`` (cifar-100-binary.tar.gz downloaded from
    ``<repo>/gluon/dataset/cifar100/`` as CIFAR10's); ``fine_label`` picks the 100 classes over the 20."""

    _archive_file = ("cifar-100-binary.tar.gz", "a0bb982c76b83111308126cc779a992fa506b90b")
    _train_data = [("train.bin", "e207cd2e05b73b1393c74c7f5e7bea451d63e08e")]
    _test_data = [("test.bin", "8fb6623e830365ff53cf14adec797474f5478006")]
    _namespace = "cifar100"
    _label_bytes = 2

    def __init__(self, root=os.path.join(data_dir(), "datasets", "cifar100"), fine_label=False, train=True,
                 transform=None):
        self._fine_label = fine_label
        super().__init__(root, train, transform)

    def _label_column(self):
        return 0 + self._fine_label     # any int picks a byte column, as MXNet's indexing does


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


# the names MXNet's module shows, as its own imports
from .... import base, image, ndarray as nd, recordio  # noqa: E402,F401
from ....gluon.data import dataset  # noqa: E402,F401

from ....base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """Dataset RecordFileDataset creation data_dir""".split())
