"""Contributed layers: Concurrent containers, Identity, PixelShuffle, SyncBatchNorm."""
import warnings

from ....ndarray.array_kinds import refuse_numpy_input
from ....util import is_np_array
from ...block import Block, HybridBlock
from ...parameter import AssertError
from ...nn import BatchNorm, Embedding, Sequential, HybridSequential

__all__ = ["Concurrent", "HybridConcurrent", "Identity", "SparseEmbedding", "SyncBatchNorm", "PixelShuffle1D",
           "PixelShuffle2D", "PixelShuffle3D"]


class Concurrent(Sequential):
    """Runs every child on the same input and concatenates their outputs along ``axis``."""

    def __init__(self, axis=-1, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)
        self.axis = axis

    def forward(self, x):
        from .... import ndarray
        outs = [block(x) for block in self._children.values()]
        _refuse_numpy_mode(outs)
        return ndarray.concat(*outs, dim=self.axis)


class HybridConcurrent(HybridSequential):
    """Hybridizable Concurrent: every child on the same input, outputs concatenated along ``axis``."""

    def __init__(self, axis=-1, prefix=None, params=None):
        super().__init__(prefix=prefix, params=params)
        self.axis = axis

    def hybrid_forward(self, F, x):
        outs = [block(x) for block in self._children.values()]
        _refuse_numpy_mode(outs)
        return F.concat(*outs, dim=self.axis)


def _refuse_numpy_mode(outs):
    """MXNet's Concurrent layers join their children's outputs with legacy concat, which refuses the mx.np
    arrays (or symbols) they give under npx.set_np(), once it has checked there are some."""
    if is_np_array() and outs:
        refuse_numpy_input("concat")


class Identity(HybridBlock):
    """Return the input unchanged (a placeholder layer)."""

    def __init__(self, prefix=None, params=None):       # its own, as MXNet's: argument errors name Identity
        super().__init__(prefix=prefix, params=params)

    def hybrid_forward(self, F, x):
        return x


class SparseEmbedding(Block):
    """Embedding with a row_sparse weight (kept in the Trainer's kvstore) and a row_sparse gradient."""

    def __init__(self, input_dim, output_dim, dtype="float32", weight_initializer=None, **kwargs):
        super().__init__(**kwargs)
        self._kwargs = {"input_dim": input_dim, "output_dim": output_dim, "dtype": dtype, "sparse_grad": True}
        self.weight = self.params.get("weight", shape=(input_dim, output_dim), init=weight_initializer,
                                      dtype=dtype, grad_stype="row_sparse", stype="row_sparse")

    def forward(self, x):
        from .... import ndarray
        return ndarray.Embedding(x, self.weight.row_sparse_data(x), **self._kwargs)

    def __repr__(self):
        return Embedding.__repr__(self)


class SyncBatchNorm(BatchNorm):
    """BatchNorm synchronised across devices; with one process and the CPU it is BatchNorm."""

    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, in_channels=0, num_devices=None, momentum=0.9, epsilon=1e-5, center=True, scale=True,
                 use_global_stats=False, beta_initializer="zeros", gamma_initializer="ones",
                 running_mean_initializer="zeros", running_variance_initializer="ones", **kwargs):
        super().__init__(axis=1, momentum=momentum, epsilon=epsilon, center=center, scale=scale,
                         use_global_stats=use_global_stats, beta_initializer=beta_initializer,
                         gamma_initializer=gamma_initializer, running_mean_initializer=running_mean_initializer,
                         running_variance_initializer=running_variance_initializer, in_channels=in_channels,
                         **kwargs)
        if num_devices is None:
            warnings.warn("Caution using SyncBatchNorm: if not using all the GPUs, please mannually set num_devices",
                          UserWarning)
            num_devices = 1                  # no GPUs here: MXNet falls back to one device
        # the attributes of MXNet's SyncBatchNorm operator, which its repr shows (no axis)
        self._kwargs = {"eps": epsilon, "momentum": momentum, "fix_gamma": not scale,
                        "use_global_stats": use_global_stats, "ndev": num_devices, "key": self.prefix}

    def hybrid_forward(self, F, x, gamma, beta, running_mean, running_var):
        return F.contrib.SyncBatchNorm(x, gamma, beta, running_mean, running_var, name="fwd", **self._kwargs)



class _PixelShuffle(HybridBlock):
    """Moves ``factor`` blocks of channels into the spatial axes (sub-pixel convolution)."""

    _ndim = 0
    _numpy_mode_path = False      # MXNet's has none: legacy operators, even under npx.set_np()

    def __init__(self, factor):
        super().__init__()
        if self._ndim == 1:      # MXNet converts the one factor with int(): a tuple is a TypeError
            factors = (int(factor),)
        else:
            try:                # MXNet tries int() first: 2.5 is 2, a sequence gives one factor per axis
                factors = (int(factor),) * self._ndim
            except TypeError:
                factors = tuple(factor)
            if len(factors) != self._ndim:
                raise AssertError(f"wrong length {len(factors)}")
        self._factors = tuple(int(f) for f in factors)

    def hybrid_forward(self, F, x):
        f, n = self._factors, self._ndim
        x = F.reshape(x, (0, -4, -1, _prod(f)) + (0,) * n)          # (N, C, f1*...*fn, d1, ..., dn)
        for i in range(n - 1):                                       # (N, C, f1, ..., fn, d1, ..., dn)
            x = F.reshape(x, (0,) * (2 + i) + (-4, f[i], _prod(f[i + 1:])) + (0,) * n)
        perm = (0, 1) + tuple(a for i in range(n) for a in (2 + n + i, 2 + i))
        x = F.transpose(x, axes=perm)                                # (N, C, d1, f1, ..., dn, fn)
        return F.reshape(x, (0, 0) + (-3,) * n)

    def __repr__(self):
        return f"{type(self).__name__}({self._factors if self._ndim > 1 else self._factors[0]})"


def _prod(values):
    out = 1
    for v in values:
        out *= v
    return out


class PixelShuffle1D(_PixelShuffle):
    """(N, f*C, W) -> (N, C, W*f)."""
    _ndim = 1

    def __init__(self, factor):         # its own, as MXNet's: argument errors name PixelShuffle1D
        super().__init__(factor)


class PixelShuffle2D(_PixelShuffle):
    """(N, f1*f2*C, H, W) -> (N, C, H*f1, W*f2)."""
    _ndim = 2

    def __init__(self, factor):         # its own, as MXNet's: argument errors name PixelShuffle2D
        super().__init__(factor)


class PixelShuffle3D(_PixelShuffle):
    """(N, f1*f2*f3*C, D, H, W) -> (N, C, D*f1, H*f2, W*f3)."""
    _ndim = 3

    def __init__(self, factor):         # its own, as MXNet's: argument errors name PixelShuffle3D
        super().__init__(factor)

    def hybrid_forward(self, F, x):
        # MXNet's moves one factor at a time next to its axis with swapaxes: an exported graph has these nodes
        f1, f2, f3 = self._factors
        x = F.reshape(x, (0, -4, -1, f1 * f2 * f3, 0, 0, 0))        # (N, C, f1*f2*f3, D, H, W)
        x = F.swapaxes(x, 2, 3)                                     # (N, C, D, f1*f2*f3, H, W)
        x = F.reshape(x, (0, 0, 0, -4, f1, f2 * f3, 0, 0))          # (N, C, D, f1, f2*f3, H, W)
        x = F.reshape(x, (0, 0, -3, 0, 0, 0))                       # (N, C, D*f1, f2*f3, H, W)
        x = F.swapaxes(x, 3, 4)                                     # (N, C, D*f1, H, f2*f3, W)
        x = F.reshape(x, (0, 0, 0, 0, -4, f2, f3, 0))               # (N, C, D*f1, H, f2, f3, W)
        x = F.reshape(x, (0, 0, 0, -3, 0, 0))                       # (N, C, D*f1, H*f2, f3, W)
        x = F.swapaxes(x, 4, 5)                                     # (N, C, D*f1, H*f2, W, f3)
        return F.reshape(x, (0, 0, 0, 0, -3))                       # (N, C, D*f1, H*f2, W*f3)


# the names MXNet's module shows, as its own imports
from .... import context, ndarray as nd  # noqa: E402,F401

from ....base import hiding as _hiding  # noqa: E402

# distnet's own helpers here are no names of MXNet's module
__dir__ = _hiding(globals(), """AssertError Embedding is_np_array refuse_numpy_input""".split(), ())
