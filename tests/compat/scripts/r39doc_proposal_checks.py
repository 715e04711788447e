"""contrib.Proposal / MultiProposal kernel checks (anchor count, one image per device, feature map at least image / stride) raise with MXNet's source site."""
import mxnet as mx
import numpy as np

nd = mx.nd
rs = np.random.RandomState(0)
cases = [(mx.nd.contrib.Proposal, (1, 6, 2, 2), (1, 12, 2, 2), (1, 3)),
         (mx.nd.contrib.Proposal, (2, 12, 2, 2), (2, 24, 2, 2), (2, 3)),
         (mx.nd.contrib.MultiProposal, (1, 6, 2, 2), (1, 12, 2, 2), (1, 3)),
         (mx.nd.contrib.Proposal, (1, 12, 2, 2), (1, 24, 2, 2), (1, 3))]
for op, cp, bp, ii in cases:
    try:
        out = op(nd.array(rs.rand(*cp)), nd.array(rs.rand(*bp)), nd.array(np.ones(ii) * 32), scales=(2, 4),
                 ratios=(0.5, 1, 2), feature_stride=8, rpn_post_nms_top_n=3)
        print(op.__name__, out.asnumpy().shape)
    except mx.MXNetError as e:
        print(op.__name__, repr(str(e)))
# Proposal refuses a feature map smaller than image size / stride (height first)
for info in ([32, 32, 1], [16, 32, 1], [32, 16, 1], [16, 16, 1], [17, 16, 1], [24, 24, 1]):
    try:
        out = mx.nd.contrib.Proposal(nd.array(rs.rand(1, 12, 2, 2)), nd.array(rs.rand(1, 24, 2, 2)), nd.array([info]),
                                     scales=(2, 4), ratios=(0.5, 1, 2), feature_stride=8, rpn_post_nms_top_n=3)
        print(info, out.asnumpy()[:, 0])
    except mx.MXNetError as e:
        print(info, repr(str(e)))
