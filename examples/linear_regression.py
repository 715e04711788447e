"""Linear regression by hand with NDArray + autograd, as in the MXNet tutorials.

Run: python examples/linear_regression.py
"""
import numpy as np

from distnet import autograd, nd


def main():
    true_w, true_b = nd.array([[2.0], [-3.4]]), 4.2
    X = nd.array(np.random.RandomState(0).normal(size=(1000, 2)))
    y = (X * true_w.T).sum(axis=1, keepdims=True) + true_b
    w, b = nd.zeros((2, 1)), nd.zeros(1)
    for p in (w, b):
        p.attach_grad()
    lr, batch = 0.1, 100
    for epoch in range(5):
        for i in range(0, 1000, batch):
            xb, yb = X[i:i + batch], y[i:i + batch]
            with autograd.record():
                pred = (xb * w.T).sum(axis=1, keepdims=True) + b
                loss = ((pred - yb) ** 2).mean()
            loss.backward()
            w[:] = w - lr * w.grad
            b[:] = b - lr * b.grad
        full = (((X * w.T).sum(axis=1, keepdims=True) + b - y) ** 2).mean().asscalar()
        print(f"epoch {epoch + 1}: mse {full:.6f}")
    print("learned w:", w.asnumpy().ravel(), "b:", b.asnumpy().ravel(), "true w: [2, -3.4] b: 4.2")


if __name__ == "__main__":
    main()
