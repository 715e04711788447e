"""Vision data: MNIST/FashionMNIST read from local idx files, image folders, and image transforms."""
from . import transforms  # noqa: F401
from .datasets import MNIST, FashionMNIST, CIFAR10, CIFAR100, ImageRecordDataset, ImageFolderDataset  # noqa: F401
from . import datasets  # noqa: F401


def __dir__():
    """The names MXNet's vision package lists (not the modules its transforms are built on)."""
    return sorted(n for n in globals() if not n.startswith("_") or n.startswith("__") and n != "__dir__")
