"""``mx.np.set_printoptions``: NumPy's print options, of which MXNet 1.9.1 takes only two."""
import numpy as _np


def set_printoptions(precision=None, threshold=None, **kwarg):
    """Set how arrays print: ``precision`` (digits) and ``threshold`` (elements before summarising).

    The other NumPy options (suppress, linewidth, ...) are refused, as in MXNet; set them with
    ``numpy.set_printoptions``, which mx.nd and mx.np arrays also follow.
    """
    if kwarg:
        raise NotImplementedError("mxnet.numpy.set_printoptions only supports parameters precision and threshold "
                                  "for now.")
    _np.set_printoptions(precision=precision, threshold=threshold)
