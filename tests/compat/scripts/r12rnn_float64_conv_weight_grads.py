"""float64 convolutions add each image's weight-gradient product onto the sum so far, block by block, as MXNet's dgemm with beta = 1 does (2-D and 3-D, over 256 output positions)."""
from mxnet import autograd, nd


def values(n, seed):
    """Deterministic values in [-0.65, 0.65) with full mantissas, made from integers only."""
    out, state = [], seed * 7919 + 12345
    for _ in range(n):
        state = (state * 6364136223846793005 + 1442695040888963407) % 2 ** 64
        out.append(((state >> 11) / 2.0 ** 53 - 0.5) * 1.3)
    return out


def array(shape, seed):
    size = 1
    for d in shape:
        size *= d
    return nd.array(values(size, seed), dtype="float64").reshape(shape)


for images, channels, filters, spatial, kernel in [(2, 1, 1, (17, 17), 3), (3, 2, 5, (16, 18), 1),
                                                   (2, 2, 3, (5, 5, 5), 1), (2, 1, 2, (6, 6, 6), 2)]:
    dims = len(spatial)
    x = array((images, channels) + spatial, 1)
    w = array((filters, channels) + (kernel,) * dims, 2)
    b = array((filters,), 3)
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Convolution(x, w, b, kernel=(kernel,) * dims, num_filter=filters, pad=(1,) * dims)
        loss = (y * y).sum()
    loss.backward()
    print(images, channels, filters, spatial, kernel, w.grad.asnumpy().ravel().tolist()[:4],
          x.grad.asnumpy().ravel().tolist()[:2], b.grad.asnumpy().tolist()[:2])
