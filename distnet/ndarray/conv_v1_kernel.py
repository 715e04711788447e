"""Convolution_v1's CPU kernel as MXNet's mshadow code runs it (convolution_v1-inl.h).

A step of images at a time (as many as its workspace holds, all of them in practice): the zero-padded windows
unpacked into columns (channels and kernel offsets down, images and positions across), one BLAS gemm a group
of the filters by those columns, the bias added after. Its backward takes the gemms' transposes: the weight
gradient summed onto over the steps (beta 1), the data gradient's columns packed back by adding each pixel's
terms from zero, windows lower down and further right first, and the bias gradient summed image by image.
"""
import math

import numpy as np
from numpy.lib.stride_tricks import as_strided

from . import cblas


def runs(data, weight, g, layout):
    """Whether the replay applies: 2-D NCHW float data whose gemms numpy's OpenBLAS computes with MXNet's kernels,
    undilated (mshadow's packing of dilated windows is not modelled)."""
    return data.ndim == 4 and layout in (None, "NCHW") and data.dtype in (np.float32, np.float64) \
        and weight.dtype == data.dtype and max(g.dilate) == 1 and cblas.runs_mxnet_kernels(data, weight)


def _steps(images, g, channels, filters, workspace, itemsize):
    """The (first, end) images of each step: as many as ``workspace`` MB hold of an image's columns and outputs."""
    positions = math.prod(g.out)
    per_image = channels * math.prod(g.kernel) * positions + filters * positions
    step = max(min(((int(workspace) << 20) // itemsize) // per_image, images), 1)
    return [(i, min(i + step, images)) for i in range(0, images, step)]


def _columns(x, g):
    """(groups, C/groups * kh * kw, images * positions) windows of ``x`` zero-padded by ``g.pad``."""
    n, c = x.shape[:2]
    xp = np.pad(x, ((0, 0), (0, 0)) + tuple((p, p) for p in g.pad))
    s = xp.strides
    shape = (c,) + tuple(g.kernel) + (n,) + tuple(g.out)
    strides = (s[1], s[2], s[3], s[0], s[2] * g.stride[0], s[3] * g.stride[1])
    windows = as_strided(xp, shape, strides, writeable=False)
    return np.ascontiguousarray(windows).reshape(g.groups, -1, n * math.prod(g.out))


def _per_group(a, groups):
    """(N, F, *out) -> (groups, F/groups, N * positions), images outer across."""
    return np.ascontiguousarray(a.swapaxes(0, 1)).reshape(groups, a.shape[1] // groups, -1)


def forward(x, w, bias, g, workspace):
    """Convolution_v1's output of ``x`` (N, C, H, W) by ``w`` (geometry ``g``), then the bias added."""
    n, f = x.shape[0], w.shape[0]
    weights = w.reshape(g.groups, f // g.groups, -1)
    y = np.empty((n, f) + tuple(g.out), x.dtype)
    for first, end in _steps(n, g, x.shape[1], f, workspace, x.itemsize):
        products = cblas.gemm(weights, _columns(x[first:end], g))
        y[first:end] = products.reshape((f, end - first) + tuple(g.out)).swapaxes(0, 1)
    if bias is not None:
        y += bias.reshape(1, -1, 1, 1)
    return y


def backward(dy, x, w, g, workspace):
    """Convolution_v1's data, weight and bias gradients for the output gradient ``dy``."""
    n, f = x.shape[0], w.shape[0]
    weights = w.reshape(g.groups, f // g.groups, -1)
    dx, dw = np.empty_like(x), None
    for first, end in _steps(n, g, x.shape[1], f, workspace, x.itemsize):
        columns, grads = _columns(x[first:end], g), _per_group(dy[first:end], g.groups)
        dw = cblas.gemm(grads, columns, transpose_b=True) if dw is None else \
            cblas.gemm(grads, columns, c=dw, beta=1.0, transpose_b=True)
        dx[first:end] = _pack_columns(cblas.gemm(weights, grads, transpose_a=True), x[first:end].shape, g)
    return dx, dw.reshape(w.shape), _bias_grad(dy)


def _pack_columns(columns, shape, g):
    """The data gradient of ``shape`` from its (groups, C/groups * kh * kw, images * positions) columns: each padded
    pixel's terms added in turn from zero, windows lower down first and, in a row of windows, further right first
    (mshadow's pack_col2patch), then cropped to the data."""
    n, c, h, w = shape
    (kh, kw), (sh, sw), (oh, ow) = g.kernel, g.stride, g.out
    terms = columns.reshape(c, kh, kw, n, oh, ow)
    total = np.zeros((c, n, h + 2 * g.pad[0], w + 2 * g.pad[1]), columns.dtype)
    for ky in reversed(range(kh)):
        for kx in reversed(range(kw)):
            total[:, :, ky:ky + (oh - 1) * sh + 1:sh, kx:kx + (ow - 1) * sw + 1:sw] += terms[:, ky, kx]
    return total[:, :, g.pad[0]:g.pad[0] + h, g.pad[1]:g.pad[1] + w].swapaxes(0, 1)


def _bias_grad(dy):
    """Each filter's sum of ``dy``: every image's positions summed in order from zero, the images' sums in turn."""
    per_image = np.add.accumulate(dy.reshape(dy.shape[0], dy.shape[1], -1), axis=2)[:, :, -1] \
        if dy[0, 0].size else np.zeros(dy.shape[:2], dy.dtype)
    return np.add.accumulate(per_image, axis=0)[-1] + dy.dtype.type(0)
