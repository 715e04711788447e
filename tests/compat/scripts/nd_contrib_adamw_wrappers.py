"""nd.contrib.adamw_update / mp_adamw_update: a number as rescale_grad, skipped steps, and the gradient
the single-weight kernel leaves rescaled and clipped in place."""
import mxnet as mx

W = mx.nd.array([[1., 2.], [3., 4.]])
G = mx.nd.array([[.1, -.2], [.3, .4]])
M = mx.nd.zeros((2, 2))
V = mx.nd.zeros((2, 2))
print(mx.nd.contrib.adamw_update(W, G, M, V, 2.0, lr=0.1, eta=0.5, wd=0.01))
print(W, G, M, V)
for skip in (float('nan'), 0, mx.nd.array([float('inf')])):
    mx.nd.contrib.adamw_update(W, G, M, V, skip, lr=0.1, eta=0.5, out=W)
    print(W, G, M)
mx.nd.contrib.adamw_update(W, G, M, V, 3, lr=0.1, eta=0.5, clip_gradient=0.5, out=W)
print(W, G, M, V)
G16 = G.astype('float16')
W32 = W.copy()
print(mx.nd.contrib.mp_adamw_update(W.astype('float16'), G16, M, V, W32, 2, lr=0.1, eta=0.5))
print(G16, W32, M, V)
print(mx.nd.contrib.mp_adamw_update(W.astype('float16'), G16, M, V, W32, mx.nd.array([0.5]), lr=0.1, eta=0.5,
                                    clip_gradient=0.1))
print(G16, W32)
try:
    mx.nd.contrib.adamw_update(W, G, M, V, 1.0, eta=0.5)
except TypeError:
    print("TypeError without lr")
