"""oneDNN's brgemm convolution blocking (onednn_brgconv) and the sums it gives (ops_conv's chunked, rows-apart order)."""
import os
import types

import numpy as np
import pytest

from distnet.ndarray import onednn_brgconv as brgconv
from distnet.ndarray import ops_conv

GUESSES = dict(l1=32 << 10, l2=512 << 10, nthr=1)      # oneDNN's cache guesses (AMD), MXNet's one thread


@pytest.mark.parametrize("shape, expected", [
    ((1, 224, 64, 35, 35, 3, 3, 2, 2, 0, 0), (208, 3, 3, "vpad")),     # probed: 208 channels a call
    ((1, 512, 64, 7, 7, 3, 3, 1, 1, 1, 1), (208, 3, 3, "vpad")),
    ((1, 288, 384, 35, 35, 3, 3, 2, 2, 0, 0), (272, 3, 3, "vpad")),    # Inception-v3's B_conv0
    ((1, 480, 64, 35, 35, 3, 3, 2, 2, 0, 0), (480, 1, 3, "vpad")),     # probed: a kernel row a call
    ((1, 384, 64, 35, 35, 3, 3, 1, 1, 1, 1), (384, 1, 3, "vpad")),
    ((1, 1280, 64, 9, 9, 3, 3, 1, 1, 1, 1), (640, 1, 3, "vpad")),
])
def test_blocks_as_probed_on_mxnet(shape, expected):
    assert brgconv.blocks(*shape, **GUESSES)[:4] == expected


def test_a_larger_l2_takes_all_channels_a_call():
    assert brgconv.blocks(1, 224, 64, 35, 35, 3, 3, 2, 2, 0, 0, l1=48 << 10, l2=2 << 20, nthr=1)[0] == 224


def test_threads_come_from_the_variable_then_openmp(monkeypatch):
    monkeypatch.setenv(brgconv.THREADS_ENV, "3")
    assert brgconv.mxnet_threads() == 3
    monkeypatch.delenv(brgconv.THREADS_ENV)
    monkeypatch.setenv("OMP_NUM_THREADS", "4")
    assert brgconv.mxnet_threads() == 4
    monkeypatch.delenv("OMP_NUM_THREADS")
    assert brgconv.mxnet_threads() == max(1, len(os.sched_getaffinity(0)) // 2)


def test_chains_take_channel_blocks_outer_then_calls():
    offsets = list(np.ndindex(2, 2))
    calls = (((0, 0), (0, 1)), ((1, 0), (1, 1)))
    chains = ops_conv._kernel_outer_chains(offsets, 3, (2, calls))
    assert chains == [[((0, 0), 0), ((0, 0), 1), ((0, 1), 0), ((0, 1), 1)],
                      [((1, 0), 0), ((1, 0), 1), ((1, 1), 0), ((1, 1), 1)],
                      [((0, 0), 2), ((0, 1), 2)], [((1, 0), 2), ((1, 1), 2)]]
    assert ops_conv._kernel_outer_chains(offsets, 3, (3,)) == [[(k, c) for k in offsets for c in range(3)]]


def _emulated(x, w, b, chains, stride):
    """Each chain's float32 fused multiply-adds from zero, the chains' sums added in turn, then the bias."""
    f, (kh, kw) = w.shape[0], w.shape[2:]
    oh, ow = (x.shape[1] - kh) // stride + 1, (x.shape[2] - kw) // stride + 1
    total = None
    for chain in chains:
        acc = np.zeros((f, oh, ow), np.float32)
        for (i, j), c in chain:
            window = x[c, i:i + stride * (oh - 1) + 1:stride, j:j + stride * (ow - 1) + 1:stride]
            acc = (acc.astype(np.float64) + w[:, c, i, j, None, None].astype(np.float64) * window).astype(np.float32)
        total = acc if total is None else total + acc
    return total + b[:, None, None]


def test_inference_convolution_sums_as_the_blocks_say(monkeypatch):
    monkeypatch.setenv("DISTNET_ONEDNN_L1", str(32 << 10))
    monkeypatch.setenv("DISTNET_ONEDNN_L2", str(512 << 10))
    monkeypatch.setenv(brgconv.THREADS_ENV, "1")
    import distnet as mx
    rs = np.random.RandomState(0)
    x = rs.uniform(-1, 1, (1, 224, 35, 35)).astype(np.float32)
    w = rs.uniform(-1, 1, (64, 224, 3, 3)).astype(np.float32)
    b = rs.uniform(-1, 1, 64).astype(np.float32)
    block = brgconv.blocks(1, 224, 64, 35, 35, 3, 3, 2, 2, 0, 0)
    y = mx.nd.Convolution(mx.nd.array(x), mx.nd.array(w), mx.nd.array(b), kernel=(3, 3), stride=(2, 2),
                          num_filter=64).asnumpy()
    chains = ops_conv._kernel_outer_chains(list(np.ndindex(3, 3)), 224, (block.ic_block,))
    assert block.ic_block < 224 and block.kh_block == 3
    np.testing.assert_array_equal(y[0], _emulated(x[0], w, b, chains, 2))


@pytest.mark.parametrize("shape, expected", [      # (images, channels, filters, rows, columns, strides)
    ((1, 1280, 320, 8, 8, 1, 1), (1280, 64)),      # probed (oneDNN's verbose weight format): Acdb64a
    ((1, 2048, 384, 8, 8, 1, 1), (1280, 64)),
    ((1, 768, 192, 17, 17, 1, 1), (768, 48)),
    ((1, 512, 1024, 14, 14, 1, 1), (512, 32)),
    ((1, 1024, 2048, 7, 7, 1, 1), (1024, 48)),     # 2048 % 48: the jit 1x1 kernel runs it
    ((1, 256, 128, 15, 15, 2, 2), (256, 32)),
    ((2, 2048, 512, 7, 7, 1, 1), (1280, 48)),
])
def test_1x1_blocks_as_probed_on_mxnet(shape, expected):
    assert brgconv.blocks_1x1(*shape, **GUESSES) == expected


@pytest.mark.parametrize("shape, filter_block", [       # probed: oneDNN's verbose names jit:avx512_common
    ((1, 64, 80, 9, 9, 3, 3, 1, 1, 1, 1), 32),             # for a partial last block, else brgconv
    ((1, 128, 48, 8, 8, 3, 3, 1, 1, 1, 1), 32),
    ((1, 128, 48, 30, 30, 3, 3, 1, 1, 1, 1), 48),
])
def test_the_filter_block_decides_whether_brgconv_runs(shape, filter_block):
    assert brgconv.blocks(*shape, **GUESSES).oc_block == filter_block


def _geometry(size, kernel, stride, pad):
    out = tuple((n + 2 * p - k) // s + 1 for n, k, s, p in zip(size, kernel, stride, pad))
    return types.SimpleNamespace(kernel=kernel, stride=stride, dilate=(1, 1), pad=pad, out=out,
                                 size=tuple(n + 2 * p for n, p in zip(size, pad)))


def test_base_calls_take_padded_columns_one_a_call():
    g = _geometry((5, 5), (3, 3), (1, 1), (2, 2))
    found = brgconv.Blocking(1024, 3, 1, "base", 64, 7)      # a column's weights past the cache: rows apart too
    calls = ops_conv._brgconv_calls(found, g)
    assert calls == tuple(((i, k),) for i in range(3) for k in range(3))
    g = _geometry((9, 9), (5, 5), (1, 1), (1, 1))              # columns 1-3 reach no padding: one call
    found = brgconv.Blocking(64, 5, 5, "base", 64, g.out[1])
    assert ops_conv._brgconv_calls(found, g) == (
        tuple((i, 0) for i in range(5)), tuple((i, k) for i in range(5) for k in (1, 2, 3)),
        tuple((i, 4) for i in range(5)))


def test_vpad_calls_are_kernel_row_blocks():
    g = _geometry((9, 9), (3, 3), (1, 1), (1, 1))
    calls = ops_conv._brgconv_calls(brgconv.Blocking(64, 1, 3, "vpad", 64, 9), g)
    assert calls == tuple(tuple((i, k) for k in range(3)) for i in range(3))


def test_fewer_jobs_than_threads_are_scored_by_their_balance():
    # one image, one output position, one filter block: a single job for two threads (oneDNN's job_eff loop)
    found = brgconv.blocks(1, 64, 64, 3, 3, 3, 3, 1, 1, 0, 0, l1=32 << 10, l2=512 << 10, nthr=2)
    assert (found.ic_block, found.kh_block, found.ow_block) == (64, 3, 1)
    assert brgconv.blocks_1x1(1, 64, 64, 1, 1, 1, 1, l1=32 << 10, l2=512 << 10, nthr=2) == (64, 32)
