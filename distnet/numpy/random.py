"""``mx.np.random``: samples drawn from the generator ``mx.random.seed`` seeds (the one ``mx.nd.random`` uses)."""
import numpy as _np

from ..base import MXNetError as _MXNetError
from ..ndarray.ndarray import NDArray as _NDArray
from ..ndarray import ops_random as _r
from ..ndarray.registry import OPS as _OPS
from .multiarray import _dtype, invoke_np as _invoke_np, wrap_np as _wrap_np

_F = _np.float32


def _size(size):
    if size is None:
        return ()
    return (int(size),) if isinstance(size, (int, _np.integer)) else tuple(int(s) for s in size)


def _standard_normals(n, double):
    """``n`` standard normals as MXNet's NumPy sampler makes them: per generator state one polar-method
    distribution whose accepted pairs give two values each (y, then x)."""
    counts = _r.RESOURCE.plan(n)
    dt = _np.float64 if double else _F
    per = 4 if double else 2
    rows_out = []
    for row, count in enumerate(counts.tolist()):
        values = []
        while len(values) < count:
            need = (count - len(values) + 1) // 2       # pairs still needed if every one is accepted
            raw = _r.RESOURCE.rows.take(_np.array([row]), _np.array([need * per]))[0]
            if double:
                c = _r._canonical(raw, True).reshape(-1, 2)
                x, y = dt(2) * c[:, 0] - dt(1), dt(2) * c[:, 1] - dt(1)
            else:
                c = raw.astype(_F).reshape(-1, 2) * _F(2.0 ** -31) - _F(1)
                x, y = c[:, 0], c[:, 1]
            r2 = x * x + y * y
            ok = (r2 <= 1) & (r2 != 0)
            r2, x, y = r2[ok], x[ok], y[ok]
            lg = _r._logf(r2, positive=True) if not double else _r._log(r2, True)
            mult = _np.sqrt(lg * dt(-2) / r2)
            values.extend(_np.stack([y * mult, x * mult], axis=1).reshape(-1).tolist())
        rows_out.append(_np.asarray(values[:count], dt))
    return _np.concatenate(rows_out) if rows_out else _np.zeros(0, dt)


def _result(data, ctx, out):
    if out is not None:
        out._data[...] = data
        return out
    return _wrap_np(_np.asarray(data), ctx)


def uniform(low=0.0, high=1.0, size=None, dtype=None, ctx=None, out=None):
    """Samples from the uniform distribution on [low, high) (array bounds broadcast with ``size``)."""
    dt = _dtype(dtype)
    lo, hi = [v.asnumpy() if isinstance(v, _NDArray) else _np.asarray(v, _F) for v in (low, high)]
    shape = _size(size) or _np.broadcast_shapes(lo.shape, hi.shape)
    u = _unit_uniforms(int(_np.prod(shape)), dt).reshape(shape)
    return _result((lo.astype(dt) + (hi.astype(dt) - lo.astype(dt)) * u).astype(dt), ctx, out)


def _unit_uniforms(n, dt):
    """``n`` uniforms in [0, 1): float32 ones from one 32-bit draw each, cast to ``dt`` (as MXNet's sampler)."""
    return _r._uniforms(n, False).astype(dt)


def normal(loc=0.0, scale=1.0, size=None, dtype=None, ctx=None, out=None):
    """Samples from the normal distribution N(loc, scale^2) (array parameters broadcast with ``size``)."""
    dt = _dtype(dtype)
    lo, sc = [v.asnumpy() if isinstance(v, _NDArray) else _np.asarray(v, _F) for v in (loc, scale)]
    shape = _size(size) or _np.broadcast_shapes(lo.shape, sc.shape)
    z = _standard_normals(int(_np.prod(shape)), dt != _F).reshape(shape)
    return _result((z * sc.astype(z.dtype) + lo.astype(z.dtype)).astype(dt), ctx, out)


def rand(*size, **kwargs):
    """Uniform samples on [0, 1) of shape ``size``."""
    return uniform(size=size, **kwargs)


def randn(*size, **kwargs):
    """Standard normal samples of shape ``size``."""
    return normal(size=size, **kwargs)


def randint(low, high=None, size=None, dtype=None, ctx=None, out=None):
    """Integers drawn uniformly from [low, high) (int64 by default)."""
    if high is None:
        low, high = 0, low
    dt = _np.dtype(_np.int64 if dtype is None else dtype)
    if dt not in (_np.int32, _np.int64):
        raise _MXNetError(f"randint: dtype {dt.name} is not supported (int32 or int64)")
    data = _OPS["_random_randint"].fwd(low=low, high=high, shape=_size(size), dtype=dt.name)
    return _result(data, ctx, out)


def exponential(scale=1.0, size=None, ctx=None, out=None):
    """Samples from the exponential distribution with mean ``scale``."""
    shape = _size(size)
    u = _unit_uniforms(int(_np.prod(shape)), _np.dtype(_F)).reshape(shape)
    return _result((-_r._logf(u) * _F(scale)).astype(_F), ctx, out)


def shuffle(x):
    """Shuffle ``x`` in place along its first axis."""
    x._data[...] = _invoke_np("_shuffle", (x,))._data


__all__ = ["uniform", "normal", "rand", "randn", "randint", "exponential", "shuffle"]
