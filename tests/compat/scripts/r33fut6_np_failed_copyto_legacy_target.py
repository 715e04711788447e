"""mx.np copyto into a legacy NDArray is refused with TypeError before the copy waits for a failed sampler (whose error stays pending)."""
# recorded on AVX2
import mxnet as mx


def failed():
    return mx.np.random.normal(0, -1, (2, 2))


def healthy():
    return mx.np.ones((2, 2))


targets = [('legacy', lambda: mx.nd.zeros((2, 2))), ('np', lambda: mx.np.zeros((2, 2))), ('context', mx.cpu),
           ('legacy as np', lambda: mx.nd.zeros((2, 2)).as_np_ndarray())]
for source_name, source in [('failed', failed), ('healthy', healthy)]:
    for target_name, target in targets:
        try:
            r = source().copyto(target())
            print(source_name, target_name, type(r).__name__, r.asnumpy().ravel())
        except Exception as e:
            print(source_name, target_name, type(e).__name__, [l for l in str(e).splitlines() if l.strip()][-1])
        try:
            mx.nd.waitall()
            print("waitall: nothing pending")
        except Exception as e:
            print("waitall:", type(e).__name__)
