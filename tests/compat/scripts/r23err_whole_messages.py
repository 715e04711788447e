"""Operators' refusals print MXNet's check message and nothing after it (no extra explanation lines)."""
# recorded on AVX2
import mxnet as mx
from _words import words

nd = mx.nd
O = nd.ones


def whole(e):
    """words(e), then every line the message has after the check's line."""
    w = words(e)
    lines = str(e).split("\n")
    said = w.split(": ", 1)[-1]
    at = [i for i, line in enumerate(lines) if said and said in line]
    rest = lines[at[-1] + 1:] if at else []
    return f"{w} | after: {rest!r}"


CASES = [
    ("conv kernel > input", lambda: nd.Convolution(O((1, 3, 8, 8)), O((4, 3, 9, 9)), O(4), kernel=(9, 9), num_filter=4)),
    ("conv 1-d kernel > input", lambda: nd.Convolution(O((1, 2, 4)), O((3, 2, 6)), O(3), kernel=(6,), num_filter=3)),
    ("conv dilated > input", lambda: nd.Convolution(O((1, 1, 5, 5)), O((1, 1, 3, 3)), O(1), kernel=(3, 3),
                                                   dilate=(3, 3), num_filter=1)),
    ("conv NHWC read", lambda: nd.Convolution(O((1, 8, 8, 3)), O((4, 3, 3, 3)), O(4), kernel=(3, 3), num_filter=4,
                                             layout="NHWC").asnumpy()),
    ("broadcast_to longer", lambda: nd.broadcast_to(O((2, 3)), shape=(4, 2, 3))),
    ("broadcast_to shorter", lambda: nd.broadcast_to(O((2, 3)), shape=(3,))),
    ("transpose -1", lambda: nd.transpose(O((2, 3, 4)), axes=(0, 1, -1))),
    ("transpose -4", lambda: nd.transpose(O((2, 3, 4)), axes=(0, 1, -4))),
    ("pick index longer", lambda: nd.pick(O((3, 4)), O(4))),
    ("pick axis 0", lambda: nd.pick(O((3, 4)), O(3), axis=0)),
    ("sce label", lambda: mx.gluon.loss.SoftmaxCrossEntropyLoss()(O((2, 3)), O(4))),
    ("pad batch axes", lambda: nd.pad(O((1, 1, 3, 3)), mode="constant", pad_width=(1, 1, 0, 0, 1, 1, 1, 1))),
    ("pad two numbers", lambda: nd.pad(O((1, 1, 3, 3)), mode="constant", pad_width=(1, 1))),
    ("pad reflect wide", lambda: nd.pad(O((1, 1, 3, 3)), mode="reflect", pad_width=(0, 0, 0, 0, 3, 3, 3, 3))),
    ("GroupNorm 1-d", lambda: nd.GroupNorm(O(4), O(4), O(4), num_groups=2)),
    ("GroupNorm 2-d", lambda: nd.GroupNorm(O((2, 4)), O(4), O(4), num_groups=2)),
    ("where 1-d condition", lambda: nd.where(O(3), O((2, 3)), O((2, 3)))),
    ("linalg_gemm C", lambda: nd.linalg.gemm(O((2, 3)), O((3, 4)), O((2, 5)))),
    ("Correlation even kernel", lambda: nd.Correlation(O((1, 3, 8, 8)), O((1, 3, 8, 8)), kernel_size=2).asnumpy()),
    ("Correlation displacement", lambda: nd.Correlation(O((1, 3, 8, 8)), O((1, 3, 8, 8)), max_displacement=9)),
    ("Pooling 4-d kernel", lambda: nd.Pooling(O((1, 1, 2, 2, 2, 2)), kernel=(1, 1, 1, 1))),
    ("Pooling 4-d global", lambda: nd.Pooling(O((1, 1, 2, 2, 2, 2)), kernel=(1, 1, 1, 1), global_pool=True)),
]
for n in (2, 3):
    CASES.append((f"Conv2D kernel {3 * n} on 4x4", lambda n=n: mx.gluon.nn.Conv2D(2, 3 * n, in_channels=1)))

for label, fn in CASES:
    try:
        net = fn()
        if isinstance(net, mx.gluon.Block):
            net.initialize()
            net = net(O((1, 1, 4, 4)))
        print(label, "->", net.asnumpy().shape if isinstance(net, nd.NDArray) else net.shape)
    except Exception as e:
        print(label, "raises", whole(e))
