"""Convolution shapes and seeded inputs for the AVX2 fixture (conv_avx2_mxnet_1.9.1.npz)."""
import zlib

import numpy as np

# (channels, spatial, filters, kernel, stride, pad, dilate, groups), each on 2 images: the direct kernel
# (8k filters over fewer than 8 or 8k channels, depthwise) and the im2col sgemm (other filter and channel
# counts), 1-, 2- and 3-D, strides, padding, dilation and groups
CASES = [(c, (9, 9), f, (k, k), (s, s), (p, p), (d, d), 1)
         for c, f in ((1, 8), (3, 16), (4, 24), (16, 32), (24, 8), (12, 16), (3, 10), (16, 20), (1, 6))
         for k, s, p, d in ((3, 1, 0, 1), (3, 2, 1, 1), (1, 1, 0, 1), (5, 1, 2, 1), (3, 1, 2, 2))]
CASES += [(3, (20,), 8, (3,), (1,), (1,), (1,), 1), (8, (20,), 5, (3,), (1,), (0,), (1,), 1),
          (3, (5, 5, 5), 8, (3, 3, 3), (1, 1, 1), (1, 1, 1), (1, 1, 1), 1),
          (16, (8, 8), 16, (3, 3), (1, 1), (1, 1), (1, 1), 16), (16, (8, 8), 32, (3, 3), (1, 1), (1, 1), (1, 1), 2),
          (12, (8, 8), 6, (3, 3), (1, 1), (1, 1), (1, 1), 3), (3, (28, 28), 20, (5, 5), (1, 1), (0, 0), (1, 1), 1)]
# small inputs: the direct kernel's weight gradient per image (kernels taller than the input, 1x1 kernels whose
# stride divides it) or in one chain; a depthwise one's over a single output position
CASES += [(16, (2, 2), 16, (3, 3), (1, 1), (1, 1), (1, 1), 1), (16, (3, 3), 16, (3, 3), (1, 1), (0, 0), (1, 1), 1),
          (16, (3, 3), 16, (1, 1), (2, 2), (0, 0), (1, 1), 1), (16, (3, 2), 16, (5, 5), (1, 1), (2, 2), (1, 1), 1),
          (16, (1, 4), 16, (3, 3), (2, 2), (1, 1), (1, 1), 1), (16, (4, 4), 16, (1, 1), (2, 2), (0, 0), (1, 1), 1),
          (16, (2, 2), 16, (3, 3), (2, 2), (1, 1), (1, 1), 16), (16, (1, 1), 16, (3, 3), (1, 1), (1, 1), (1, 1), 16)]
# 8k filters and channels under a kernel taller than the input: the im2col sgemm's weight gradient (its tails)
CASES += [(8, (2, 2), 32, (3, 3), (1, 1), (1, 1), (1, 1), 1), (16, (2, 3), 32, (3, 3), (1, 1), (1, 1), (1, 1), 1),
          (24, (2, 2), 56, (3, 3), (1, 1), (1, 1), (1, 1), 1), (64, (2, 2), 160, (3, 3), (1, 1), (1, 1), (1, 1), 1),
          (128, (2, 2), 256, (3, 3), (1, 1), (1, 1), (1, 1), 1)]        # (filters in blocks of 96, the rest halved)
# depthwise 3x3 where oneDNN's depthwise kernel does not fit (a gemv per image: inputs shorter than the kernel
# at the stride, paddings of 2) and where it does (a single output position)
CASES += [(16, (2, 2), 16, (3, 3), (1, 1), (1, 1), (1, 1), 16), (32, (3, 3), 32, (3, 3), (2, 2), (1, 1), (1, 1), 32),
          (16, (1, 40), 16, (3, 3), (1, 1), (1, 1), (1, 1), 16), (16, (8, 8), 16, (3, 3), (1, 1), (2, 2), (1, 1), 16),
          (16, (2, 30), 16, (3, 3), (2, 2), (1, 1), (1, 1), 16), (16, (3, 3), 16, (3, 3), (1, 1), (0, 0), (1, 1), 16)]
# depthwise over other channel counts: the gemm convolution's weight gradients, any kernel
CASES += [(36, (8, 8), 36, (3, 3), (2, 2), (1, 1), (1, 1), 36), (12, (4, 4), 12, (5, 5), (1, 1), (2, 2), (1, 1), 12),
          (6, (8, 8), 6, (1, 1), (1, 1), (0, 0), (1, 1), 6), (36, (9,), 36, (3,), (1,), (1,), (1,), 36),
          (12, (2, 2), 12, (3, 3), (2, 2), (1, 1), (1, 1), 12)]       # (a single output position: one chain)

# Deconvolution (channels, filters, kernel, stride, pad, spatial, groups): its forward and data gradient
DECONV_CASES = [(8, 4, 3, 2, 0, (5, 5), 1), (3, 16, 4, 2, 1, (6, 6), 1), (16, 8, 4, 2, 1, (4, 4), 1),
                (20, 10, 3, 1, 1, (5, 5), 1), (4, 6, 3, 2, 1, (5, 5), 1), (16, 32, 3, 1, 0, (4, 4), 1),
                (64, 32, 4, 2, 1, (4, 4), 1), (8, 8, 3, 2, 1, (7,), 1), (16, 16, 3, 1, 1, (5, 5), 2)]

# average Pooling (shape, kernel, stride, pad, count_include_pad) of overlapping windows: its data gradient
POOL_CASES = [((2, 4, 8, 8), (3, 3), (2, 2), (1, 1), True), ((2, 3, 7, 7), (3, 3), (1, 1), (1, 1), True),
              ((2, 4, 8, 8), (3, 3), (2, 2), (1, 1), False), ((2, 16, 7, 7), (7, 7), (1, 1), (0, 0), True)]


def results(mx):
    """The CRC-32 of every case's float32 output bytes from ``mx`` (MXNet or distnet), recorded (training) and not,
    and of its data and weight gradients for a seeded output gradient; of every Deconvolution's output, data
    gradient and weight gradient; of average poolings' data gradients."""
    rng = np.random.RandomState(0)
    out = {"train": [], "predict": [], "dx": [], "dw": []}
    for c, spatial, f, k, s, p, d, groups in CASES:
        x = rng.uniform(-1, 1, (2, c) + spatial).astype(np.float32)
        w = rng.uniform(-1, 1, (f, c // groups) + k).astype(np.float32)
        b = rng.uniform(-1, 1, (f,)).astype(np.float32)
        args = [mx.nd.array(v) for v in (x, w, b)]
        for a in args:
            a.attach_grad()
        attrs = dict(kernel=k, stride=s, pad=p, dilate=d, num_filter=f, num_group=groups)
        with mx.autograd.record():
            y = mx.nd.Convolution(*args, **attrs)
        y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
        out["train"].append(zlib.crc32(y.asnumpy().tobytes()))
        out["predict"].append(zlib.crc32(mx.nd.Convolution(*args, **attrs).asnumpy().tobytes()))
        out["dx"].append(zlib.crc32(args[0].grad.asnumpy().tobytes()))
        out["dw"].append(zlib.crc32(args[1].grad.asnumpy().tobytes()))
    out["deconv"], out["deconv_dx"], out["deconv_dw"] = [], [], []
    for c, f, k, s, p, spatial, groups in DECONV_CASES:
        x = mx.nd.array(rng.uniform(-1, 1, (2, c) + spatial).astype(np.float32))
        w = mx.nd.array(rng.uniform(-1, 1, (c, f // groups) + (k,) * len(spatial)).astype(np.float32))
        x.attach_grad()
        w.attach_grad()
        with mx.autograd.record():
            y = mx.nd.Deconvolution(x, w, kernel=(k,) * len(spatial), stride=(s,) * len(spatial),
                                    pad=(p,) * len(spatial), num_filter=f, num_group=groups)
        y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
        out["deconv"].append(zlib.crc32(y.asnumpy().tobytes()))
        out["deconv_dx"].append(zlib.crc32(x.grad.asnumpy().tobytes()))
        out["deconv_dw"].append(zlib.crc32(w.grad.asnumpy().tobytes()))
    out["avg_pool_dx"] = []
    for shape, k, s, p, include in POOL_CASES:
        x = mx.nd.array(rng.uniform(-1, 1, shape).astype(np.float32))
        x.attach_grad()
        with mx.autograd.record():
            y = mx.nd.Pooling(x, kernel=k, stride=s, pad=p, pool_type="avg", count_include_pad=include)
        y.backward(mx.nd.array(rng.uniform(-1, 1, y.shape).astype(np.float32)))
        out["avg_pool_dx"].append(zlib.crc32(x.grad.asnumpy().tobytes()))
    return {name: np.array(crcs, np.uint32) for name, crcs in out.items()}
