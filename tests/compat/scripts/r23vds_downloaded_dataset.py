"""gluon.data.dataset._DownloadedDataset, the base of MNIST and CIFAR: a subclass's _get_data fills _data and _label
(after root is made), samples go through transform(data, label); the vision data sets' class chains."""
# recorded on AVX2
import os
import tempfile

import numpy as np
import mxnet as mx
from mxnet.gluon.data import dataset
from mxnet.gluon.data.vision import CIFAR10, CIFAR100, FashionMNIST, MNIST, ImageFolderDataset, ImageRecordDataset
from _words import words


class Squares(dataset._DownloadedDataset):
    def _get_data(self):
        print("  _get_data sees", self._data, self._label, self._transform is None, os.path.isdir(self._root))
        self._data = mx.nd.arange(8).reshape((4, 2)) ** 2
        self._label = np.array([3, 1, 4, 1], dtype=np.int32)


class Abstract(dataset._DownloadedDataset):
    pass


base = tempfile.mkdtemp()
root = os.path.join(base, "made", "here")
cases = [
    ("plain", lambda: Squares(root, None)),
    ("transform", lambda: Squares(root=root, transform=lambda x, y: (x.sum().asscalar(), int(y) * 10))),
    ("no _get_data", lambda: Abstract(root, None)),
    ("no transform given", lambda: Squares(root)),
    ("root is a file", lambda: Squares(__file__, None)),
]
for label, make in cases:
    print(label)
    try:
        ds = make()
        print("  ", len(ds), [ds[i] if ds._transform else (ds[i][0].asnumpy().tolist(), ds[i][1]) for i in range(len(ds))])
        print("  ", sorted(vars(ds)), ds._root == root, isinstance(ds, dataset.Dataset))
        print("  ", [x if isinstance(x, int) else x.shape for x in ds[1:3]] if not ds._transform else "")
    except Exception as e:
        print("  ", words(e).replace(__file__, "FILE"))
for cls in (MNIST, FashionMNIST, CIFAR10, CIFAR100, ImageRecordDataset, ImageFolderDataset, dataset.RecordFileDataset):
    print(cls.__name__, [c.__name__ for c in cls.__mro__])
print(os.path.isdir(root), hasattr(dataset, "_DownloadedDataset"))
