"""Inputs of the position-sensitive ROI pooling cases, shared by the test and its MXNet fixture maker."""
import numpy as np

ROIS = np.array([[0, 1.3, 0.6, 5.2, 4.9], [1, 0, 0, 7, 6], [0, 3, 3, 3.2, 3.1], [1, -2, 2, 20, 30],
                 [0, 6.6, 5.4, 2.1, 1.0]], np.float32)
CASES = {
    "psroi": ("PSROIPooling", dict(spatial_scale=0.5, output_dim=2, pooled_size=3)),
    "psroi_group2": ("PSROIPooling", dict(spatial_scale=1.0, output_dim=3, pooled_size=4, group_size=2)),
    "deformable": ("DeformablePSROIPooling", dict(spatial_scale=0.5, output_dim=2, group_size=2, pooled_size=3,
                                                  part_size=2, sample_per_part=2, trans_std=0.1)),
    "deformable_no_trans": ("DeformablePSROIPooling", dict(spatial_scale=0.7, output_dim=2, group_size=3,
                                                           pooled_size=3, sample_per_part=3, no_trans=True)),
}


def inputs(name):
    """The case's input arrays by argument name, in the op's argument order."""
    op, attrs = CASES[name]
    rng = np.random.RandomState(len(name))
    group = attrs.get("group_size") or attrs["pooled_size"]
    arrays = {"data": rng.rand(2, attrs["output_dim"] * group * group, 7, 8).astype(np.float32), "rois": ROIS}
    if op == "DeformablePSROIPooling" and not attrs.get("no_trans"):
        arrays["trans"] = (rng.randn(len(ROIS), 4, 2, 2) * 0.5).astype(np.float32)
    return arrays
