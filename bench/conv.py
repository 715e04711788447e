"""Time of distnet's float32 convolutions (oneDNN's summation orders replayed) against plain numpy im2col + matmul.

Run: python bench/conv.py [--isa avx2|avx512_core] [--repeat N]   (process time, one BLAS thread, best of N
runs, milliseconds). Each row's numpy column is the same convolutions as one plain im2col + matmul each
(forward; with backward, the data and weight gradients' two more matmuls), measured in the same run; a network's
is the sum over its convolution layers, so its ratio also carries the network's other layers.
"""
import os
import sys

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
os.environ.setdefault("OPENBLAS_CORETYPE", "Haswell")
os.environ.setdefault("DISTNET_OPENBLAS_CORE", "haswell")
if "--isa" in sys.argv:     # (read when distnet loads)
    os.environ["DISTNET_ONEDNN_ISA"] = sys.argv[sys.argv.index("--isa") + 1]

import argparse  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402
from numpy.lib.stride_tricks import as_strided  # noqa: E402

import distnet as mx  # noqa: E402
from distnet.gluon.model_zoo import vision  # noqa: E402

F32 = np.float32


def best_ms(fn, repeat):
    """Milliseconds of process time of ``fn``: the best of ``repeat`` runs after a first one (plans cached)."""
    fn()
    best = float("inf")
    for _ in range(repeat):
        tic = time.process_time()
        fn()
        best = min(best, time.process_time() - tic)
    return best * 1e3


def im2col(x, kernel, stride, pad):
    """(N * out positions, C * kh * kw) windows of x (N, C, H, W): plain numpy."""
    n, c, h, w = x.shape
    (kh, kw), (sh, sw), (ph, pw) = kernel, stride, pad
    xp = np.pad(x, ((0, 0), (0, 0), (ph, ph), (pw, pw)))
    oh, ow = (h + 2 * ph - kh) // sh + 1, (w + 2 * pw - kw) // sw + 1
    s = xp.strides
    win = as_strided(xp, (n, oh, ow, c, kh, kw), (s[0], s[2] * sh, s[3] * sw, s[1], s[2], s[3]))
    return win.reshape(n * oh * ow, c * kh * kw)


def numpy_conv(x, w, stride, pad, groups, backward=False):
    """One plain convolution (grouped: a matmul a group); with ``backward`` the two gradient matmuls too."""
    f = w.shape[0]
    cols = im2col(x, w.shape[2:], stride, pad)
    per_c, per_f = cols.shape[1] // groups, f // groups
    for gi in range(groups):
        part = cols[:, gi * per_c:(gi + 1) * per_c]
        wg = w[gi * per_f:(gi + 1) * per_f].reshape(per_f, -1)
        y = part @ wg.T
        if backward:
            _ = y @ wg, y.T @ part


class LayerShapes:
    """The (input shape, weight, stride, pad, groups) of each Conv2D a network runs (a forward hook)."""

    def __init__(self, net):
        self.layers = []
        net.apply(self._hook)

    def _hook(self, block):
        if isinstance(block, mx.gluon.nn.Conv2D):
            block.register_forward_hook(self._record)

    def _record(self, block, inputs, output):
        kw = block._kwargs
        self.layers.append((inputs[0].shape, block.weight.data().asnumpy(), kw["stride"], kw["pad"], kw["num_group"]))

    def baseline(self, backward):
        rng = np.random.RandomState(0)
        data = [(rng.rand(*shape).astype(F32), w, s, p, g) for shape, w, s, p, g in self.layers]
        return lambda: [numpy_conv(x, w, s, p, g, backward) for x, w, s, p, g in data]


def network_cases():
    """(name, distnet run, numpy baseline) of ResNet-18 v1's forward at 224 and forward + backward at 64."""
    mx.random.seed(0)
    net = vision.resnet18_v1()
    net.initialize(mx.init.Xavier())
    rng = np.random.RandomState(0)
    x224 = mx.nd.array(rng.rand(1, 3, 224, 224).astype(F32))
    x64 = mx.nd.array(rng.rand(2, 3, 64, 64).astype(F32))
    shapes = LayerShapes(net)
    net(x224).wait_to_read()
    forward = shapes.baseline(False)
    shapes.layers = []

    def train_step():
        with mx.autograd.record():
            loss = net(x64).sum()
        loss.backward()
        mx.nd.waitall()
    train_step()
    backward = shapes.baseline(True)
    yield "resnet18_v1 fwd 1x3x224x224", lambda: net(x224).wait_to_read(), forward
    yield "resnet18_v1 fwd+bwd 2x3x64x64", train_step, backward


LAYERS = (      # name, input (N, C, H, W), filters, kernel, stride, pad, groups
    ("3x3 64->64 56x56", (1, 64, 56, 56), 64, 3, 1, 1, 1),
    ("3x3 256->256 14x14", (1, 256, 14, 14), 256, 3, 1, 1, 1),
    ("1x1 256->64 56x56", (1, 256, 56, 56), 64, 1, 1, 0, 1),
    ("3x3/2 128->256 28x28", (1, 128, 28, 28), 256, 3, 2, 1, 1),
    ("7x7/2 3->64 224x224", (1, 3, 224, 224), 64, 7, 2, 3, 1),
    ("3x3 g4 64->64 28x28", (2, 64, 28, 28), 64, 3, 1, 1, 4),
    ("3x3 dw 128 28x28", (2, 128, 28, 28), 128, 3, 1, 1, 128),
    ("3x3 33->40 17x17 (gemm)", (2, 33, 17, 17), 40, 3, 1, 1, 1),
)


def layer_cases(training):
    rng = np.random.RandomState(1)
    for name, shape, f, k, s, p, groups in LAYERS:
        x = rng.rand(*shape).astype(F32)
        w = (rng.rand(f, shape[1] // groups, k, k).astype(F32) - F32(0.5)) * F32(0.1)
        b = rng.rand(f).astype(F32)
        xd, wd, bd = mx.nd.array(x), mx.nd.array(w), mx.nd.array(b)
        attrs = dict(kernel=(k, k), stride=(s, s), pad=(p, p), num_filter=f, num_group=groups)
        for arr in (xd, wd, bd):
            arr.attach_grad()

        def run(xd=xd, wd=wd, bd=bd, attrs=attrs):
            if not training:
                mx.nd.Convolution(xd, wd, bd, **attrs).wait_to_read()
                return
            with mx.autograd.record():
                y = mx.nd.Convolution(xd, wd, bd, **attrs)
            y.backward()
            mx.nd.waitall()
        yield (("train " if training else "") + name, run,
               lambda x=x, w=w, s=s, p=p, groups=groups: numpy_conv(x, w, (s, s), (p, p), groups, training))


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--isa", choices=("avx2", "avx512_core"), help="oneDNN kernels to follow (default: the CPU's)")
    parser.add_argument("--repeat", type=int, default=3, help="timed runs a row (best kept)")
    parser.add_argument("--only", default="", help="rows whose name holds this text")
    args = parser.parse_args()
    from distnet.ndarray import onednn
    print(f"oneDNN lanes {onednn._LANES}, BLAS chain {__import__('distnet').ndarray.onednn_avx2.blas_chain()}")
    print(f"{'case':<36} {'distnet ms':>11} {'numpy ms':>10} {'ratio':>8}")
    cases = [*network_cases(), *layer_cases(False), *layer_cases(True)]
    for name, run, plain in cases:
        if args.only not in name:
            continue
        t_run, t_np = best_ms(run, args.repeat), best_ms(plain, args.repeat)
        print(f"{name:<36} {t_run:11.1f} {t_np:10.1f} {t_run / t_np:7.1f}x", flush=True)


if __name__ == "__main__":
    main()
