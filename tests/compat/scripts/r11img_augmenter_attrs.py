"""The attributes and dumps() of mx.image's augmenters are MXNet's (RandomSizedCropAug keeps no kwargs attribute)."""
import numpy as np
import mxnet as mx

I = mx.image
for aug in [I.RandomSizedCropAug((2, 2), 0.1, (1, 1)), I.RandomSizedCropAug((2, 2), 0.1, (1, 1), min_area=0.3),
            I.ResizeAug(3), I.ForceResizeAug((3, 4), 1), I.RandomCropAug((2, 3)), I.CenterCropAug((2, 2)),
            I.ColorNormalizeAug([1, 2, 3], None), I.HorizontalFlipAug(0.3), I.CastAug('int32'), I.RandomGrayAug(0.2),
            I.BrightnessJitterAug(0.5), I.LightingAug(0.1, np.array([1., 2, 3]), np.eye(3))]:
    attrs = {k: (v.asnumpy().tolist() if isinstance(v, mx.nd.NDArray) else v.tolist() if isinstance(v, np.ndarray) else v)
             for k, v in vars(aug).items()}
    print(type(aug).__name__, attrs)
    print(aug.dumps())
print(I.RandomOrderAug([I.CastAug(), I.HorizontalFlipAug(0.5)]).dumps())
print(I.SequentialAug([I.CastAug(), I.RandomOrderAug([I.CastAug()])]).dumps())
print(I.ColorJitterAug(0.1, 0.2, 0.3).dumps())
print(I.Augmenter(a=1, b=mx.nd.array([1, 2]), c=np.array([[1.5]]), d=(1, 2)).dumps())
