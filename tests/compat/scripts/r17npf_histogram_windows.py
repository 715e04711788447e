"""mx.np histogram with every form of bins and range (none, negative, reversed, array edges), the windows with M
given as numbers or text, and logspace with one or several bases."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(r):
    if isinstance(r, (tuple, list)):
        return [show(x) for x in r]
    return (str(r.dtype), r.shape, [round(v, 5) for v in r.reshape(-1).tolist()])


def attempt(label, fn):
    try:
        print(label, "->", show(fn()))
    except Exception as e:
        print(label, "->", words(e).splitlines()[0])


x = np.array([3., 1., 2., 3., 1., 5.])
for bins in [0, 1, 3, -1, -2, -3, np.array([0., 1., 2.5, 6.]), 2.5]:
    for rng in [(0, 10), (3, 1), (1, 1), (0., 3.)]:
        attempt(f"histogram bins={bins} range={rng}", lambda: np.histogram(x, bins=bins, range=rng))
for name in ["hanning", "hamming", "blackman"]:
    for m in [0, 1, 3, "3", " 4", "3.5", "a", 2.5, -2]:
        attempt(f"{name}({m!r})", lambda: getattr(np, name)(m))
for base in [2, 2.5, "2", np.array(2.), np.array([2., 3.]), [2, 3], (2,)]:
    attempt(f"logspace base={base!r}", lambda: np.logspace(0, 2, 3, base=base))
