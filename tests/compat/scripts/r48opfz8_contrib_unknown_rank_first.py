"""contrib.AdaptiveAvgPooling2D over legacy data of a zero (unknown) size, and contrib.dgl_adjacency over a legacy 0-d array (of unknown shape), fail shape inference before the rank or dtype checks that known shapes meet, and dgl_adjacency's kernel refuses a dense int64 array when its result is read."""
import mxnet as mx
import numpy as np
from _call_sum import show

nd = mx.nd


for shape in [(0, 3), (4, 1), (2, 0, 3), (2, 3, 4), (0, 3, 4, 4), (1, 3, 0, 4), (1, 3, 4, 4)]:
    for dt in ['float32', 'int32']:
        show(f'AdaptiveAvgPooling2D {shape} {dt}',
             lambda: nd.contrib.AdaptiveAvgPooling2D(nd.array(np.ones(shape), dtype=dt)))
        show(f'AdaptiveAvgPooling2D {shape} {dt} size 2',
             lambda: nd.contrib.AdaptiveAvgPooling2D(nd.array(np.ones(shape), dtype=dt), output_size=2))
show('AdaptiveAvgPooling2D 0-d', lambda: nd.contrib.AdaptiveAvgPooling2D(nd.array(np.float32(1))))
for dt in ['float32', 'float64', 'int64', 'bool']:
    show(f'dgl_adjacency 0-d {dt}', lambda: nd.contrib.dgl_adjacency(nd.array(np.float32(1), dtype=dt)))
    show(f'dgl_adjacency (0, 3) {dt}', lambda: nd.contrib.dgl_adjacency(nd.array(np.ones((0, 3)), dtype=dt)))
    show(f'dgl_adjacency (3, 2) {dt}', lambda: nd.contrib.dgl_adjacency(nd.array(np.ones((3, 2)), dtype=dt)))
    show(f'dgl_adjacency (5,) {dt}', lambda: nd.contrib.dgl_adjacency(nd.array(np.ones((5,)), dtype=dt)))
