"""Per-call time of each oneDNN replica in distnet/ndarray/onednn.py against the plain numpy function.

Run: python bench/onednn.py [--quick]   (process time, one BLAS thread; microseconds per call, best of 5,
the plain numpy time measured in the same run, and their ratio)
"""
import os

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")

import argparse  # noqa: E402
import time  # noqa: E402

import numpy as np  # noqa: E402

from distnet.ndarray import onednn  # noqa: E402

F32 = np.float32


def best_us(fn, budget):
    """Microseconds per call of ``fn``: best of 5 repeats of about ``budget`` seconds of process time each."""
    fn()
    number, spent = 1, 0.0
    while True:
        tic = time.process_time()
        for _ in range(number):
            fn()
        spent = time.process_time() - tic
        if spent >= budget / 4 or number >= 1 << 20:
            break
        number *= 4 if spent < budget / 40 else 2
    number = max(1, int(number * budget / max(spent, 1e-9)))
    best = float("inf")
    for _ in range(5):
        tic = time.process_time()
        for _ in range(number):
            fn()
        best = min(best, (time.process_time() - tic) / number)
    return best * 1e6


def np_softmax(x):
    e = np.exp(x - x.max(-1, keepdims=True))
    return e / e.sum(-1, keepdims=True)


def np_log_softmax(x):
    z = x - x.max(-1, keepdims=True)
    return z - np.log(np.exp(z).sum(-1, keepdims=True))


def np_gelu(x):
    """The tanh form (numpy has no erf): the nearest plain-numpy cost."""
    return F32(0.5) * x * (F32(1) + np.tanh(F32(0.7978846) * (x + F32(0.044715) * x * x * x)))


def np_gelu_grad(x):
    t = np.tanh(F32(0.7978846) * (x + F32(0.044715) * x * x * x))
    return F32(0.5) * (F32(1) + t) + F32(0.5) * x * (F32(1) - t * t) * F32(0.7978846) * (
        F32(1) + F32(3 * 0.044715) * x * x)


def elementwise_shapes():
    return (("4x4", (4, 4)), ("64x64", (64, 64)), ("1M", (1_000_000,)))


def row_shapes():
    return (("4x4", (4, 4)), ("64x64", (64, 64)), ("64x10", (64, 10)), ("1M 1000x1000", (1000, 1000)),
            ("1M 100000x10", (100_000, 10)))


def cases():
    """(name, size label, replica, plain numpy) for every benchmarked call."""
    rng = np.random.RandomState(0)

    def normal(shape, scale=3.0):
        return (rng.randn(*shape) * scale).astype(F32)

    for label, shape in elementwise_shapes():
        x, y, z = normal(shape), normal(shape), normal(shape)
        pos = np.abs(x) + F32(1e-3)
        yield "exp", label, (lambda x=x: onednn.exp(x)), (lambda x=x: np.exp(x))
        yield "log", label, (lambda p=pos: onednn.log(p)), (lambda p=pos: np.log(p))
        yield "fma", label, (lambda: onednn.fma(x, y, z)), (lambda: x * y + z)
        yield "logistic", label, (lambda: onednn.logistic(x)), (lambda: F32(1) / (F32(1) + np.exp(-x)))
        yield "elu", label, (lambda: onednn.elu(x, 0.25)), (lambda: np.where(x > 0, x, F32(0.25) * np.expm1(x)))
        yield "soft_relu", label, (lambda: onednn.soft_relu(x)), (lambda: np.logaddexp(F32(0), x))
        yield "gelu", label, (lambda: onednn.gelu(x)), (lambda: np_gelu(x))
        yield "gelu_grad", label, (lambda: onednn.gelu_grad(x)), (lambda: np_gelu_grad(x))
        yield "tanh", label, (lambda: onednn.tanh(x)), (lambda: np.tanh(x))
    for label, shape in row_shapes():
        x, dy = normal(shape), normal(shape, 1.0)
        out = onednn.softmax(x, take_log=True)
        yield "lane_sum", label, (lambda: onednn.lane_sum(x)), (lambda: x.sum(1))
        yield "softmax", label, (lambda: onednn.softmax(x)), (lambda: np_softmax(x))
        yield "log_softmax", label, (lambda: onednn.softmax(x, take_log=True)), (lambda: np_log_softmax(x))
        yield ("log_softmax backward", label,
               lambda: onednn.fma(-onednn.exp(out), onednn.lane_sum(dy)[:, None], dy),
               lambda: dy - np.exp(out) * dy.sum(1, keepdims=True))
    for label, xs, ws in (("4x4 @ 4x4", (4, 4), (4, 4)), ("8x64 @ 64x64", (8, 64), (64, 64)),
                          ("64x64 @ 4x64", (64, 64), (4, 64)), ("64x64 @ 10x64 (BLAS)", (64, 64), (10, 64))):
        x, w = normal(xs), normal(ws)
        yield "inner_product", label, (lambda x=x, w=w: onednn.inner_product(x, w)), (lambda x=x, w=w: x @ w.T)


def main():
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--quick", action="store_true", help="shorter repeats (noisier)")
    parser.add_argument("--only", default="", help="comma-separated replica names")
    args = parser.parse_args()
    budget = 0.02 if args.quick else 0.1
    only = set(filter(None, args.only.split(",")))
    print(f"{'replica':<22} {'size':<22} {'us/call':>11} {'numpy us':>11} {'ratio':>8}")
    for name, label, replica, plain in cases():
        if only and name not in only:
            continue
        t_rep, t_np = best_us(replica, budget), best_us(plain, budget)
        print(f"{name:<22} {label:<22} {t_rep:11.2f} {t_np:11.2f} {t_rep / t_np:7.2f}x", flush=True)


if __name__ == "__main__":
    main()
