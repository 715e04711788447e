"""DetRandomCropAug computes a crop's box coverage with numpy, so a padding box (area 0) makes numpy warn of an invalid divide, as MXNet's Python augmenter does."""
import random
import warnings

import numpy as np
import mxnet as mx

label = np.array([[0, 0.1, 0.1, 0.5, 0.6], [1, 0.4, 0.3, 0.9, 0.95], [-1, 0, 0, 0, 0]], dtype="float32")
image = mx.nd.array(np.random.RandomState(0).randint(0, 255, (20, 24, 3)), dtype="uint8")
crop = mx.image.DetRandomCropAug(min_object_covered=0.3, area_range=(0.3, 1.0))
with warnings.catch_warnings(record=True) as caught:
    random.seed(2)
    for _ in range(3):
        out, boxes = crop(image, label.copy())
        print(out.shape, np.round(boxes, 4).tolist())
print(sorted({(w.category.__name__, str(w.message)) for w in caught}))
