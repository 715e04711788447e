"""Convolution and Deconvolution refuse data of another rank than the kernel's and a layout of another rank (by
mshadow's layout number), Pooling a layout of another rank (global pooling in other words), Deconvolution a
target_shape beyond the full output (and, when read, one needing a pad it was not given), in MXNet's words."""
import mxnet as mx
from mxnet import nd
from _words import words

o = nd.ones


def attempt(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().ravel().tolist()[:4])
    except Exception as e:
        print(label, "->", words(e))


for op in ["Convolution", "Deconvolution"]:
    F = getattr(nd, op)
    for k in [(2,), (2, 2), (2, 2, 2)]:
        for rank in [3, 4, 5, 6]:
            if rank != len(k) + 2:
                attempt(f"{op} kernel={k} rank={rank}",
                        lambda: F(o((1, 2) + (5,) * (rank - 2)), o((2, 2) + k), kernel=k, num_filter=2, no_bias=True))
    for layout in ["NCW", "NWC", "NCHW", "NHWC", "NCDHW", "NDHWC"]:
        for k in [(2,), (2, 2), (2, 2, 2)]:
            attempt(f"{op} layout={layout} kernel={k}",
                    lambda: F(o((1, 2) + (5,) * len(k)), o((2, 2) + k), kernel=k, num_filter=2, no_bias=True,
                              layout=layout))
for layout in ["NCW", "NWC", "NCHW", "NHWC", "NCDHW", "NDHWC"]:
    for rank in [3, 4, 5]:
        attempt(f"Pooling layout={layout} rank={rank}",
                lambda: nd.Pooling(o((1, 2) + (5,) * (rank - 2)), kernel=(2,) * (rank - 2), layout=layout))
        attempt(f"Pooling global layout={layout} rank={rank}",
                lambda: nd.Pooling(o((1, 2) + (5,) * (rank - 2)), global_pool=True, layout=layout))
for data, weight, kernel, target in [((1, 1, 3), (1, 2, 3), (3,), (8,)), ((1, 1, 3, 3), (1, 2, 3, 3), (3, 3), (8, 4)),
                                     ((1, 1, 3, 3), (1, 2, 3, 3), (3, 3), (4, 8)),
                                     ((1, 1, 3, 3), (1, 2, 3, 3), (3, 3), (5, 5))]:
    attempt(f"Deconvolution target={target}",
            lambda: nd.Deconvolution(o(data), o(weight), kernel=kernel, num_filter=2, target_shape=target))
for dtype in ["float32", "float64"]:
    attempt(f"Deconvolution target needing pad {dtype}",
            lambda: nd.Deconvolution(o((2, 6, 6), dtype=dtype), o((6, 1, 2), dtype=dtype), kernel=(2,), num_filter=2,
                                     num_group=2, target_shape=(5,)))
