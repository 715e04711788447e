"""Shape attributes given as None (slice's begin/end, a convolution's kernel and window, pooling's): MXNet reads
None as a shape of unknown rank (-1) and refuses it in its checks of matching ranks."""
import mxnet as mx
from mxnet import np, npx
from _words import words

npx.set_np()


def show(label, fn):
    try:
        r = fn()
        print(label, "->", r.shape, r.asnumpy().ravel()[:4].tolist())
    except Exception as e:
        print(label, "->", words(e))


x = np.ones((3, 4))
for begin, end in [(None, (2,)), ((0,), None), (None, None), ((0,), (2,)), ("None", (2,))]:
    show(f"slice {begin!r} {end!r}", lambda: npx.slice(x, begin, end))
    show(f"nd.slice {begin!r} {end!r}", lambda: mx.nd.slice(x.as_nd_ndarray(), begin, end))
image, weight = np.ones((1, 1, 4, 4)), np.ones((1, 1, 3, 3))
show("convolution kernel=None", lambda: npx.convolution(image, weight[:, :, :1, :1], np.ones(1), kernel=None,
                                                          num_filter=1))
for key in ["stride", "dilate", "pad"]:
    show(f"convolution {key}=None", lambda: npx.convolution(image, weight, np.ones(1), kernel=(3, 3), num_filter=1,
                                                            **{key: None}))
    show(f"convolution {key}='None'", lambda: npx.convolution(image, weight, np.ones(1), kernel=(3, 3),
                                                              num_filter=1, **{key: "None"}))
for key in ["stride", "pad", "adj"]:
    show(f"deconvolution {key}=None", lambda: npx.deconvolution(image, weight, np.ones(1), kernel=(3, 3),
                                                                num_filter=1, **{key: None}))
show("pooling stride=None", lambda: npx.pooling(image, kernel=(2, 2), stride=None))
show("pooling kernel=None", lambda: npx.pooling(image, kernel=None))
