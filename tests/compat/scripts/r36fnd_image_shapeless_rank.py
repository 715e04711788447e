"""nd.image operators given a 0-d legacy array refuse its unknown rank (-1) with their own rank checks."""
import mxnet as mx

z = mx.nd.array(2.5)
I = mx.nd.image
for name, f in [("flip_left_right", lambda: I.flip_left_right(z)), ("flip_top_bottom", lambda: I.flip_top_bottom(z)),
                ("random_flip_left_right", lambda: I.random_flip_left_right(z)), ("random_flip_top_bottom", lambda: I.random_flip_top_bottom(z)),
                ("random_lighting", lambda: I.random_lighting(z)), ("normalize", lambda: I.normalize(z, mean=0.5, std=0.2)),
                ("resize", lambda: I.resize(z, size=2)), ("to_tensor", lambda: I.to_tensor(z)), ("crop", lambda: I.crop(z, 0, 0, 1, 1)),
                ("adjust_lighting", lambda: I.adjust_lighting(z, alpha=(1, 1, 1))), ("random_brightness", lambda: I.random_brightness(z, 0, 1)),
                ("random_contrast", lambda: I.random_contrast(z, 0, 1)), ("random_hue", lambda: I.random_hue(z, 0, 1)),
                ("random_color_jitter", lambda: I.random_color_jitter(z, brightness=0.1, contrast=0.1, saturation=0.1, hue=0.1)),
                ("random_color_jitter no params", lambda: I.random_color_jitter(z)),
                ("random_saturation", lambda: I.random_saturation(z, 0, 1)),
                ("flip_left_right 2-d", lambda: I.flip_left_right(mx.nd.ones((2, 2)))), ("normalize 2-d", lambda: I.normalize(mx.nd.ones((2, 2)))),
                ("resize 2-d", lambda: I.resize(mx.nd.ones((2, 2)), size=2)), ("crop 2-d", lambda: I.crop(mx.nd.ones((2, 2)), 0, 0, 1, 1))]:
    try:
        print(name, f().shape)
    except mx.base.MXNetError as e:
        print(name, type(e).__name__, repr(str(e).split("MXNetError: ")[-1]))
