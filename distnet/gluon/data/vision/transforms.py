"""Image transforms as Gluon blocks: Compose, Cast, ToTensor, Normalize."""
import numbers

import numpy as np

from ....base import MXNetError
from ...block import HybridBlock
from ...nn import HybridSequential, Sequential

__all__ = ["Compose", "Cast", "ToTensor", "Normalize"]


class Compose(Sequential):
    """Transforms applied in order; runs of consecutive HybridBlocks are grouped in a HybridSequential.

    MXNet also hybridizes each group; here it stays imperative, since the transforms depend
    on the input's shape and a replayed graph gains nothing on per-sample work.
    """

    def __init__(self, transforms):
        super().__init__()
        run = []
        for t in list(transforms) + [None]:
            if isinstance(t, HybridBlock):
                run.append(t)
                continue
            if len(run) == 1:
                self.add(run[0])
            elif run:
                group = HybridSequential()
                group.add(*run)
                self.add(group)
            run = []
            if t is not None:
                self.add(t)


class Cast(HybridBlock):
    """Convert to ``dtype``."""

    def __init__(self, dtype="float32"):
        super().__init__()
        self._dtype = dtype

    def hybrid_forward(self, F, x):
        return F.cast(x, dtype=self._dtype)


class ToTensor(HybridBlock):
    """An image (H x W x C, or N x H x W x C) of values 0..255 to float32 C x H x W in [0, 1]."""

    def hybrid_forward(self, F, x):
        ndim = len(x.shape)
        if ndim not in (3, 4):
            raise MXNetError(f"ToTensor: input image must have shape (height, width, channels), or "
                             f"(N, height, width, channels) but got {x.shape}")
        axes = (2, 0, 1) if ndim == 3 else (0, 3, 1, 2)
        return F.transpose(F.cast(x, dtype="float32"), axes=axes) / 255.0


class Normalize(HybridBlock):
    """``(x - mean[c]) / std[c]`` per channel of a C x H x W (or N x C x H x W) tensor; one value for all."""

    def __init__(self, mean=0.0, std=1.0):
        super().__init__()
        self._mean = _per_channel(mean)
        self._std = _per_channel(std)

    def hybrid_forward(self, F, x):
        ndim = len(x.shape)
        if ndim not in (3, 4):
            raise MXNetError(f"Normalize: input tensor must have shape (channels, height, width), or "
                             f"(N, channels, height, width), but got {x.shape}")
        channels = x.shape[ndim - 3]
        mean = _channel_constant(self._mean, channels, "mean", x)
        std = _channel_constant(self._std, channels, "std", x)
        return (x - mean) / std


def _per_channel(value):
    return (float(value),) if isinstance(value, numbers.Number) else tuple(float(v) for v in value)


def _channel_constant(values, channels, what, x):
    """``values`` as a (C, 1, 1) array of x's dtype, from float32 as MXNet keeps them."""
    if len(values) not in (1, channels):
        raise MXNetError(f"Normalize: invalid {what} for input with shape {x.shape}: {what} must have either "
                         f"1 or {channels} elements, but got {len(values)}")
    return np.array(values, np.float32).astype(x.dtype).reshape(-1, 1, 1)
