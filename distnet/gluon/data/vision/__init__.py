"""Vision data: MNIST/FashionMNIST read from local idx files, and image transforms."""
from . import transforms  # noqa: F401
from .datasets import MNIST, FashionMNIST  # noqa: F401
from . import datasets  # noqa: F401
