"""Reductions (sum, mean, max, norm, argmax, ...) with MXNet's axis/keepdims/exclude rules."""
import numpy as np

from ..base import MXNetError
from .registry import defop


def _axes(ndim, axis, exclude):
    """The reduced axes as a tuple (MXNet: None or () means all; ``exclude`` inverts)."""
    if axis is None or axis == ():
        axes = tuple(range(ndim))
    else:
        axes = tuple(sorted(a % ndim if ndim else a for a in ((axis,) if isinstance(axis, int) else axis)))
        for a in (axis,) if isinstance(axis, int) else axis:
            if not -ndim <= a < max(ndim, 1):
                raise MXNetError(f"axis {a} is out of range for an array of {ndim} dimensions")
    if exclude:
        axes = tuple(i for i in range(ndim) if i not in axes)
    return axes


def _finish(r, keepdims, full):
    """MXNet returns shape (1,) for a reduction over every axis."""
    r = np.asarray(r)
    return r.reshape(1) if full and not keepdims else r


def _expand(g, x, axes):
    """Broadcast a reduced gradient back over ``x``'s shape."""
    shape = [1 if i in axes else s for i, s in enumerate(x.shape)]
    return g.reshape(tuple(shape))


def _reduction(name, fn, aliases=(), methods=None):
    whole = getattr(np.ndarray, name, fn)    # the ndarray method skips numpy's function dispatch

    def forward(data, axis=None, keepdims=False, exclude=False):
        if axis is None and not keepdims and not exclude:   # the common full reduction, kept cheap
            return whole(data).reshape(1).astype(data.dtype, copy=False)
        axes = _axes(data.ndim, axis, exclude)
        r = fn(data, axis=axes, keepdims=keepdims)
        return _finish(r.astype(data.dtype, copy=False), keepdims, len(axes) == data.ndim)
    forward.__doc__ = f"``{name}`` over ``axis`` (all axes by default; ``exclude`` reduces the others)."
    return defop(name, aliases=aliases, methods=(name,) if methods is None else methods)(forward)


sum_ = _reduction("sum", np.sum, aliases=("sum_axis",))
mean = _reduction("mean", np.mean)
prod = _reduction("prod", np.prod)
nansum = _reduction("nansum", np.nansum)
nanprod = _reduction("nanprod", np.nanprod)
max_ = _reduction("max", np.max, aliases=("max_axis",))
min_ = _reduction("min", np.min, aliases=("min_axis",))


@sum_.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    return _expand(dy, x, _axes(x.ndim, axis, exclude)) * np.ones_like(x)


@mean.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    axes = _axes(x.ndim, axis, exclude)
    n = int(np.prod([x.shape[a] for a in axes])) if axes else 1
    return _expand(dy, x, axes) * np.ones_like(x) / n


@prod.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    axes = _axes(x.ndim, axis, exclude)
    return _expand(dy, x, axes) * _expand(out, x, axes) / x


@nansum.grad
def _(dy, out, x, axis=None, keepdims=False, exclude=False):
    return _expand(dy, x, _axes(x.ndim, axis, exclude)) * (x == x)


def _extreme_grad(dy, out, x, axis=None, keepdims=False, exclude=False):
    axes = _axes(x.ndim, axis, exclude)
    hit = x == _expand(out, x, axes)
    return _expand(dy, x, axes) * hit / hit.sum(axis=axes, keepdims=True)


max_.grad(_extreme_grad)
min_.grad(_extreme_grad)


@defop("norm", methods=("norm",))
def norm(data, ord=2, axis=None, keepdims=False, out_dtype=None):
    """The L1 or L2 norm over ``axis`` (all elements by default)."""
    if ord not in (1, 2):
        raise MXNetError(f"norm: ord must be 1 or 2, got {ord}")
    axes = _axes(data.ndim, axis, False)
    if ord == 1:
        r = np.sum(np.abs(data), axis=axes, keepdims=keepdims)
    elif data.dtype == np.float32 and data.size and np.prod([data.shape[a] for a in axes]) <= _NRM2_EXACT:
        r = _nrm2(data, axes, keepdims)
    else:
        r = np.sqrt(np.sum(np.square(data, dtype=np.float64), axis=axes, keepdims=keepdims))
    return _finish(r.astype(out_dtype or data.dtype, copy=False), keepdims, len(axes) == data.ndim)


_NRM2_EXACT = 64      # reduced lengths up to this follow MXNet's float32 steps exactly


def _nrm2(data, axes, keepdims):
    """MXNet's L2 norm: a running scale and scaled sum of squares, in float32, element by element."""
    kept = [a for a in range(data.ndim) if a not in axes]
    moved = np.abs(np.transpose(data, kept + list(axes)))
    lanes = moved.reshape(int(np.prod([data.shape[a] for a in kept])), -1)
    one = np.float32(1)
    scale = np.zeros(len(lanes), np.float32)
    ssq = np.zeros(len(lanes), np.float32)
    with np.errstate(divide="ignore", invalid="ignore"):
        for v in lanes.T:
            grow = scale < v
            r = np.where(grow, scale / v, v / scale)
            ssq = np.where(grow, one + ssq * r * r, np.where(v != 0, ssq + r * r, ssq))
            scale = np.where(grow, v, scale)
    r = (scale * np.sqrt(ssq)).reshape([data.shape[a] for a in kept])
    return np.expand_dims(r, tuple(axes)) if keepdims else r


@norm.grad
def _(dy, out, x, ord=2, axis=None, keepdims=False, out_dtype=None):
    axes = _axes(x.ndim, axis, False)
    if ord == 1:
        return _expand(dy, x, axes) * np.sign(x)
    return _expand(dy, x, axes) * x / np.maximum(_expand(out, x, axes), 1e-30)


def _arg(name, fn):
    def forward(data, axis=None, keepdims=False):
        if axis is None:
            r = np.asarray(fn(data.reshape(-1)))
            return r.reshape((1,) * data.ndim if keepdims else (1,)).astype(np.float32)
        return np.asarray(fn(data, axis=axis, keepdims=keepdims)).astype(np.float32)
    forward.__doc__ = f"Indices of the {name[3:]} values along ``axis``, as float32."
    return defop(name, methods=(name,))(forward)


_arg("argmax", np.argmax)
_arg("argmin", np.argmin)


@defop("argmax_channel", methods=("argmax_channel",))
def argmax_channel(data):
    """Indices of the maximum along the last axis, as float32."""
    return np.argmax(data, axis=-1).astype(np.float32)
