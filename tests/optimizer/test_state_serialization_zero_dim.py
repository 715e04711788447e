"""Saved optimizer states keep the shape of 0-d arrays (np.ascontiguousarray alone turns them 1-d)."""
import numpy as np

from distnet.optimizer.serialization import pack, unpack


def test_zero_dim_and_strided_arrays_round_trip_with_their_shapes():
    states = {0: (np.array(3.5, dtype=np.float32), np.arange(6.0).reshape(2, 3)[:, ::2])}
    back = unpack(pack(states))[0]
    assert back[0].shape == () and back[0].dtype == np.float32 and back[0] == 3.5
    assert back[1].shape == (2, 2) and back[1].tolist() == [[0.0, 2.0], [3.0, 5.0]]
