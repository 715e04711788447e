"""Deformable sampling (MXNet's deformable_im2col on the CPU) as an autograd.Function, forward and backward in numpy."""
import numpy as np

from .... import autograd, ndarray
from ....base import MXNetError


class _Taps:
    """Where each kernel tap samples for one deformable group: corner indices and bilinear weights.

    Version 1 reads nothing outside the image and clamps at its far edge; version 2 (modulated)
    samples anywhere within one pixel of the image, corners outside it counting as zero.
    """

    def __init__(self, offset, g, k, kernel, stride, pad, dilate, shape, modulated=False):
        kh, kw = kernel
        i, j = divmod(k, kw)
        n, _, height, width = shape
        ho, wo = offset.shape[2:]
        t = g * kh * kw + k
        h = (np.arange(ho, dtype=np.float32)[:, None] * stride[0] - pad[0] + i * dilate[0]) + offset[:, 2 * t]
        w = (np.arange(wo, dtype=np.float32)[None, :] * stride[1] - pad[1] + j * dilate[1]) + offset[:, 2 * t + 1]
        if modulated:
            self._zero_padded(h, w, height, width, n)
            return
        self.valid = ((h >= 0) & (w >= 0) & (h < height) & (w < width)).astype(np.float32)
        # outside the image nothing is read; at the far edge the sample is clamped to the last row/column
        h, w = np.where(self.valid > 0, h, 0).astype(np.float32), np.where(self.valid > 0, w, 0).astype(np.float32)
        self.h_low, self.w_low = np.floor(h).astype(np.int64), np.floor(w).astype(np.int64)
        h = np.where(self.h_low >= height - 1, np.float32(height - 1), h)
        w = np.where(self.w_low >= width - 1, np.float32(width - 1), w)
        self.h_low = np.minimum(self.h_low, height - 1)
        self.w_low = np.minimum(self.w_low, width - 1)
        self.h_high = np.minimum(self.h_low + 1, height - 1)
        self.w_high = np.minimum(self.w_low + 1, width - 1)
        self.lh, self.lw = h - self.h_low, w - self.w_low
        self.hh, self.hw = 1 - self.lh, 1 - self.lw
        self.n = np.arange(n)[:, None, None, None]

    def _zero_padded(self, h, w, height, width, n):
        inside = (h > -1) & (w > -1) & (h < height) & (w < width)
        h, w = np.where(inside, h, 0).astype(np.float32), np.where(inside, w, 0).astype(np.float32)
        h_low, w_low = np.floor(h).astype(np.int64), np.floor(w).astype(np.int64)
        self.lh, self.lw = h - h_low, w - w_low
        self.hh, self.hw = 1 - self.lh, 1 - self.lw
        self.n = np.arange(n)[:, None, None, None]
        self._corner_ok = []
        for hs, ws in ((h_low, w_low), (h_low, w_low + 1), (h_low + 1, w_low), (h_low + 1, w_low + 1)):
            self._corner_ok.append(inside & (hs >= 0) & (ws >= 0) & (hs <= height - 1) & (ws <= width - 1))
        self.h_low, self.w_low = np.clip(h_low, 0, height - 1), np.clip(w_low, 0, width - 1)
        self.h_high, self.w_high = np.clip(h_low + 1, 0, height - 1), np.clip(w_low + 1, 0, width - 1)
        self.valid = inside.astype(np.float32)

    def corners(self, x, channels):
        """The four corner values of every sample, each (N, Cg, Ho, Wo)."""
        c = channels[None, :, None, None]
        hl, hh_, wl, wh = (a[:, None] for a in (self.h_low, self.h_high, self.w_low, self.w_high))
        values = [x[self.n, c, hl, wl], x[self.n, c, hl, wh], x[self.n, c, hh_, wl], x[self.n, c, hh_, wh]]
        if hasattr(self, "_corner_ok"):
            values = [v * ok[:, None] for v, ok in zip(values, self._corner_ok)]
        return values

    def weights(self):
        """The four bilinear weights (zero where the sample is outside), each (N, 1, Ho, Wo)."""
        v = self.valid
        return [(a * v)[:, None] for a in (self.hh * self.hw, self.hh * self.lw, self.lh * self.hw, self.lh * self.lw)]


class DeformableSample(autograd.Function):
    """x (N, C, H, W) sampled at every kernel tap moved by ``offset``: columns (N, C * taps, Ho, Wo)."""

    def __init__(self, kernel, stride, pad, dilate, groups, modulated=False):
        super().__init__()
        self._args = kernel, stride, pad, dilate
        self._groups = groups
        self._modulated = modulated

    def _each(self, x, offset):
        """(group, tap, input channels, _Taps) for every deformable group and kernel tap."""
        kernel = self._args[0]
        per = x.shape[1] // self._groups
        for g in range(self._groups):
            channels = np.arange(g * per, (g + 1) * per)
            for k in range(kernel[0] * kernel[1]):
                yield g, k, channels, _Taps(offset, g, k, *self._args, x.shape, modulated=self._modulated)

    def forward(self, x, offset, mask=None):
        xa, oa = x.asnumpy(), offset.asnumpy()
        ma = None if mask is None else mask.asnumpy()
        taps = self._args[0][0] * self._args[0][1]
        n, c = xa.shape[:2]
        col = np.zeros((n, c, taps) + oa.shape[2:], np.float32)
        for g, k, channels, tap in self._each(xa, oa):
            v1, v2, v3, v4 = tap.corners(xa, channels)
            w1, w2, w3, w4 = tap.weights()
            col[:, channels, k] = w1 * v1 + w2 * v2 + w3 * v3 + w4 * v4
            if ma is not None:
                col[:, channels, k] *= ma[:, g * taps + k][:, None]
        self.save_for_backward(x, offset)
        return ndarray.array(col.reshape(n, c * taps, *oa.shape[2:]), ctx=x.context, dtype=x.dtype)

    def backward(self, dcol, *unused):
        if self._modulated:
            raise MXNetError("ModulatedDeformableConvolution backward: only implemented in GPU (as in MXNet 1.9.1)")
        x, offset = self.saved_tensors
        xa, oa = x.asnumpy(), offset.asnumpy()
        n, c = xa.shape[:2]
        taps = self._args[0][0] * self._args[0][1]
        dc = dcol.asnumpy().reshape((n, c, taps) + oa.shape[2:])
        dx, doff = np.zeros_like(xa), np.zeros_like(oa)
        for g, k, channels, tap in self._each(xa, oa):
            grad = dc[:, channels, k]
            cidx = channels[None, :, None, None]
            for (hs, ws), wt in zip(((tap.h_low, tap.w_low), (tap.h_low, tap.w_high), (tap.h_high, tap.w_low),
                                     (tap.h_high, tap.w_high)), tap.weights()):
                np.add.at(dx, (tap.n, cidx, hs[:, None], ws[:, None]), grad * wt)
            v1, v2, v3, v4 = tap.corners(xa, channels)
            valid = tap.valid[:, None]
            lh, lw, hh, hw = (a[:, None] for a in (tap.lh, tap.lw, tap.hh, tap.hw))
            t = g * taps + k
            doff[:, 2 * t] = (grad * valid * (hw * (v3 - v1) + lw * (v4 - v2))).sum(axis=1)
            doff[:, 2 * t + 1] = (grad * valid * (hh * (v2 - v1) + lh * (v4 - v3))).sum(axis=1)
        return ndarray.array(dx, ctx=x.context), ndarray.array(doff, ctx=x.context)
