"""Shape operators: reshape, transpose and friends, with their gradients."""
import numpy as np

from ..base import MXNetError
from .ndarray import NDArray
from .registry import defop


def infer_reshape(src, shape, reverse=False):
    """Resolve MXNet's reshape codes 0, -1, -2, -3, -4 against the source shape."""
    src, shape = list(src), list(shape)
    if reverse:
        rsrc, rshape = src[::-1], _reverse_codes(shape)
        return tuple(infer_reshape(rsrc, rshape)[::-1])
    out, i, j = [], 0, 0
    while j < len(shape):
        code = shape[j]
        if code == 0:
            out.append(src[i]); i += 1
        elif code == -1:
            out.append(-1); i += 1
        elif code == -2:
            out.extend(src[i:]); i = len(src)
        elif code == -3:
            out.append(src[i] * src[i + 1]); i += 2
        elif code == -4:
            a, b = shape[j + 1], shape[j + 2]
            if a == -1:
                a = src[i] // b
            if b == -1:
                b = src[i] // a
            if a * b != src[i]:
                raise MXNetError(f"reshape: cannot split dimension {src[i]} into {a} x {b}")
            out.extend([a, b]); i += 1; j += 2
        else:
            out.append(code); i += 1
        j += 1
    if out.count(-1) > 1:
        raise MXNetError(f"reshape: more than one -1 in {tuple(shape)}")
    if -1 in out:
        known = int(np.prod([d for d in out if d != -1]))
        out[out.index(-1)] = int(np.prod(src)) // known if known else 0
    if int(np.prod(out)) != int(np.prod(src)):
        raise MXNetError(f"reshape: cannot reshape an array of shape {tuple(src)} into {tuple(shape)}")
    return tuple(out)


def _reverse_codes(shape):
    out, j = [], len(shape) - 1
    while j >= 0:
        if j >= 2 and shape[j - 2] == -4:
            out.extend([-4, shape[j], shape[j - 1]]); j -= 3
        else:
            out.append(shape[j]); j -= 1
    return out


@defop("reshape", aliases=("Reshape",))
def reshape(data, shape=None, reverse=False):
    """``data`` with a new shape; MXNet's special codes 0/-1/-2/-3/-4 are understood."""
    return data.reshape(infer_reshape(data.shape, shape, reverse))


@reshape.grad
def _(dy, out, x, shape=None, reverse=False):
    return dy.reshape(x.shape)


@defop("transpose")
def transpose(data, axes=None):
    """``data`` with its axes permuted (reversed by default)."""
    return np.transpose(data, axes or None)


@transpose.grad
def _(dy, out, x, axes=None):
    return np.transpose(dy, np.argsort(axes) if axes else None)


@defop("expand_dims", methods=("expand_dims",))
def expand_dims(data, axis):
    """``data`` with a new axis of length 1 at ``axis``."""
    return np.expand_dims(data, axis)


@expand_dims.grad
def _(dy, out, x, axis):
    return dy.reshape(x.shape)


@defop("Flatten", aliases=("flatten",), methods=("flatten",))
def flatten(data):
    """``data`` collapsed to 2-D: (batch, everything else)."""
    return data.reshape(data.shape[0], -1) if data.ndim else data.reshape(1, 1)


@flatten.grad
def _(dy, out, x):
    return dy.reshape(x.shape)


def _shape_args(args, kwargs, key):
    if key in kwargs:
        return kwargs.pop(key)
    if len(args) == 1 and (isinstance(args[0], (tuple, list)) or args[0] is None):
        return args[0]
    return tuple(args)


def _reshape_method(self, *shape, **kwargs):
    """``x.reshape((2, 3))`` or ``x.reshape(2, 3)``; MXNet codes and ``reverse`` accepted."""
    return reshape(self, shape=_shape_args(shape, kwargs, "shape"), **kwargs)


def _transpose_method(self, *axes, **kwargs):
    """``x.transpose()``, ``x.transpose((1, 0))`` or ``x.transpose(1, 0)``."""
    return transpose(self, axes=_shape_args(axes, kwargs, "axes") or None)


NDArray.reshape = _reshape_method
NDArray.transpose = _transpose_method
