"""Image transforms as Gluon blocks: Compose, Cast, ToTensor, Normalize and the crop/resize/colour ones."""
import random

import numpy as np

from .... import image
from ....base import numeric_types
from ....util import is_np_array  # noqa: F401
from ...block import Block, HybridBlock  # noqa: F401
from ...nn import HybridSequential, Sequential

# no __all__, as in MXNet: a star import also brings the module's imports (np, random, image, Block, ...)


class Compose(Sequential):
    """Transforms applied in order; runs of consecutive HybridBlocks are grouped in a hybridized HybridSequential
    (so a failing step reports the graph node it failed in, as MXNet's does)."""

    def __init__(self, transforms):
        super().__init__()
        transforms.append(None)     # MXNet marks the end on the caller's list itself (a tuple fails here)
        run = []
        for t in transforms:
            if isinstance(t, HybridBlock):
                run.append(t)
                continue
            if len(run) == 1:
                self.add(run[0])
            elif run:
                group = HybridSequential()
                group.add(*run)
                group.hybridize()
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

    def __init__(self):       # no options (not even a prefix), as in MXNet
        super().__init__()

    def hybrid_forward(self, F, x):
        return F.image.to_tensor(x)


class Normalize(HybridBlock):
    """``(x - mean[c]) / std[c]`` per channel of a C x H x W (or N x C x H x W) tensor; one value for all."""

    def __init__(self, mean=0.0, std=1.0):
        super().__init__()
        self._mean = mean
        self._std = std

    def hybrid_forward(self, F, x):
        return F.image.normalize(x, mean=self._mean, std=self._std)


class Resize(HybridBlock):
    """Resize an H x W x C image (or N x H x W x C batch) to ``size`` = (W, H), or int (see ``keep_ratio``)."""

    def __init__(self, size, keep_ratio=False, interpolation=1):
        super().__init__()
        self._size, self._keep, self._interpolation = size, keep_ratio, interpolation

    def hybrid_forward(self, F, x):
        return F.image.resize(x, size=self._size, keep_ratio=self._keep, interp=self._interpolation)


class CropResize(HybridBlock):
    """Crop the (x, y, width, height) box, then resize it to ``size`` = (W, H) when given."""

    _numpy_mode_path = False      # MXNet's has none: the legacy crop and resize, even under npx.set_np()

    def __init__(self, x, y, width, height, size=None, interpolation=None):
        super().__init__()
        self._x, self._y, self._width, self._height = x, y, width, height
        self._size, self._interpolation = size, interpolation

    def hybrid_forward(self, F, x):
        out = F.image.crop(x, x=self._x, y=self._y, width=self._width, height=self._height)
        if self._size:
            out = F.image.resize(out, size=self._size, keep_ratio=False, interp=self._interpolation)
        return out


class CenterCrop(Block):
    """Crop the centre ``size`` = (W, H) box of an H x W x C image, upsampling when the image is smaller."""

    def __init__(self, size, interpolation=1):
        super().__init__()
        size = (size, size) if isinstance(size, numeric_types) else size
        self._args = (size, interpolation)

    def forward(self, x):
        return image.center_crop(x, *self._args)[0]


class RandomResizedCrop(Block):
    """Crop a box of random area fraction ``scale`` and aspect ``ratio``, resized to ``size`` (Python ``random``)."""

    def __init__(self, size, scale=(0.08, 1.0), ratio=(3.0 / 4.0, 4.0 / 3.0), interpolation=1):
        super().__init__()
        size = (size, size) if isinstance(size, numeric_types) else size
        self._args = (size, scale, ratio, interpolation)

    def forward(self, x):
        return image.random_size_crop(x, *self._args)[0]


class RandomFlipLeftRight(HybridBlock):
    """Mirror the image horizontally with probability 0.5."""

    def __init__(self):       # no options (not even a prefix), as in MXNet
        super().__init__()

    def hybrid_forward(self, F, x):
        return F.image.random_flip_left_right(x)


class RandomFlipTopBottom(HybridBlock):
    """Mirror the image vertically with probability 0.5."""

    def __init__(self):       # no options (not even a prefix), as in MXNet
        super().__init__()

    def hybrid_forward(self, F, x):
        return F.image.random_flip_top_bottom(x)


class _RandomEnhance(HybridBlock):
    """A factor drawn uniformly from [max(0, 1 - amount), 1 + amount] for an image operator.

    Each subclass defines its own hybrid_forward, so a wrong call names the subclass as MXNet's does.
    """

    def __init__(self, amount):
        super().__init__()
        self._args = (max(0, 1 - amount), 1 + amount)


class RandomBrightness(_RandomEnhance):
    """Scale every value by a random factor around 1."""

    def __init__(self, brightness):
        super().__init__(brightness)

    def hybrid_forward(self, F, x):
        return F.image.random_brightness(x, *self._args)


class RandomContrast(_RandomEnhance):
    """Blend with the image's mean gray level by a random factor around 1."""

    def __init__(self, contrast):
        super().__init__(contrast)

    def hybrid_forward(self, F, x):
        return F.image.random_contrast(x, *self._args)


class RandomSaturation(_RandomEnhance):
    """Blend each pixel with its gray level by a random factor around 1."""

    def __init__(self, saturation):
        super().__init__(saturation)

    def hybrid_forward(self, F, x):
        return F.image.random_saturation(x, *self._args)


class RandomHue(HybridBlock):
    """Turn the hue by a random factor in [max(0, 1 - hue), 1 + hue] (the image.random_hue operator)."""

    def __init__(self, hue):
        super().__init__()
        self._args = (max(0, 1 - hue), 1 + hue)

    def hybrid_forward(self, F, x):
        return F.image.random_hue(x, *self._args)


class RandomColorJitter(HybridBlock):
    """Random brightness, contrast, saturation and hue changes in a random order (image.random_color_jitter)."""

    def __init__(self, brightness=0, contrast=0, saturation=0, hue=0):
        super().__init__()
        self._args = (brightness, contrast, saturation, hue)

    def hybrid_forward(self, F, x):
        return F.image.random_color_jitter(x, *self._args)


class RandomLighting(HybridBlock):
    """AlexNet-style PCA lighting noise with standard deviation ``alpha``."""

    def __init__(self, alpha):
        super().__init__()
        self._alpha = alpha

    def hybrid_forward(self, F, x):
        return F.image.random_lighting(x, self._alpha)


class RandomApply(Sequential):
    """Apply ``transforms`` with probability ``p`` (Python ``random``, as MXNet)."""

    def __init__(self, transforms, p=0.5):
        super().__init__()
        self.transforms = transforms
        self.p = p

    def forward(self, x):
        if self.p < random.random():
            return x
        return self.transforms(x)


class Rotate(Block):
    """Rotate a float32 C x H x W image (or N x C x H x W batch) by ``rotation_degrees`` about its centre."""

    def __init__(self, rotation_degrees, zoom_in=False, zoom_out=False):
        super().__init__()
        self._args = (rotation_degrees, zoom_in, zoom_out)

    def forward(self, x):
        if x.dtype is not np.float32:       # MXNet's identity test: an mx.np array's dtype object always fails it
            raise TypeError("This transformation only supports float32. Consider calling it after ToTensor")
        return image.imrotate(x, *self._args)


class RandomRotation(Block):
    """Rotate by an angle drawn from ``angle_limits`` (numpy's generator), with probability ``rotate_with_proba``."""

    def __init__(self, angle_limits, zoom_in=False, zoom_out=False, rotate_with_proba=1.0):
        super().__init__()
        lower, upper = angle_limits
        if lower >= upper:
            raise ValueError("`angle_limits` must be an ordered tuple")
        if rotate_with_proba < 0 or rotate_with_proba > 1:
            raise ValueError("Probability of rotating the image should be between 0 and 1")
        self._args = (angle_limits, zoom_in, zoom_out)
        self._rotate_with_proba = rotate_with_proba

    def forward(self, x):
        if np.random.random() > self._rotate_with_proba:
            return x
        if x.dtype is not np.float32:       # as Rotate: mx.np arrays always fail
            raise TypeError("This transformation only supports float32. Consider calling it after ToTensor")
        return image.random_rotate(x, *self._args)


def __dir__():
    """The names MXNet's transforms module lists (not its private helper classes)."""
    return sorted(n for n in globals() if not n.startswith("_") or n.startswith("__") and n != "__dir__")
