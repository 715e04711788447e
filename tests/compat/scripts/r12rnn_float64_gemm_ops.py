"""float64 batch_dot, linalg.gemm/gemm2/syrk, transposed dot and FullyConnected (with gradients) sum several rows as MXNet's AVX2 dgemm does, for values with full 53-bit mantissas."""
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


def show(label, *arrays):
    print(label, [a.asnumpy().ravel().tolist()[-2:] for a in arrays])


for m, n, k in [(2, 4, 8), (3, 5, 17), (5, 2, 3), (3, 1, 8)]:
    show(f"batch_dot {m}x{k}x{n}", nd.batch_dot(array((2, m, k), 1), array((2, k, n), 2)))
    show(f"batch_dot transposed {m}x{k}x{n}", nd.batch_dot(array((2, k, m), 1), array((2, n, k), 2),
                                                             transpose_a=True, transpose_b=True))
    show(f"gemm2 {m}x{k}x{n}", nd.linalg.gemm2(array((2, m, k), 3), array((2, k, n), 4), alpha=1.5))
    show(f"gemm {m}x{k}x{n}", nd.linalg.gemm(array((m, k), 3), array((k, n), 4), array((m, n), 5), alpha=0.7,
                                             beta=1.3))
    show(f"dot transposed {m}x{k}x{n}", nd.dot(array((k, m), 1), array((n, k), 2), transpose_a=True,
                                               transpose_b=True))
    x, w, b = array((m, k), 6), array((n, k), 7), array((n,), 8)
    for a in (x, w, b):
        a.attach_grad()
    with autograd.record():
        y = nd.FullyConnected(x, w, b, num_hidden=n)
        loss = (y * y).sum()
    loss.backward()
    show(f"FullyConnected {m}x{k}x{n}", y, x.grad, w.grad, b.grad)

for m, k in [(5, 8), (3, 17), (4, 3)]:
    print(f"syrk {m}x{k}", nd.linalg.syrk(array((m, k), 9), alpha=0.7).asnumpy().ravel().tolist(),
          nd.linalg.syrk(array((k, m), 9), transpose=True).asnumpy().ravel().tolist())
