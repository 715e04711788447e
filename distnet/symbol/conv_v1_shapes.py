"""Convolution_v1's shape function: it holds the data's sizes as signed 32-bit integers, so an unknown size (-1)
divided among or checked against the groups (unsigned) reads as 4294967295, and compared with the kernel (as a
64-bit sum with the padding) as -1."""
from ..base import MXNetError, located

_SOURCE = "../src/operator/./convolution_v1-inl.h"
_UNKNOWN_AS_UNSIGNED_32 = 2 ** 32 - 1
# (channel check line, kernel check line) by the kernel's rank; the filter check follows the channel check's line
_LINES = {2: (424, 435), 3: (463, 475)}
_KERNEL_CHECKS = {2: "ksize_y <= dshape[2] + 2 * param_.pad[0] && ksize_x <= dshape[3] + 2 * param_.pad[1]",
                  3: "ksize_d <= dshape[2] + 2 * param_.pad[0] && ksize_y <= dshape[3] + 2 * param_.pad[1] && "
                     "ksize_x <= dshape[4] + 2 * param_.pad[2]"}


def _channel_axis(attrs):
    return -1 if str(attrs.get("layout")) in ("NHWC", "NDHWC") else 1


def group_channels(attrs, data):
    """The weight's channels a group: an unknown count (0) split among several groups is 4294967295 // groups."""
    channels, groups = data[_channel_axis(attrs)], attrs.get("num_group", 1)
    if channels == 0 and groups > 1:
        return _UNKNOWN_AS_UNSIGNED_32 // groups
    return channels // groups


def check_groups_and_kernel(attrs, data):
    """Convolution_v1's checks after it assigned its weight and bias: the groups split the channels, then the
    filters, then the kernel fits the padded data (an unknown size counted as -1)."""
    rank = len(attrs["kernel"])
    if rank not in _LINES:
        return
    channel_line, kernel_line = _LINES[rank]
    channels, groups, filters = data[_channel_axis(attrs)], attrs.get("num_group", 1), attrs["num_filter"]
    left = (channels or _UNKNOWN_AS_UNSIGNED_32) % groups
    if left:
        raise located(MXNetError(f"Check failed: dshape[1] % param_.num_group == 0 ({left} vs. 0) : input num_filter "
                                 "must divide group size"), (_SOURCE, channel_line))
    if filters % groups:
        raise located(MXNetError(f"Check failed: param_.num_filter % param_.num_group == 0 ({filters % groups} vs. "
                                 "0) : output num_filter must divide group size"), (_SOURCE, channel_line + 2))
    spatial = data[2:] if _channel_axis(attrs) == 1 else data[1:-1]
    pad = tuple(attrs.get("pad") or ()) or (0,) * rank
    if any(k > (size or -1) + 2 * p for k, size, p in zip(attrs["kernel"], spatial, pad)):
        raise located(MXNetError(f"Check failed: {_KERNEL_CHECKS[rank]}: kernel size exceed input"),
                      (_SOURCE, kernel_line))


def output_shape(attrs, data):
    """The output's shape over data with unknown (0) sizes, as the shape function computes it after its checks:
    an unknown batch stays unknown, an unknown size counts as -1 (C's truncating division)."""
    rank = len(attrs["kernel"])
    last = _channel_axis(attrs) == -1
    spatial = data[1:-1] if last else data[2:]
    stride = tuple(attrs.get("stride") or ()) or (1,) * rank
    dilate = tuple(attrs.get("dilate") or ()) or (1,) * rank
    pad = tuple(attrs.get("pad") or ()) or (0,) * rank
    sizes = tuple(max(int(((size or -1) + 2 * p - (d * (k - 1) + 1)) / s) + 1, 0)      # (-1: unknown again)
                  for size, k, s, d, p in zip(spatial, attrs["kernel"], stride, dilate, pad))
    filters = (attrs["num_filter"],)
    return (data[0],) + (sizes + filters if last else filters + sizes)
