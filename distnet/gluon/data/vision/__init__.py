"""Vision data: MNIST/FashionMNIST read from local idx files, image folders, and image transforms."""
from . import transforms  # noqa: F401
from .datasets import MNIST, FashionMNIST, CIFAR10, CIFAR100, ImageRecordDataset, ImageFolderDataset  # noqa: F401
from . import datasets  # noqa: F401
