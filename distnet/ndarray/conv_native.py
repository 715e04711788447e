"""MXNet's own (non-oneDNN) convolution kernels, which run float64: one image and one group at a time.

Each image is unrolled by im2col and contracted in a separate 2-D matrix product of the same shape and
operand order as MXNet's, so the BLAS kernel sums every element in the same order; the weight gradient
adds the images' products one after another, col2im adds the kernel offsets in order, and the bias
gradient sums each image's positions in sequence before adding the images.
"""
import math

import numpy as np
from numpy.lib.stride_tricks import as_strided

from . import dgemm_row


def _overlap(pad, spatial):
    """(padded-buffer slices, image slices) of the image part of a buffer padded by ``pad``; a negative pad
    crops, as MXNet's im2col reads image position ``buffer position - pad``."""
    inner = tuple(n + 2 * min(p, 0) for p, n in zip(pad, spatial))
    return (tuple(slice(max(p, 0), max(p, 0) + m) for p, m in zip(pad, inner)),
            tuple(slice(max(-p, 0), max(-p, 0) + m) for p, m in zip(pad, inner)))


def _padded(img, pad, size):
    """``img`` (C, *spatial) zero-padded at offset ``pad`` to spatial ``size``."""
    out = np.zeros(img.shape[:1] + tuple(size), img.dtype)
    dst, src = _overlap(pad, img.shape[1:])
    out[(slice(None),) + dst] = img[(slice(None),) + src]
    return out


def _im2col(img, kernel, stride, dilate, pad, out):
    """The windows of one image (C, *spatial) as a contiguous (C * prod(kernel), prod(out)) matrix."""
    xp = _padded(img, pad, tuple(n + 2 * p for n, p in zip(img.shape[1:], pad)))
    st = xp.strides
    shape = xp.shape[:1] + tuple(kernel) + tuple(out)
    strides = st[:1] + tuple(s * d for s, d in zip(st[1:], dilate)) + tuple(s * t for s, t in zip(st[1:], stride))
    win = as_strided(xp, shape, strides, writeable=False)
    return np.ascontiguousarray(win).reshape(img.shape[0] * math.prod(kernel), -1)


def _col2im(col, channels, spatial, kernel, stride, dilate, pad, out, onto=None):
    """Adds the rows of ``col`` back onto an image (channels, *spatial), kernel offsets in order, starting from
    the image ``onto`` if given (else zeros)."""
    size = tuple(n + 2 * p for n, p in zip(spatial, pad))
    xp = np.zeros((channels,) + size, col.dtype)
    dst, src = _overlap(pad, spatial)
    if onto is not None:
        xp[(slice(None),) + dst] = onto[(slice(None),) + src]
    col = col.reshape((channels,) + tuple(kernel) + tuple(out))
    for kidx in np.ndindex(*kernel):
        where = tuple(slice(k * d, k * d + s * (o - 1) + 1, s) for k, d, s, o in zip(kidx, dilate, stride, out))
        xp[(slice(None),) + where] += col[(slice(None),) + kidx]
    img = np.zeros((channels,) + tuple(spatial), col.dtype) if onto is None else np.array(onto, col.dtype)
    img[(slice(None),) + src] = xp[(slice(None),) + dst]
    return img


def _bias_grad(dy):
    """Per channel: each image's positions summed in order from +0 (so all -0 terms give +0), then the images
    added in order."""
    flat = dy.reshape(dy.shape[0], dy.shape[1], -1)
    per_image = flat[:, :, 0] + 0.0
    for j in range(1, flat.shape[2]):
        per_image += flat[:, :, j]
    total = per_image[0].copy()
    for n in range(1, per_image.shape[0]):
        total += per_image[n]
    return total


def _mm(a, b):
    """``a @ b`` (stacks of matrices) by the BLAS matrix-matrix kernel MXNet calls for each."""
    return dgemm_row.blas_gemm(a, b)


def _groups(a, groups):
    """(groups, rows / groups, cols) view of a 2-D matrix."""
    return a.reshape(groups, a.shape[0] // groups, -1)


def _image_columns(x, kernel, stride, dilate, pad, out, groups):
    """Every image's im2col matrix: (N, groups, C/groups * prod(kernel), prod(out))."""
    return np.stack([_groups(_im2col(img, kernel, stride, dilate, pad, out), groups) for img in x])


def conv_forward(x, w, bias, kernel, stride, dilate, pad, out, groups):
    """Convolution of ``x`` (N, C, *spatial) with ``w`` (F, C/G, *K): per image and group, W[g] @ col[g]."""
    n, f = x.shape[0], w.shape[0]
    wg = w.reshape(groups, f // groups, -1)
    y = _mm(wg[None], _image_columns(x, kernel, stride, dilate, pad, out, groups))
    y = y.reshape((n, f) + tuple(out))
    if bias is not None:
        y += bias.reshape((1, f) + (1,) * len(out))
    return y


def conv_backward(dy, x, w, kernel, stride, dilate, pad, groups, needs, onto=(None, None)):
    """Data, weight and bias gradients of ``conv_forward`` (None where ``needs`` says so); the weight
    gradient adds the images' products onto it in order, as a gemm adding onto its output does. ``onto``: the
    data and weight gradient buffers of 'add' requests, which MXNet's kernels add into (col2im and gemm)."""
    n, f, out = dy.shape[0], w.shape[0], dy.shape[2:]
    wg = w.reshape(groups, f // groups, -1)
    dyg = dy.reshape(n, groups, f // groups, -1)
    dx = dw = None
    if needs[0]:
        cols = _mm(wg.transpose(0, 2, 1)[None], dyg)
        dx = np.stack([_col2im(col, x.shape[1], x.shape[2:], kernel, stride, dilate, pad, out,
                               None if onto[0] is None else onto[0][i]) for i, col in enumerate(cols)])
    if needs[1]:
        cols = _image_columns(x, kernel, stride, dilate, pad, out, groups).transpose(0, 1, 3, 2)
        if onto[1] is not None:
            dw = np.array(onto[1], dy.dtype).reshape(wg.shape)
        for image, col in zip(dyg, cols):
            dw = dgemm_row.add_products(dw, image, col)
        dw = dw.reshape(w.shape)
    return dx, dw, _bias_grad(dy)


# MXNet's own Deconvolution works on whole batches (as many images as its workspace holds) in 2-D:
# one product per group for all images, and an output pixel gathers the patches covering it, the
# patch rows in order and within them the columns. Its gather steps through patches by the dilation
# and reads the kernel offset as (distance / dilation) without checking the remainder, so a dilated,
# strided Deconvolution skips and repeats terms; followed here as it is.
def _gather_terms(size, kernel, stride, dilate, patches):
    """Per term: (patch, kernel offset, valid) arrays over ``size`` output positions of one axis."""
    extent = (kernel - 1) * dilate + 1
    pos = np.arange(size)
    first = np.where(pos < extent, pos % dilate, (pos - extent + stride) // stride)
    stop = np.minimum((pos + stride) // stride, patches)
    terms = []
    for t in range(max(int(np.max(-(-(stop - first) // dilate), initial=0)), 0)):
        p = first + t * dilate
        valid = p < stop
        p = np.where(valid, p, 0)
        terms.append((p, np.where(valid, (pos - p * stride) // dilate, 0), valid))
    return terms


def _pack_col2patch(col, channels, n, size, kernel, stride, dilate, patches):
    """MXNet's gather of ``col`` (channels * kh * kw, n * ph * pw) into images (n, channels, *size)."""
    (kh, kw), (ph, pw) = kernel, patches
    c6 = col.reshape(channels, kh, kw, n, ph, pw).transpose(3, 0, 1, 4, 2, 5)      # n, c, kh, ph, kw, pw
    res = np.zeros((n, channels) + tuple(size), col.dtype)
    rows = _gather_terms(size[0], kh, stride[0], dilate[0], ph)
    cols = _gather_terms(size[1], kw, stride[1], dilate[1], pw)
    for py, ky, vy in rows:
        for px, kx, vx in cols:
            term = c6[:, :, ky[:, None], py[:, None], kx[None, :], px[None, :]]
            res += np.where(vy[:, None] & vx[None, :], term, 0)
    return res


def _as_2d(kernel, stride, dilate, pad, *arrays):
    """1-D attributes and arrays as MXNet's 2-D ones (a height of 1)."""
    if len(kernel) == 2:
        return (tuple(kernel), tuple(stride), tuple(dilate), tuple(pad)) + arrays
    return ((1,) + tuple(kernel), (1,) + tuple(stride), (1,) + tuple(dilate), (0,) + tuple(pad)) + tuple(
        a.reshape(a.shape[:2] + (1,) + a.shape[2:]) for a in arrays)


def _batch_step(x, w, groups, workspace):
    """Images per product: as many as MXNet's ``workspace`` (MB of 4-byte words) holds, at least one."""
    spatial = math.prod(x.shape[2:])
    unit = w.shape[1] * groups * math.prod(w.shape[2:]) * spatial + x.shape[1] * spatial
    return max(min(((int(workspace) << 20) // 4) // unit, x.shape[0]), 1)


def _crop(img, pad, size):
    return img[(slice(None), slice(None)) + tuple(slice(p, p + s) for p, s in zip(pad, size))]


def deconv_forward(x, w, bias, kernel, stride, dilate, pad, out, groups, workspace=512):
    """Transposed convolution of ``x`` (N, C, *spatial) with ``w`` (C, F/G, *K) to spatial ``out``."""
    n, c = x.shape[:2]
    f = w.shape[1] * groups
    kernel, stride, dilate, pad, x, w = _as_2d(kernel, stride, dilate, pad, x, w)
    out2 = tuple(out) if len(out) == 2 else (1,) + tuple(out)
    wg = w.reshape(groups, c // groups, -1)
    step = _batch_step(x, w, groups, workspace)
    parts = []
    for i in range(0, n, step):
        dst = np.ascontiguousarray(x[i:i + step].swapaxes(0, 1)).reshape(groups, c // groups, -1)
        col = _mm(wg.transpose(0, 2, 1), dst).reshape(-1, dst.shape[2])
        size = tuple(o + 2 * p for o, p in zip(out2, pad))
        img = _pack_col2patch(col, f, dst.shape[2] // math.prod(x.shape[2:]), size, kernel, stride, dilate,
                              x.shape[2:])
        parts.append(_crop(img, pad, out2))
    y = np.concatenate(parts).reshape((n, f) + tuple(out))
    if bias is not None:
        y += bias.reshape((1, f) + (1,) * len(out))
    return y


def deconv_backward(dy, x, w, kernel, stride, dilate, pad, groups, workspace=512, weight_onto=None):
    """Data, weight and bias gradients of ``deconv_forward``: per batch step, the output gradient's windows
    contracted with the weight (data gradient) and with the data (weight gradient, steps added in order).
    ``weight_onto``: the weight gradient buffer of an 'add' request, which the gemm adds each step onto."""
    x_shape, w_shape = x.shape, w.shape
    kernel, stride, dilate, pad, x, w, dy2 = _as_2d(kernel, stride, dilate, pad, x, w, dy)
    n, c = x.shape[:2]
    wg = w.reshape(groups, c // groups, -1)
    step = _batch_step(x, w, groups, workspace)
    dx = np.empty_like(x)
    dw = None if weight_onto is None else np.array(weight_onto, x.dtype).reshape(groups, c // groups, -1)
    for i in range(0, n, step):
        imgs = dy2[i:i + step]
        cols = np.stack([_im2col(img, kernel, stride, dilate, pad, x.shape[2:]) for img in imgs], axis=1)
        col = _groups(cols.reshape(cols.shape[0], -1), groups)          # rows (f, kh, kw), columns (n, y, x)
        dst = np.ascontiguousarray(x[i:i + step].swapaxes(0, 1)).reshape(groups, c // groups, -1)
        if dw is None:
            dw = _mm(dst, col.transpose(0, 2, 1))
        elif weight_onto is None:
            dw = dw + _mm(dst, col.transpose(0, 2, 1))
        else:
            dw = dgemm_row.add_products(dw, dst, col.transpose(0, 2, 1))
        grad = _mm(wg, col).reshape((c, len(imgs)) + x.shape[2:])
        dx[i:i + step] = grad.swapaxes(0, 1)
    return dx.reshape(x_shape), dw.reshape(w_shape), _bias_grad(dy)
