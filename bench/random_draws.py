"""Time distnet's random draws against numpy's own generators.

Prints microseconds per million samples and the ratio to numpy, for normal and uniform draws
(10M samples) and the rejection samplers (250x250 samples, every random state in lock step); ``--vgg`` also times
initialising gluon's vgg11_bn plus its first forward pass (about 130M normal draws).
"""
import sys
import time

import numpy as np

import distnet as mx


def per_million(fn, n, repeat=3):
    """Best wall time of ``fn()`` over ``repeat`` runs, in microseconds per million samples."""
    best = float("inf")
    for _ in range(repeat):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1e6 / (n / 1e6)


def main():
    n = 10_000_000
    cases = [("normal", lambda: mx.nd.random.normal(shape=(n,)).wait_to_read(),
              lambda: np.random.standard_normal(n).astype(np.float32)),
             ("uniform", lambda: mx.nd.random.uniform(shape=(n,)).wait_to_read(),
              lambda: np.random.random_sample(n).astype(np.float32))]
    m = 250 * 250
    rejection = [("gamma", lambda: mx.nd.random.gamma(2.0, 1.5, shape=(m,)).wait_to_read(),
                  lambda: np.random.gamma(2.0, 1.5, m).astype(np.float32)),
                 ("poisson", lambda: mx.nd.random.poisson(4.0, shape=(m,)).wait_to_read(),
                  lambda: np.random.poisson(4.0, m).astype(np.float32)),
                 ("negbin", lambda: mx.nd.random.negative_binomial(3, 0.4, shape=(m,)).wait_to_read(),
                  lambda: np.random.negative_binomial(3, 0.4, m).astype(np.float32)),
                 ("gennegbin", lambda: mx.nd.random.generalized_negative_binomial(2.0, 0.3, shape=(m,)).wait_to_read(),
                  lambda: np.random.poisson(np.random.gamma(1 / 0.3, 0.3 * 2.0, m)).astype(np.float32))]
    for name, ours, theirs, size in [c + (n,) for c in cases] + [c + (m,) for c in rejection]:
        a, b = per_million(ours, size), per_million(theirs, size)
        print(f"{name:9s} {size:>10d}: {a:10.0f} us/M samples, numpy {b:8.0f} us/M, ratio {a / b:6.1f}")
    if "--vgg" in sys.argv:
        t = time.perf_counter()
        net = mx.gluon.model_zoo.vision.vgg11_bn()
        net.initialize()
        net(mx.nd.ones((1, 3, 224, 224))).wait_to_read()
        print(f"vgg11_bn initialize + first forward: {time.perf_counter() - t:.1f} s")


if __name__ == "__main__":
    main()
