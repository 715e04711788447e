"""Inputs of the RPN proposal cases, shared by the test and its MXNet fixture maker."""
import numpy as np


def cases():
    """[(name, op name, (cls_prob, bbox_pred, im_info), attrs)]: one and two images, ties, IoU deltas."""
    out = []
    for seed in range(12):
        rng = np.random.RandomState(seed)
        anchors = 12 if seed % 3 else 6
        scales, ratios = ((4, 8, 16, 32), (0.5, 1, 2)) if anchors == 12 else ((8, 16), (0.5, 1, 2))
        n = 1 if seed < 6 else 2
        height, width = rng.randint(3, 9), rng.randint(3, 9)
        cls = rng.rand(n, 2 * anchors, height, width).astype(np.float32)
        if seed % 4 == 0:
            cls = np.round(cls, 1)          # many equal scores
        bbox = (rng.randn(n, 4 * anchors, height, width) * (0.3 if seed % 2 else 1.0)).astype(np.float32)
        info = np.array([[height * 16 - rng.randint(0, 40), width * 16 - rng.randint(0, 40),
                          rng.choice([0.5, 1.0, 1.6])] for _ in range(n)], np.float32)
        attrs = dict(rpn_pre_nms_top_n=int(rng.choice([0, 30, 6000])), rpn_post_nms_top_n=int(rng.choice([5, 20, 50])),
                     threshold=float(rng.choice([0.3, 0.7])), rpn_min_size=int(rng.choice([4, 16])), scales=scales,
                     ratios=ratios, feature_stride=16, output_score=True, iou_loss=bool(seed % 5 == 4))
        op = "MultiProposal" if n > 1 or seed % 2 else "Proposal"
        out.append((f"case{seed}", op, (cls, bbox, info), attrs))
    return out
