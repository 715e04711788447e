"""Gradients of mx.np.random and npx.random samplers: reparameterized normal/normal_n (checked against the
drawn noise), zero gradients of discrete samplers and of uniform bounds, a float64 or float16 parameter (its
gradient fails when read) and shuffle of an array in the graph."""
import numpy as onp
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def grads(label, fn, *arrays, relation=None):
    try:
        for a in arrays:
            a.attach_grad()
        mx.random.seed(7)
        with mx.autograd.record():
            y = fn(*arrays)
        y.backward()
        if relation is not None:        # the samples themselves are not compared: only how gradients follow them
            print(label, y.shape, [bool(onp.allclose(g, want, rtol=1e-5, atol=1e-6))
                                   for g, want in zip([a.grad.asnumpy() for a in arrays], relation(y, *arrays))])
        else:
            print(label, y.shape, y.dtype, [(a.grad.dtype.name, a.grad.tolist()) for a in arrays])
    except Exception as e:
        print(label, words(e))


def normal_relation(y, loc, scale):
    noise = (y.asnumpy() - loc.asnumpy()) / scale.asnumpy()
    rows = noise.reshape(-1, *loc.shape)
    return [onp.full(loc.shape, rows.shape[0], "float32"), rows.sum(axis=0)]


loc, scale = [0.5, -1.0, 2.0], [1.5, 2.0, 0.5]
grads("normal", lambda l, s: np.random.normal(l, s, size=(4, 3)), np.array(loc), np.array(scale),
      relation=normal_relation)
grads("normal_n", lambda l, s: npx.random.normal_n(l, s, batch_shape=(4,)), np.array(loc), np.array(scale),
      relation=normal_relation)
grads("normal loc only", lambda l: np.random.normal(l, 1.0, size=(2, 3)), np.array(loc))
grads("uniform", lambda lo, hi: np.random.uniform(lo, hi, size=(2, 3)), np.array(loc), np.array([3., 3., 3.]))
grads("uniform_n", lambda lo: npx.random.uniform_n(lo, 3.0, batch_shape=(2,)), np.array(loc))
p = [0.2, 0.3, 0.5]
grads("multinomial", lambda q: np.random.multinomial(3, q), np.array(p))
grads("multinomial size", lambda q: np.random.multinomial(2, q, size=(2,)), np.array(p))
grads("choice", lambda q: np.random.choice(3, size=2, p=q), np.array(p))
grads("bernoulli prob", lambda q: npx.random.bernoulli(prob=q, size=(3,)), np.array(p))
grads("bernoulli logit", lambda q: npx.random.bernoulli(logit=q), np.array(p))
for dtype in ["float64", "float16"]:
    grads(f"normal loc {dtype}", lambda l: np.random.normal(l, 1.0, size=(3,)), np.array(loc, dtype=dtype))
    grads(f"normal scale {dtype}", lambda s: np.random.normal(0.0, s, size=(3,)), np.array(scale, dtype=dtype))
    grads(f"uniform low {dtype}", lambda lo: np.random.uniform(lo, 3.0, size=(3,)), np.array(loc, dtype=dtype))
    grads(f"exponential {dtype}", lambda s: np.random.exponential(s, size=(3,)), np.array(scale, dtype=dtype))
x = np.arange(5.)
x.attach_grad()
try:
    with mx.autograd.record():
        np.random.shuffle(x)
except Exception as e:
    print("shuffle a variable", words(e))
try:
    with mx.autograd.record():
        z = x * 2
        np.random.shuffle(z)
except Exception as e:
    print("shuffle a recorded result", words(e))
y = np.arange(5.)
with mx.autograd.record():
    np.random.shuffle(y)
print("shuffle outside the graph", sorted(y.tolist()))
