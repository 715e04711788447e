"""mx.np creation arguments as MXNet checks them: logspace's num (an int, not negative, as linspace's), indices
with negative dimensions, meshgrid of empty vectors (NumPy's shapes, differentiable); fliplr/flipud of empty
arrays."""
import mxnet as mx
from mxnet import np, npx

npx.set_np()


def show(label, fn):
    """Prints the shapes and values of the result (an array or a list of arrays), or the exception class."""
    try:
        r = fn()
        arrays = r if isinstance(r, list) else [r]
        print(label, "->", [(a.shape, a.reshape(-1).tolist()) for a in arrays])
    except Exception as e:  # noqa: BLE001
        print(label, "raises", type(e).__name__)


for num in [-1, 2.5, np.array(3), 0, 3]:
    show("logspace num=%r" % (num,), lambda: np.logspace(0, 1, num, base=2))
    show("linspace num=%r" % (num,), lambda: np.linspace(0, 1, num))
for dims in [(-1, 2), (2, -3), (0, 2), (2, 2)]:
    show("indices %r" % (dims,), lambda: np.indices(dims))
show("meshgrid empty 2-d", lambda: np.meshgrid(np.zeros((0, 3)), np.zeros((0, 3))))
show("meshgrid empty, 3", lambda: np.meshgrid(np.zeros((0,)), np.ones(3)))
show("meshgrid empty, 3 ij", lambda: np.meshgrid(np.zeros((0,)), np.ones(3), indexing="ij"))
show("meshgrid three", lambda: np.meshgrid(np.arange(2.), np.arange(3.), np.arange(1.)))
x = np.arange(3.)
x.attach_grad()
with mx.autograd.record():
    a, b = np.meshgrid(x, np.arange(2.))
    (a * 2 + b).sum().backward()
print("meshgrid gradient", x.grad.tolist())
# fliplr / flipud: an empty array without the flipped axis comes back unchanged (MXNet runs no kernel for it)
show("fliplr empty 1-d", lambda: np.fliplr(np.zeros((0,))))
show("flipud empty", lambda: np.flipud(np.zeros(0)))
show("fliplr empty 2-d", lambda: np.fliplr(np.zeros((0, 2))))
show("fliplr 1-d", lambda: np.fliplr(np.ones(3)))
show("flipud 0-d", lambda: np.flipud(np.array(2.)))
show("fliplr 2-d", lambda: np.fliplr(np.arange(6.).reshape(2, 3)))
