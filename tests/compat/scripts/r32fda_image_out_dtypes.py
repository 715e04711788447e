"""Image operators given an out= array of another dtype refuse it in MXNet's words (to_tensor's as a type inconsistency); npx.image operators refuse it too instead of casting, and refuse NumPy out= arrays."""
# recorded on AVX2
import numpy as np
import mxnet as mx


def run(label, fn):
    try:
        r = fn()
        print(label, type(r).__name__, r.shape, r.dtype.__name__ if hasattr(r.dtype, '__name__') else r.dtype,
              r.asnumpy().ravel()[:3].tolist())
    except Exception as e:
        print(label, type(e).__name__, str(e).strip().splitlines()[-1][:160])


def calls(nd, image, x):
    chw = x.astype('float32').transpose((2, 0, 1))
    f32 = x.astype('float32')
    return {'to_tensor': (lambda o: image.to_tensor(x, out=o), (3, 4, 5)),
            'normalize': (lambda o: image.normalize(chw, mean=(0.5, 0.2, 0.1), std=(1, 2, 3), out=o), (3, 4, 5)),
            'resize': (lambda o: image.resize(f32, size=(5, 4), out=o), (4, 5, 3)),
            'crop': (lambda o: image.crop(f32, 0, 0, 5, 4, out=o), (4, 5, 3)),
            'brightness': (lambda o: image.random_brightness(f32, 0.5, 1.5, out=o), (4, 5, 3)),
            'lighting': (lambda o: image.adjust_lighting(f32, alpha=(1, 2, 3), out=o), (4, 5, 3))}


pixels = np.random.RandomState(0).randint(0, 256, (4, 5, 3))
for mode in ("nd", "np"):
    if mode == "np":
        mx.npx.set_np()
        x, zeros, image = mx.np.array(pixels, dtype='uint8'), mx.np.zeros, mx.npx.image
    else:
        x, zeros, image = mx.nd.array(pixels, dtype='uint8'), mx.nd.zeros, mx.nd.image
    for name, (fn, shape) in calls(mx.nd, image, x).items():
        for dtype in ('float32', 'float16', 'uint8'):
            mx.random.seed(0)
            run("%s %s %s" % (mode, name, dtype), lambda: fn(zeros(shape, dtype=dtype)))
    if mode == "np":
        run("np numpy out", lambda: image.to_tensor(x, out=np.zeros((3, 4, 5), dtype='float32')))
        run("np legacy out", lambda: image.to_tensor(x, out=mx.nd.zeros((3, 4, 5))))
        run("np wrong shape out", lambda: image.to_tensor(x, out=zeros((3, 5, 4))))
        mx.npx.reset_np()
