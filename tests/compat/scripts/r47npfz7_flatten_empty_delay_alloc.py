"""Under NumPy shape semantics Flatten (nd.flatten, nd.Flatten, npx.batch_flatten) of an empty array gives its shape but its copy fails at the next waitall (an empty read does not wait), as MXNet 1.9.1 does."""
import mxnet as mx
mx.npx.set_np()


def settle(tag):
    try:
        mx.nd.waitall()
        print(tag, 'ok')
    except Exception as e:
        print(tag, type(e).__name__, str(e).strip().split('\n')[-1][:200])


for shape in [(2, 0), (0, 3), (2, 0, 3), (0,), (0, 1, 1)]:
    a = mx.nd.zeros(shape)
    r = mx.nd.flatten(a)
    print('nd.flatten', shape, r.shape, r.asnumpy().shape)
    settle('  ')
    r = mx.nd.Flatten(a)
    print('nd.Flatten', shape, r.shape)
    settle('  ')
    b = a.as_np_ndarray()
    r = mx.npx.batch_flatten(b)
    print('npx.batch_flatten', shape, r.shape, r)
    settle('  ')
    print('np flatten', b.flatten().shape, mx.npx.batch_flatten(mx.np.ones((2, 3))).shape)
    settle('  ')
x = mx.np.zeros((2, 0))
x.attach_grad()
with mx.autograd.record():
    y = mx.npx.batch_flatten(x)
y.backward()
print(x.grad.shape)
settle('grad')
