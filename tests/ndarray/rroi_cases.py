"""Inputs of the rotated ROI align cases, shared by the test and its MXNet fixture maker."""
import numpy as np

DATA = np.random.RandomState(0).rand(2, 3, 9, 11).astype(np.float32)
ROIS = np.array([[0, 5.0, 4.0, 6.0, 3.0, 30.0], [1, 2.5, 7.1, 4.3, 8.2, -45.0], [0, 10.0, 1.0, 3.0, 2.0, 90.0],
                 [1, 4.0, 4.0, 0.5, 0.3, 0.0], [0, -3.0, 20.0, 5.0, 5.0, 170.0], [1, 5.5, 4.5, 12.0, 7.0, 12.5]],
                np.float32)
CASES = [dict(pooled_size=(2, 3), spatial_scale=1.0), dict(pooled_size=(3, 3), spatial_scale=0.5, sampling_ratio=2),
         dict(pooled_size=(4, 2), spatial_scale=0.8, sampling_ratio=-1)]
