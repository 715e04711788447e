"""``nd.histogram``: in MXNet a Python function over the ``_histogram`` operator, not the operator itself."""
import warnings

import numpy as np

from .creation import array
from .ndarray import NDArray
from .registry import OPS


def histogram(a, bins=10, range=None):      # noqa: A002  (MXNet's parameter name)
    """``nd.histogram``: counts and bin edges of ``a``; ``bins`` is a number of bins over ``range`` or an
    NDArray of edges. Without a range numpy's histogram answers (a tuple, with a warning), as in MXNet."""
    if isinstance(bins, NDArray):
        return OPS["_histogram"](a, bins)
    if isinstance(bins, (int, np.int32, np.int64)):
        if range is None:
            warnings.warn("range is not specified, using numpy's result to ensure consistency with numpy")
            counts, edges = np.histogram(a.asnumpy(), bins=bins)
            return array(counts), array(edges)
        return OPS["_histogram"](a, bin_cnt=bins, range=range)
    raise ValueError("bins argument should be either an integer or an NDArray")
