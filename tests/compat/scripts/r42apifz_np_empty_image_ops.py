"""Under NumPy semantics the image operators take images with no pixels: contrast and color jitter return them empty, and resize returns an empty batch's new shape, as MXNet does"""
import numpy as np
import mxnet as mx

mx.npx.set_np()
I = mx.npx.image
ops = [('to_tensor', lambda x: I.to_tensor(x)), ('normalize', lambda x: I.normalize(x.astype('float32'), mean=0.5, std=2.0)),
       ('flip_left_right', lambda x: I.flip_left_right(x)), ('flip_top_bottom', lambda x: I.flip_top_bottom(x)),
       ('random_brightness', lambda x: I.random_brightness(x, 0.5, 1.5)),
       ('random_contrast', lambda x: I.random_contrast(x, 0.5, 1.5)),
       ('random_saturation', lambda x: I.random_saturation(x, 0.5, 1.5)),
       ('random_hue', lambda x: I.random_hue(x, 0.5, 1.5)),
       ('random_color_jitter', lambda x: I.random_color_jitter(x, 0.2, 0.2, 0.2, 0.1)),
       ('random_lighting', lambda x: I.random_lighting(x, 0.3))]
for name, f in ops:
    for shape in [(4, 0, 3), (0, 5, 3), (2, 0, 4, 3), (0, 4, 5, 3)]:
        for dt in ['uint8', 'float32', 'float16']:
            mx.random.seed(0)
            try:
                r = f(mx.np.array(np.zeros(shape), dtype=dt))
                print(name, shape, dt, '->', r.shape, r.dtype)
            except Exception as e:
                print(name, shape, dt, '!!', type(e).__name__, str(e).split('\n')[0])
for size in [3, (2, 5)]:
    for dt in ['uint8', 'float32']:
        for keep in [False, True]:
            r = I.resize(mx.np.array(np.zeros((0, 4, 5, 3)), dtype=dt), size=size, keep_ratio=keep)
            print('resize (0, 4, 5, 3)', size, dt, keep, '->', r.shape, r.dtype)
