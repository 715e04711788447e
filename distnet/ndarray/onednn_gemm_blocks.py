"""How oneDNN's im2col ("gemm") convolution splits an image's output positions between sgemms (1-D, 2-D).

oneDNN 2.x picks, once per primitive, a block of output positions (and of filters and channels) by scoring
candidate blocks with a cost model (thread balance, cache fit, memory traffic, the gemm's shape) and keeping
the first best one; each image's positions are then taken a block at a time, one sgemm each. A last block
of one position takes the matrix-vector kernel, which sums in another order than the 8-wide tiles, so the
split shows in the float32 bits. MXNet 1.9.1 ran the primitive on one thread here (8 float lanes; the blocks follow
the L2 cache a core as oneDNN reads it, ``cache_bytes``: with 2 MiB AlexNet's first convolution at 224x224 takes 1048
positions a sgemm).

The model below restates that scoring in float32 as oneDNN evaluates it. Probed against MXNet, it picks the
right block for ungrouped convolutions of 2 to 5 images of fewer than 25 positions each: there it splits
only 9 positions, as 8 + 1. A grouped convolution is scored as an ungrouped one of a group's filters and
channels over images times groups (its work items). Elsewhere (one image; 6 images or more; 25 positions or
more) the blocks, of positions and of channels, are the best of the few candidates oneDNN derives from the
cache size (``_cache_blocks``): whole for small images, split for large ones.
"""
import functools
import math
import os

import numpy as np

CACHE_ENV = {1: "DISTNET_ONEDNN_L1", 2: "DISTNET_ONEDNN_L2"}     # bytes of cache a core: another machine's reading


def _cpu_count(text):
    """The CPUs a sysfs list such as ``0-3,8`` names."""
    ranges = [part.split("-") for part in text.strip().split(",") if part]
    return sum(int(r[-1]) - int(r[0]) + 1 for r in ranges)


def _read(path):
    with open(path) as f:
        return f.read().strip()


def cache_bytes(level):
    """The level-1 (data) or level-2 cache a core that oneDNN 2.x (MXNet 1.9.1's) sizes its blocks for: read by
    cpuid on Intel CPUs (the cache's size over the cores sharing it, as sysfs tells it too), its guess (32 KiB,
    512 KiB) on any other vendor, whose cache levels its CPU probe does not read."""
    env = CACHE_ENV[level]
    forced = os.environ.get(env, "").strip()
    if forced:
        if not forced.isdigit() or not int(forced):
            raise ValueError(f"{env}={forced!r}: expected a number of bytes")
        return int(forced)
    return _cpu_cache_bytes(level)


@functools.lru_cache(maxsize=None)
def _cpu_cache_bytes(level):
    """``cache_bytes`` of this CPU, read once (a convolution asks for it several times a call)."""
    guess = {1: 32 << 10, 2: 512 << 10}[level]
    cpu = "/sys/devices/system/cpu/cpu0"
    try:
        with open("/proc/cpuinfo") as f:
            if not any(line.startswith("vendor_id") and "GenuineIntel" in line for line in f):
                return guess
        for index in sorted(os.listdir(f"{cpu}/cache")):
            cache = f"{cpu}/cache/{index}"
            if not index.startswith("index") or _read(f"{cache}/level") != str(level) or \
                    _read(f"{cache}/type") == "Instruction":
                continue
            size = _read(f"{cache}/size")
            size = int(size[:-1]) << {"K": 10, "M": 20}[size[-1]] if size[-1] in "KM" else int(size)
            threads = _cpu_count(_read(f"{cpu}/topology/thread_siblings_list"))
            return size // max(1, _cpu_count(_read(f"{cache}/shared_cpu_list")) // threads)
    except (OSError, ValueError, KeyError):
        pass
    return guess


_F32 = np.float32
L2_FLOATS = cache_bytes(2) // 4          # the per-core L2 cache oneDNN sizes its blocks for, in floats
_MIN_FILTER_BLOCK = 8
_PROBED_POSITIONS = 25              # the model is followed below this many positions an image
_PROBED_IMAGES = 5                  # and up to this many images
_BATCH_SPLIT_L2_FLOATS = (512 << 10) // 4   # the L2 (floats) up to which a batch's channels split as an image's
_WEIGHTS = dict(thr=8, oc=1, os=1, ic=1, reg=1, mem=1, gemm=0.5, calc=1)      # each factor's exponent
_ROOT = float(_F32(1) / _F32(sum(_WEIGHTS.values())))      # the mean's root, a float32


def _up(n, m):
    return -(-n // m) * m


def _ceil_div(n, m):
    return -(-n // m)


@functools.lru_cache(maxsize=512)
def position_block(images, filters, channels, spatial_in, positions, kernel_size, strides, im2col, lanes):
    """How many output positions each sgemm of an ungrouped forward pass takes: ``images`` the batch size,
    ``filters`` and ``channels`` the convolution's, ``spatial_in`` and ``positions`` an image's input and output
    sizes, ``kernel_size`` the kernel's offsets, ``strides`` the (height, width) strides, ``im2col`` whether
    the pass copies windows out (not a 1x1 kernel at unit stride over an output of the input's size)."""
    if not _blocks_apply(images, filters, channels, spatial_in, positions, kernel_size, strides, im2col, lanes):
        return positions
    if im2col and not _small_batch(images, positions):
        return _cache_blocks(images, filters, channels, spatial_in, positions, kernel_size, strides, lanes)[0]
    if not 2 <= images <= _PROBED_IMAGES or positions >= _PROBED_POSITIONS:
        return positions
    model = _Model(images, filters, channels, spatial_in, positions, kernel_size, strides, im2col, lanes)
    best, best_score = positions, model.score(filters, positions)[0]
    fb = min(_MIN_FILTER_BLOCK, filters)
    while fb <= filters:
        pb = min(lanes, positions)
        while pb <= positions:
            score = model.score(fb, pb)[0]
            if score > best_score:
                best, best_score = pb, score
            pb += max(1, min(lanes, positions - pb))
        fb += max(1, min(_MIN_FILTER_BLOCK, filters - fb))
    return best


def _small_batch(images, positions):
    """Whether the batch is one of the small ones the exhaustive model was probed on (2 to 5 images of fewer
    than 25 positions each)."""
    return 2 <= images <= _PROBED_IMAGES and positions < _PROBED_POSITIONS


def _blocks_apply(images, filters, channels, spatial_in, positions, kernel_size, strides, im2col, lanes):
    """Whether oneDNN blocks the pass at all (else one sgemm an image, all positions and channels)."""
    terms = channels * kernel_size
    applicable = (not im2col or images * positions >= lanes or positions < images
                  or (strides[-1] == 1 and terms <= 0.05 * filters))
    return applicable and (im2col or (channels // filters < 42 and channels * filters * spatial_in < 1024))


def channel_block(images, filters, channels, spatial_in, positions, kernel_size, strides, im2col, lanes):
    """How many channels (times the kernel's offsets: the sgemm's K) each sgemm of ``position_block``'s blocks
    takes, the blocks' sums added in turn onto the output (beta 1): all of them but where few fit the cache of
    one image (AlexNet's first layer over 16 filters: one channel at a time). A batch beyond the small ones the
    exhaustive model covers splits them alike where oneDNN sized its blocks for its 512 KiB guess (probed on an
    AMD CPU: 16 channels of 32x32 images under a 5x5 kernel, 4 at a time), and with a 2 MiB L2 too on AVX-512
    (16 of 28x28 under 7x7, 8 at a time), but kept them whole in every AVX2 probe with a 2 MiB L2. Arguments as
    position_block's."""
    if not im2col or not _blocks_apply(images, filters, channels, spatial_in, positions, kernel_size, strides,
                                       im2col, lanes):
        return channels
    split = lanes == 16 or L2_FLOATS <= _BATCH_SPLIT_L2_FLOATS
    if images == 1 or (split and not _small_batch(images, positions)):
        return _cache_blocks(images, filters, channels, spatial_in, positions, kernel_size, strides, lanes)[1]
    return channels


@functools.lru_cache(maxsize=512)
def _cache_blocks(images, filters, channels, spatial_in, positions, kernel_size, strides, lanes):
    """(positions, channels) oneDNN takes a sgemm of an image: the best scored of the whole output and the few
    blocks it derives from the cache's size (all channels at once, then a block of channels where fewer fit,
    then all filters), each tried as given and rounded to 8 filters and 48 or 8 positions. A batch's positions
    (``work``) bound the blocks as it draws them; an image's the sgemm."""
    model = _Model(images, filters, channels, spatial_in, positions, kernel_size, strides, True, lanes)
    f, c, p, work = filters, channels, positions, images * positions
    best, best_score = None, _F32(-1)

    def score(fb, pb):
        nonlocal best, best_score
        fb, pb = min(f, max(_MIN_FILTER_BLOCK, fb)), min(p, work, max(lanes, pb))
        value, cb = model.score(fb, pb)
        if value > best_score:
            best, best_score = (fb, pb, cb), value

    def around(fb, pb):
        score(fb, pb)
        for fb2, pb2 in ((fb // 8 * 8, pb // 48 * 48), (_up(fb, 8), pb // 48 * 48), (_up(fb, 8), _up(pb, lanes)),
                         (_up(fb, 8), _up(pb, 48))):
            score(fb2, pb2)

    score(f, work)
    if best == (f, work, c):
        return p, c
    a_k = model.strides[0] * model.strides[1] + model.kernel_size
    b_k = model.kernel_size * f
    fb = _clamp(_c_div(L2_FLOATS - a_k * c * lanes - b_k * c, lanes), _MIN_FILTER_BLOCK, f)
    around(fb, _clamp(_c_div(L2_FLOATS - b_k * c, a_k * c + fb), lanes, work))
    most_channels = max(1, L2_FLOATS // (2 * _MIN_FILTER_BLOCK * a_k + 2 * b_k))
    if most_channels < c:
        cb = c // max(1, c // most_channels)
        pb = max(1, _c_div(L2_FLOATS - 2 * b_k * cb, 2 * cb * a_k))
        fb = L2_FLOATS // 2 // pb
        if fb > f:
            fb, pb = f, _clamp(_c_div(L2_FLOATS - b_k * cb, a_k * cb + f), lanes, work)
        elif pb > work:
            pb, fb = work, _clamp(_c_div(L2_FLOATS - a_k * cb * work - b_k * cb, work), _MIN_FILTER_BLOCK, f)
        around(fb, pb)
    around(f, max(lanes, _c_div(L2_FLOATS - b_k * c, a_k * c + f) // lanes * lanes))
    return best[1], best[2]


class _Model:
    """oneDNN's cost model of one (filter block, position block) candidate, on one thread."""

    def __init__(self, work_images, filters, channels, spatial_in, positions, kernel_size, strides, im2col, lanes):
        self.filters, self.channels, self.positions = filters, channels, positions
        self.work = work_images * positions         # the positions one thread computes (all of them)
        self.kernel_size, self.strides, self.im2col, self.lanes = kernel_size, strides, im2col, lanes

    def _channel_block_cap(self, fb, pb):
        """How many channels a block may take for its windows, weights and outputs to stay in L2 cache."""
        out_block = fb * pb
        row = self.strides[0] * self.strides[1] * pb
        cols = self.kernel_size * pb
        weights = self.kernel_size * self.filters
        if self.im2col:
            if pb >= self.work:
                cap = L2_FLOATS // (row + cols)
                if fb < self.filters:
                    cap = min(cap, (L2_FLOATS - out_block) // (cols + self.kernel_size * fb))
            else:
                cap = _c_div(L2_FLOATS - out_block, row + cols + weights)
        else:
            cap = L2_FLOATS // row if pb >= self.work else L2_FLOATS // (row + weights)
        if cap < self.channels and self.im2col:
            cap = _c_div(L2_FLOATS - out_block, row + cols + weights)
        return cap

    def score(self, fb, pb):
        """(efficiency, channel block) of the candidate: the weighted geometric mean of oneDNN's factors."""
        if pb > self.positions or fb > self.filters:
            return _F32(0), self.channels
        lanes, ks, c, f = self.lanes, self.kernel_size, self.channels, self.filters
        terms = c * ks
        fb, pb = min(f, fb), min(self.positions, pb)
        cap = self._channel_block_cap(fb, pb)
        cost = 20 if cap < 1 else 1        # what misses the cache costs
        cb = max(1, c // _ceil_div(c, max(1, cap)))
        blocks_c = _ceil_div(c, cb)
        kb = cb * ks
        out_ops = cost * f * _up(self.work, lanes) * (1 if cb == c else 2 * blocks_c - 1)
        pb_lanes = _up(pb, lanes)
        in_size = c * _up(self.work * self.strides[0] * self.strides[1], lanes)
        in_ops = cost * ks * in_size
        col_ops = 0
        if self.im2col:
            tail = _F32(pb_lanes) / _F32(pb)
            col_ops = int(_F32(cost) * (_F32(ks * in_size) * tail + _F32(ks * in_size) * tail))
            if self.strides[-1] != 1:       # strided copies are slower
                col_ops = int(_F32(col_ops) * _F32(8))
        wei_ops = cost * f * _up(terms, lanes)
        mem = _F32(_F32(self.work) / _F32(lanes)) * _F32(f) * _F32(terms)
        ic = _F32(c) / _F32(_up(c, cb))
        factors = (     # in oneDNN's order; the channels' factor is raised to its own power
            (_F32(1), _WEIGHTS["thr"]),
            (_F32(f) / _F32(_up(f, fb)), _WEIGHTS["oc"]),
            (_F32(self.positions) / _F32(_up(self.positions, pb)), _WEIGHTS["os"]),
            (ic, ic),
            (_F32(pb) / _F32(_up(pb, 3 * lanes)), _WEIGHTS["reg"]),
            (mem / _F32(in_ops + col_ops + wei_ops + out_ops), _WEIGHTS["mem"]),
            (_F32(_F32(pb) * _F32(fb) * _F32(kb)) / _F32(_F32(f) * _F32(self.work) * _F32(terms)), _WEIGHTS["gemm"]),
            (_F32(_F32(pb) / _F32(lanes)) * _F32(fb) * _F32(kb)
             / _F32(pb_lanes * kb + fb * _up(kb, lanes) + fb * pb_lanes), _WEIGHTS["calc"]))
        product = 1.0
        for value, weight in factors:
            product *= math.pow(value, weight)
        return _F32(math.pow(product, _ROOT)), cb


def _clamp(n, low, high):
    return max(low, min(high, n))


def _c_div(a, b):
    """C's integer division (toward zero)."""
    q = abs(a) // abs(b)
    return q if (a >= 0) == (b >= 0) else -q
