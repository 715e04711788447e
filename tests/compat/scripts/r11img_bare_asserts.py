"""mx.image's argument asserts that MXNet makes without a message stay message-less (CreateAugmenter, ImageIter, det)."""
import numpy as np
import mxnet as mx


def show(fn):
    try:
        out = fn()
        print('ok', len(out) if isinstance(out, list) else type(out).__name__)
    except AssertionError as e:
        print('AssertionError', repr(str(e)))


I = mx.image
show(lambda: I.CreateAugmenter((3, 4, 4), rand_resize=True))
for v in [np.array([1, 2]), [1, 2, 3], (1.0,), mx.nd.array([1.0]), np.array([1.0, 2.0, 3.0])]:
    show(lambda: I.CreateAugmenter((3, 4, 4), mean=v))
    show(lambda: I.CreateAugmenter((3, 4, 4), std=v))
    show(lambda: I.CreateDetAugmenter((3, 4, 4), mean=v))
    show(lambda: I.CreateDetAugmenter((3, 4, 4), std=v))
show(lambda: I.ImageIter(2, (3, 4, 4)))
show(lambda: I.ImageIter(2, (3, 4, 4), imglist=[[1.0, 'a.png']], dtype='uint8'))
show(lambda: I.DetRandomCropAug(aspect_ratio_range='wide'))
show(lambda: I.DetRandomPadAug(area_range=None))
show(lambda: I.DetRandomPadAug(pad_val='gray'))
show(lambda: I.CreateMultiRandCropAugmenter(min_object_covered=[0.1, 0.2], aspect_ratio_range=[(1, 1)] * 3))
