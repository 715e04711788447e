"""Per-op time of distnet against raw numpy, and a 100-op autograd chain against hand-written numpy.

Run: python bench/ops.py   (prints microseconds per call and the ratio to numpy, timed in alternating rounds)
"""
import timeit

import numpy as np

from distnet import autograd, nd


def best_us(fn, number):
    return min(timeit.repeat(fn, number=number, repeat=5)) / number * 1e6


def paired_us(fn, ref, number, rounds=200):
    """Best microseconds per call of ``fn`` and of ``ref``, timed in alternating short rounds: both see the
    same moments of a shared machine's load, and a round short enough to run unpreempted now and then."""
    best_fn = best_ref = float("inf")
    for _ in range(rounds):
        best_fn = min(best_fn, timeit.timeit(fn, number=number))
        best_ref = min(best_ref, timeit.timeit(ref, number=number))
    return best_fn / number * 1e6, best_ref / number * 1e6


def row(label, t_dn, t_np):
    print(f"{label:<34} {t_dn:10.2f} {t_np:10.2f} {t_dn / t_np:7.2f}x {t_dn - t_np:+9.2f}")


def op_cases():
    rng = np.random.RandomState(0)
    small2, small64 = rng.rand(2, 2).astype(np.float32), rng.rand(64, 64).astype(np.float32)
    big, mat = rng.rand(1_000_000).astype(np.float32), rng.rand(1024, 1024).astype(np.float32)
    for label, a, n in (("2x2", small2, 100_000), ("64x64", small64, 20_000), ("1M", big, 100)):
        b = a[::-1].copy()
        x, y = nd.array(a), nd.array(b)
        yield f"add {label}", (lambda: x + y), (lambda: a + b), n
        yield f"nd.add {label}", (lambda: nd.add(x, y)), (lambda: a + b), n
        yield f"exp {label}", (lambda: nd.exp(x)), (lambda: np.exp(a)), n
        yield f"sum {label}", (lambda: nd.sum(x)), (lambda: a.sum()), n
        yield f"relu {label}", (lambda: nd.relu(x)), (lambda: np.maximum(a, 0)), n
    m = nd.array(mat)
    yield "dot 1024x1024", (lambda: nd.dot(m, m)), (lambda: mat @ mat), 5
    mask_np = (mat > 0.5).astype(np.float32)
    mask = nd.array(mask_np)
    yield "sum of a 0/1 mask 1024x1024", (lambda: nd.sum(mask)), (lambda: mask_np.sum()), 5


def chain_distnet(x0, w):
    x = nd.array(x0)
    x.attach_grad()
    with autograd.record():
        h = x
        for _ in range(25):
            h = nd.tanh(h * w + 0.1) - h * 0.5
        loss = nd.sum(h)
    loss.backward()
    return x.grad


def chain_numpy(x0, w):
    h, saved = x0, []
    for _ in range(25):
        a = h * w
        b = a + 0.1
        t = np.tanh(b)
        saved.append((h, t))
        h = t - h * 0.5
    g = np.ones_like(h)
    for h_in, t in reversed(saved):
        g = (g * (1 - t * t)) * w + g * -0.5
    return g


def main():
    print(f"{'case':<34} {'distnet us':>10} {'numpy us':>10} {'ratio':>8} {'overhead':>9}")
    for label, dn, ref, n in op_cases():
        if label.startswith("dot") and "dot" not in nd.__dict__:
            continue
        row(label, *paired_us(dn, ref, max(1, n // 2000)))
    x0, w = np.random.rand(4, 4).astype(np.float32), np.float32(0.9)
    ref = chain_numpy(x0, w)      # (float32 gradients near zero differ in their last bits: a tolerance to scale)
    np.testing.assert_allclose(chain_distnet(x0, w).asnumpy(), ref, rtol=1e-4, atol=1e-4 * np.abs(ref).max())
    row("autograd chain, 100 ops fwd+bwd", *paired_us(lambda: chain_distnet(x0, w), lambda: chain_numpy(x0, w), 1, 1000))


if __name__ == "__main__":
    main()
