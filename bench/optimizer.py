"""Time of one optimizer update (through an Updater) against the raw-numpy momentum-SGD floor, same run.

Run: python bench/optimizer.py   (prints milliseconds per update of a 4M-element float32 weight,
the effective weight bandwidth, and the ratio to three in-place numpy operations)
"""
import timeit

import numpy as np

import distnet as mx

N = 4_000_000
CASES = [("sgd", {"momentum": 0.9, "wd": 1e-4}), ("sgd", {}), ("nag", {"momentum": 0.9}), ("adam", {}),
         ("rmsprop", {}), ("rmsprop", {"centered": True}), ("adagrad", {}), ("adadelta", {}), ("adamax", {}),
         ("nadam", {}), ("ftrl", {}), ("signum", {}), ("lamb", {}), ("ftml", {})]


def best_ms(fn, number=5):
    return min(timeit.repeat(fn, number=number, repeat=3)) / number * 1e3


def main():
    rng = np.random.RandomState(0)
    w_np, g_np, m_np = rng.randn(N).astype(np.float32), rng.randn(N).astype(np.float32), np.zeros(N, np.float32)

    def floor():
        m_np.__imul__(0.9)
        m_np.__isub__(g_np)
        w_np.__iadd__(m_np)
    base = best_ms(floor)
    print(f"{'optimizer':<34} {'ms/update':>10} {'GB/s':>7} {'vs floor':>9}")
    print(f"{'raw numpy momentum SGD (floor)':<34} {base:10.2f} {N * 4 / base / 1e6:7.2f} {1.0:8.2f}x")
    for name, kwargs in CASES:
        weight, grad = mx.nd.array(rng.randn(N)), mx.nd.array(rng.randn(N) * 1e-3)
        updater = mx.optimizer.get_updater(mx.optimizer.create(name, **kwargs))
        updater(0, grad, weight)
        t = best_ms(lambda: updater(0, grad, weight))
        label = f"{name} {kwargs}" if kwargs else name
        print(f"{label:<34} {t:10.2f} {N * 4 / t / 1e6:7.2f} {t / base:8.2f}x")


if __name__ == "__main__":
    main()
