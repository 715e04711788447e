"""mx.image's operator wrappers read their parameters as MXNet's parser does; int32 bit-exact resizes; lighting alphas."""
import numpy as np
import mxnet as mx


def show(fn):
    try:
        out = fn()
        print(out.dtype.__name__ if hasattr(out.dtype, '__name__') else out.dtype, out.shape,
              out.asnumpy().ravel()[:12].tolist())
    except Exception as e:      # the class, and the check MXNet's parser names
        text = str(e).replace('MXNetError: ', '').strip().split('\n')[0].split(', in operator')[0]
        print(type(e).__name__, text if 'Parameter' in text or 'argument' in text else '')


img = mx.nd.array(np.arange(18).reshape(2, 3, 3), dtype='uint8')
print('copyMakeBorder')
for kwargs in [dict(), dict(type=1.0), dict(type=None), dict(type='1'), dict(value='3'), dict(value=None),
               dict(values=[1, 2, 3]), dict(values=np.array([1, 2, 3])), dict(values=4.6), dict(typo=3)]:
    print(sorted(kwargs), end=' ')
    show(lambda: mx.image.copyMakeBorder(img, 1, 0, 0, 0, **kwargs))
for margins in [(1.0, 0, 0, 0), (True, 0, 0, 0), ('1', 0, 0, 0), (10 ** 10, 0, 0, 0), (1, 0, 0)]:
    show(lambda: mx.image.copyMakeBorder(img, *margins))
print('imresize')
for kwargs in [dict(interp=None), dict(interp=1.0), dict(interp='2'), dict(foo=1), dict(interp=0)]:
    show(lambda: mx.image.imresize(img, 2, 2, **kwargs))
print('imdecode and imread')
for kwargs in [dict(flag=None), dict(to_rgb=None), dict(to_rgb=2), dict(to_rgb='0'), dict(foo=3), dict(flag=1.5)]:
    show(lambda: mx.image.imdecode(b'\x00\x01', **kwargs))
    show(lambda: mx.image.imread('/nonexistent/r11img.png', **kwargs))

print('int32 bit-exact bilinear')
rs = np.random.RandomState(3)
for (h, w, nh, nw) in [(5, 7, 4, 3), (3, 3, 7, 7), (2, 5, 3, 8)]:
    for scale in [255, 2 ** 20, 2 ** 31 - 1]:
        src = mx.nd.array(rs.randint(-scale, scale, size=(h, w, 2)), dtype='int32')
        out = mx.image.imresize(src, nw, nh, interp=5)
        print(out.dtype.__name__, out.shape, out.asnumpy().astype(np.int64).ravel()[:8].tolist())
    show(lambda: mx.image.imresize(src, nw, nh, interp=1))

print('area resize of more than 4 channels')
many = mx.nd.array(rs.randint(0, 256, size=(6, 6, 5)), dtype='uint8')
for (w, h) in [(3, 3), (4, 3), (2, 6), (6, 6), (9, 4)]:
    show(lambda: mx.image.imresize(many, w, h, interp=3))
    show(lambda: mx.image.imresize(many.astype('float32'), w, h, interp=3))

print('adjust_lighting reads alpha[0..2]')
rgb = mx.nd.array(rs.randint(0, 256, size=(2, 2, 3)), dtype='float32')
for alpha in [(0.1, 0.2, 0.3), (0.1, 0.2, 0.3, 9.0), (1, 2), (1,)]:
    show(lambda: mx.nd.image.adjust_lighting(rgb, alpha=alpha))
    show(lambda: mx.nd.image.adjust_lighting(rgb.astype('uint8'), alpha=alpha))

print('random_size_crop keyword check')
for fn in [lambda: mx.image.random_size_crop(img, (2, 2), 0.5, (1, 1), junk=1),
           lambda: mx.image.RandomSizedCropAug((2, 2), 0.5, (1, 1), junk=1)]:
    try:
        fn()
    except AssertionError as e:
        print('AssertionError', e)
