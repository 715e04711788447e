"""float64 Deconvolution forward and gradients (1-D and 2-D, strided) sum their several-row products as MXNet's AVX2 dgemm does, for values with full 53-bit mantissas."""
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


for images, channels, filters, size, kernel, stride in [(2, 3, 2, (9,), 3, 2), (3, 2, 5, (4, 4), 3, 1),
                                                       (1, 3, 1, (9, 9), 1, 2), (2, 1, 2, (4, 4), 3, 2)]:
    dims = len(size)
    x = array((images, channels) + size, 1)
    w = array((channels, filters) + (kernel,) * dims, 2)
    b = array((filters,), 3)
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.Deconvolution(x, w, b, kernel=(kernel,) * dims, num_filter=filters, stride=(stride,) * dims,
                             no_bias=False)
        loss = (y * y).sum()
    loss.backward()
    print(images, channels, filters, size, kernel, stride, y.asnumpy().ravel().tolist()[-2:],
          w.grad.asnumpy().ravel().tolist()[:3], x.grad.asnumpy().ravel().tolist()[:2])
